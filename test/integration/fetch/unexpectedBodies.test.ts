/**
 * A 200 of the wrong shape (the replica's `wrongBodies` fault mode, real HTTP) through the custom
 * functions and the whole fetch layer: while the fault is on a cell is the `#VALUE!` outage
 * ("… unavailable: answered with an unexpected body"), never `#N/A` or a wrong value; a good stale
 * copy keeps being served; once the fault is removed the next calculation answers right with no
 * manual step, in the same runtime and after a restart over the same IndexedDB store.
 */
import "fake-indexeddb/auto";
import type { WrongBody } from "../../../replica";
import { isCellError } from "../../../src/functions/shared/cellError";
import { isPromise } from "../../../src/core/maybePromise";
import type { Services } from "../../../src/core/services";
import { createIdbStore } from "../../../src/core/store";
import * as brreg from "../../../src/functions/brreg";
import * as klass from "../../../src/functions/klass";
import { useServices } from "../../support/functionServices";
import { movableClock, useReplicaServices } from "../../support/replicaServices";

const h = useReplicaServices({ seed: 3 }, { maxRetries: 0, batchWindowMs: 5 });

/** One cell formula, the fault that breaks its answer, and what its right answer is. */
interface Case {
  readonly formula: string;
  readonly api: "klass" | "brreg";
  readonly pathPattern: RegExp;
  readonly body: WrongBody;
  readonly call: () => unknown;
  readonly right: (grid: unknown[][]) => void;
  /** How far to move the clock to make its cached answer stale (past its lifetime, short of the store sweep's 7 lifetimes). */
  readonly staleAfterMs: number;
}

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

const withRoles = () => h.replica.data.orgnr.withRoles[0]!;
const deleted = () => h.replica.data.orgnr.deleted[0]!;

const CASES: readonly Case[] = [
  {
    formula: 'KLASS.CODENAME(131; "0301"; "2024-01-01"), the classification answering {"message"}',
    api: "klass",
    pathPattern: /^\/classifications\/131$/,
    body: "message",
    call: () => klass.codename(131, [["0301"]], [["2024-01-01"]]),
    staleAfterMs: DAY + HOUR,
    right: (grid) => expect(grid).toEqual([["Oslo"]]),
  },
  {
    formula: 'KLASS.CODENAME(131; "0301"; "2024-01-01"), codesAt answering []',
    api: "klass",
    pathPattern: /^\/classifications\/131\/codesAt$/,
    body: "empty-array",
    call: () => klass.codename(131, [["0301"]], [["2024-01-01"]]),
    staleAfterMs: DAY + HOUR,
    right: (grid) => expect(grid).toEqual([["Oslo"]]),
  },
  {
    formula: 'KLASS.CODES(104; "2018-01-01"; ; "50"; "code, name"), every 104 resource answering null',
    api: "klass",
    pathPattern: /^\/classifications\/104/,
    body: "null",
    call: () => klass.codes(104, "2018-01-01", null, "50", [["code", "name"]]),
    staleAfterMs: DAY + HOUR,
    right: (grid) =>
      expect(grid).toEqual([
        ["code", "name"],
        ["50", "Trøndelag"],
      ]),
  },
  {
    formula: 'BRREG.ENHET(923609016; "navn"), the list answering {"message"}',
    api: "brreg",
    pathPattern: /^\/enheter$/,
    body: "message",
    call: () => brreg.enhet([[923609016]], [["navn"]]),
    staleAfterMs: DAY + HOUR,
    right: (grid) => expect(grid).toEqual([["EQUINOR ASA"]]),
  },
  {
    formula: 'BRREG.ENHET(<a deleted unit>; "navn"), its own URL answering with another organisasjonsnummer',
    api: "brreg",
    pathPattern: /^\/(under)?enheter\/\d{9}$/,
    body: "other-unit",
    call: () => brreg.enhet([[deleted()]], [["navn"]]),
    staleAfterMs: DAY + HOUR,
    right: (grid) => expect(grid).toEqual([[(h.replica.data.unit(deleted()) as { navn: string }).navn]]),
  },
  {
    formula: "BRREG.ROLLER(<a unit with roles>), roller answering []",
    api: "brreg",
    pathPattern: /\/roller$/,
    body: "empty-array",
    call: () => brreg.roller(withRoles()),
    staleAfterMs: DAY + HOUR,
    right: (grid) => {
      expect(grid[0]).toEqual(["Rollegruppe", "Rolle", "Rollebeskrivelse", "Navn", "Fødselsdato/orgnr", "Fratrådt"]);
      expect(grid.length).toBeGreaterThan(1);
    },
  },
  {
    formula: 'BRREG.SOK(""; "organisasjonsform=ASA"; "organisasjonsnummer"; 5), the search answering a huge object',
    api: "brreg",
    pathPattern: /^\/enheter$/,
    body: "huge",
    call: () => brreg.sok("", [["organisasjonsform=ASA"]], [["organisasjonsnummer"]], 5),
    staleAfterMs: 2 * HOUR,
    right: (grid) => {
      expect(grid[0]).toEqual(["organisasjonsnummer"]);
      expect(grid.slice(1, 6).every((row) => /^\d{9}$/.test(String(row[0])))).toBe(true);
    },
  },
  {
    formula: 'BRREG.ORGFORM("AS"), organisasjonsformer answering {"message"}',
    api: "brreg",
    pathPattern: /^\/organisasjonsformer$/,
    body: "message",
    call: () => brreg.orgform([["AS"]]),
    staleAfterMs: 8 * DAY,
    right: (grid) => expect(grid).toEqual([["Aksjeselskap"]]),
  },
];

