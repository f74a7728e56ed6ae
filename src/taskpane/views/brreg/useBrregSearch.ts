import { useCallback, useEffect, useState } from "react";
import type { BrregOrganisasjonsform, BrregRegister, BrregSearchPage } from "../../../core/brreg/types";
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
/** The columns an insert starts with, per register (each register has its own fields). */
const DEFAULT_FIELDS: Readonly<Record<BrregRegister, readonly string[]>> = {
  enheter: [
    "organisasjonsnummer",
    "navn",
    "organisasjonsform.kode",
    "forretningsadresse.kommunenummer",
    "antallAnsatte",
  ],
  underenheter: [
    "organisasjonsnummer",
    "navn",
    "overordnetEnhet",
    "beliggenhetsadresse.kommunenummer",
    "naeringskode1.kode",
    "antallAnsatte",
  ],
};

interface BrregFilters {
  navn: string;
  kommunenummer: string;
  naeringskode: string;
  organisasjonsform: string;
  fraAntallAnsatte: string;
  tilAntallAnsatte: string;
  /** Underenheter only: the hovedenhet's orgnr. */
  overordnetEnhet: string;
  /** Hovedenheter only (the underenheter search has no such filters). */
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
  overordnetEnhet: "",
  konkurs: "any",
  underAvvikling: "any",
};

/** The API's parameters for the filters of `register` (blank ones, and the other register's, left out). */
function searchParams(f: BrregFilters, register: BrregRegister): Record<string, string> {
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
  if (register === "underenheter") {
    if (f.overordnetEnhet.trim()) params.overordnetEnhet = f.overordnetEnhet.trim();
    return params;
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
  const [register, setRegisterState] = useState<BrregRegister>("enheter");
  /** The register of the hits shown (and of what Insert writes). */
  const [searchedRegister, setSearchedRegister] = useState<BrregRegister>("enheter");
  const [orgforms, setOrgforms] = useState<readonly BrregOrganisasjonsform[]>([]);
  const [page, setPage] = useState<BrregSearchPage | undefined>();
  const [pageIndex, setPageIndex] = useState(0);
  const [searched, setSearched] = useState<Record<string, string> | undefined>();
  const [fields, setFields] = useState<readonly string[]>(DEFAULT_FIELDS.enheter);
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
    (within: BrregRegister, params: Record<string, string>, index: number) =>
      act(async () => {
        setBadField(undefined);
        try {
          // Checked here as BRREG.SOK checks them, so a bad value gets a message naming the field
          // (not the API's 400 sentence); what is sent is the checked text (0301 for 301).
          const checked = parseFilters(Object.entries(params), within);
          setPage(
            await services.services.brreg.search(within, {
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
        setSearchedRegister(within);
        return undefined;
      }),
    [services, act],
  );

  const params = searchParams(filters, register);
  const search = () =>
    Object.keys(params).length
      ? fetchPage(register, params, 0)
      : setStatus({ intent: "warning", text: t("brreg.noFilters") });
  /** Another register: its own filters and fields; the hits of the other one are no longer offered. */
  const setRegister = (next: BrregRegister) => {
    if (next === register) return;
    setRegisterState(next);
    setFields(DEFAULT_FIELDS[next]);
    setPage(undefined);
    setSearched(undefined);
    setBadField(undefined);
    setFilters((f) => (f.organisasjonsform ? { ...f, organisasjonsform: "" } : f));
  };
  const total = page?.page.totalElements ?? 0;
  // The API refuses pages past the 10,000th hit (size × (page + 1) > 10,000).
  const lastPage = Math.max(0, Math.ceil(Math.min(total, SEARCH_CAP) / PAGE_SIZE) - 1);
  const source = (): BrregSearchSource => ({
    kind: "brreg-search",
    ...(searchedRegister === "underenheter" ? { register: searchedRegister } : {}),
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
        {
          source: s,
          title,
          tableName: searchedRegister === "underenheter" ? "Underenheter" : "Enheter",
          sheetName: searchedRegister === "underenheter" ? "Underenheter" : "Enheter",
          target: where,
          language: pane.language,
        },
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
          source: {
            kind: "brreg-search",
            ...(searchedRegister === "underenheter" ? { register: searchedRegister } : {}),
            params: { organisasjonsnummer: orgnr },
            fields,
            max: 1,
          },
          title: `Enhetsregisteret organisasjonsnummer=${orgnr}`,
          tableName: searchedRegister === "underenheter" ? "Underenhet" : "Enhet",
          sheetName: searchedRegister === "underenheter" ? "Underenheter" : "Enheter",
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
    next: () => searched && fetchPage(searchedRegister, searched, Math.min(pageIndex + 1, lastPage)),
    prev: () => searched && fetchPage(searchedRegister, searched, Math.max(0, pageIndex - 1)),
    register,
    setRegister,
    searchedRegister,
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
