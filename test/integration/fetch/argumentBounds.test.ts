/**
 * Out-of-range and oversized arguments against the replica: each is #VALUE! at once naming the
 * valid range or bound, and the replica's request log shows that nothing was sent for them (and
 * no URL anywhere holds NaN, Infinity or an exponent), while the same calls with good arguments
 * answer as usual.
 */
import { sokTable } from "../../../src/core/brreg/searchTables";
import { unitGrid } from "../../../src/core/brreg/unitGrid";
import { isInvalidInputError } from "../../../src/core/errors";
import { klassCodename, klassSearch } from "../../../src/core/klass";
import { isPromise, type MaybePromise } from "../../../src/core/maybePromise";
import { useReplicaServices } from "../../support/replicaServices";

const h = useReplicaServices({ seed: 7, enheter: 300, underenheter: 100 }, { maxRetries: 0 });
const NOW = Date.parse("2026-11-22T12:00:00Z");
const resolved = async <T>(v: MaybePromise<T>): Promise<T> => (isPromise(v) ? await v : v);
/** The InvalidInputError a call throws or answers in its first cell. */
async function invalid(call: () => MaybePromise<unknown[][]>): Promise<string> {
  let value: unknown;
  try {
    value = (await resolved(call()))[0]?.[0];
  } catch (error) {
    value = error;
  }
  expect(isInvalidInputError(value)).toBe(true);
  return (value as Error).message;
}
const sentUrls = () => h.replica.requests.map((r) => r.url);

it("KLASS: ids and dates out of range, and oversized codes and search text, send nothing", async () => {
  const s = h.services();
  const env = { klass: s.klass, now: () => NOW };
  for (const id of [1e21, 1e308, 2 ** 53 + 1, "9".repeat(1_000_000), 0, -1, 1.5])
    expect(await invalid(() => klassCodename(env, id, "0301", "2024-01-01"))).toMatch(/1 to 9007199254740991/);
  for (const date of [2958466, 1e12, 1e21, "0000-01-01", "10000-01-01"])
    expect(await invalid(() => klassCodename(env, 131, "0301", date))).toMatch(/1900-01-01 to 9999-12-31/);
  expect(await invalid(() => klassSearch(env, "k".repeat(1_000_000)))).toMatch(/at most 180/);
  // Only the classification's metadata was read (for the date checks' version look-up): no code
  // list, no search, and no URL with NaN, Infinity or an exponent.
  expect(sentUrls().filter((u) => !u.endsWith("/classifications/131?includeFuture=true"))).toEqual([]);
  expect(sentUrls().join("\n")).not.toMatch(/NaN|Infinity|e\+/);
  // A code is checked per cell: the others in the range still answer.
  const codes = await resolved(klassCodename(env, 131, [["0".repeat(1_000_000)], ["0301"]], 45292));
  expect(isInvalidInputError(codes[0]?.[0]) && (codes[0]?.[0] as Error).message).toMatch(/at most 1,000/);
  expect(codes[1]).toEqual(["Oslo"]);
});

it("BRREG: a megabyte field name and oversized search text are #VALUE! at once, with no request", async () => {
  const s = h.services();
  const orgnr = h.replica.data.orgnr.activeEnheter[0]!;
  expect(await invalid(() => unitGrid(s.brreg, orgnr, "x".repeat(1_000_000)))).toMatch(
    /^fields is 1,000,000 characters long; at most 1,000/,
  );
  await expect(sokTable(s.brreg, "n".repeat(181))).rejects.toThrow(/navn is 181 characters long/);
  await expect(sokTable(s.brreg, "", "fraStiftelsesdato=0000-01-01")).rejects.toThrow(/1900-01-01 to 9999-12-31/);
  expect(sentUrls()).toEqual([]);
  const [[name]] = (await resolved(unitGrid(s.brreg, orgnr, "navn"))) as [[unknown]];
  expect(typeof name).toBe("string");
});
