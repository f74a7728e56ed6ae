import type { BrregData } from "../../../../src/core/brreg/brregData";
import type { BrregUnit, UnitLookup } from "../../../../src/core/brreg/types";
import {
  findingCounts,
  fixColumn,
  runWorkbookCheck,
  type CheckReport,
  type SheetRange,
} from "../../../../src/core/check";
import { ServiceUnavailableError } from "../../../../src/core/errors";
import { DELETED, EQUINOR } from "../../../support/fakeBrregData";
import { testEnv } from "../../../support/klassEnv";

/** A BrregData whose units are the given look-ups; every unit() call is counted. */
function units(lookups: Record<string, UnitLookup>, fail?: Error): BrregData & { asked: string[] } {
  const asked: string[] = [];
  const unit = (orgnr: string) => {
    asked.push(orgnr);
    if (fail) return Promise.reject(fail);
    return Promise.resolve(lookups[orgnr] ?? ({ state: "not-registered", orgnr } as const));
  };
  return {
    asked,
    unit,
    unitIn: (_register, orgnr) => unit(orgnr),
    roller: () => Promise.reject(new Error("not used")),
    search: () => Promise.reject(new Error("not used")),
    organisasjonsformer: () => Promise.reject(new Error("not used")),
  };
}

const BANKRUPT: BrregUnit = { ...EQUINOR, organisasjonsnummer: "974760673", konkurs: true };
const WINDING_UP: BrregUnit = { ...EQUINOR, organisasjonsnummer: "971524960", underAvvikling: true };
const LOOKUPS: Record<string, UnitLookup> = {
  "923609016": { state: "found", register: "enheter", unit: EQUINOR },
  "976030788": { state: "deleted", register: "enheter", unit: DELETED },
  "810004622": { state: "removed", register: "enheter", orgnr: "810004622" },
  "974760673": { state: "found", register: "enheter", unit: BANKRUPT },
  "971524960": { state: "found", register: "enheter", unit: WINDING_UP },
};

/** A sheet of 2019 municipality codes (101 as Excel keeps 0101: a number), orgnr, names and amounts. */
const SHEET: SheetRange = {
  sheet: "Data",
  row: 2,
  column: 1,
  values: [
    ["kommunenr", "orgnr", "navn", "beløp"],
    [101, "923609016", "Halden", 12.5],
    ["0301", "976030788", "Oslo", 3.25],
    ["1507", "810004622", "Ålesund", 7.75],
    ["5001", "974760673", "Trondheim", 1.5],
    ["0104", "923609017", "Moss", 2.5],
    ["7777", 971524960, "?", null],
    [null, "910000004", null, 0.5],
  ],
};

function check(ranges: readonly SheetRange[], date: string, brreg = units(LOOKUPS), signal?: { aborted: boolean }) {
  const env = testEnv();
  const progress: number[] = [];
  const run = runWorkbookCheck({ klass: env, brreg, orgnrChunk: 1000 }, ranges, {
    date,
    signal,
    onProgress: (done) => progress.push(done),
  });
  return { env, brreg, progress, run };
}

const column = (report: CheckReport, index: number) => report.columns.find((c) => c.column.column === index)!;

