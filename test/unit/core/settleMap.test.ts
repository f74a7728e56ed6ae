import { asError, attempt, settleMap } from "../../../src/core/settleMap";
import { isPromise, type MaybePromise } from "../../../src/core/maybePromise";
import { FakeClock } from "../../support/fakeClock";

describe("settleMap and attempt (src/core/settleMap.ts)", () => {
  test("all ready: synchronous, in the map's order", () => {
    const out = settleMap(
      new Map<string, MaybePromise<number | Error>>([
        ["a", 1],
        ["b", new Error("b failed")],
        ["c", 3],
      ]),
    );
    expect(isPromise(out)).toBe(false);
    expect([...(out as Map<string, unknown>).keys()]).toEqual(["a", "b", "c"]);
    expect((out as Map<string, unknown>).get("b")).toBeInstanceOf(Error);
  });

  test("a rejection is its key's Error only; order kept when later keys settle first", async () => {
    const clock = new FakeClock();
    const slow = new Promise<number>((resolve) => clock.setTimeout(() => resolve(1), 5));
    const settling = settleMap(
      new Map<string, MaybePromise<number>>([
        ["slow", slow],
        ["bad", Promise.reject("down")],
        ["now", 3],
      ]),
    );
    await clock.advance(5); // "bad" and "now" are settled before "slow"
    const out = await settling;
    expect([...out.keys()]).toEqual(["slow", "bad", "now"]);
    expect(out.get("slow")).toBe(1);
    expect(out.get("bad")).toEqual(new Error("down"));
    expect(out.get("now")).toBe(3);
  });

  test("attempt: a throw or rejection becomes the Error value; a ready value stays synchronous", async () => {
    expect(attempt(() => 1)).toBe(1);
    const thrown = new TypeError("boom");
    expect(
      attempt(() => {
        throw thrown;
      }),
    ).toBe(thrown);
    expect(
      attempt(() => {
        throw "text";
      }),
    ).toEqual(new Error("text"));
    await expect(attempt(() => Promise.reject(new Error("late")))).resolves.toEqual(new Error("late"));
    expect(asError(42).message).toBe("42");
  });
});
