import { useCallback, useRef, useState } from "react";
import { isoToday } from "../../../core/args";
import { isValidOrgnr } from "../../../core/brreg/orgnr";
import { brregEnrichJob, klassEnrichJob, runEnrich, type EnrichJob, type KlassAddition } from "../../../core/enrich";
import { TEXT_FORMAT, type CellValue } from "../../../core/sheet/cells";
import { usePaneContext } from "../../PaneContext";
import { errorStatus, type Status } from "../shared/StatusMessage";

export type EnrichKind = "brreg" | "klass";
export type KlassAdd = "name" | "parent" | "level" | "correspondence";

export interface SourceColumn {
  readonly sheet: string;
  readonly address: string;
  readonly row: number;
  readonly column: number;
  /** Columns selected (the new columns go to the right of them all). */
  readonly width: number;
  readonly values: readonly CellValue[];
}

const DEFAULT_BRREG_FIELDS = ["navn", "organisasjonsform.kode", "forretningsadresse.kommunenummer"];

/** A header row is likely when the first value is text that is neither an orgnr nor a code. */
function looksLikeHeader(values: readonly CellValue[]): boolean {
  const first = values[0];
  return typeof first === "string" && !/^[\d.\s]+$/.test(first.trim()) && first.trim() !== "";
}

function guessKind(values: readonly CellValue[]): EnrichKind {
  const sample = values.slice(0, 50).filter((v) => v !== null && v !== "");
  const orgnr = sample.filter((v) => isValidOrgnr(v)).length;
  return orgnr * 2 >= sample.length && sample.length > 0 ? "brreg" : "klass";
}

/** State of the Enrich view: the source column, what to add, and the running job. */
export function useEnrich() {
  const { gateway, services, t } = usePaneContext();
  const [source, setSource] = useState<SourceColumn | undefined>();
  const [hasHeader, setHasHeader] = useState(false);
  const [kind, setKind] = useState<EnrichKind>("brreg");
  const [fields, setFields] = useState<readonly string[]>(DEFAULT_BRREG_FIELDS);
  const [classification, setClassification] = useState("131");
  const [date, setDate] = useState("");
  const [additions, setAdditions] = useState<readonly KlassAdd[]>(["name"]);
  const [target, setTarget] = useState("104");
  const [progress, setProgress] = useState<{ done: number; total: number } | undefined>();
  const [running, setRunning] = useState(false);
  const [status, setStatus] = useState<Status | undefined>();
  const abort = useRef<AbortController | undefined>(undefined);

  const adopt = useCallback((column: SourceColumn, header?: boolean) => {
    setSource(column);
    const headed = header ?? looksLikeHeader(column.values);
    setHasHeader(headed);
    setKind(guessKind(headed ? column.values.slice(1) : column.values));
    setStatus(undefined);
    setProgress(undefined);
  }, []);

  const takeSelection = async () => {
    try {
      const s = await gateway.getSelection();
      adopt({
        sheet: s.sheet,
        address: s.address,
        row: s.row,
        column: s.column,
        width: s.columnCount,
        values: s.values.map((r) => r[0] ?? null),
      });
    } catch (error) {
      setStatus(errorStatus(error, t));
    }
  };

  const job = (): EnrichJob => {
    if (kind === "brreg") return brregEnrichJob(services.deps.brreg, fields, services.services.config);
    const list: KlassAddition[] = additions.map((a) =>
      a === "correspondence" ? { kind: a, target: Number(target) } : { kind: a },
    );
    return klassEnrichJob(
      { klass: services.deps.klass, now: services.deps.now },
      {
        classificationId: Number(classification),
        date: date.trim() || isoToday(Date.now()),
        additions: list,
      },
    );
  };

  const run = async () => {
    if (!source) return;
    const controller = new AbortController();
    abort.current = controller;
    setRunning(true);
    setStatus(undefined);
    const first = source.row + (hasHeader ? 1 : 0);
    const keys = hasHeader ? source.values.slice(1) : source.values;
    const column = source.column + source.width;
    setProgress({ done: 0, total: keys.length });
    try {
      const work = job();
      if (hasHeader) {
        await gateway.write({
          sheet: source.sheet,
          row: source.row,
          column,
          values: [[...work.headers]],
          numberFormats: [work.headers.map(() => TEXT_FORMAT)],
        });
      }
      const result = await runEnrich(
        keys,
        work,
        (block) =>
          gateway.write({
            sheet: source.sheet,
            row: first + block.offset,
            column,
            values: block.values,
            numberFormats: block.numberFormats,
          }),
        {
          signal: controller.signal,
          onProgress: (done, total) => setProgress({ done, total }),
          chunkRows: chunkRowsSetting(),
        },
      );
      setStatus(
        result.cancelled
          ? { intent: "warning", text: t("enrich.cancelled", { rows: result.rows }) }
          : { intent: "success", text: t("enrich.done", { rows: result.rows, columns: work.headers.length }) },
      );
    } catch (error) {
      setStatus(errorStatus(error, t));
    } finally {
      setRunning(false);
      abort.current = undefined;
    }
  };

  const toggle =
    <T>(set: (f: (list: readonly T[]) => readonly T[]) => void) =>
    (value: T, on: boolean) =>
      set((list) => (on ? (list.includes(value) ? list : [...list, value]) : list.filter((v) => v !== value)));

  const keysCount = source ? source.values.length - (hasHeader ? 1 : 0) : 0;
  const ready =
    !!source &&
    keysCount > 0 &&
    !running &&
    (kind === "brreg"
      ? fields.length > 0
      : /^\d+$/.test(classification) &&
        additions.length > 0 &&
        (!additions.includes("correspondence") || /^\d+$/.test(target)));

  return {
    source,
    adopt,
    takeSelection,
    hasHeader,
    setHasHeader,
    kind,
    setKind,
    fields,
    toggleField: toggle<string>(setFields),
    classification,
    setClassification,
    date,
    setDate,
    additions,
    toggleAddition: toggle<KlassAdd>(setAdditions),
    target,
    setTarget,
    progress,
    running,
    status,
    run,
    cancel: () => abort.current?.abort(),
    ready,
    keysCount,
  };
}

/**
 * Rows per chunk: a page may lower it (window.KLASS_BRREG_TASKPANE = { enrichChunkRows }) to show
 * progress on small columns — it caps the rows per write and the fetch chunk (runEnrich's chunkRows).
 */
function chunkRowsSetting(): number | undefined {
  const value = (globalThis as { KLASS_BRREG_TASKPANE?: { enrichChunkRows?: unknown } }).KLASS_BRREG_TASKPANE
    ?.enrichChunkRows;
  return typeof value === "number" && value >= 1 ? value : undefined;
}
