import { useEffect, useState } from "react";
import { coerceDate, isoToday } from "../../../core/args";
import type { KlassClassification, KlassLanguage } from "../../../core/klass/types";
import { findVersionAt, versionSpans } from "../../../core/klass/versions";
import type { KlassCodesSource, KlassCorrespondenceSource, KlassVariantSource } from "../../../core/reports";
import { insertFormulaAtSelection, insertReportWithStatus } from "../../actions/insertFromSource";
import type { InsertTarget } from "../../actions/insertReport";
import { usePaneContext } from "../../PaneContext";
import type { KlassVersionDetail } from "../../../core/klass/versionDetail";
import { errorStatus } from "../shared/StatusMessage";
import { useAction } from "../shared/useAction";
import { useTableRows } from "./useTableRows";
import { CODE_FIELDS, DEFAULT_CODE_COLUMNS } from "../../../core/klass/columns";

/** The columns a code table can have, and those ticked at first: KLASS.CODES' own (core). */
export const CODE_COLUMNS = CODE_FIELDS;
const DEFAULT_COLUMNS = DEFAULT_CODE_COLUMNS;

/** The date as the functions read it (core's one parser: 2024-01-01, 01.01.2024, 2024, a serial); undefined when blank or invalid. */
function parsedDate(text: string): string | undefined {
  if (text.trim() === "") return undefined;
  try {
    return coerceDate(text.trim(), isoToday(Date.now()));
  } catch {
    return undefined;
  }
}

