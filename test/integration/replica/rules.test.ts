/** Small rules checked without HTTP: mod-11 numbers, includeFuture, selectCodes, JSON literals. */
import { checkDigit, isValidOrgnr } from "../../../replica/brreg/orgnr";
import { visibleVersions } from "../../../replica/klass/params";
import { parseSelectCodes } from "../../../replica/klass/selectCodes";
import { buildCatalogue } from "../../../replica/klass/catalogue";
import { parseKeepingDecimals, stringify } from "../../../replica/util/json";
import { mulberry32 } from "../../../replica/util/prng";

test("mod-11 organisation numbers", () => {
  for (const nr of ["923609016", "883603362", "810005912", "976030788"]) expect(isValidOrgnr(nr)).toBe(true);
  expect(isValidOrgnr("923609017")).toBe(false);
  expect(isValidOrgnr("92360901")).toBe(false);
  // 11 - (sum % 11) === 10 has no check digit: such bases are never issued.
  let base = 92360900;
  while (checkDigit(String(base)) !== undefined) base++;
  for (let d = 0; d <= 9; d++) expect(isValidOrgnr(`${base}${d}`)).toBe(false);
  expect(checkDigit("92360901")).toBe(6);
});

test("includeFuture shows versions that start after today", () => {
  const c = buildCatalogue().classifications.get(131);
  if (!c) throw new Error("no 131");
  const last = c.versions[c.versions.length - 1];
  if (!last) throw new Error("no versions");
  c.versions.push({ ...last, id: 13199, validFrom: "2099-01-01", validTo: null });
  last.validTo = "2099-01-01";
  const now = Date.parse("2026-11-22T00:00:00Z");
  expect(visibleVersions(c, new URLSearchParams(""), now).map((v) => v.id)).not.toContain(13199);
  expect(visibleVersions(c, new URLSearchParams("includeFuture=true"), now).map((v) => v.id)).toContain(13199);
});

test("selectCodes terms", () => {
  const sel = parseSelectCodes("3004, 11*, 0301-0302, 5001-50*");
  expect(["3004", "1101", "1199", "0301", "0302", "5001", "5061"].every(sel)).toBe(true);
  expect(["3005", "1201", "0303", "5100"].some(sel)).toBe(false);
});

test("Brreg decimals keep their literal (belop 6392018780.00)", () => {
  const v = parseKeepingDecimals('{"kapital":{"belop":6392018780.00,"antallAksjer":2556807512}}');
  expect(stringify(v)).toBe('{"kapital":{"belop":6392018780.00,"antallAksjer":2556807512}}');
});

test("the PRNG is deterministic per seed", () => {
  const a = mulberry32(42);
  const b = mulberry32(42);
  expect([a(), a(), a()]).toEqual([b(), b(), b()]);
});
