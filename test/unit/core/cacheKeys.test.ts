import { brregSearchKey, klassKeys } from "../../../src/core/cacheKeys";
import { fnv1a32 } from "../../support/fnv1a32";

/** The search query text as the keys sort it (and as the old 32-bit key hashed it). */
const queryText = (params: Record<string, string>) =>
  new URLSearchParams(Object.entries(params).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))).toString();

describe("cache keys hold the full text: no two searches share a key", () => {
  it("two BRREG searches of equal length whose 32-bit hash collides have different keys", () => {
    const real = { navn: "Equinor", page: "0", size: "100" };
    // Crafted by meet-in-the-middle: same length, same FNV-1a hash as the real search's text.
    const crafted = { navn: "EfHkw7m", page: "0", size: "100" };
    expect(queryText(crafted).length).toBe(queryText(real).length);
    expect(fnv1a32(queryText(crafted))).toBe(fnv1a32(queryText(real)));
    expect(brregSearchKey("enheter", crafted)).not.toBe(brregSearchKey("enheter", real));
  });

  it("BRREG: parameter text that looks like another split, another register, another order", () => {
    const keys = [
      brregSearchKey("enheter", { navn: "a&b=c" }),
      brregSearchKey("enheter", { navn: "a", b: "c" }),
      brregSearchKey("underenheter", { navn: "a", b: "c" }),
      brregSearchKey("enheter", { navn: "a=b" }),
      brregSearchKey("enheter", { "navn=a": "b" }),
      brregSearchKey("enheter", { navn: "a", page: "1" }),
      brregSearchKey("enheter", { navn: "a", page: "10" }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    // The same search in another parameter order is the same search.
    expect(brregSearchKey("enheter", { b: "c", navn: "a" })).toBe(brregSearchKey("enheter", { navn: "a", b: "c" }));
  });

  it("KLASS: texts holding the key's own separators never reach another search's key", () => {
    const texts = ["a", "a/2000/0", "a/2000", "a%2F2000", "a/", "all/a", "a b", "a+b", "A"];
    const keys = texts.flatMap((text) =>
      [true, false].flatMap((all) => [0, 1, 10].map((page) => klassKeys.search(text, all, 2000, page))),
    );
    expect(new Set(keys).size).toBe(keys.length);
    expect(klassKeys.search("a/2000/0", false, 2000, 0)).not.toBe(klassKeys.search("a", false, 2000, 0));
  });
});
