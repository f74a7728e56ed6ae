import { effectiveBatchMax } from "../batch";
import type { BrregData } from "../brreg/brregData";
import { parseFields } from "../brreg/fields";
import { unitGrid } from "../brreg/unitGrid";
import { klassCodename, klassLevel, klassParent } from "../klass/codeLookups";
import { klassCorrespond } from "../klass/correspondences";
import type { KlassEnv } from "../klass/klassEnv";
import type { ResultCell } from "../resultGrid";
import { DEFAULT_CONFIG, type CoreConfig } from "../config";
import { fieldLabel, type UiLanguage } from "../i18n";
import { dateColumnsOf, textColumnsOf } from "../reports/build";
import { dateColumnFormats, withExcelDates } from "../sheet/excelDate";
import type { EnrichCell } from "./failures";
import type { EnrichBatching } from "./plan";
import type { EnrichJob } from "./run";

/** What a KLASS enrichment can add for each code. */
export type KlassAddition =
  | { readonly kind: "name" }
  | { readonly kind: "parent" }
  | { readonly kind: "level" }
  | { readonly kind: "correspondence"; readonly target: number };

interface KlassEnrichSpec {
  readonly classificationId: number;
  /** ISO date; the codes are looked up in the version valid then. */
  readonly date: string;
  readonly additions: readonly KlassAddition[];
  readonly language?: "nb" | "nn" | "en";
  /** The pane's language: headers are readable words in it ("Navn (131)"); omitted: "131 name". */
  readonly paneLanguage?: UiLanguage;
}

/** The field each addition writes (its label is the column's header). */
const ADDITION_FIELD: Readonly<Record<KlassAddition["kind"], string>> = {
  name: "name",
  parent: "parentCode",
  level: "level",
  correspondence: "code",
};

/**
 * A new column's header: the field's label and the classification it comes from ("Navn (131)",
 * "Kode (104)" for a correspondence), or, without a language, the short API-style "131 name".
 */
function header(spec: KlassEnrichSpec, addition: KlassAddition): string {
  const from = addition.kind === "correspondence" ? addition.target : spec.classificationId;
  if (spec.paneLanguage) return `${fieldLabel(ADDITION_FIELD[addition.kind], spec.paneLanguage)} (${from})`;
  return addition.kind === "correspondence" ? `${addition.target} code` : `${spec.classificationId} ${addition.kind}`;
}

/**
 * The first cell of each row (a correspondence may spill several targets: they are joined). An
 * Error stays an Error: runEnrich decides what a failed cell shows (./failures.ts).
 */
function column(grid: readonly (readonly ResultCell[])[]): EnrichCell[] {
  return grid.map((row) => {
    const cells = row.filter((c) => c !== "");
    if (cells.length > 1 && cells.every((c) => !(c instanceof Error))) return cells.map(String).join(", ");
    return row[0] ?? "";
  });
}

/** A KLASS job: name, parent, level and correspondences of each code, one cached list per version. */
export function klassEnrichJob(env: KlassEnv, spec: KlassEnrichSpec): EnrichJob {
  return {
    headers: spec.additions.map((a) => header(spec, a)),
    textColumns: new Set(
      spec.additions.flatMap((a, i) => (a.kind === "parent" || a.kind === "correspondence" ? [i] : [])),
    ),
    async compute(keys) {
      const codes = keys.map((k) => [k]);
      const columns = await Promise.all(
        spec.additions.map(async (a) => {
          switch (a.kind) {
            case "name":
              return column(await klassCodename(env, spec.classificationId, codes, spec.date, spec.language ?? "nb"));
            case "level":
              return column(await klassLevel(env, spec.classificationId, codes, spec.date));
            case "parent":
              return column(await klassParent(env, spec.classificationId, codes, null, spec.date));
            case "correspondence":
              return column(await klassCorrespond(env, spec.classificationId, a.target, codes, spec.date));
          }
        }),
      );
      return keys.map((_, r) => columns.map((c) => c[r] ?? ""));
    },
  };
}

/** The fetch layer's limits a BRREG job is sized by (a services instance's `config` has them). */
export type BrregBatchLimits = Pick<
  CoreConfig,
  "brregBaseUrl" | "batchMaxKeys" | "batchMaxUrlBytes" | "concurrencyPerHost"
>;

/**
 * How BRREG look-ups batch under `limits`: the organisasjonsnumre one list request carries
 * (src/core/batch's effectiveBatchMax over the URL brregData builds — `<base>/enheter?size=2000&organisasjonsnummer=`
 * plus 9 digits and a comma per number; every number is asked in enheter first), and the requests
 * the fetch layer sends to the host at once.
 *
 * @example brregBatching(DEFAULT_CONFIG) // { rows: 791, parallel: 6 }
 */
export function brregBatching(limits: BrregBatchLimits = DEFAULT_CONFIG): EnrichBatching {
  const base = `${limits.brregBaseUrl.replace(/\/+$/, "")}/enheter?size=2000&organisasjonsnummer=`;
  return {
    rows: effectiveBatchMax(
      { maxKeys: limits.batchMaxKeys, maxUrlBytes: limits.batchMaxUrlBytes, baseBytes: base.length },
      10,
    ),
    parallel: limits.concurrencyPerHost,
  };
}

/**
 * A BRREG job: any fields of the unit each organisasjonsnummer names (batched list look-ups).
 * `limits` should be those of the services behind `data` (default: DEFAULT_CONFIG's), so that
 * fetch chunks fill whole list requests. With `paneLanguage` (the pane's), the headers are the
 * fields' readable labels in it (fieldLabel) and date fields are Excel dates with its date
 * format; without, API names and ISO text (as the functions give them).
 */
export function brregEnrichJob(
  data: BrregData,
  fields: readonly string[],
  limits: BrregBatchLimits = DEFAULT_CONFIG,
  paneLanguage?: UiLanguage,
): EnrichJob {
  const specs = parseFields(fields.join(","), ["enheter", "underenheter"], undefined, { roles: true });
  const names = specs.map((f) => f.name);
  const dates = paneLanguage ? dateColumnsOf(names) : new Set<number>();
  return {
    headers: paneLanguage ? names.map((name) => fieldLabel(name, paneLanguage)) : names,
    textColumns: textColumnsOf(names),
    ...(paneLanguage ? { columnFormats: dateColumnFormats(dates, paneLanguage) } : {}),
    batching: brregBatching(limits),
    async compute(keys) {
      const grid = await unitGrid(
        data,
        keys.map((k) => [k]),
        names.join(","),
      );
      // One field: the grid has the keys' shape (a column); several: one row per key.
      return withExcelDates(grid, dates);
    },
  };
}
