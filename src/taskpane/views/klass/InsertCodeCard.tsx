import { Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import { klassCardFormula } from "../../../core/cards/formulas";
import type { KlassLanguage } from "../../../core/klass/types";
import { usePaneContext } from "../../PaneContext";
import { InsertCardButton } from "../shared/InsertCardButton";

/**
 * A classification page's "Insert card": a code, and =KLASS.KORT(id, "code", date, language)
 * written at the selected cell, at the page's date and language.
 */
export function InsertCodeCard({
  classificationId,
  date,
  language,
}: {
  readonly classificationId: number;
  readonly date: string | undefined;
  readonly language: KlassLanguage;
}) {
  const { t } = usePaneContext();
  const [code, setCode] = useState("");
  const typed = code.trim();
  const formula = typed === "" ? undefined : klassCardFormula({ classificationId, code: typed, date, language });
  return (
    <>
      <Field label={t("card.code")}>
        <Input value={code} onChange={(_, d) => setCode(d.value)} placeholder="0301" />
      </Field>
      <InsertCardButton formula={formula} />
    </>
  );
}
