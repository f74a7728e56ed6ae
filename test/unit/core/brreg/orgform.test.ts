import { formsByCode, orgformGrid } from "../../../../src/core/brreg/orgform";
import type { BrregOrganisasjonsform } from "../../../../src/core/brreg/types";
import { isInvalidInputError, isNotFoundError } from "../../../../src/core/errors";
import { fakeBrreg } from "../../../support/fakeBrregData";

describe("BRREG.ORGFORM core", () => {
  it("describes codes over a range, case-insensitively, from one list", async () => {
    const data = fakeBrreg({ async: true });
    const grid = await orgformGrid(data, [["ASA"], ["as"], [""], ["ASX"], [5]]);
    expect(grid.slice(0, 3)).toEqual([["Allmennaksjeselskap"], ["Aksjeselskap"], [""]]);
    expect(isNotFoundError(grid[3]?.[0]) && (grid[3]?.[0] as Error).message).toMatch(
      /No organisasjonsform "ASX".*Did you mean .*"ASA"/,
    );
    expect(isInvalidInputError(grid[4]?.[0])).toBe(true);
    expect(data.calls).toEqual(["organisasjonsformer"]);
  });

  it("a code longer than 1,000 characters is #VALUE! in its own cell, without a suggestion search", () => {
    const [[long, ok]] = orgformGrid(fakeBrreg(), [["x".repeat(1_000_000), "AS"]]) as [[unknown, unknown]];
    expect(isInvalidInputError(long)).toBe(true);
    expect((long as Error).message).toMatch(/1,000,000 characters \(at most 1,000\)/);
    expect(ok).toBe("Aksjeselskap");
  });

  it("is synchronous when the list is cached", () => {
    expect(orgformGrid(fakeBrreg(), "ENK")).toEqual([["Enkeltpersonforetak"]]);
  });

  it("reads a 1-D array of codes as one row, and blank (also no-break-space) cells as blank", () => {
    expect(orgformGrid(fakeBrreg(), ["ASA", "\u00a0", "enk"])).toEqual([
      ["Allmennaksjeselskap", "", "Enkeltpersonforetak"],
    ]);
  });

  it("builds the code index once per loaded list, and anew for a refreshed list", () => {
    const list: readonly BrregOrganisasjonsform[] = [
      { kode: "as", beskrivelse: "Aksjeselskap" } as BrregOrganisasjonsform,
    ];
    const index = formsByCode(list);
    expect(index.get("AS")?.beskrivelse).toBe("Aksjeselskap");
    expect(formsByCode(list)).toBe(index);
    const refreshed = [...list, { kode: "ENK", beskrivelse: "Enkeltpersonforetak" } as BrregOrganisasjonsform];
    expect(formsByCode(refreshed)).not.toBe(index);
    expect(formsByCode(refreshed).get("ENK")?.beskrivelse).toBe("Enkeltpersonforetak");
  });
});
