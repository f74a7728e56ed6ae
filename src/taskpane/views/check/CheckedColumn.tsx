import { Body1Strong, Button, Caption1 } from "@fluentui/react-components";
import { describeFinding, type ColumnReport, type Finding } from "../../../core/check";
import { blockAddress, columnLetters } from "../../../core/sheet/address";
import { usePaneContext } from "../../PaneContext";
import { StatusMessage } from "../shared/StatusMessage";
import { useViewStyles } from "../shared/useViewStyles.styles";
import { useFixColumn, type FixPlacement } from "./useFixColumn";

/** Findings listed per column; the rest are in the report sheet. */
const SHOWN_PER_COLUMN = 100;

/**
 * One checked column: what it holds and how it was recognised, its findings as buttons that
 * select their cell, and for KLASS codes "Foreslå rettinger" with the target shown first.
 */
export function CheckedColumn({
  report,
  placement,
  date,
  onSelect,
  onInserted,
}: {
  readonly report: ColumnReport;
  readonly placement: FixPlacement;
  readonly date: string;
  readonly onSelect: (finding: Finding) => void;
  readonly onInserted: (sheet: string, at: number, count: number) => void;
}) {
  const styles = useViewStyles();
  const { t } = usePaneContext();
  const fix = useFixColumn(report, placement, date, onInserted);
  const { column, kind, findings } = report;
  const where = `${column.sheet}!${columnLetters(column.column)}`;
  const what =
    kind.type === "orgnr"
      ? t("check.column.orgnr")
      : t("check.column.klass", { name: kind.name || String(kind.classification), version: report.version ?? "" });
  const title = column.header ? `${where} ${column.header}` : where;
  return (
    <section className={styles.item} aria-label={title}>
      <Body1Strong as="h4">{title}</Body1Strong>
      <Caption1>
        {what} · {t(report.by === "header" ? "check.column.byHeader" : "check.column.byContent")}
        {findings.length > 0 ? ` · ${t("check.column.count", { count: findings.length })}` : ""}
      </Caption1>
      {report.error ? (
        <Caption1 role="alert">{t("check.column.failed", { message: report.error.message })}</Caption1>
      ) : findings.length === 0 ? (
        <Caption1>{t("check.column.clean")}</Caption1>
      ) : (
        <ul className={styles.list}>
          {findings.slice(0, SHOWN_PER_COLUMN).map((f) => (
            <li key={`${f.row}`}>
              <Button appearance="subtle" size="small" className={styles.entry} onClick={() => onSelect(f)}>
                {`${blockAddress(f.row, f.column, 1, 1)}: ${describeFinding(f, t)}`}
              </Button>
            </li>
          ))}
          {findings.length > SHOWN_PER_COLUMN && (
            <li>
              <Caption1>{t("check.column.more", { count: findings.length - SHOWN_PER_COLUMN })}</Caption1>
            </li>
          )}
        </ul>
      )}
      {fix.fixable && !fix.written && report.findings.some((f) => f.kind !== "will-change") && (
        <>
          {fix.target !== undefined && (
            <Caption1 role="status">
              {fix.target === null
                ? t("check.fix.target.none")
                : t(fix.target.insert ? "check.fix.target.insert" : "check.fix.target", {
                    sheet: column.sheet,
                    address: fix.target.address,
                  })}
            </Caption1>
          )}
          <div className={styles.row}>
            <Button onClick={() => void fix.write()} disabled={!fix.target || fix.busy}>
              {t("check.fix.run")}
            </Button>
          </div>
        </>
      )}
      <StatusMessage status={fix.status} />
    </section>
  );
}
