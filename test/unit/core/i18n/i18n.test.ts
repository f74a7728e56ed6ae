import { EN, NB, format, languageFor, parseLanguage, translator } from "../../../../src/core/i18n";

describe("UI strings (nb and en)", () => {
  it("has every key in both languages, with the same placeholders", () => {
    expect(Object.keys(NB).sort()).toEqual(Object.keys(EN).sort());
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(EN) as (keyof typeof EN)[])
      expect([key, names(NB[key])]).toEqual([key, names(EN[key])]);
  });

  it("follows Office's display language: Norwegian in any form → bokmål, else English", () => {
    expect(["nb-NO", "nn-NO", "no", "NB"].map(languageFor)).toEqual(["nb", "nb", "nb", "nb"]);
    expect(["en-US", "sv-SE", "", undefined].map(languageFor)).toEqual(["en", "en", "en", "en"]);
    expect(parseLanguage("en")).toBe("en");
    expect(parseLanguage("de")).toBeUndefined();
  });

  it("fills placeholders with numbers formatted for the language", () => {
    expect(translator("en")("enrich.progress", { done: 500, total: 2000 })).toBe("500 of 2,000 rows");
    expect(translator("nb")("enrich.progress", { done: 500, total: 2000 })).toBe("500 av 2\u00a0000 rader");
    expect(format("{a} {b}", { a: "x" })).toBe("x {b}");
  });
});
