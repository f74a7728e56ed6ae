import type { CellValue } from "../sheet/cells";

/** The used range of one sheet, as the gateway reads it: its top-left cell and its values. */
export interface SheetRange {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly CellValue[])[];
}

/** What a column holds: codes of one KLASS classification, or organisasjonsnumre. */
export type ColumnKind =
  { readonly type: "klass"; readonly classification: number; readonly name: string } | { readonly type: "orgnr" };

/** How the column was recognised: by its header, or by what its cells hold. */
export type FoundBy = "header" | "content";

/** One non-blank cell of a column: where it is (zero-based, absolute) and its value. */
export interface ColumnCell {
  readonly row: number;
  readonly value: CellValue;
}

/** A column of a sheet's used range, split into its header (if any) and its cells. */
export interface SheetColumn {
  readonly sheet: string;
  readonly column: number;
  /** The header's row, when the first row of the used range holds a header. */
  readonly headerRow: number | undefined;
  readonly header: string | undefined;
  /** The first row below the header (the first row of the used range when there is none). */
  readonly firstRow: number;
  /** Rows from firstRow to the used range's last row. */
  readonly rowCount: number;
  readonly cells: readonly ColumnCell[];
}

/**
 * A finding about one cell. KLASS: a code not valid at the check date (`not-valid`, with its
 * successor), one that was split or ceased (listed for a person to decide), one in no version
 * (`unknown`), one that changes in a published later version (`will-change`). BRREG: a unit
 * that is deleted, bankrupt, being wound up, closed, removed (410), a number in no register, or
 * one that fails the mod-11 check.
 */
export type Finding =
  | (CellRef & {
      readonly kind: "not-valid";
      readonly code: string;
      readonly validFrom: string;
      readonly validTo: string | undefined;
      readonly successor: string;
    })
  | (CellRef & {
      readonly kind: "split";
      readonly code: string;
      readonly validFrom: string;
      readonly validTo: string | undefined;
      readonly date: string;
      readonly successors: readonly string[];
    })
  | (CellRef & {
      readonly kind: "ceased";
      readonly code: string;
      readonly validFrom: string;
      readonly validTo: string | undefined;
      readonly date: string;
    })
  | (CellRef & { readonly kind: "unknown"; readonly code: string })
  | (CellRef & {
      readonly kind: "will-change";
      readonly code: string;
      readonly version: string;
      readonly date: string;
      readonly successors: readonly string[];
    })
  | (CellRef & {
      readonly kind: "unit";
      readonly orgnr: string;
      readonly state: UnitProblem;
      readonly date: string | undefined;
    })
  | (CellRef & { readonly kind: "not-registered"; readonly orgnr: string; readonly unchecked: boolean })
  | (CellRef & { readonly kind: "invalid-orgnr" })
  | (CellRef & { readonly kind: "failed"; readonly message: string });

/** A unit state worth a finding (an active unit is none). */
export type UnitProblem = "deleted" | "bankrupt" | "forced-dissolution" | "dissolution" | "closed" | "removed";

export type FindingKind = Finding["kind"];

/** Where a finding is, and what the cell holds. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly value: CellValue;
}

/** The check of one column: what it holds, how it was found, its findings, and its fixes. */
export interface ColumnReport {
  readonly column: SheetColumn;
  readonly kind: ColumnKind;
  readonly by: FoundBy;
  /** KLASS: the version the codes are checked against (valid at the check date). */
  readonly version?: string;
  readonly findings: readonly Finding[];
  /**
   * KLASS: per cell row, the code valid at the check date (the code itself, normalised, or its
   * single successor); rows with no such code (a split, an unknown code) are absent.
   */
  readonly fixes?: ReadonlyMap<number, string>;
  /** The column could not be checked (a service failure): the message; findings are then empty. */
  readonly error?: Error;
}

/** The whole check: the columns checked, and whether it was cancelled before the end. */
export interface CheckReport {
  readonly date: string;
  readonly columns: readonly ColumnReport[];
  readonly cancelled: boolean;
  /** Non-blank cells of the columns checked. */
  readonly cells: number;
}
