import { useCallback } from "react";
import type { StringKey } from "../../../core/i18n";
import { usePaneContext } from "../../PaneContext";

/** The search form's fields by the API's parameter names, so an error names the field as the form labels it. */
const FILTER_LABELS: Readonly<Record<string, StringKey>> = {
  navn: "brreg.navn",
  kommunenummer: "brreg.kommune",
  naeringskode: "brreg.naeringskode",
  organisasjonsform: "brreg.orgform",
  fraAntallAnsatte: "brreg.ansatteFra",
  tilAntallAnsatte: "brreg.ansatteTil",
  konkurs: "brreg.konkurs",
  underAvvikling: "brreg.underAvvikling",
  overordnetEnhet: "brreg.overordnetEnhet",
};

/** API parameter name → the label the BRREG form shows (unknown names stay as they are). */
export function useFilterLabel(): (name: string) => string {
  const { t } = usePaneContext();
  return useCallback((name: string) => (FILTER_LABELS[name] ? t(FILTER_LABELS[name]) : name), [t]);
}
