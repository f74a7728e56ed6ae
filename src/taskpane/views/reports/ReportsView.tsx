import { Badge, Body1, Button, Caption1, Spinner, Subtitle2 } from "@fluentui/react-components";
import { isoToday } from "../../../core/args";
import { describeParameters, reportState } from "../../../core/reports";
import { usePaneContext } from "../../PaneContext";
import { StatusMessage } from "../shared/StatusMessage";
import { useViewStyles } from "../shared/useViewStyles.styles";
import { CsvDialectPicker, useCsvDialect } from "./CsvDialectPicker";
import { useReports } from "./useReports";

/** Every inserted table with its query; refresh one or all, download CSV, write the Sources sheet. */
export function ReportsView() {
  const styles = useViewStyles();
  const { t, language } = usePaneContext();
  const r = useReports();
  const csv = useCsvDialect();
  const now = Date.now();
  const when = (iso: string) => new Date(iso).toLocaleString(language === "nb" ? "nb-NO" : "en-GB");
  return (
    <div className={styles.view}>
      <Subtitle2 as="h2">{t("reports.heading")}</Subtitle2>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void r.refresh()} disabled={r.busy || r.reports.length === 0}>
          {t("reports.refreshAll")}
        </Button>
        <Button onClick={() => void r.sources()} disabled={r.busy}>
          {t("reports.sources")}
        </Button>
      </div>
      {r.busy && <Spinner size="tiny" label={t("common.loading")} />}
      <StatusMessage status={r.status} />
      {r.reports.length === 0 ? (
        <Caption1>{t("reports.empty")}</Caption1>
      ) : (
        <ul className={styles.list} aria-label={t("reports.heading")}>
          {r.reports.map((report) => {
            const state = reportState(report, now);
            return (
              <li key={report.id} className={styles.item} aria-label={report.tableName}>
                <div className={styles.row}>
                  <Body1>
                    <strong>{report.tableName}</strong>
                  </Body1>
                  <Badge appearance="tint" color={state === "fresh" ? "success" : "warning"}>
                    {t(state === "fresh" ? "reports.fresh" : "reports.stale")}
                  </Badge>
                </div>
                <Caption1>
                  {t("reports.source")}:{" "}
                  {report.source.kind === "brreg-search"
                    ? "Enhetsregisteret"
                    : `KLASS ${report.source.classificationId} ${report.source.classificationName}`}
                </Caption1>
                <Caption1>
                  {t("reports.parameters")}: {describeParameters(report.source, isoToday(now))}
                </Caption1>
                <Caption1>
                  {t("reports.rowsLabel")}: {report.rows} · {t("reports.lastRefreshed")}: {when(report.lastRefreshed)} ·{" "}
                  {report.sheet}
                </Caption1>
                <div className={styles.row}>
                  <Button
                    size="small"
                    onClick={() => void r.refresh([report.id])}
                    disabled={r.busy}
                    aria-label={`${t("reports.refresh")} ${report.tableName}`}
                  >
                    {t("reports.refresh")}
                  </Button>
                  <Button
                    size="small"
                    onClick={() => void r.csv(report.tableName, csv.dialect)}
                    disabled={r.busy}
                    aria-label={`${t("reports.csv")} ${report.tableName}`}
                  >
                    {t("reports.csv")}
                  </Button>
                  <Button
                    size="small"
                    appearance="subtle"
                    onClick={() => void r.forget(report.id)}
                    disabled={r.busy}
                    aria-label={`${t("reports.remove")} ${report.tableName}`}
                  >
                    {t("reports.remove")}
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {r.reports.length > 0 && <CsvDialectPicker value={csv.name} onChange={csv.setName} />}
    </div>
  );
}