/** What a calculation shows: the grid, or the one cell error a rejected call becomes. */
async function calculate(call: () => unknown): Promise<unknown[][]> {
  try {
    const value = call();
    return (isPromise(value) ? await value : value) as unknown[][];
  } catch (error) {
    return [[error]];
  }
}

/** The calculation is the outage of `api`: an error cell saying so, never #N/A, never "undefined". */
function expectOutage(grid: unknown[][], api: "klass" | "brreg"): void {
  const errors = grid.flat().filter(isCellError);
  expect(errors.length).toBeGreaterThan(0);
  const service = api === "klass" ? "KLASS" : "Enhetsregisteret";
  for (const error of errors)
    expect(error).toMatchObject({
      code: "#VALUE!",
      message: `${service} unavailable: answered with an unexpected body`,
    });
  expect(JSON.stringify(grid)).not.toMatch(/undefined|NaN/);
}

let databases = 0;
/** A services instance over IndexedDB database `dbName`, installed for the custom functions. */
function runtime(dbName: string, clock?: ReturnType<typeof movableClock>): Services {
  return useServices(h.services({ store: createIdbStore({ dbName }), ...(clock ? { clock } : {}) }));
}

describe.each(CASES)("$formula", (c) => {
  const fault = () => h.replica.setFaults({ wrongBodies: [{ pathPattern: c.pathPattern, body: c.body, api: c.api }] });

  test("while the fault is on: the outage, every time; removed: the next calculation answers, in the same runtime and after a restart", async () => {
    const dbName = `unexpected-cold-${databases++}`;
    runtime(dbName);
    fault();
    expectOutage(await calculate(c.call), c.api);
    expectOutage(await calculate(c.call), c.api);
    expect(h.replica.requests.some((r) => c.pathPattern.test(r.path) && r.status === 200)).toBe(true);
    h.replica.setFaults({});
    c.right(await calculate(c.call));

    // A restart while the fault is on: nothing wrong was kept, so the outage again; then recovery.
    await h.closeServices();
    fault();
    runtime(`unexpected-cold-${databases++}`);
    expectOutage(await calculate(c.call), c.api);
    await h.closeServices();
    h.replica.setFaults({});
    runtime(dbName);
    c.right(await calculate(c.call));
  });

  test("a good stale copy keeps being served while the fault is on, also after a restart; removed: a fresh answer", async () => {
    const dbName = `unexpected-stale-${databases++}`;
    const clock = movableClock();
    runtime(dbName, clock);
    c.right(await calculate(c.call));
    clock.move(c.staleAfterMs);
    fault();
    h.replica.resetLog();
    c.right(await calculate(c.call));
    expect(h.replica.requests.some((r) => c.pathPattern.test(r.path))).toBe(true);

    await h.closeServices();
    const restarted = runtime(dbName, clock);
    c.right(await calculate(c.call));
    expect(restarted.metrics.snapshot().staleServes).toBeGreaterThan(0);

    h.replica.setFaults({});
    h.replica.resetLog();
    c.right(await calculate(c.call));
    expect(h.replica.requests.some((r) => c.pathPattern.test(r.path) && r.status === 200)).toBe(true);
  });
});