/** A classification's page: metadata, the chosen version's details, and the insert form. */
export function useClassificationPage(id: number) {
  const pane = usePaneContext();
  const { services, gateway, t, language: uiLanguage } = pane;
  const [meta, setMeta] = useState<KlassClassification | undefined>();
  const [versionId, setVersionId] = useState<number | undefined>();
  const [detail, setDetail] = useState<KlassVersionDetail | undefined>();
  const { busy, status, setStatus, act } = useAction(t);
  const [date, setDate] = useState("");
  /** The date was set by picking a version (the form says so). */
  const [dateFromVersion, setDateFromVersion] = useState(false);
  const [level, setLevel] = useState("");
  const [language, setLanguage] = useState<KlassLanguage>("nb");
  const [columns, setColumns] = useState<readonly string[]>(DEFAULT_COLUMNS);
  const [selectCodes, setSelectCodes] = useState("");
  const [target, setTarget] = useState<InsertTarget>("newSheet");

  useEffect(() => {
    let live = true;
    Promise.resolve(services.services.klass.classification(id)).then(
      (m) => {
        if (!live) return;
        setMeta(m);
        const current = findVersionAt(m, isoToday(Date.now())) ?? versionSpans(m).at(-1);
        setVersionId(current?.version.id);
      },
      (error: unknown) => live && setStatus(errorStatus(error, t)),
    );
    return () => {
      live = false;
    };
  }, [id, services, t, setStatus]);

  useEffect(() => {
    if (versionId === undefined) return;
    let live = true;
    setDetail(undefined);
    Promise.resolve(services.services.klass.versionDetail(id, versionId, uiLanguage)).then(
      (d) => live && setDetail(d),
      (error: unknown) => live && setStatus(errorStatus(error, t)),
    );
    return () => {
      live = false;
    };
  }, [id, versionId, services, uiLanguage, t, setStatus]);

  const isoDate = parsedDate(date);
  const dateValid = date.trim() === "" || isoDate !== undefined;
  /** The version picked sets the date to its first day, so Insert inserts the version shown. */
  const chooseVersion = (chosenId: number) => {
    setVersionId(chosenId);
    const span = meta ? versionSpans(meta).find((v) => v.version.id === chosenId) : undefined;
    if (span) {
      setDate(span.from);
      setDateFromVersion(true);
    }
  };
  /** A typed date shows the version valid then (when there is one). */
  const changeDate = (text: string) => {
    setDate(text);
    setDateFromVersion(false);
    const iso = parsedDate(text);
    const span = meta && iso ? findVersionAt(meta, iso) : undefined;
    if (span) setVersionId(span.version.id);
  };
  const levelValid = level.trim() === "" || /^\d{1,2}$/.test(level.trim());
  const source = (): KlassCodesSource => ({
    kind: "klass-codes",
    classificationId: id,
    classificationName: meta?.name ?? String(id),
    language,
    columns: CODE_COLUMNS.filter((c) => columns.includes(c)),
    ...(isoDate ? { date: isoDate } : {}),
    ...(level.trim() ? { level: Number(level.trim()) } : {}),
    ...(selectCodes.trim() ? { selectCodes: selectCodes.trim() } : {}),
  });

  const insert = (where: InsertTarget = target): Promise<void> =>
    act(() => {
      const s = source();
      const stamp = (s.date ?? "").replace(/-/g, "");
      return insertReportWithStatus(
        gateway,
        services.deps,
        {
          source: s,
          title: `${id} ${meta?.name ?? ""}`.trim(),
          tableName: `KLASS_${id}${stamp ? `_${stamp}` : ""}`,
          sheetName: `KLASS ${id}${s.date ? ` ${s.date}` : ""}`,
          target: where,
          language: pane.language,
        },
        pane.reloadReports,
        t,
        () => void insert("newSheet"),
      );
    });

  const insertFormula = () => act(() => insertFormulaAtSelection(gateway, source(), t));
  const formComplete = !!meta && dateValid && levelValid && columns.length > 0;
  /** At the selected cell, the table is resolved (cached) as soon as the form is complete: the exact range shows. */
  const tableRows = useTableRows(target === "selection" && formComplete ? source() : undefined);

  /** A variant listed on the page, at the form's date and language, as a refreshable report. */
  const variantSource = (v: { id: number; name: string }): KlassVariantSource => ({
    kind: "klass-variant",
    classificationId: id,
    classificationName: meta?.name ?? String(id),
    variantId: v.id,
    variantName: v.name,
    language,
    ...(isoDate ? { date: isoDate } : {}),
  });
  const insertVariant = (v: { id: number; name: string }, where: InsertTarget = target): Promise<void> =>
    act(() => {
      const s = variantSource(v);
      const stamp = (s.date ?? "").replace(/-/g, "");
      return insertReportWithStatus(
        gateway,
        services.deps,
        {
          source: s,
          title: `${id} ${v.name}`,
          tableName: `KLASS_${id}_V${v.id}${stamp ? `_${stamp}` : ""}`,
          sheetName: `KLASS ${id} V${v.id}${s.date ? ` ${s.date}` : ""}`,
          target: where,
          language: pane.language,
        },
        pane.reloadReports,
        t,
        () => void insertVariant(v, "newSheet"),
      );
    });
  const insertVariantFormula = (v: { id: number; name: string }) =>
    act(() => insertFormulaAtSelection(gateway, variantSource(v), t));

  /** A correspondence table listed on the page, by its id, in the form's language, as a refreshable report. */
  const correspondenceSource = (c: { id: number; name: string }): KlassCorrespondenceSource => ({
    kind: "klass-correspondence",
    classificationId: id,
    classificationName: meta?.name ?? String(id),
    tableId: c.id,
    tableName: c.name,
    language,
  });
  const insertCorrespondence = (c: { id: number; name: string }, where: InsertTarget = target): Promise<void> =>
    act(() =>
      insertReportWithStatus(
        gateway,
        services.deps,
        {
          source: correspondenceSource(c),
          title: c.name,
          tableName: `KLASS_K${c.id}`,
          sheetName: `KLASS K${c.id}`,
          target: where,
          language: pane.language,
        },
        pane.reloadReports,
        t,
        () => void insertCorrespondence(c, "newSheet"),
      ),
    );
  const insertCorrespondenceFormula = (c: { id: number; name: string }) =>
    act(() => insertFormulaAtSelection(gateway, correspondenceSource(c), t));

  const toggleColumn = (name: string, on: boolean) =>
    setColumns((list) => (on ? [...list, name] : list.filter((c) => c !== name)));

  return {
    meta,
    versionId,
    chooseVersion,
    detail,
    status,
    busy,
    date,
    setDate: changeDate,
    isoDate,
    dateFromVersion,
    dateValid,
    level,
    setLevel,
    levelValid,
    language,
    setLanguage,
    columns,
    toggleColumn,
    selectCodes,
    setSelectCodes,
    target,
    setTarget,
    insert,
    insertFormula,
    insertVariant,
    insertVariantFormula,
    insertCorrespondence,
    insertCorrespondenceFormula,
    canInsertVariant: !busy && !!meta && dateValid,
    canInsert: !busy && formComplete,
    tableRows,
  };
}
