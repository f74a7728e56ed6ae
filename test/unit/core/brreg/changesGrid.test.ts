import { changesGrid, sinceInstant } from "../../../../src/core/brreg/changesGrid";
import type { ChangeFeedReader, ChangeWindow, LatestChange } from "../../../../src/core/brreg/changeWindows";
import type { BrregRegister } from "../../../../src/core/brreg/types";
import { ServiceUnavailableError, isInvalidInputError } from "../../../../src/core/errors";
import { isPromise, type MaybePromise } from "../../../../src/core/maybePromise";
import { isoToExcelDateTime } from "../../../../src/core/sheet/excelDate";

const EQUINOR = "923609016";
const SESAM = "976030788";
const UNDERENHET = "973152920";

function reader(
  latest: Record<BrregRegister, LatestChange[]>,
  options: { async?: boolean; fail?: Error } = {},
): ChangeFeedReader & { asked: Array<[BrregRegister, string]> } {
  const asked: Array<[BrregRegister, string]> = [];
  return {
    asked,
    changes(register, since): MaybePromise<ChangeWindow> {
      asked.push([register, since]);
      if (options.fail) {
        if (options.async) return Promise.reject(options.fail);
        throw options.fail;
      }
      const window: ChangeWindow = { since, lastId: 99, latest: latest[register] };
      return options.async ? Promise.resolve(window) : window;
    },
  };
}

const FEEDS = {
  enheter: [
    [EQUINOR, "Endring", "2026-03-02T10:00:00.000Z", 40],
    [SESAM, "Sletting", "2026-03-01T08:00:00.000Z", 30],
  ] as LatestChange[],
  underenheter: [[UNDERENHET, "Ny", "2026-03-03T09:30:00.000Z", 41]] as LatestChange[],
};

describe("changesGrid (BRREG.ENDRINGER)", () => {
  test("one row per number with type and date (an Excel date serial); empty when unchanged", () => {
    const feeds = reader(FEEDS);
    const grid = changesGrid(feeds, [[EQUINOR], [UNDERENHET], ["810005912"], [null]], "2026-03-01");
    expect(isPromise(grid)).toBe(false);
    expect(grid).toEqual([
      ["Endring", isoToExcelDateTime("2026-03-02T10:00:00.000Z")],
      ["Ny", isoToExcelDateTime("2026-03-03T09:30:00.000Z")],
      ["", ""],
      ["", ""],
    ]);
    // Both registers' windows, once each, from the start of that day in local time.
    expect(feeds.asked).toEqual([
      ["enheter", sinceInstant("2026-03-01")],
      ["underenheter", sinceInstant("2026-03-01")],
    ]);
  });

  test("one column keeps the shape of the numbers; several columns make a table", async () => {
    const row = await changesGrid(reader(FEEDS, { async: true }), [[EQUINOR, SESAM, UNDERENHET]], 2026, "type");
    expect(row).toEqual([["Endring", "Sletting", "Ny"]]);
    const table = changesGrid(reader(FEEDS), [[EQUINOR, SESAM]], "01.03.2026", "oppdateringsid, endringstype");
    expect(table).toEqual([
      [40, "Endring"],
      [30, "Sletting"],
    ]);
    expect(changesGrid(reader(FEEDS), EQUINOR, 46082, [["dato"], ["id"]])).toEqual([
      [isoToExcelDateTime("2026-03-02T10:00:00.000Z"), 40],
    ]);
  });

  test("a unit in both feeds (moved between registers) shows the later event", () => {
    const feeds = reader({
      enheter: FEEDS.enheter,
      underenheter: [[EQUINOR, "Fjernet", "2026-03-05T00:00:00.000Z", 50]],
    });
    expect(changesGrid(feeds, EQUINOR, "2026-01-01", "type")).toEqual([["Fjernet"]]);
  });

  test("a malformed number is its own #VALUE! with the mod-11 message; the others still answer", () => {
    const grid = changesGrid(reader(FEEDS), [[EQUINOR], ["923609017"]], "2026-01-01", "type") as unknown[][];
    expect(grid[0]).toEqual(["Endring"]);
    expect(isInvalidInputError(grid[1]?.[0])).toBe(true);
    expect((grid[1]?.[0] as Error).message).toMatch(/mod-11/);
  });

  test("a bad date, a missing date or an unknown column is #VALUE! before any request", () => {
    const feeds = reader(FEEDS);
    expect(() => changesGrid(feeds, EQUINOR, "2026-02-30")).toThrow(/not a real day/);
    expect(() => changesGrid(feeds, EQUINOR, null)).toThrow(/Give the date to look back to/);
    expect(() => changesGrid(feeds, EQUINOR, [["2026-01-01"], ["2026-02-01"]])).toThrow(/one value, not a range/);
    expect(() => changesGrid(feeds, EQUINOR, "2026-01-01", "typ")).toThrow(/Unknown column "typ".*Did you mean "type"/);
    expect(feeds.asked).toHaveLength(0);
  });

  test("a feed outage is every valid cell's error; a malformed number keeps its own", async () => {
    const outage = new ServiceUnavailableError("503", { api: "brreg", status: 503 });
    for (const async of [false, true]) {
      const grid = (await changesGrid(
        reader(FEEDS, { async, fail: outage }),
        [[EQUINOR], ["12"], [null]],
        2026,
        "type",
      )) as unknown[][];
      expect(grid[0]?.[0]).toBe(outage);
      expect(isInvalidInputError(grid[1]?.[0])).toBe(true);
      expect(grid[2]).toEqual([""]);
    }
  });
});
