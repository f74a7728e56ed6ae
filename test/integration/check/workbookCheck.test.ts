import { runWorkbookCheck, type SheetRange } from "../../../src/core/check";
import { brregBatching } from "../../../src/core/enrich";
import { useReplicaServices } from "../../support/replicaServices";

/**
 * The workbook check over real HTTP against the replicas: 2019 municipality codes checked at
 * 2024-06-01 (0101 → 3101, the Ålesund split listed) and units the replica generated as deleted,
 * bankrupt, under avvikling and removed (410), plus a mistyped number; the requests are counted by
 * the replica: per version and per list of units, never per cell.
 */
jest.setTimeout(120_000);
const h = useReplicaServices({ seed: 3, enheter: 3000, underenheter: 100 });

it("finds each problem, and costs a request per version, one changes request and one per list of units", async () => {
  const services = h.services();
  const { orgnr } = h.replica.data;
  const deleted = orgnr.deleted[0]!;
  const bankrupt = orgnr.bankrupt[0]!;
  const windingUp = orgnr.underAvvikling[0]!;
  const removed = orgnr.removed[0]!;
  const troubled = new Set([...orgnr.bankrupt, ...orgnr.underAvvikling, ...orgnr.underTvangsavvikling]);
  const active = orgnr.activeEnheter.filter((o) => !troubled.has(o)).slice(0, 1500);
  const codes = ["0101", 301, "1507", "0104", "1201"];
  const sheet: SheetRange = {
    sheet: "Data",
    row: 0,
    column: 0,
    values: [
      ["kommunenr", "orgnr"],
      ...active.map((o, i) => [codes[i % codes.length]!, o]),
      ["0101", deleted],
      ["0301", bankrupt],
      ["0301", windingUp],
      ["0301", removed],
      ["0301", "923609017"],
    ],
  };
  const batching = brregBatching(services.config);
  const report = await runWorkbookCheck(
    {
      klass: { klass: services.klass, now: () => Date.now() },
      brreg: services.brreg,
      orgnrChunk: batching.rows * batching.parallel,
    },
    [sheet],
    { date: "2024-06-01" },
  );
  const [codeColumn, orgnrColumn] = report.columns;
  const first = (code: string) => codeColumn!.findings.find((f) => "code" in f && f.code === code);
  expect(first("0101")).toMatchObject({ kind: "not-valid", successor: "3101", validTo: "2020-01-01" });
  expect(first("1507")).toMatchObject({ kind: "split", successors: ["1508", "1580"], date: "2024-01-01" });
  expect(first("0104")).toMatchObject({ kind: "not-valid", successor: "3103" });
  expect(first("1201")).toMatchObject({ kind: "not-valid", successor: "4601" });
  expect(first("0301")).toBeUndefined();
  const units = orgnrColumn!.findings.map((f) => [f.value, f.kind, "state" in f ? f.state : undefined]);
  expect(units).toEqual([
    [deleted, "unit", "deleted"],
    [bankrupt, "unit", "bankrupt"],
    [windingUp, "unit", "dissolution"],
    [removed, "unit", "removed"],
    ["923609017", "invalid-orgnr", undefined],
  ]);

  const counts = h.replica.counts();
  const versions = h.replica.data.classifications.find((c) => c.id === 131)!.versions.length;
  expect(counts["klass /classifications/{id}"]).toBe(1);
  expect(counts["klass /classifications/{id}/codesAt"]).toBe(versions);
  expect(counts["klass /classifications/{id}/changes"]).toBe(1);
  // 1,504 valid numbers: two enheter lists, one underenheter list for the 2 absent (deleted and
  // removed), and a single look-up each to tell them apart.
  expect(counts["brreg /enheter"]).toBe(Math.ceil(1504 / batching.rows));
  expect(counts["brreg /underenheter"]).toBe(1);
  expect(counts["brreg /enheter/{orgnr}"]).toBe(2);
});
