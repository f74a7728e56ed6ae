import { isKbError } from "../errors";
import type { Translate } from "../i18n";

/**
 * The short reason a failed row gets in the note column, in the pane's language: what went wrong
 * and with which service, not the API's sentence (that stays in the error, for the log).
 */
export function enrichNote(error: Error, t: Translate): string {
  if (!isKbError(error)) return t("enrich.note.other");
  const service =
    error.api === "klass" ? "KLASS" : error.api === "brreg" ? t("enrich.note.brreg") : t("enrich.note.service");
  return t(`enrich.note.${error.kind}`, { service });
}
