import { countGrid } from "../../../../src/core/brreg/counts";
import { isInvalidInputError, isServiceUnavailableError, ServiceUnavailableError } from "../../../../src/core/errors";
import type { BrregSearchPage } from "../../../../src/core/brreg/types";
import { fakeBrreg } from "../../../support/fakeBrregData";
import { fixture } from "../../../support/fakeBrregData";

/** The recorded ASA search (size 5), its total standing in for every count. */
const RECORDED = fixture<{ _embedded: { enheter: BrregSearchPage["units"] }; page: BrregSearchPage["page"] }>(
  "enheter-search-asa-size5.json",
);

function counting(totalFor: (params: Record<string, string>) => number | Error) {
  return fakeBrreg({
    searchPages: (_register, params) => {
      const total = totalFor(params);
      if (total instanceof Error) throw total;
      return {
        units: RECORDED._embedded.enheter.slice(0, 1),
        page: { ...RECORDED.page, size: 1, totalElements: total },
      };
    },
  });
}

describe("countGrid (BRREG.ANTALL)", () => {
  it("reads page.totalElements of one size=1 search per element, in the value range's shape", async () => {
    const data = counting((p) => Number(p.kommunenummer) + (p.organisasjonsform === "AS" ? 1 : 0));
    const grid = await countGrid(data, ["kommunenummer", [[301], ["1103"], [301]], "organisasjonsform", "AS"]);
    expect(grid).toEqual([[302], [1104], [302]]);
    expect(data.searches).toEqual([
      { register: "enheter", params: { kommunenummer: "0301", organisasjonsform: "AS", size: "1" } },
      { register: "enheter", params: { kommunenummer: "1103", organisasjonsform: "AS", size: "1" } },
    ]);
  });

  it("counts underenheter with their own filters when the register says so", async () => {
    const data = counting((p) => (p.overordnetEnhet === "923609016" ? 12 : 0));
    const grid = await countGrid(data, ["overordnetEnhet", [["923609016"], ["976030788"]]], "Underenheter");
    expect(grid).toEqual([[12], [0]]);
    expect(data.searches.map((s) => s.register)).toEqual(["underenheter", "underenheter"]);
    // A hovedenhet filter is not an underenhet one, and an unknown register is #VALUE!, both before any request.
    expect(() => countGrid(data, ["konkurs", true], "underenheter")).toThrow(
      /Unknown search filter "konkurs" for underenheter/,
    );
    expect(() => countGrid(data, ["overordnetEnhet", "923609016"])).not.toThrow();
    expect(() => countGrid(data, ["kommunenummer", "0301"], "hovedenheter")).toThrow(
      /register must be enheter or underenheter/,
    );
  });

  it("reads the recorded answer's total", async () => {
    const data = fakeBrreg({ searchPages: () => ({ units: RECORDED._embedded.enheter, page: RECORDED.page }) });
    expect(await countGrid(data, ["organisasjonsform", "ASA"])).toEqual([[RECORDED.page.totalElements]]);
  });

  it("gives a blank value an empty cell and an undocumented value its own #VALUE!, without a request", async () => {
    const data = counting(() => 7);
    const grid = await countGrid(data, ["fraAntallAnsatte", [[5, 2, ""]]]);
    expect(grid[0]?.[0]).toBe(7);
    expect(isInvalidInputError(grid[0]?.[1])).toBe(true);
    expect((grid[0]?.[1] as Error).message).toMatch(/0, 1 or above 4/);
    expect(grid[0]?.[2]).toBe("");
    expect(data.searches).toHaveLength(1);
  });

  it("keeps an outage to the elements it hit", async () => {
    const outage = new ServiceUnavailableError("503", { api: "brreg", status: 503 });
    const grid = await countGrid(
      counting((p) => (p.kommunenummer === "0301" ? outage : 3)),
      ["kommunenummer", [["0301", "1103"]]],
    );
    expect(isServiceUnavailableError(grid[0]?.[0])).toBe(true);
    expect(grid[0]?.[1]).toBe(3);
  });

  it("refuses unknown filter names (naming the nearest), missing values, unequal ranges and no filter at all", () => {
    const data = counting(() => 1);
    expect(() => countGrid(data, ["kommunenumer", "0301"])).toThrow(
      /Unknown search filter "kommunenumer".*"kommunenummer"/,
    );
    expect(() => countGrid(data, ["kommunenummer"])).toThrow(/Filter kommunenummer has no value/);
    expect(() =>
      countGrid(data, ["kommunenummer", [["0301"], ["1103"]], "naeringskode", [["01"], ["02"], ["03"]]]),
    ).toThrow(/same shape \(2×1 and 3×1\)/);
    expect(() => countGrid(data, [])).toThrow(/Give at least one filter/);
    expect(() => countGrid(data, [42, "x"])).toThrow(/must be one filter name/);
    expect(data.searches).toHaveLength(0);
  });
});
