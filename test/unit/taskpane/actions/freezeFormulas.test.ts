import { createMemoryWorkbook } from "../../../../src/office/memoryWorkbook";
import { FROZEN_SETTING } from "../../../../src/core/formulas/frozen";
import type { WorkbookGateway } from "../../../../src/office/gateway";
import {
  SAVE_EVERY,
  freezeFormulas,
  readFrozen,
  scopeBlocks,
  unfreezeFormulas,
} from "../../../../src/taskpane/actions/freezeFormulas";
import { combine, findCandidates, readCombined, uncombine } from "../../../../src/taskpane/actions/combineFormulas";

/** KLASS.CODES spills 3×2; BRREG.STATUS answers one value per key. */
const functions = (name: string) =>
  name === "KLASS.CODES"
    ? {
        matrix: [false],
        fn: () => [
          ["code", "name"],
          ["0301", "Oslo"],
          ["1103", "Stavanger"],
        ],
      }
    : name === "BRREG.STATUS"
      ? { matrix: [true], fn: (k: unknown) => (k as unknown[][]).map((row) => row.map((v) => `s${String(v)}`)) }
      : undefined;
const urls = { klassBaseUrl: "https://k", brregBaseUrl: "https://b" };

describe("freeze & cite over a scope", () => {
  it("freezes what lies wholly inside the selection, counts a spill reaching outside it, and unfreezes back", async () => {
    const book = createMemoryWorkbook("Sheet1", { functions });
    book.setValues("Sheet1", 0, 0, [["=KLASS.CODES(131)"]]); // spills A1:B3
    book.setValues("Sheet1", 0, 3, [["x", "=BRREG.STATUS(D1)", '=E1&"!"']]);
    await book.recalculate();
    book.select("Sheet1", 0, 0, 2, 6); // A1:F2: the spill reaches row 3, outside
    const scope = await scopeBlocks(book, "selection");
    const outcome = await freezeFormulas(book, scope.blocks, urls, () => "2026-01-01T00:00:00.000Z");
    expect(outcome.outside).toBe(1);
    expect(outcome.frozen.map((r) => r.formula)).toEqual(["=BRREG.STATUS(D1)"]);
    expect(book.cell("Sheet1", 0, 0)?.formula).toBe("=KLASS.CODES(131)");
    expect(book.cell("Sheet1", 0, 4)).toEqual({ value: "sx", format: "@" });
    expect(book.cell("Sheet1", 0, 5)?.formula).toBe('=E1&"!"');
    expect(await readFrozen(book)).toHaveLength(1);

    // The whole sheet: now the spill is inside too.
    const sheet = await scopeBlocks(book, "sheet");
    expect((await freezeFormulas(book, sheet.blocks, urls)).frozen.map((r) => r.formula)).toEqual([
      "=KLASS.CODES(131)",
    ]);
    const undone = await unfreezeFormulas(book, sheet.filter);
    expect(undone.restored.map((r) => r.formula)).toEqual(["=KLASS.CODES(131)", "=BRREG.STATUS(D1)"]);
    expect(undone.changed).toEqual([]);
    expect(book.cell("Sheet1", 0, 4)?.formula).toBe("=BRREG.STATUS(D1)");
    expect(await readFrozen(book)).toEqual([]);
  });
});

