import { orgformGrid } from "../../../src/core/brreg/orgform";
import { isInvalidInputError, isNotFoundError } from "../../../src/core/errors";
import { fakeBrreg } from "./fakeBrreg";

describe("BRREG.ORGFORM core", () => {
  it("describes codes over a range, case-insensitively, from one list", async () => {
    const data = fakeBrreg({ async: true });
    const grid = await orgformGrid(data, [["ASA"], ["as"], [""], ["ASX"], [5]]);
    expect(grid.slice(0, 3)).toEqual([["Allmennaksjeselskap"], ["Aksjeselskap"], [""]]);
    expect(isNotFoundError(grid[3]?.[0]) && (grid[3]?.[0] as Error).message).toMatch(/No organisasjonsform "ASX".*Did you mean .*"ASA"/);
    expect(isInvalidInputError(grid[4]?.[0])).toBe(true);
    expect(data.calls).toEqual(["organisasjonsformer"]);
  });

  it("is synchronous when the list is cached", () => {
    expect(orgformGrid(fakeBrreg(), "ENK")).toEqual([["Enkeltpersonforetak"]]);
  });
});
