import { addDays } from "../args";
import type { Translate } from "../i18n/translate";
import type { Finding } from "./types";

/** "2016–2019" from a half-open [from, to) span; "2016–" while it lasts. */
export function yearsText(from: string, to: string | undefined): string {
  return `${from.slice(0, 4)}–${to ? addDays(to, -1).slice(0, 4) : ""}`;
}

/** A finding as one sentence in the pane's language (the list and the report sheet both show it). */
export function describeFinding(finding: Finding, t: Translate): string {
  switch (finding.kind) {
    case "not-valid":
      return t("check.finding.not-valid", {
        code: finding.code,
        years: yearsText(finding.validFrom, finding.validTo),
        successor: finding.successor,
      });
    case "split":
      return t("check.finding.split", { code: finding.code, date: finding.date, codes: finding.successors.join(", ") });
    case "ceased":
      return t("check.finding.ceased", { code: finding.code, years: yearsText(finding.validFrom, finding.validTo) });
    case "unknown":
      return t("check.finding.unknown", { code: finding.code });
    case "will-change":
      return finding.successors.length === 0
        ? t("check.finding.will-cease", { code: finding.code, date: finding.date, version: finding.version })
        : t("check.finding.will-change", {
            code: finding.code,
            date: finding.date,
            version: finding.version,
            codes: finding.successors.join(", "),
          });
    case "unit": {
      const state = t(`check.state.${finding.state}`);
      return t("check.finding.unit", {
        orgnr: finding.orgnr,
        state: finding.date ? `${state} ${finding.date}` : state,
      });
    }
    case "not-registered":
      return t(finding.unchecked ? "check.finding.not-current" : "check.finding.not-registered", {
        orgnr: finding.orgnr,
      });
    case "invalid-orgnr":
      return t("check.finding.invalid-orgnr", { value: String(finding.value) });
    case "failed":
      return t("check.finding.failed", { message: finding.message });
  }
}
