import { useCallback, useEffect, useState } from "react";
import type { MetricsSnapshot } from "../../../core/metrics";
import { currentBaseUrls } from "../../../functions/shared/runtime";
import { readSettingsDocument, writeSettingsDocument } from "../../i18n/savedLanguage";
import { usePaneContext } from "../../PaneContext";
import { errorStatus, type Status } from "../shared/StatusMessage";

export type Connection = "online" | "stale" | "offline";

/** The connection state the metrics suggest: offline by the browser, stale when answers came from an expired cache. */
export function connectionOf(metrics: MetricsSnapshot, online: boolean): Connection {
  if (!online) return "offline";
  return metrics.staleServes > 0 ? "stale" : "online";
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Settings: language, cache (size, clear), connection and metrics (polled), base URLs. */
export function useSettings() {
  const { services, t, reconfigure } = usePaneContext();
  const [metrics, setMetrics] = useState<MetricsSnapshot>(() => services.metrics());
  const [size, setSize] = useState(() => services.cacheSize());
  const [status, setStatus] = useState<Status | undefined>();
  const saved = readSettingsDocument();
  const [klassUrl, setKlassUrl] = useState(typeof saved.klassBaseUrl === "string" ? saved.klassBaseUrl : "");
  const [brregUrl, setBrregUrl] = useState(typeof saved.brregBaseUrl === "string" ? saved.brregBaseUrl : "");

  useEffect(() => {
    const tick = () => {
      setMetrics(services.metrics());
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

  const valid = (url: string) => url.trim() === "" || /^https?:\/\/\S+$/.test(url.trim());
  const save = useCallback(() => {
    writeSettingsDocument({ klassBaseUrl: klassUrl.trim() || undefined, brregBaseUrl: brregUrl.trim() || undefined });
    reconfigure();
    setStatus({ intent: "success", text: t("settings.saved") });
  }, [klassUrl, brregUrl, reconfigure, t]);
  const reset = useCallback(() => {
    setKlassUrl("");
    setBrregUrl("");
    writeSettingsDocument({ klassBaseUrl: undefined, brregBaseUrl: undefined });
    reconfigure();
    setStatus({ intent: "success", text: t("settings.saved") });
  }, [reconfigure, t]);

  const online = typeof navigator === "undefined" ? true : navigator.onLine;
  return {
    metrics, size, connection: connectionOf(metrics, online), clearCache, status, effective: currentBaseUrls(),
    klassUrl, setKlassUrl, brregUrl, setBrregUrl, urlsValid: valid(klassUrl) && valid(brregUrl), save, reset,
  };
}
