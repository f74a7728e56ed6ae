import { useCallback, useEffect, useState } from "react";
import type { BrregOrganisasjonsform, BrregSearchPage } from "../../../core/brreg/types";
import { parseFilters } from "../../../core/brreg/filters";
import { SEARCH_CAP } from "../../../core/brreg/search";
import type { BrregSearchSource } from "../../../core/reports";
import { insertFormulaAtSelection, insertReportWithStatus } from "../../actions/insertFromSource";
import type { InsertTarget } from "../../actions/insertReport";
import { offendingParam } from "../../../core/brreg/searchProblem";
import { usePaneContext } from "../../PaneContext";
import { useAction } from "../shared/useAction";
import { useFilterLabel } from "./useFilterLabel";

export type TriState = "any" | "true" | "false";
const PAGE_SIZE = 20;
const DEFAULT_FIELDS = [
  "organisasjonsnummer",
  "navn",
  "organisasjonsform.kode",
  "forretningsadresse.kommunenummer",
  "antallAnsatte",
];

interface BrregFilters {
  navn: string;
  kommunenummer: string;
  naeringskode: string;
  organisasjonsform: string;
  fraAntallAnsatte: string;
  tilAntallAnsatte: string;
  konkurs: TriState;
  underAvvikling: TriState;
}

const EMPTY: BrregFilters = {
  navn: "",
  kommunenummer: "",
  naeringskode: "",
  organisasjonsform: "",
  fraAntallAnsatte: "",
  tilAntallAnsatte: "",
  konkurs: "any",
  underAvvikling: "any",
};

/** The API's parameters for the filters (blank ones left out). */
function searchParams(f: BrregFilters): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of [
    "navn",
    "kommunenummer",
    "naeringskode",
    "organisasjonsform",
    "fraAntallAnsatte",
    "tilAntallAnsatte",
  ] as const) {
    const value = f[key].trim();
    if (value) params[key] = value;
  }
  if (f.konkurs !== "any") params.konkurs = f.konkurs;
  if (f.underAvvikling !== "any") params.underAvvikling = f.underAvvikling;
  return params;
}

/** Enhetsregisteret search: filters, a page of hits with the total, and insert as a report. */
export function useBrregSearch() {
  const pane = usePaneContext();
  const { services, gateway, t } = pane;
  const [filters, setFilters] = useState<BrregFilters>(EMPTY);
  const [orgforms, setOrgforms] = useState<readonly BrregOrganisasjonsform[]>([]);
  const [page, setPage] = useState<BrregSearchPage | undefined>();
  const [pageIndex, setPageIndex] = useState(0);
  const [searched, setSearched] = useState<Record<string, string> | undefined>();
  const [fields, setFields] = useState<readonly string[]>(DEFAULT_FIELDS);
  const [max, setMax] = useState("1000");
  const [target, setTarget] = useState<InsertTarget>("newSheet");
  const { busy, status, setStatus, act } = useAction(t, useFilterLabel());
  /** The filter a refused search was about (marked in the form until it is changed). */
  const [badField, setBadField] = useState<keyof BrregFilters | undefined>();

  useEffect(() => {
    let live = true;
    Promise.resolve(services.services.brreg.organisasjonsformer()).then(
      (list) => live && setOrgforms(list),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [services]);

  const fetchPage = useCallback(
    (params: Record<string, string>, index: number) =>
      act(async () => {
        setBadField(undefined);
        try {
          // Checked here as BRREG.SOK checks them, so a bad value gets a message naming the field
          // (not the API's 400 sentence); what is sent is the checked text (0301 for 301).
          const checked = parseFilters(Object.entries(params), "enheter");
          setPage(
            await services.services.brreg.search("enheter", {
              ...checked,
              size: String(PAGE_SIZE),
              page: String(index),
            }),
          );
        } catch (error) {
          // A failed search shows no hits of an earlier one, and Insert no longer offers them.
          setPage(undefined);
          setSearched(undefined);
          setBadField(offendingParam(error, Object.keys(params)) as keyof BrregFilters | undefined);
          throw error;
        }
        setPageIndex(index);
        setSearched(params);
        return undefined;
      }),
    [services, act],
  );

  const params = searchParams(filters);
  const search = () =>
    Object.keys(params).length ? fetchPage(params, 0) : setStatus({ intent: "warning", text: t("brreg.noFilters") });
  const total = page?.page.totalElements ?? 0;
  // The API refuses pages past the 10,000th hit (size × (page + 1) > 10,000).
  const lastPage = Math.max(0, Math.ceil(Math.min(total, SEARCH_CAP) / PAGE_SIZE) - 1);
  const source = (): BrregSearchSource => ({
    kind: "brreg-search",
    params: searched ?? params,
    fields,
    max: Math.min(Math.max(1, Number(max) || 1), SEARCH_CAP),
  });

  const insert = (where: InsertTarget = target): Promise<void> =>
    act(() => {
      const s = source();
      const title = `Enhetsregisteret ${Object.entries(s.params)
        .map(([k, v]) => `${k}=${v}`)
        .join(", ")}`;
      return insertReportWithStatus(
        gateway,
        services.deps,
        { source: s, title, tableName: "Enheter", sheetName: "Enheter", target: where, language: pane.language },
        pane.reloadReports,
        t,
        () => void insert("newSheet"),
      );
    });

  const insertFormula = () => act(() => insertFormulaAtSelection(gateway, source(), t));

  /** One unit (an opened card) as a one-row table with the chosen fields. */
  const insertUnit = (orgnr: string) =>
    act(() =>
      insertReportWithStatus(
        gateway,
        services.deps,
        {
          source: { kind: "brreg-search", params: { organisasjonsnummer: orgnr }, fields, max: 1 },
          title: `Enhetsregisteret organisasjonsnummer=${orgnr}`,
          tableName: "Enhet",
          sheetName: "Enheter",
          target,
          language: pane.language,
        },
        pane.reloadReports,
        t,
      ),
    );

  const set = <K extends keyof BrregFilters>(key: K, value: BrregFilters[K]) => {
    setFilters((f) => ({ ...f, [key]: value }));
    if (key === badField) setBadField(undefined);
  };
  /** Field props that mark the filter a refused search was about. */
  const fieldState = (key: keyof BrregFilters) =>
    key === badField ? { validationState: "error" as const, validationMessage: t("brreg.field.refused") } : {};
  const toggleField = (name: string, on: boolean) =>
    setFields((list) => (on ? [...list, name] : list.filter((f) => f !== name)));

  return {
    filters,
    set,
    orgforms,
    page,
    pageIndex,
    lastPage,
    total,
    capped: total > SEARCH_CAP,
    busy,
    status,
    search,
    next: () => searched && fetchPage(searched, Math.min(pageIndex + 1, lastPage)),
    prev: () => searched && fetchPage(searched, Math.max(0, pageIndex - 1)),
    fields,
    toggleField,
    max,
    setMax,
    target,
    setTarget,
    insert,
    insertFormula,
    fieldState,
    insertUnit,
    canInsert: !!searched && !busy && fields.length > 0 && total > 0,
    /** Data rows the insert will write (known once searched), for "Skriver til …". */
    insertRows: searched ? Math.min(total, source().max) : undefined,
  };
}