describe("records of the wrong shape in IndexedDB", () => {
  /** Replaces the value of every stored record under `prefix`, keeping its tag and dates (a damaged or foreign record). */
  async function poison(services: Services, prefix: string, value: unknown): Promise<number> {
    await services.cache.flush();
    const store = services.cache.store;
    const keys = (await store.keys()).filter((key) => key.startsWith(prefix));
    const records = (await store.getMany(keys)) as Array<Record<string, unknown>>;
    await store.setMany(keys.map((key, i) => [key, { ...records[i], value }] as const));
    return keys.length;
  }

  test("a stored code list of the wrong shape is dropped and fetched again after a restart", async () => {
    const dbName = `unexpected-records-${databases++}`;
    const first = runtime(dbName);
    expect(await calculate(() => klass.codename(131, [["0301"]], [["2024-01-01"]]))).toEqual([["Oslo"]]);
    expect(await poison(first, "klass/131/codesAt/", { codes: "Invalid value used as weak map key" })).toBe(1);
    await h.closeServices();
    h.replica.resetLog();
    runtime(dbName);
    expect(await calculate(() => klass.codename(131, [["0301"]], [["2024-01-01"]]))).toEqual([["Oslo"]]);
    expect(h.replica.requests.map((r) => r.path)).toEqual(["/classifications/131/codesAt"]);
  });

  test("a stored unit of another organisasjonsnummer is dropped and fetched again after a restart", async () => {
    const dbName = `unexpected-records-${databases++}`;
    const first = runtime(dbName);
    expect(await calculate(() => brreg.enhet([[923609016]], [["navn"]]))).toEqual([["EQUINOR ASA"]]);
    const other = h.replica.data.orgnr.activeEnheter[0]!;
    const foreign = { state: "found", register: "enheter", unit: h.replica.data.unit(other) };
    expect(await poison(first, "brreg/enhet/923609016", foreign)).toBe(1);
    await h.closeServices();
    h.replica.resetLog();
    runtime(dbName);
    expect(await calculate(() => brreg.enhet([[923609016]], [["navn"]]))).toEqual([["EQUINOR ASA"]]);
    expect(h.replica.requests.map((r) => r.path)).toEqual(["/enheter"]);
  });
});

describe("change feeds of the wrong shape", () => {
  test.each([
    ["KLASS changedSince", "klass", /^\/classifications$/],
    ["Enhetsregisteret oppdateringer", "brreg", /^\/oppdateringer\//],
  ] as const)(
    "%s: revalidation fails as an outage, evicts nothing, and succeeds once the feed is right",
    async (_, api, pathPattern) => {
      const s = runtime(`unexpected-feeds-${databases++}`);
      await calculate(() => klass.codename(131, [["0301"]], [["2024-01-01"]]));
      await calculate(() => brreg.enhet([[923609016]], [["navn"]]));
      const keys = async () => (await s.cache.keys("")).sort();
      const before = await keys();
      h.replica.setFaults({ wrongBodies: [{ pathPattern, body: "message", api }] });
      const failed = await s.revalidate();
      expect(failed[api].error).toMatchObject({
        kind: "service-unavailable",
        message: "answered with an unexpected body",
      });
      expect(await keys()).toEqual(before);
      h.replica.setFaults({});
      const passed = await s.revalidate();
      expect(passed[api].error).toBeUndefined();
      expect(passed[api].feedRequests).toBeGreaterThan(0);
    },
  );
});
