import { startReplica, type Replica, type RequestLogEntry } from "../../../replica";
import { createServices, type Services } from "../../../src/core/services";
import { effectiveBatchMax } from "../../../src/core/batch";
import { isValidOrgnr } from "../../../src/core/brreg/orgnr";
import { isPromise } from "../../../src/core/maybePromise";
import { useServices } from "../../support/functionServices";
import { enhet } from "../../../src/functions/brreg";

/**
 * A column of 10,000 distinct orgnr — vectorised, and as 10,000 separate calls in one tick —
 * costs no more than ceil(10000 / batch max) list requests plus one request per unit the list
 * does not return. Counted from the replica's own request log.
 */
jest.setTimeout(120_000);

let replica: Replica;
let services: Services;
let active: string[];

beforeAll(async () => {
  replica = await startReplica({ seed: 1 });
  active = replica.data.orgnr.activeEnheter.slice(0, 10_000) as string[];
});
afterAll(async () => {
  await replica.close();
});
beforeEach(() => {
  services = createServices({ klassBaseUrl: replica.klassBaseUrl, brregBaseUrl: replica.brregBaseUrl, maxRetries: 0 });
  useServices(services);
  replica.resetLog();
});
afterEach(async () => {
  await services.close();
});

/** What "batch max" is in practice: the key limit, or fewer when the URL-length limit binds first. */
function batchMax(register: "enheter" | "underenheter"): number {
  const { batchMaxKeys, batchMaxUrlBytes, brregBaseUrl } = services.config;
  const baseBytes = `${brregBaseUrl}/${register}?size=2000&organisasjonsnummer=`.length;
  return effectiveBatchMax({ maxKeys: batchMaxKeys, maxUrlBytes: batchMaxUrlBytes, baseBytes }, 10);
}

function tally(log: readonly RequestLogEntry[]) {
  const brreg = log.filter((r) => r.api === "brreg");
  const lists = (path: string) => brreg.filter((r) => r.path === path && r.query.organisasjonsnummer !== undefined);
  return {
    total: brreg.length,
    enheterLists: lists("/enheter"),
    underenheterLists: lists("/underenheter"),
    singles: brreg.filter((r) => /^\/(enheter|underenheter)\/\d+$/.test(r.path)),
  };
}

function expectAllNames(grid: unknown[][], numbers: readonly string[]): void {
  expect(grid).toHaveLength(numbers.length);
  grid.forEach((row, i) => expect(row[0]).toBe(replica.data.unit(numbers[i] ?? "")?.navn));
}

it("a vectorised column of 10,000 orgnr: ≤ ceil(10000 / batch max) list requests and nothing else", async () => {
  expect(new Set(active).size).toBe(10_000);
  const result = enhet(
    active.map((n) => [n]),
    [["navn"]],
  );
  expectAllNames((await result) as unknown[][], active);
  const t = tally(replica.requests);
  const bound = Math.ceil(10_000 / batchMax("enheter"));
  console.log(
    `vectorised 10,000: ${t.enheterLists.length} enheter list requests (bound ${bound}, batch max ${batchMax("enheter")}), ${t.singles.length} single, ${t.total} total`,
  );
  expect(t.enheterLists.length).toBeLessThanOrEqual(bound);
  expect(t.underenheterLists).toHaveLength(0);
  expect(t.singles).toHaveLength(0);
  expect(t.total).toBe(t.enheterLists.length);
  expect(t.enheterLists.every((r) => r.status === 200)).toBe(true);

  // Warm: the same column again is synchronous and costs nothing.
  replica.resetLog();
  const warm = enhet(
    active.map((n) => [n]),
    [["navn"]],
  );
  expect(isPromise(warm)).toBe(false);
  expect(replica.requests).toHaveLength(0);
});

it("10,000 separate single-cell calls in one tick cost the same as one vectorised call", async () => {
  const cells = active.map((n) => enhet([[n]], [["navn"]])); // one synchronous loop: one recalculation tick
  const grids = (await Promise.all(cells)) as unknown[][][];
  expectAllNames(
    grids.map((g) => g[0] ?? []),
    active,
  );
  const t = tally(replica.requests);
  const bound = Math.ceil(10_000 / batchMax("enheter"));
  console.log(
    `10,000 separate calls: ${t.enheterLists.length} enheter list requests (bound ${bound}), ${t.singles.length} single, ${t.total} total`,
  );
  expect(t.enheterLists.length).toBeLessThanOrEqual(bound);
  expect(t.singles).toHaveLength(0);
  expect(t.total).toBe(t.enheterLists.length);
});

