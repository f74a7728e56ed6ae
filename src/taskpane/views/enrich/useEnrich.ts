import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { isoToday } from "../../../core/args";
import { isValidOrgnr } from "../../../core/brreg/orgnr";
import {
  brregEnrichJob,
  enrichNote,
  klassEnrichJob,
  runEnrich,
  type EnrichJob,
  type FailureStyle,
  type KlassAddition,
} from "../../../core/enrich";
import { blockAddress } from "../../../core/sheet/address";
import { TEXT_FORMAT, type CellValue } from "../../../core/sheet/cells";
import { firstEmptyColumns } from "../../../core/sheet/emptyColumns";
import { usePaneContext } from "../../PaneContext";
import { errorStatus, type Status } from "../shared/StatusMessage";
import { useDetection } from "./useDetection";

export type EnrichKind = "brreg" | "klass";
/** Where the new columns go: inserted right of the key column, or the first empty columns there. */
export type Placement = "insert" | "empty";
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

const DEFAULT_BRREG_FIELDS = ["navn", "organisasjonsform.kode", "forretningsadresse.kommunenummer", "status"];

/** How far right "first empty columns" looks. */
const EMPTY_SEARCH_COLUMNS = 200;

/** Where the run will write: the first new column, and whether columns are inserted there first. */
interface EnrichTarget {
  readonly column: number;
  readonly insert: boolean;
  /** A1 address of the whole block (header row, value columns and the note column). */
  readonly address: string;
}

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
  const { gateway, services, t, language } = usePaneContext();
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
  const [placement, setPlacement] = useState<Placement>("insert");
  const [failureStyle, setFailureStyle] = useState<FailureStyle>("note");
  /** The exact target, shown before running; null: no room found ("empty" placement). */
  const [writeTarget, setWriteTarget] = useState<EnrichTarget | null | undefined>();
  const abort = useRef<AbortController | undefined>(undefined);
  const keyValues = useMemo(
    () => (source ? (hasHeader ? source.values.slice(1) : source.values) : undefined),
    [source, hasHeader],
  );
  /** For a column of codes: the classification and version they most likely belong to (KLASS.DETECT). */
  const detected = useDetection(kind === "klass" ? keyValues : undefined);
  /** Fields the user typed in since the column was taken: a proposal arriving later leaves them alone. */
  const typed = useRef({ classification: false, date: false });
  // The proposal fills the form once when it arrives; what the user types is kept.
  useEffect(() => {
    if (!detected) return;
    if (!typed.current.classification) setClassification(String(detected.classificationId));
    if (!typed.current.date) setDate(detected.latestFrom);
  }, [detected]);
  // The new columns: one per field or addition, then the note column.
  const width = (kind === "brreg" ? fields.length : additions.length) + 1;

  useEffect(() => {
    if (!source) return setWriteTarget(undefined);
    const first = source.column + source.width;
    const rows = source.values.length;
    if (placement === "insert")
      return setWriteTarget({ column: first, insert: true, address: blockAddress(source.row, first, rows, width) });
    let live = true;
    gateway.readRange(source.sheet, source.row, first, rows, EMPTY_SEARCH_COLUMNS).then(
      (grid) => {
        if (!live) return;
        const offset = firstEmptyColumns(grid, width);
        setWriteTarget(
          offset === undefined
            ? null
            : { column: first + offset, insert: false, address: blockAddress(source.row, first + offset, rows, width) },
        );
      },
      (error: unknown) => live && setStatus(errorStatus(error, t)),
    );
    return () => {
      live = false;
    };
  }, [source, placement, width, gateway, t]);

  const adopt = useCallback((column: SourceColumn, header?: boolean) => {
    setSource(column);
    typed.current = { classification: false, date: false };
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
    // Headers in the pane's language (readable labels; the API name is the field picker's tooltip).
    if (kind === "brreg") return brregEnrichJob(services.deps.brreg, fields, services.services.config, language);
    const list: KlassAddition[] = additions.map((a) =>
      a === "correspondence" ? { kind: a, target: Number(target) } : { kind: a },
    );
    return klassEnrichJob(
      { klass: services.deps.klass, now: services.deps.now },
      {
        classificationId: Number(classification),
        date: date.trim() || isoToday(Date.now()),
        additions: list,
        paneLanguage: language,
      },
    );
  };

  const run = async () => {
    if (!source || !writeTarget) return;
    const controller = new AbortController();
    abort.current = controller;
    setRunning(true);
    setStatus(undefined);
    const first = source.row + (hasHeader ? 1 : 0);
    const keys = hasHeader ? source.values.slice(1) : source.values;
    const { column } = writeTarget;
    const note = t("enrich.note.header");
    setProgress({ done: 0, total: keys.length });
    try {
      const work = job();
      // New empty columns first, so no cell of the user's is under the write (the gateway checks too).
      if (writeTarget.insert) await gateway.insertColumns(source.sheet, column, work.headers.length + 1);
      if (hasHeader) {
        const header = [...work.headers, note];
        await gateway.write({
          sheet: source.sheet,
          row: source.row,
          column,
          values: [header],
          numberFormats: [header.map(() => TEXT_FORMAT)],
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
          failureStyle,
          reason: (error) => enrichNote(error, t),
        },
      );
      // Counts, always: success only when nothing failed; an error when nothing was filled.
      const counts = { filled: result.filled, failed: result.failed, note };
      setStatus(
        result.cancelled
          ? { intent: "warning", text: t("enrich.cancelled", { rows: result.rows }) }
          : result.failed === 0
            ? { intent: "success", text: t("enrich.done", { rows: result.filled, columns: work.headers.length }) }
            : { intent: result.filled === 0 ? "error" : "warning", text: t("enrich.outcome", counts) },
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
    !!writeTarget &&
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
    setClassification: (value: string) => {
      typed.current.classification = true;
      setClassification(value);
    },
    detected,
    date,
    setDate: (value: string) => {
      typed.current.date = true;
      setDate(value);
    },
    additions,
    toggleAddition: toggle<KlassAdd>(setAdditions),
    target,
    setTarget,
    placement,
    setPlacement,
    failureStyle,
    setFailureStyle,
    writeTarget,
    width,
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
