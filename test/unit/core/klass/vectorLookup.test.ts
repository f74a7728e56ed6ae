import { MISS, vectorLookup, type VectorLookup } from "../../../../src/core/klass/vectorLookup";
import { resolved, sync } from "./helpers";

/** The skeleton shared by CODENAME/LEVEL/VALID/PARENT, VARIANT, UPDATECODE and CORRESPOND. */
function spec(over: Partial<VectorLookup<string, string>> = {}): VectorLookup<string, string> {
  return {
    codes: [["a"], ["b"]],
    dates: "2024-01-01",
    names: ["code", "date"],
    today: "2025-06-15",
    blank: "",
    load: (dates) => new Map([...dates].map((d) => [d, `list@${d}`])),
    lookup: (text, list) => `${text}:${list}`,
    ...over,
  };
}

describe("vectorLookup", () => {
  test("broadcasts code and date, loads each distinct date once, synchronously when loads are ready", () => {
    const loaded: string[][] = [];
    const out = sync(
      vectorLookup(
        spec({
          codes: [["a", "b"]],
          dates: [["2024-01-01"], ["2020-01-01"], [2024]],
          load: (dates) => {
            loaded.push([...dates]);
            return new Map([...dates].map((d) => [d, `L${d.slice(0, 4)}`]));
          },
        }),
      ),
    );
    expect(out).toEqual([
      ["a:L2024", "b:L2024"],
      ["a:L2020", "b:L2020"],
      ["a:L2024", "b:L2024"],
    ]);
    expect(loaded).toEqual([["2024-01-01", "2020-01-01"]]);
  });

  test("per element: a bad date, a bad or blank code, a failed load and a throw stay in their cells", async () => {
    const out = await resolved(
      vectorLookup(
        spec({
          codes: [["a"], [""], [true], ["boom"], ["a"]],
          dates: [["2024-01-01"], ["2024-01-01"], ["2024-01-01"], ["2024-01-01"], ["2024-13-01"]],
          load: () => Promise.resolve(new Map([["2024-01-01", "L"]])),
          lookup: (text) => {
            if (text === "boom") throw new Error("boom");
            return text;
          },
        }),
      ),
    );
    expect(out[0]).toEqual(["a"]);
    expect(out[1]).toEqual([""]);
    expect((out[2]![0] as Error).message).toMatch(/code must be text or a number/);
    expect((out[3]![0] as Error).message).toBe("boom");
    expect((out[4]![0] as Error).message).toMatch(/date .*not a real day/);
    const failed = sync(
      vectorLookup(spec({ load: (dates) => new Map([...dates].map((d) => [d, new Error(`no list at ${d}`)])) })),
    );
    expect((failed[0]![0] as Error).message).toBe("no list at 2024-01-01");
    const replaced = sync(
      vectorLookup(spec({ load: () => new Map([["2024-01-01", new Error("gone")]]), onLoadError: () => "fallback" })),
    );
    expect(replaced).toEqual([["fallback"], ["fallback"]]);
  });

  test("misses are answered together, only when some element missed", async () => {
    let asked = 0;
    const misses: VectorLookup<string, string>["misses"] = (all) => {
      asked++;
      return Promise.resolve((miss) => `${miss.text} missing (${all.length} of them) at ${miss.row},${miss.column}`);
    };
    const out = await resolved(
      vectorLookup(
        spec({
          codes: [
            ["a", "x"],
            ["y", "b"],
          ],
          lookup: (t) => (t === "x" || t === "y" ? MISS : t),
          misses,
        }),
      ),
    );
    expect(out).toEqual([
      ["a", "x missing (2 of them) at 0,1"],
      ["y missing (2 of them) at 1,0", "b"],
    ]);
    expect(asked).toBe(1);
    expect(sync(vectorLookup(spec({ misses })))).toEqual([["a:list@2024-01-01"], ["b:list@2024-01-01"]]);
    expect(asked).toBe(1);
  });

  test("shapes that cannot broadcast are one #VALUE! for the call, naming the arguments", () => {
    expect(() =>
      vectorLookup(
        spec({
          codes: [["a"], ["b"]],
          dates: [["2024-01-01"], ["2024-01-01"], ["2024-01-01"]],
          names: ["code", "fromDate"],
        }),
      ),
    ).toThrow(/code and fromDate have different numbers of rows \(2 and 3\)/);
  });
});