it("a mixed column: single look-ups only for what the lists do not return", async () => {
  const o = replica.data.orgnr;
  const deletedOrRemoved = [...o.deleted.slice(0, 40), ...o.removed.slice(0, 20)];
  const known = new Set([...o.activeEnheter, ...o.underenheter, ...o.deleted, ...o.removed]);
  const unregistered: string[] = [];
  for (let n = 900_000_000; unregistered.length < 20; n++)
    if (isValidOrgnr(n) && !known.has(String(n))) unregistered.push(String(n));
  const subs = o.underenheter.slice(0, 1_000);
  const mains = active.slice(0, 10_000 - subs.length - deletedOrRemoved.length - unregistered.length);
  const column = [...mains, ...subs, ...deletedOrRemoved, ...unregistered];
  expect(new Set(column).size).toBe(10_000);

  const grid = (await enhet(
    column.map((n) => [n]),
    [["navn"]],
  )) as unknown[][];
  expect(grid.slice(0, mains.length + subs.length).every((r) => typeof r[0] === "string" && r[0] !== "")).toBe(true);
  expect(grid.slice(-unregistered.length).every((r) => (r[0] as { code?: string }).code === "#N/A")).toBe(true);

  const t = tally(replica.requests);
  const notInLists = deletedOrRemoved.length + unregistered.length; // units neither list returns
  const listBound =
    Math.ceil(10_000 / batchMax("enheter")) + Math.ceil((10_000 - mains.length) / batchMax("underenheter"));
  console.log(
    `mixed 10,000 (${mains.length} enheter, ${subs.length} underenheter, ${deletedOrRemoved.length} deleted/removed, ${unregistered.length} unregistered): ` +
      `${t.enheterLists.length} enheter lists + ${t.underenheterLists.length} underenheter lists (bound ${listBound}), ${t.singles.length} single look-ups for ${notInLists} units not in any list`,
  );
  expect(t.enheterLists.length + t.underenheterLists.length).toBeLessThanOrEqual(listBound);
  // Deleted and removed units answer on their own register's single URL; a number in neither
  // register must be asked in both (404 twice) before it can be called "not registered".
  const perPath = new Map<string, number>();
  for (const r of t.singles) perPath.set(r.path, (perPath.get(r.path) ?? 0) + 1);
  expect([...perPath].filter(([, count]) => count > 1)).toEqual([]); // no unit asked twice
  expect(t.singles.length).toBeLessThanOrEqual(2 * notInLists);
  const singled = new Set(t.singles.map((r) => r.path.split("/")[2]));
  expect([...singled].every((n) => deletedOrRemoved.includes(n ?? "") || unregistered.includes(n ?? ""))).toBe(true);
});

it("a column of 2,000 unregistered numbers: ≤ 2 × ceil(2000 / batch max) requests, all #N/A; a second calculation costs 0", async () => {
  const known = replica.data.orgnr;
  const taken = new Set([...known.activeEnheter, ...known.underenheter, ...known.deleted, ...known.removed]);
  const unregistered: string[] = [];
  for (let n = 900_000_000; unregistered.length < 2_000; n++)
    if (isValidOrgnr(n) && !taken.has(String(n))) unregistered.push(String(n));

  const grid = (await enhet(
    unregistered.map((n) => [n]),
    [["navn"]],
  )) as unknown[][];
  const t = tally(replica.requests);
  const bound = 2 * Math.ceil(2_000 / Math.min(batchMax("enheter"), batchMax("underenheter")));
  console.log(
    `2,000 unregistered: ${t.enheterLists.length} enheter lists + ${t.underenheterLists.length} underenheter lists + ${t.singles.length} single = ${t.total} requests (bound ${bound})`,
  );
  expect(t.total).toBeLessThanOrEqual(bound);
  expect(t.singles).toHaveLength(0);
  grid.forEach((row, i) =>
    expect(row[0]).toMatchObject({
      code: "#N/A",
      message: `${unregistered[i]} is not a current unit in Enhetsregisteret (not registered, or deleted)`,
    }),
  );

  replica.resetLog();
  const warm = enhet(
    unregistered.map((n) => [n]),
    [["navn"]],
  );
  expect(isPromise(warm)).toBe(false);
  expect(replica.requests).toHaveLength(0);
});
