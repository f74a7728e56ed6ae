import { didYouMean, editDistance, MAX_SUGGESTION_INPUT, nearestNames } from "../../../../src/core/args/nearest";

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["", "abc", 3],
    ["abc", "", 3],
    ["kitten", "sitting", 3],
    ["kommune", "kommunr", 1],
    ["navn", "navn", 0],
    ["ab", "ba", 2],
  ])("%j → %j is %d", (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });

  it("is case-sensitive (nearestNames lowercases first)", () => {
    expect(editDistance("Navn", "navn")).toBe(1);
  });
});

describe("nearestNames", () => {
  const fields = [
    "navn",
    "antallAnsatte",
    "postadresse.poststed",
    "forretningsadresse.poststed",
    "forretningsadresse.kommunenummer",
    "kommunenummer",
    "konkurs",
  ];

  it("finds a typo, case-insensitively", () => {
    expect(nearestNames("antallansate", fields)).toEqual(["antallAnsatte"]);
    expect(nearestNames("NAVM", fields)[0]).toBe("navn");
  });

  it("offers dotted paths for a bare sub-field name, shorter first", () => {
    expect(nearestNames("poststed", fields)).toEqual(["postadresse.poststed", "forretningsadresse.poststed"]);
  });

  it("ranks a name containing the typed text (4+ characters) next to a close typo", () => {
    expect(nearestNames("kommunenr", fields)).toEqual(expect.arrayContaining(["kommunenummer"]));
    expect(nearestNames("kommune", fields)[0]).toBe("kommunenummer");
  });

  it("is empty for blank input or nothing plausible", () => {
    expect(nearestNames("", fields)).toEqual([]);
    expect(nearestNames("   ", fields)).toEqual([]);
    expect(nearestNames("xyzzyplugh", fields)).toEqual([]);
    expect(nearestNames("navn", [])).toEqual([]);
  });

  it("does not depend on the order of the candidates", () => {
    const reversed = [...fields].reverse();
    for (const typed of ["poststed", "navm", "kommune", "konkur"]) {
      expect(nearestNames(typed, reversed)).toEqual(nearestNames(typed, fields));
    }
  });

  it("returns at most `limit` names (a number or an option)", () => {
    const many = ["aa", "ab", "ac", "ad", "ae"];
    expect(nearestNames("a", many)).toHaveLength(3);
    expect(nearestNames("a", many, 2)).toEqual(["aa", "ab"]);
    expect(nearestNames("a", many, { limit: 1 })).toEqual(["aa"]);
    expect(nearestNames("a", many, { limit: 0 })).toEqual([]);
  });

  it("honours maxDistance instead of the length-based default", () => {
    expect(nearestNames("navx", ["navn"], { maxDistance: 0 })).toEqual([]);
    expect(nearestNames("navx", ["navn"], { maxDistance: 1 })).toEqual(["navn"]);
    // Default for a 3-letter word is 2; a wider bound lets a more distant name through.
    expect(nearestNames("abc", ["xyzc"])).toEqual([]);
    expect(nearestNames("abc", ["xyzc"], { maxDistance: 3 })).toEqual(["xyzc"]);
  });
});

describe("didYouMean", () => {
  it("is empty without suggestions", () => {
    expect(didYouMean([])).toBe("");
  });

  it("quotes one, two or more names", () => {
    expect(didYouMean(["navn"])).toBe(' Did you mean "navn"?');
    expect(didYouMean(["a", "b"])).toBe(' Did you mean "a" or "b"?');
    expect(didYouMean(["a", "b", "c"])).toBe(' Did you mean "a", "b" or "c"?');
  });

  it("does not modify its argument", () => {
    const names = ["a", "b"];
    didYouMean(names);
    expect(names).toEqual(["a", "b"]);
  });
});

describe("nearestNames on bounded input", () => {
  it("ranks typed text up to 100 characters, and none longer (its cost grows with the length)", () => {
    expect(MAX_SUGGESTION_INPUT).toBe(100);
    const long = "a".repeat(99);
    // One edit away, so offered while the typed text is within the bound …
    expect(nearestNames("a".repeat(100), [long])).toEqual([long]);
    // … and not once it is past it, however close.
    expect(nearestNames("a".repeat(101), ["a".repeat(100)])).toEqual([]);
    expect(nearestNames("navn".repeat(250_000), ["navn"])).toEqual([]);
  });
});
