import { Checkbox } from "@fluentui/react-components";
import { FIELD_CATALOGUE, fieldNamesFor } from "../../../core/brreg/fieldCatalogue";
import type { BrregRegister } from "../../../core/brreg/types";
import { fieldLabel } from "../../../core/i18n";
import { usePaneContext } from "../../PaneContext";
import { CheckGroup } from "../shared/CheckGroup";
import { useViewStyles } from "../shared/useViewStyles.styles";

/** The most asked-for fields first, then the rest of the catalogue. */
const COMMON = [
  "navn",
  "organisasjonsform.kode",
  "forretningsadresse.kommunenummer",
  "kommunenummer",
  "adresse",
  "naering",
  "naeringskode1.kode",
  "antallAnsatte",
  "status",
  "konkurs",
  "underAvvikling",
  "hjemmeside",
];
const ALL = [
  ...COMMON,
  ...FIELD_CATALOGUE.map((f) => f.name).filter((n) => !COMMON.includes(n) && n !== "organisasjonsnummer"),
];

/**
 * A scrollable, keyboard-reachable list of Enhetsregisteret fields, as Fluent checkboxes in a
 * labelled group: each labelled in words, the API name (as formulas take it) as its tooltip.
 */
export function BrregFieldPicker(props: {
  readonly selected: readonly string[];
  readonly onToggle: (field: string, on: boolean) => void;
  readonly label: string;
  readonly disabled?: boolean;
  /** Only fields these registers have (default: either register). */
  readonly registers?: readonly BrregRegister[];
}) {
  const styles = useViewStyles();
  const { language } = usePaneContext();
  const valid = fieldNamesFor(props.registers ?? ["enheter", "underenheter"]);
  return (
    <CheckGroup label={props.label} className={styles.fieldList}>
      {ALL.filter((name) => valid.has(name)).map((name) => (
        <Checkbox
          key={name}
          label={<span title={name}>{fieldLabel(name, language)}</span>}
          checked={props.selected.includes(name)}
          onChange={(_, d) => props.onToggle(name, d.checked === true)}
          disabled={props.disabled}
        />
      ))}
    </CheckGroup>
  );
}
