/**
 * Reading the add-in's formulas as Excel hands them over (`range.formulas`: English names, commas
 * between arguments; `formulasLocal` in Norwegian Excel uses semicolons, so both are accepted).
 * Enough of Excel's grammar for what freeze and combine need: is a formula the add-in's, and is it
 * exactly one call `=NAME(arg, …)` whose arguments are literals, cell references or ranges. String
 * literals ("a, b" and "say ""hi"""), quoted sheet names ('My data'!A2) and nested parentheses or
 * array constants ({1;2}) never split an argument.
 */

/** A single-cell reference, e.g. `$A2` or `'My data'!B$7`; rows and columns are one-based as written. */
export interface CellRef {
  readonly kind: "ref";
  readonly text: string;
  /** The sheet prefix as written, with its `!` ("" when none): kept verbatim when the ref becomes a range. */
  readonly sheetPrefix: string;
  readonly columnAbsolute: boolean;
  /** Column letters, upper case. */
  readonly column: string;
  readonly rowAbsolute: boolean;
  readonly row: number;
}

export type FormulaArg =
  | CellRef
  | { readonly kind: "literal"; readonly text: string }
  | { readonly kind: "missing"; readonly text: "" }
  /** Anything else: a range, a nested call, an expression. Compared as text. */
  | { readonly kind: "other"; readonly text: string };

export interface FormulaCall {
  /** The function's name, upper case, e.g. KLASS.CODENAME. */
  readonly name: string;
  readonly args: readonly FormulaArg[];
}

const ADDIN_CALL = /(^|[^A-Za-z0-9_.])(KLASS|BRREG)\.[A-Za-z0-9_.]+\s*\(/i;

/** The formula with its string literals emptied, so a name inside quotes is not a call. */
function withoutStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

/** A formula (starting with "=") that calls a KLASS.* or BRREG.* function anywhere in it. */
export function isAddinFormula(formula: unknown): formula is string {
  return typeof formula === "string" && formula.startsWith("=") && ADDIN_CALL.test(withoutStrings(formula));
}

/** Splits `text` (the inside of a call's parentheses) at top-level commas or semicolons. */
function splitArgs(text: string): string[] | undefined {
  const args: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"' || ch === "'") {
      // Skip a quoted literal or sheet name; a doubled quote is an escaped one.
      for (i++; i < text.length; i++) {
        if (text[i] !== ch) continue;
        if (text[i + 1] === ch) i++;
        else break;
      }
      if (i >= text.length) return undefined;
    } else if (ch === "(" || ch === "{") depth++;
    else if (ch === ")" || ch === "}") {
      depth--;
      if (depth < 0) return undefined;
    } else if ((ch === "," || ch === ";") && depth === 0) {
      args.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0) return undefined;
  args.push(text.slice(start));
  return args;
}

const REF = /^((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const MAX_ROW = 1_048_576;

function classify(raw: string): FormulaArg {
  const text = raw.trim();
  if (text === "") return { kind: "missing", text: "" };
  if (/^"(?:[^"]|"")*"$/.test(text) || /^-?\d+(\.\d+)?(E[+-]?\d+)?$/i.test(text) || /^(TRUE|FALSE)$/i.test(text))
    return { kind: "literal", text };
  const m = REF.exec(text);
  if (m) {
    const row = Number(m[5]);
    const column = m[3]!.toUpperCase();
    if (row >= 1 && row <= MAX_ROW && (column.length < 3 || column <= "XFD"))
      return {
        kind: "ref",
        text,
        sheetPrefix: m[1] ?? "",
        columnAbsolute: m[2] === "$",
        column,
        rowAbsolute: m[4] === "$",
        row,
      };
  }
  return { kind: "other", text };
}

/** The formula as one call `=NAME(args)` with nothing around it, or undefined. */
export function parseCall(formula: string): FormulaCall | undefined {
  const m = /^=\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\(([\s\S]*)\)\s*$/.exec(formula);
  if (!m) return undefined;
  const parts = splitArgs(m[2]!);
  if (!parts) return undefined;
  // "=F()" has no arguments, not one missing argument.
  const args = parts.length === 1 && parts[0]!.trim() === "" ? [] : parts.map(classify);
  return { name: m[1]!.toUpperCase(), args };
}

/** A ref as text, with its row replaced (relative rows only move). */
export function refText(ref: CellRef, row: number): string {
  return `${ref.sheetPrefix}${ref.columnAbsolute ? "$" : ""}${ref.column}${ref.rowAbsolute ? "$" : ""}${row}`;
}

/** The range from `ref` down `rows` rows, e.g. A2 → A2:A10001, 'My data'!$A2 → 'My data'!$A2:$A10001. */
export function columnRangeText(ref: CellRef, rows: number): string {
  const col = `${ref.columnAbsolute ? "$" : ""}${ref.column}`;
  return `${ref.sheetPrefix}${col}${ref.row}:${col}${ref.row + rows - 1}`;
}

/** A call written back as Office.js takes formulas: English name, commas. */
export function callText(name: string, args: readonly string[]): string {
  return `=${name}(${args.join(",")})`;
}

/** The function names (KLASS.X / BRREG.X) a formula calls, upper case. */
export function addinFunctionsIn(formula: string): string[] {
  const found = new Set<string>();
  for (const m of withoutStrings(formula).matchAll(/(?:^|[^A-Za-z0-9_.])((?:KLASS|BRREG)\.[A-Za-z0-9_.]+)\s*\(/gi))
    found.add(m[1]!.toUpperCase());
  return [...found].sort();
}
