import type { Replica } from "../../replica";
import { entityRuleProblems } from "../support/entityRules";
import type { RealRuntime } from "../support/realRuntime/realRuntime";
import { realRuntimeSuite } from "../support/realRuntime/suite";

/**
 * Entity cards under Microsoft's own custom-functions runtime (test/support/realRuntime): what
 * Excel's host receives for BRREG.KORT over 1,000 units is the entity JSON the function built,
 * unchanged, with each bad row's error in its own place; and KLASS.KORT's cards arrive the same.
 */
const suite = realRuntimeSuite({ seed: 16, enheter: 1_100, underenheter: 20 });
let rt: RealRuntime;
let replica: Replica;
beforeAll(() => ({ rt, replica } = suite));

type HostWindow = {
  __excelHost: { results: Record<number, unknown[]> };
  CustomFunctions: { _association: { mappings: Record<string, (...args: unknown[]) => unknown> } };
};

/** What the host received for invocation `id`, as JSON text (the wire form). */
function hostJson(id: number): Promise<string> {
  return rt.page.evaluate((i) => JSON.stringify((window as unknown as HostWindow).__excelHost.results[i]?.[2]), id);
}

/** The function's own answer inside the page (warm: synchronous), as JSON text. */
function ownJson(fn: string, args: unknown[]): Promise<string> {
  return rt.page.evaluate(
    ([name, a]) => {
      const answer = (window as unknown as HostWindow).CustomFunctions._association.mappings[name]!(...a);
      if (answer instanceof Promise) throw new Error("expected a warm, synchronous answer");
      return JSON.stringify(answer);
    },
    [fn, args] as const,
  );
}

describe("entity cards through Microsoft's custom-functions runtime", () => {
  it("BRREG.KORT over 1,000 units: the host receives the cards' JSON unchanged, per-row errors intact", async () => {
    const numbers = replica.data.orgnr.activeEnheter.slice(0, 1_000);
    expect(numbers).toHaveLength(1_000);
    const column: unknown[][] = numbers.map((n) => [n]);
    column[10] = ["abc"];
    column[500] = ["914778271"];
    column[999] = [null];
    const [id] = await rt.invoke([{ fn: "BRREG.KORT", args: [column] }]);
    const [result] = await rt.waitFor([id!]);
    expect(result!.success).toBe(true);
    const cells = result!.value as unknown[][];
    expect(cells).toHaveLength(1_000);
    const cards = cells.filter((row) => (row[0] as { type?: string } | null)?.type === "Entity");
    expect(cards).toHaveLength(997);
    for (const [card] of cards) expect(entityRuleProblems(card)).toEqual([]);
    expect((cells[0]![0] as { text: string }).text).toBe(replica.data.unit(numbers[0]!)?.navn);
    expect(cells[10]![0]).toEqual({ error: "#VALUE!", message: expect.stringMatching(/abc/) });
    expect(cells[500]![0]).toEqual({ error: "#N/A", message: expect.stringMatching(/not registered/) });
    expect(cells[999]![0]).toBe("");
    // Unchanged: the wire JSON is, character for character, the function's own answer (now cached).
    expect(await hostJson(id!)).toBe(await ownJson("BRREG.KORT", [column]));
    expect(await rt.host("rejectedForSize")).toBe(0);
  }, 240_000);

  it("KLASS.KORT: a card and an #N/A in one spill, unchanged on the wire", async () => {
    const args = [131, [["0301"], ["zz"]], [["2024-01-01"]], null];
    const [id] = await rt.invoke([{ fn: "KLASS.KORT", args }]);
    const [result] = await rt.waitFor([id!]);
    const cells = result!.value as unknown[][];
    expect(cells[0]![0]).toMatchObject({ type: "Entity", text: "0301 Oslo" });
    expect(entityRuleProblems(cells[0]![0])).toEqual([]);
    expect(cells[1]![0]).toEqual({ error: "#N/A", message: expect.stringMatching(/zz/) });
    expect(await hostJson(id!)).toBe(await ownJson("KLASS.KORT", args));
  });
});
