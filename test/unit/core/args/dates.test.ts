import { coerceDate, excelSerialToIso, isoToExcelSerial, isoToday, addDays } from "../../../../src/core/args";
import { isInvalidInputError } from "../../../../src/core/errors";

const TODAY = "2025-06-15";

function invalid(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(isInvalidInputError(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error("expected InvalidInputError");
}

describe("Excel serial dates (1900 system)", () => {
  test.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [45292, "2024-01-01"],
    [45292.75, "2024-01-01"],
    [43831, "2020-01-01"],
  ])("%p → %s", (serial, iso) => expect(excelSerialToIso(serial)).toBe(iso));

  test.each([
    ["1900-01-01", 1],
    ["1900-02-28", 59],
    ["1900-03-01", 61],
    ["2020-01-01", 43831],
    ["2024-01-01", 45292],
    ["9999-12-31", 2958465],
  ])("%s → serial %p (inverse)", (iso, serial) => {
    expect(isoToExcelSerial(iso)).toBe(serial);
    expect(excelSerialToIso(serial)).toBe(iso);
  });
  test.each(["", "2024-02-30", "1899-12-31", "01.01.2024", "2024-01-01T00:00:00Z", "2024"])(
    "%p is no ISO date Excel holds: undefined",
    (text) => expect(isoToExcelSerial(text)).toBeUndefined(),
  );

  test("serial 60 is the phantom 1900-02-29", () => expect(invalid(() => excelSerialToIso(60))).toMatch(/1900-02-29/));
  test("0 and negatives are not dates", () => {
    invalid(() => excelSerialToIso(0));
    invalid(() => excelSerialToIso(-5));
  });
  test("2958465 is 9999-12-31, Excel's last date; 2958466 is not a date", () => {
    expect(excelSerialToIso(2958465)).toBe("9999-12-31");
    expect(invalid(() => excelSerialToIso(2958466))).toMatch(/serials 1 to 2958465/);
  });
});

describe("coerceDate", () => {
  test("omitted → today", () => {
    for (const v of [null, undefined, "", "  ", [[null]], [[""]]]) expect(coerceDate(v, TODAY)).toBe(TODAY);
  });
  test("ISO and Norwegian text", () => {
    expect(coerceDate("2024-01-01", TODAY)).toBe("2024-01-01");
    expect(coerceDate(" 2024-1-5 ", TODAY)).toBe("2024-01-05");
    expect(coerceDate("01.01.2024", TODAY)).toBe("2024-01-01");
    expect(coerceDate("5.3.2019", TODAY)).toBe("2019-03-05");
  });
  test("a year 1900–2200 means 1 January (number or text)", () => {
    expect(coerceDate(2024, TODAY)).toBe("2024-01-01");
    expect(coerceDate("1900", TODAY)).toBe("1900-01-01");
    expect(coerceDate(2200, TODAY)).toBe("2200-01-01");
    expect(coerceDate(2201, TODAY)).toBe("1906-01-09"); // outside the year window: a serial
  });
  test("a year 1800–1899 is before Excel's first date: #VALUE! naming the range, not a serial", () => {
    expect(invalid(() => coerceDate("1838", TODAY))).toMatch(/1900-01-01 to 9999-12-31/);
    expect(invalid(() => coerceDate(1800, TODAY))).toMatch(/years 1900–9999/);
  });
  test("serials as numbers and numeric text, in a 1×1 range", () => {
    expect(coerceDate(45292, TODAY)).toBe("2024-01-01");
    expect(coerceDate("45292", TODAY)).toBe("2024-01-01");
    expect(coerceDate([[45292]], TODAY)).toBe("2024-01-01");
  });
  test("impossible days and junk are #VALUE! with an example", () => {
    expect(invalid(() => coerceDate("2023-02-29", TODAY))).toMatch(/not a real day.*2024-01-01/);
    expect(invalid(() => coerceDate("31.04.2024", TODAY))).toMatch(/not a real day/);
    expect(invalid(() => coerceDate("yesterday", TODAY))).toMatch(/yyyy-mm-dd/);
    invalid(() => coerceDate(true, TODAY));
  });
  test.each([
    ["serial 2958466 (the day after 9999-12-31)", 2958466],
    ["serial 1e12", 1e12],
    ["serial 1e21", 1e21],
    ["serial 1e308", 1e308],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["NaN", Number.NaN],
    ["numeric text 2958466", "2958466"],
    ["text with year 0", "0000-01-01"],
    ["text with year 10000", "10000-01-01"],
    ["Norwegian text with year 10000", "01.01.10000"],
    ["text with year 1899", "1899-12-31"],
  ])("outside Excel's dates, %s, is #VALUE! naming the valid range", (_, value) => {
    const message = invalid(() => coerceDate(value, TODAY));
    expect(message).toMatch(/1900-01-01 to 9999-12-31/);
    expect(message).toMatch(/2958465/);
    expect(message).not.toMatch(/NaN-/);
  });
  test("the edges of Excel's range are dates", () => {
    expect(coerceDate(1, TODAY)).toBe("1900-01-01");
    expect(coerceDate(2958465, TODAY)).toBe("9999-12-31");
    expect(coerceDate("9999-12-31", TODAY)).toBe("9999-12-31");
    expect(coerceDate("31.12.9999", TODAY)).toBe("9999-12-31");
  });
  test("a megabyte of digits is refused without quoting it whole", () => {
    const message = invalid(() => coerceDate("9".repeat(1_000_000), TODAY));
    expect(message.length).toBeLessThan(300);
  });
  test("leap day exists in 2024", () => expect(coerceDate("29.02.2024", TODAY)).toBe("2024-02-29"));
});

test("isoToday uses the local calendar day; addDays crosses months and years", () => {
  const now = new Date(2024, 11, 31, 23, 30).getTime();
  expect(isoToday(now)).toBe("2024-12-31");
  expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
  expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
});
