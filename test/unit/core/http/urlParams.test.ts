import { queryString, urlId, urlValue } from "../../../../src/core/http/urlParams";
import { isKbError } from "../../../../src/core/errors";

/** The thrown error: a programming error (a plain Error), never a user-facing KbError. */
function bug(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    expect(isKbError(error)).toBe(false);
    return error as Error;
  }
  throw new Error("expected a thrown Error");
}

describe("URL parameters never carry NaN, Infinity or undefined", () => {
  test("numbers must be finite", () => {
    expect(urlValue("size", 2000)).toBe("2000");
    expect(bug(() => urlValue("size", Number.NaN)).message).toBe("internal error: URL parameter size is NaN");
    bug(() => urlValue("size", Number.POSITIVE_INFINITY));
  });
  test("text that a NaN, an Infinity or an undefined turned into is refused", () => {
    expect(urlValue("date", "2024-01-01")).toBe("2024-01-01");
    for (const text of ["0NaN-NaN-NaN", "Infinity", "undefined", "1e+21Infinity"]) bug(() => urlValue("date", text));
  });
  test("free text (what a user searches for) is exempt", () => {
    expect(urlValue("query", "undefined", true)).toBe("undefined");
    expect(bug(() => urlValue("query", Number.NaN, true)).message).toMatch(/NaN/);
  });
  test("ids in a path are safe positive integers", () => {
    expect(urlId("classification", 131)).toBe("131");
    for (const id of [0, -1, 1.5, 1e21, 2 ** 53 + 1, Number.NaN, Number.POSITIVE_INFINITY])
      bug(() => urlId("classification", id));
  });
  test("queryString leaves undefined out and checks the rest", () => {
    expect(queryString({ date: "2024-01-01", language: undefined, includeFuture: true })).toBe(
      "?date=2024-01-01&includeFuture=true",
    );
    expect(queryString({})).toBe("");
    expect(queryString({ query: "a b&c" }, ["query"])).toBe("?query=a%20b%26c");
    bug(() => queryString({ from: "0NaN-NaN-NaN" }));
  });
});
