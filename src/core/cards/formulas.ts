/*
 * The formulas the taskpane's "Insert card" writes: BRREG.KORT and KLASS.KORT with their
 * arguments, in the en-US syntax Office.js's `formulas` takes (commas, whatever the user's
 * locale), text quoted with inner quotes doubled, trailing omitted arguments dropped. The
 * organisasjonsnummer and the code are written as text, so leading zeros ("0301") stay.
 */

const quoted = (value: string): string => `"${value.replace(/"/g, '""')}"`;

function call(name: string, args: readonly (string | undefined)[]): string {
  const list = [...args];
  while (list.length && list[list.length - 1] === undefined) list.pop();
  return `=${name}(${list.map((a) => a ?? "").join(",")})`;
}

/** @example brregCardFormula("923609016") // → =BRREG.KORT("923609016") */
export function brregCardFormula(orgnr: string): string {
  return call("BRREG.KORT", [quoted(orgnr)]);
}

/** @example klassCardFormula({ classificationId: 131, code: "0301", date: "2024-01-01" }) // → =KLASS.KORT(131,"0301","2024-01-01") */
export function klassCardFormula(card: {
  readonly classificationId: number;
  readonly code: string;
  readonly date?: string;
  readonly language?: string;
}): string {
  return call("KLASS.KORT", [
    String(card.classificationId),
    quoted(card.code),
    card.date ? quoted(card.date) : undefined,
    card.language && card.language !== "nb" ? quoted(card.language) : undefined,
  ]);
}