describe("freeze & cite keeps its records without rewriting the store after every block", () => {
  /** A column of `n` single-cell add-in formulas, and the store writes and frozen blocks counted. */
  async function column(n: number, failAt?: number) {
    const book = createMemoryWorkbook("Sheet1", { functions });
    book.setValues(
      "Sheet1",
      0,
      0,
      Array.from({ length: n }, (_, i) => [`k${i}`, `=BRREG.STATUS(A${i + 1})`]),
    );
    await book.recalculate();
    const counts = { saves: 0, frozen: 0 };
    const gateway: WorkbookGateway = Object.create(book) as WorkbookGateway;
    gateway.writeSetting = async (name, value) => {
      if (name === FROZEN_SETTING) counts.saves++;
      return book.writeSetting(name, value);
    };
    gateway.freezeBlock = async (block, formula) => {
      if (++counts.frozen === failAt) throw new Error("Excel stopped");
      return book.freezeBlock(block, formula);
    };
    return { book, gateway, counts };
  }

  it("writes the store once per SAVE_EVERY blocks and at the end, and unfreezes the same way", async () => {
    const n = 2 * SAVE_EVERY + 50;
    const { book, gateway, counts } = await column(n);
    const scope = await scopeBlocks(gateway, "sheet");
    expect((await freezeFormulas(gateway, scope.blocks, urls)).frozen).toHaveLength(n);
    expect(counts.saves).toBe(3);
    expect(await readFrozen(book)).toHaveLength(n);
    counts.saves = 0;
    expect((await unfreezeFormulas(gateway, scope.filter)).restored).toHaveLength(n);
    expect(counts.saves).toBe(3);
    expect(await readFrozen(book)).toEqual([]);
    expect(book.cell("Sheet1", n - 1, 1)?.formula).toBe(`=BRREG.STATUS(A${n})`);
  });

  it("keeps every block frozen before a failure restorable", async () => {
    const failAt = SAVE_EVERY + 51;
    const { book, gateway } = await column(2 * SAVE_EVERY, failAt);
    const scope = await scopeBlocks(gateway, "sheet");
    await expect(freezeFormulas(gateway, scope.blocks, urls)).rejects.toThrow("Excel stopped");
    expect(await readFrozen(book)).toHaveLength(failAt - 1);
    expect(book.cell("Sheet1", failAt - 1, 1)?.formula).toBe(`=BRREG.STATUS(A${failAt})`);
    expect((await unfreezeFormulas(book, scope.filter)).restored).toHaveLength(failAt - 1);
    expect(book.cell("Sheet1", 0, 1)?.formula).toBe("=BRREG.STATUS(A1)");
  });
});

describe("combining formulas on the active sheet", () => {
  it("finds a run, combines it keeping the originals in the workbook, and undoes it", async () => {
    const book = createMemoryWorkbook("Sheet1", { functions });
    const originals = ["=BRREG.STATUS(A1)", "=BRREG.STATUS(A2)", "=BRREG.STATUS(A3)"];
    book.setValues("Sheet1", 0, 0, [
      ["a", originals[0]!],
      ["b", originals[1]!],
      ["c", originals[2]!],
    ]);
    await book.recalculate();
    const { candidates } = await findCandidates(book);
    expect(candidates.map((c) => [c.address, c.combined])).toEqual([["B1:B3", "=BRREG.STATUS(A1:A3)"]]);
    const record = await combine(book, candidates[0]!, () => "t");
    expect(await readCombined(book)).toEqual([record]);
    expect(await book.readRange("Sheet1", 0, 1, 3, 1)).toEqual([["sa"], ["sb"], ["sc"]]);
    expect((await findCandidates(book)).candidates).toEqual([]);
    await uncombine(book, record);
    expect(await book.readFormulas("Sheet1", 0, 1, 3, 1)).toEqual(originals.map((f) => [f]));
    expect(await readCombined(book)).toEqual([]);
  });

  it("keeps no record when the combine is refused", async () => {
    const book = createMemoryWorkbook("Sheet1", { functions });
    book.setValues("Sheet1", 0, 0, [
      ["a", "=BRREG.STATUS(A1)"],
      ["b", "=BRREG.STATUS(A2)"],
    ]);
    const { candidates } = await findCandidates(book);
    book.setValues("Sheet1", 1, 1, [["typed"]]);
    await expect(combine(book, candidates[0]!)).rejects.toMatchObject({ cells: ["B2"] });
    expect(await readCombined(book)).toEqual([]);
    expect(book.cell("Sheet1", 1, 1)?.value).toBe("typed");
  });
});
