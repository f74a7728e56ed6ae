import { useEffect, useState } from "react";
import { isoToday } from "../../../core/args";
import type { KlassClassification, KlassLanguage } from "../../../core/klass/types";
import { findVersionAt, versionSpans } from "../../../core/klass/versions";
import type { KlassCodesSource } from "../../../core/reports";
import { insertFormulaAtSelection, insertReportWithStatus } from "../../actions/insertFromSource";
import type { InsertTarget } from "../../actions/insertReport";
import { usePaneContext } from "../../PaneContext";
import type { KlassVersionDetail } from "../../../core/klass/versionDetail";
import { errorStatus } from "../shared/StatusMessage";
import { useAction } from "../shared/useAction";

export const CODE_COLUMNS = [
  "code",
  "parentCode",
  "level",
  "name",
  "shortName",
  "presentationName",
  "validFrom",
  "validTo",
  "notes",
] as const;
const DEFAULT_COLUMNS = ["code", "parentCode", "level", "name"];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A classification's page: metadata, the chosen version's details, and the insert form. */
export function useClassificationPage(id: number) {
  const pane = usePaneContext();
  const { services, gateway, t, language: uiLanguage } = pane;
  const [meta, setMeta] = useState<KlassClassification | undefined>();
  const [versionId, setVersionId] = useState<number | undefined>();
  const [detail, setDetail] = useState<KlassVersionDetail | undefined>();
  const { busy, status, setStatus, act } = useAction(t);
  const [date, setDate] = useState("");
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

  const dateValid = date.trim() === "" || ISO_DATE.test(date.trim());
  const levelValid = level.trim() === "" || /^\d{1,2}$/.test(level.trim());
  const source = (): KlassCodesSource => ({
    kind: "klass-codes",
    classificationId: id,
    classificationName: meta?.name ?? String(id),
    language,
    columns: CODE_COLUMNS.filter((c) => columns.includes(c)),
    ...(date.trim() ? { date: date.trim() } : {}),
    ...(level.trim() ? { level: Number(level.trim()) } : {}),
    ...(selectCodes.trim() ? { selectCodes: selectCodes.trim() } : {}),
  });

  const insert = () =>
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
          target,
        },
        pane.reloadReports,
        t,
      );
    });

  const insertFormula = () => act(() => insertFormulaAtSelection(gateway, source(), t));

  const toggleColumn = (name: string, on: boolean) =>
    setColumns((list) => (on ? [...list, name] : list.filter((c) => c !== name)));

  return {
    meta,
    versionId,
    setVersionId,
    detail,
    status,
    busy,
    date,
    setDate,
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
    canInsert: !busy && !!meta && dateValid && levelValid && columns.length > 0,
  };
}
