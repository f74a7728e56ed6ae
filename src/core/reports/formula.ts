import type { ReportSource } from "./types";

/**
 * The custom-function formula that computes the same table as a report, for "Insert formula".
 * Written with commas as Office.js's `formulas` expects (en-US syntax, whatever the user's
 * locale), text arguments quoted with inner quotes doubled, trailing omitted arguments dropped.
 *
 * @example reportFormula({ kind: "klass-codes", classificationId: 131, date: "2024-01-01", … }) // =KLASS.CODES(131,"2024-01-01")
 */
const text = (value: string): string => `"${value.replace(/"/g, '""')}"`;

function call(name: string, args: readonly (string | undefined)[]): string {
  const list = [...args];
  while (list.length && list[list.length - 1] === undefined) list.pop();
  return `=${name}(${list.map((a) => a ?? "").join(",")})`;
}

const DEFAULT_KLASS_COLUMNS = "code,parentCode,level,name";

export function reportFormula(source: ReportSource): string {
  if (source.kind === "klass-codes") {
    const columns = source.columns.join(",");
    return call("KLASS.CODES", [
      String(source.classificationId),
      source.date ? text(source.date) : undefined,
      source.level === undefined ? undefined : String(source.level),
      source.selectCodes ? text(source.selectCodes) : undefined,
      columns && columns !== DEFAULT_KLASS_COLUMNS ? text(columns) : undefined,
      source.language !== "nb" ? text(source.language) : undefined,
    ]);
  }
  if (source.kind === "klass-variant") {
    return call("KLASS.VARIANTCODES", [
      String(source.classificationId),
      String(source.variantId),
      source.date ? text(source.date) : undefined,
      undefined,
      undefined,
      source.language !== "nb" ? text(source.language) : undefined,
    ]);
  }
  if (source.kind === "klass-correspondence")
    return call("KLASS.CORRESPONDTABLE", [
      String(source.tableId),
      undefined,
      source.language !== "nb" ? text(source.language) : undefined,
    ]);
  const { navn, ...filters } = source.params;
  const filterText = Object.entries(filters)
    .map(([k, v]) => `${k}=${v}`)
    .join(";");
  return call("BRREG.SOK", [
    text(navn ?? ""),
    filterText ? text(filterText) : undefined,
    source.fields.length ? text(source.fields.join(",")) : undefined,
    source.max !== 100 ? String(source.max) : undefined,
    source.register === "underenheter" ? text("underenheter") : undefined,
  ]);
}
