import { Button, Caption1 } from "@fluentui/react-components";
import { insertFormulaTextAtSelection } from "../../actions/insertFromSource";
import { usePaneContext } from "../../PaneContext";
import { StatusMessage } from "./StatusMessage";
import { useAction } from "./useAction";
import { useTargetPicker } from "./useTargetPicker";
import { useViewStyles } from "./useViewStyles.styles";

/**
 * "Insert card": writes a card formula (=BRREG.KORT("…"), =KLASS.KORT(…)) at the selected cell
 * through the checked write, showing the exact cell before anything is written and what was
 * written (or why not) after. A filled cell is refused on click with the way out (the page's
 * table target already warns about the selection, so no second warning here). `formula` undefined: nothing to insert yet (the button is off).
 */
export function InsertCardButton({ formula }: { readonly formula: string | undefined }) {
  const styles = useViewStyles();
  const { gateway, t } = usePaneContext();
  const { busy, status, act } = useAction(t);
  const where = useTargetPicker("selection", 1, 0);
  return (
    <div className={styles.form}>
      <div className={styles.row}>
        <Button
          onClick={() => formula && void act(() => insertFormulaTextAtSelection(gateway, formula, t))}
          disabled={busy || formula === undefined}
          title={formula}
        >
          {t("card.insert")}
        </Button>
        {where && <Caption1 role="status">{where.where}</Caption1>}
      </div>
      <StatusMessage status={status} />
    </div>
  );
}