describe("workbook check: columns of codes and organisasjonsnumre found and checked", () => {
  test("2019 municipality codes at 2024-06-01: 0101 → 3101, 0104 → 3103, the Ålesund split listed, 7777 unknown", async () => {
    const { run } = check([SHEET], "2024-06-01");
    const report = await run;
    expect(report.columns.map((c) => [c.column.column, c.kind.type, c.by])).toEqual([
      [1, "klass", "header"],
      [2, "orgnr", "header"],
    ]);
    const codes = column(report, 1);
    expect(codes.kind).toEqual({ type: "klass", classification: 131, name: "Standard for kommuneinndeling" });
    expect(codes.version).toBe("Kommuneinndeling 2024");
    expect(codes.findings).toEqual([
      expect.objectContaining({
        kind: "not-valid",
        row: 3,
        value: 101,
        code: "0101",
        successor: "3101",
        validFrom: "2016-01-01",
        validTo: "2020-01-01",
      }),
      expect.objectContaining({
        kind: "split",
        row: 5,
        code: "1507",
        successors: ["1508", "1580"],
        date: "2024-01-01",
      }),
      expect.objectContaining({ kind: "not-valid", row: 7, code: "0104", successor: "3103" }),
      expect.objectContaining({ kind: "unknown", row: 8, code: "7777" }),
    ]);
    // The fix column: the header, then each row's code at the date; the split and the unknown left empty.
    const fix = fixColumn(codes, "kommunenr 2024-06-01")!;
    expect(fix.row).toBe(2);
    expect(fix.values.map((v) => v[0])).toEqual(["kommunenr 2024-06-01", "3101", "0301", "", "5001", "3103", "", ""]);
    expect(fix.changed).toBe(2);
    expect(fix.undecided.map((f) => f.kind)).toEqual(["split", "unknown"]);
  });

  test("organisasjonsnumre: deleted, removed, bankrupt, under avvikling, not registered and a bad mod-11 number", async () => {
    const report = await check([SHEET], "2024-06-01").run;
    const orgnr = column(report, 2);
    expect(orgnr.findings.map((f) => [f.row, f.kind, "state" in f ? f.state : undefined])).toEqual([
      [4, "unit", "deleted"],
      [5, "unit", "removed"],
      [6, "unit", "bankrupt"],
      [7, "invalid-orgnr", undefined],
      [8, "unit", "dissolution"],
      [9, "not-registered", undefined],
    ]);
    expect(orgnr.findings[0]).toMatchObject({ date: "2024-11-26", orgnr: "976030788" });
    expect(findingCounts(report)).toEqual({
      columns: 2,
      failedColumns: 0,
      findings: 10,
      byKind: { "not-valid": 2, split: 1, unknown: 1, unit: 4, "invalid-orgnr": 1, "not-registered": 1 },
    });
  });

  test("a code valid at the date that changes in a later version is told, with the version and its successor", async () => {
    const sheet: SheetRange = { sheet: "S", row: 0, column: 0, values: [["knr"], ["3001"], ["0301"], ["1507"]] };
    const report = await check([sheet], "2020-06-01").run;
    expect(report.columns[0]!.findings).toEqual([
      expect.objectContaining({
        kind: "will-change",
        code: "3001",
        version: "Kommuneinndeling 2024",
        date: "2024-01-01",
        successors: ["3101"],
      }),
      expect.objectContaining({ kind: "will-change", code: "1507", successors: ["1508", "1580"] }),
    ]);
  });

  test("a column without a telling header is recognised by content; names and amounts are not checked", async () => {
    const sheet: SheetRange = {
      sheet: "S",
      row: 0,
      column: 0,
      values: [
        ["0301", "Oslo", 923609016, 12.5],
        ["0101", "Halden", 976030788, 1],
        ["1103", "Stavanger", 923609016, 2],
        ["1201", "Bergen", 923609016, 3],
        ["5001", "Trondheim", 923609016, 4],
      ],
    };
    const report = await check([sheet], "2024-06-01").run;
    expect(report.columns.map((c) => [c.column.column, c.kind.type, c.by])).toEqual([
      [0, "klass", "content"],
      [2, "orgnr", "content"],
    ]);
    expect(report.columns[0]!.findings).toEqual([
      expect.objectContaining({ kind: "not-valid", code: "0101", successor: "3101" }),
    ]);
  });

  test("batched: a request per version and one changes request per classification, one unit look-up per distinct number", async () => {
    const many: SheetRange = {
      sheet: "Big",
      row: 0,
      column: 0,
      values: [
        ["kommunenr", "orgnr"],
        ...Array.from({ length: 3000 }, (_, i) => [
          ["0101", "0301", "1507", "0104"][i % 4]!,
          ["923609016", "976030788"][i % 2]!,
        ]),
      ],
    };
    const { env, brreg, run } = check([many, SHEET], "2024-06-01");
    await run;
    // 131's six version lists and ONE change set over all its versions (2016 → 2026), which every
    // code is followed within (0101 and 0104 from 2019, 1507 from 2020, the valid codes ahead): nothing per cell.
    expect(env.cache.fetches.filter((u) => u.includes("/codesAt"))).toHaveLength(6);
    expect(env.cache.fetches.filter((u) => u.includes("/changes"))).toEqual([
      expect.stringContaining("/classifications/131/changes?from=2016-01-01&to=2026-01-02"),
    ]);
    expect(new Set(brreg.asked).size).toBe(brreg.asked.length);
    expect(brreg.asked.length).toBe(6); // the valid distinct numbers of both sheets
  });

  test("progress in cells up to the total; Cancel stops before the next column and says so", async () => {
    const { progress, run } = check([SHEET], "2024-06-01");
    const report = await run;
    expect(progress[0]).toBe(0);
    expect(progress[progress.length - 1]).toBe(report.cells);
    expect(report.cells).toBe(13);
    expect(report.cancelled).toBe(false);
    const cancelled = await check([SHEET], "2024-06-01", units(LOOKUPS), { aborted: true }).run;
    expect(cancelled.cancelled).toBe(true);
    expect(cancelled.columns).toEqual([]);
  });

  test("Cancel between unit chunks: the numbers looked up are reported, no chunk starts after it", async () => {
    const signal = { aborted: false };
    const brreg = units(LOOKUPS);
    const report = await runWorkbookCheck({ klass: testEnv(), brreg, orgnrChunk: 2 }, [SHEET], {
      date: "2024-06-01",
      signal,
      // Cancel once the KLASS column and the first chunk of two numbers are done.
      onProgress: (done) => {
        if (done >= 5 + 1 + 2) signal.aborted = true;
      },
    });
    expect(report.cancelled).toBe(true);
    expect(brreg.asked).toEqual(["923609016", "976030788"]);
    const orgnr = column(report, 2);
    // The invalid number (no request) and the deleted unit of the first chunk; nothing after.
    expect(orgnr.findings.map((f) => [f.row, f.kind])).toEqual([
      [4, "unit"],
      [7, "invalid-orgnr"],
    ]);
  });

  test("a service failure is reported per cell or column, never as a clean result", async () => {
    const down = new ServiceUnavailableError("503 Service Unavailable", { api: "brreg", status: 503 });
    const report = await check([SHEET], "2024-06-01", units(LOOKUPS, down)).run;
    const orgnr = column(report, 2);
    expect(orgnr.findings.filter((f) => f.kind === "failed")).toHaveLength(6);
    const klassDown = testEnv({ down: true });
    const failed = await runWorkbookCheck({ klass: klassDown, brreg: units(LOOKUPS), orgnrChunk: 1000 }, [SHEET], {
      date: "2024-06-01",
    });
    expect(failed.columns[0]).toMatchObject({ kind: { type: "klass", classification: 131 }, findings: [] });
    expect(failed.columns[0]!.error?.message).toMatch(/unavailable|503/i);
    expect(findingCounts(failed).failedColumns).toBe(1);
  });
});
