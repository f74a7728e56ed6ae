import { useCallback, useEffect, useState } from "react";
import type { ConnectionHealth } from "../../../core/connectionHealth";
import { formatBytes as formatSize, type UiLanguage } from "../../../core/i18n";
import type { MetricsSnapshot } from "../../../core/metrics";
import { readSettingsDocument, writeSettingsDocument } from "../../../runtime/settingsDocument";
import { usePaneContext } from "../../PaneContext";
import { errorStatus, type Status } from "../shared/StatusMessage";
import { checkUrlForm, initialUrlForm, type UrlErrors, type UrlField } from "./settingsForm";

type Connection = "online" | "stale" | "degraded" | "offline";

/**
 * The connection state: offline by the browser; else by the last minute's requests (offline when
 * they all failed, degraded when some did); stale when answers came from an expired cache.
 */
export function connectionOf(metrics: MetricsSnapshot, online: boolean, health?: ConnectionHealth): Connection {
  if (!online) return "offline";
  if (health && health.state !== "online") return health.state;
  return metrics.staleServes > 0 ? "stale" : "online";
}

/** A cache size as the pane's language writes it ("1,5 MB" in nb); core/i18n formats it. */
export function formatBytes(bytes: number, language: UiLanguage = "en"): string {
  return formatSize(bytes, language);
}

/**
 * Settings: language, cache (size, clear), connection and metrics (polled), base URLs. Save checks
 * the URLs with the core's check first: a URL it refuses is marked in its field and nothing is
 * saved (the services are not rebuilt).
 */
export function useSettings() {
  const { services, t, reconfigure, problems } = usePaneContext();
  const [metrics, setMetrics] = useState<MetricsSnapshot>(() => services.metrics());
  const [health, setHealth] = useState<ConnectionHealth>(() => services.health());
  const [size, setSize] = useState(() => services.cacheSize());
  const [status, setStatus] = useState<Status | undefined>();
  const [initial] = useState(() => initialUrlForm(readSettingsDocument().settings, problems));
  const [urls, setUrls] = useState(initial.values);
  const [errors, setErrors] = useState<UrlErrors>(initial.errors);

  useEffect(() => {
    const tick = () => {
      setMetrics(services.metrics());
      setHealth(services.health());
      setSize(services.cacheSize());
    };
    tick();
    const timer = setInterval(tick, 2000);
    return () => clearInterval(timer);
  }, [services]);

  const clearCache = useCallback(async () => {
    try {
      await services.clearCache();
      setSize(services.cacheSize());
      setStatus({ intent: "success", text: t("settings.cache.cleared") });
    } catch (error) {
      setStatus(errorStatus(error, t));
    }
  }, [services, t]);

  const setUrl = useCallback((field: UrlField, value: string) => {
    setUrls((current) => ({ ...current, [field]: value }));
    setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
  }, []);
  const save = useCallback(() => {
    const form = checkUrlForm(urls);
    if (!form.ok) {
      setErrors(form.errors);
      setStatus({ intent: "error", text: t("settings.url.notSaved") });
      return;
    }
    setErrors({});
    writeSettingsDocument(form.patch);
    reconfigure();
    setStatus({ intent: "success", text: t("settings.saved") });
  }, [urls, reconfigure, t]);
  const reset = useCallback(() => {
    setUrls({ klassBaseUrl: "", brregBaseUrl: "" });
    setErrors({});
    writeSettingsDocument({ klassBaseUrl: undefined, brregBaseUrl: undefined });
    reconfigure();
    setStatus({ intent: "success", text: t("settings.saved") });
  }, [reconfigure, t]);

  const online = typeof navigator === "undefined" ? true : navigator.onLine;
  return {
    metrics,
    size,
    connection: connectionOf(metrics, online, health),
    health,
    clearCache,
    status,
    effective: { klassBaseUrl: services.deps.klassBaseUrl, brregBaseUrl: services.deps.brregBaseUrl },
    urls,
    errors,
    setUrl,
    save,
    reset,
  };
}
