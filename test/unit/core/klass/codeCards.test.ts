import type { ArrayValue, EntityValue } from "../../../../src/core/cards/cellValues";
import { klassCardGrid, type CodeCardCell } from "../../../../src/core/klass/codeCards";
import { CODE_LABELS } from "../../../../src/core/klass/codeEntity";
import { entityRuleProblems } from "../../../support/entityRules";
import { testEnv } from "../../../support/klassEnv";
import { errorOf, resolved, sync } from "./helpers";

function card(cell: CodeCardCell | undefined): EntityValue {
  if (!cell || typeof cell !== "object" || cell instanceof Error) throw new Error(`not a card: ${String(cell)}`);
  return cell;
}

const value = (c: EntityValue, label: string) =>
  (c.properties[label] as { basicValue?: unknown } | undefined)?.basicValue;

describe("KLASS.KORT's cards (klassCardGrid)", () => {
  test("a code's card: text '0301 Oslo', Norwegian labels, level as a number, validity as dates, provider SSB", async () => {
    const env = testEnv();
    const c = card((await resolved(klassCardGrid(env, 131, "0301", "2024-01-01")))[0]![0]);
    expect(c.text).toBe("0301 Oslo");
    expect(value(c, "kode")).toBe("0301");
    expect(value(c, "navn")).toBe("Oslo");
    expect(c.properties["nivå"]).toEqual({ type: "Double", basicValue: 1 });
    expect(value(c, "overordnet kode")).toBe("");
    expect(c.properties["gyldig fra"]).toMatchObject({ type: "FormattedNumber", numberFormat: "yyyy-mm-dd" });
    expect(value(c, "klassifikasjon")).toMatch(/^131 /);
    expect(value(c, "versjon")).toEqual(expect.stringMatching(/\w/));
    expect(c.provider).toEqual({
      description: expect.stringMatching(/Statistisk sentralbyrå.*CC BY 4\.0/),
      logoTargetAddress: "https://www.ssb.no/klass/klassifikasjoner/131",
    });
    expect(Object.keys(c.properties).sort()).toEqual(Object.values(CODE_LABELS).sort());
    expect(entityRuleProblems(c)).toEqual([]);
  });

  test("a lower-level code names its parent (code and name)", async () => {
    const env = testEnv();
    const c = card((await resolved(klassCardGrid(env, 6, "01.110", "2024-01-01")))[0]![0]);
    expect(value(c, "nivå")).toBe(5);
    expect(value(c, "overordnet kode")).toBe("01.11");
    expect(value(c, "overordnet navn")).toEqual(expect.stringMatching(/\w/));
    expect(entityRuleProblems(c)).toEqual([]);
  });

  test("the changes that touched the code, as a table (date, from, to) with a header row", async () => {
    const env = testEnv();
    const c = card((await resolved(klassCardGrid(env, 104, "50", "2019-01-01")))[0]![0]);
    const changes = c.properties["endringer"] as ArrayValue;
    expect(changes.type).toBe("Array");
    expect(changes.elements[0]!.map((e) => e.basicValue)).toEqual(["dato", "fra", "til"]);
    expect(changes.elements.slice(1).some((row) => String(row[2]!.basicValue).startsWith("50 "))).toBe(true);
    expect(entityRuleProblems(c)).toEqual([]);
  });

  test("errors per element: #N/A for an unknown code (saying when it was valid), #VALUE! for a bad date, blanks blank", async () => {
    const env = testEnv();
    const grid = await resolved(
      klassCardGrid(
        env,
        131,
        [["0301"], ["0101"], [""], ["0301"]],
        [["2024-01-01"], ["2024-01-01"], ["2024-01-01"], ["x"]],
      ),
    );
    expect(card(grid[0]![0]).text).toBe("0301 Oslo");
    expect(errorOf(grid[1]![0], "not-found")).toMatch(/valid 2016–2019/);
    expect(grid[2]![0]).toBe("");
    expect(errorOf(grid[3]![0], "invalid-input")).toMatch(/"x" is not a date/);
  });

  test("a failed changes request is the found codes' error, not a card without changes", async () => {
    const env = testEnv();
    const down = { ...env, klass: { ...env.klass, changes: () => Promise.reject(new Error("KLASS unavailable")) } };
    const [[cell]] = (await resolved(klassCardGrid(down, 131, "0301", "2024-01-01"))) as [[CodeCardCell]];
    expect((cell as Error).message).toBe("KLASS unavailable");
  });

  test("warm: synchronous, no request, the same card objects", async () => {
    const env = testEnv();
    const first = await resolved(klassCardGrid(env, 131, [["0301"], ["1103"]], "2024-01-01"));
    const fetches = env.cache.fetches.length;
    const again = sync(klassCardGrid(env, 131, [["0301"], ["1103"]], "2024-01-01"));
    expect(again[0]![0]).toBe(first[0]![0]);
    expect(env.cache.fetches.length).toBe(fetches);
    expect(env.cache.fetches.filter((u) => u.includes("/changes"))).toHaveLength(1);
  });
});
