import type { KlassData } from "../../../../src/core/klass/klassData";
import type { KlassClassification, KlassRangeCode } from "../../../../src/core/klass";
import { missMessages } from "../../../../src/core/klass/validity";
import { resolved } from "./helpers";

/** A classification with a version from 1 July 2024 (a mid-year change), and its history. */
const META: KlassClassification = {
  id: 900,
  name: "Test",
  versions: [
    { id: 1, name: "Test 2024", validFrom: "2024-01-01", validTo: "2024-07-01" },
    { id: 2, name: "Test 2024-07", validFrom: "2024-07-01" },
  ],
} as unknown as KlassClassification;
const range = (code: string, from: string, to: string | null): KlassRangeCode =>
  ({
    code,
    parentCode: null,
    level: "1",
    name: code,
    validFromInRequestedRange: from,
    validToInRequestedRange: to,
  }) as unknown as KlassRangeCode;
const HISTORY = [
  range("A", "2024-01-01", null),
  range("B", "2024-07-01", null),
  range("C", "2020-01-01", "2023-01-01"),
];
const env = {
  klass: { codesInRange: () => HISTORY } as unknown as KlassData,
  now: () => Date.parse("2025-06-15T12:00:00Z"),
};

describe("a year that hides a mid-year change: the #N/A message names the later version", () => {
  test("a code from the version of 1 July, asked at the year (1 January)", async () => {
    const message = await resolved(missMessages(env, META, "nb"));
    expect(message("B", "2024-01-01").message).toBe(
      'B is not in 900 at 2024-01-01 (valid 2024–); valid from 2024-07-01 in version Test 2024-07, later that year (KLASS.INFO(900, "versions", 2024) lists them); see KLASS.UPDATECODE',
    );
  });
  test("not for a day other than 1 January, nor for a code not valid later that year", async () => {
    const message = await resolved(missMessages(env, META, "nb"));
    expect(message("B", "2024-03-01").message).not.toMatch(/later that year/);
    expect(message("C", "2024-01-01").message).toBe(
      "C is not in 900 at 2024-01-01 (valid 2020–2022); see KLASS.UPDATECODE",
    );
  });
});
