import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Replica } from "../../replica";
import { DIST } from "../support/dist";
import type { DecodedResult, RealRuntime } from "../support/realRuntime/realRuntime";
import { realRuntimeSuite } from "../support/realRuntime/suite";

/**
 * The built functions under Microsoft's own custom-functions runtime (custom-functions-runtime.js
 * from @microsoft/office-js), invoked as Excel invokes them and answered to a fake Excel host:
 * what Excel would receive, not what our stub of CustomFunctions would. See
 * test/support/realRuntime/ for the harness.
 */
const suite = realRuntimeSuite({ seed: 6, enheter: 100, underenheter: 10 });
let rt: RealRuntime;
let replica: Replica;
beforeAll(() => ({ rt, replica } = suite));

/** What a cell shows: a value, or an error with its message (whole-call or a 1×1 matrix's). */
type Shown = { value: unknown } | { error: string; message: string };

const RESULT_ERROR_CODES: Record<number, string> = { 1: "#N/A", 7: "#VALUE!" };

function shown(result: DecodedResult): Shown {
  if (!result.success) {
    const code = result.errorCode ?? -1;
    return { error: RESULT_ERROR_CODES[code] ?? `runtime error code ${code}`, message: String(result.value) };
  }
  const single = Array.isArray(result.value) && result.value.length === 1 ? (result.value[0] as unknown[]) : [];
  const only = single.length === 1 ? (single[0] as { error?: string; message?: string }) : undefined;
  if (only && typeof only === "object" && only.error) return { error: only.error, message: String(only.message) };
  return { value: result.value };
}

/** A decoded error anywhere in the answer (an entity card is an object too, but not an error). */
const containsError = (value: unknown): boolean =>
  Array.isArray(value) ? value.some(containsError) : typeof value === "object" && value !== null && "error" in value;

interface Cases {
  /** Arguments of a successful call, and the first cell it answers. */
  readonly ok: { args: unknown[]; first: unknown };
  /** Arguments that answer #N/A, or why the function has no #N/A. */
  readonly na: unknown[] | string;
  /** Arguments that answer #VALUE!, or why the function has none. */
  readonly value: unknown[] | string;
}

/** One success, one #N/A and one #VALUE! per function, with its arguments as Excel sends them. */
function cases(r: Replica): Record<string, Cases> {
  const sub = r.data.orgnr.underenheter[0] as string;
  const parent = String((r.data.unit(sub) as { overordnetEnhet?: string }).overordnetEnhet);
  const withRoles = r.data.orgnr.withRoles[0] as string;
  const notRegistered = "914778271";
  const date = [["2024-01-01"]];
  return {
    "KLASS.CHANGES": {
      ok: { args: [104, 2019, 2021], first: "oldCode" },
      na: [99999, 2019, 2021],
      value: [104, "abc", null],
    },
    "KLASS.UPDATECODE": {
      ok: { args: [104, [["16"]], [["2017-01-01"]], "2019-01-01"], first: "50" },
      na: [131, [["abc"]], [["2019-01-01"]], null],
      value: [131, [["0301"]], [["x"]], null],
    },
    "KLASS.CODENAME": {
      ok: { args: [131, [["0301"]], date, null], first: "Oslo" },
      na: [131, [["abc"]], date, null],
      value: ["x", [["0301"]], null, null],
    },
    "KLASS.CODES": {
      ok: { args: [104, "2018-01-01", null, "50", [["code", "name"]], null], first: "code" },
      na: [99999, "2018-01-01", null, null, null, null],
      value: [104, "x", null, null, null, null],
    },
    "KLASS.CODESRANGE": {
      ok: { args: [104, "2016-01-01", "2018-01-02", null, "16,17,50", null, null], first: "code" },
      na: [99999, "2016-01-01", null, null, null, null, null],
      value: [104, "x", null, null, null, null, null],
    },
    "KLASS.CORRESPOND": {
      ok: { args: [104, 131, [["12"]], [["2016-01-01"]]], first: "1201" },
      na: [104, 99999, [["12"]], [["2016-01-01"]]],
      value: [104, 131, [["12"]], [["x"]]],
    },
    "KLASS.CORRESPONDS": {
      ok: { args: [104, 131, "2016-01-01", null], first: "sourceCode" },
      na: [104, 99999, "2016-01-01", null],
      value: [104, 131, "x", null],
    },
    "KLASS.PARENT": {
      ok: { args: [6, [["01.110"]], 1, date], first: "A" },
      na: [131, [["abc"]], null, null],
      value: [131, [["0301"]], "x", null],
    },
    "KLASS.LEVEL": {
      ok: { args: [131, [["0301"]], null], first: 1 },
      na: [131, [["abc"]], null],
      value: ["x", [["0301"]], null],
    },
    "KLASS.VALID": {
      ok: { args: [131, [["0301"]], date], first: true },
      na: [99999, [["0301"]], null],
      value: ["x", [["0301"]], null],
    },
    "KLASS.SEARCH": {
      ok: { args: ["kommune", null], first: "id" },
      na: "no hits is a table with only its header row, not #N/A",
      value: ["", null],
    },
    "KLASS.INFO": {
      ok: { args: [131, "name", null], first: "Standard for kommuneinndeling" },
      na: [99999, null, null],
      value: [131, "nofield", null],
    },
    "KLASS.TRAIL": {
      ok: { args: [131, [["0101"]], "2019-01-01", "2024-01-01"], first: "0101 → 3001 (2020) → 3101 (2024)" },
      na: [99999, [["0101"]], "2019-01-01", "2020-01-01"],
      value: [131, [["0101"]], "x", null],
    },
    "KLASS.HIERARCHY": {
      ok: { args: [6, [["01.110"]], [["2024-01-01"]], "code", null], first: "A" },
      na: [99999, [["01.110"]], [["2024-01-01"]], "code", null],
      value: ["x", [["01.110"]], null, null, null],
    },
    "KLASS.DETECT": {
      ok: { args: [[["0301"], ["1103"], ["4601"]], null], first: "classification" },
      na: [[["zz"], ["yy"]], null],
      value: [[[""]], null],
    },
    "KLASS.CORRESPONDTABLE": {
      ok: { args: [correspondenceTableId, null, null], first: "sourceCode" },
      na: [999999, null, null],
      value: ["x", null, null],
    },
    "KLASS.VARIANT": {
      ok: { args: [6, "A*10", [["01.110"]], date, null], first: "1" },
      na: [6, "A*10", [["abc"]], date, null],
      value: [6, "", [["01.110"]], null, null],
    },
    "KLASS.VARIANTCODES": {
      ok: { args: [6, "A*10", "2024-01-01", null, null, null], first: "code" },
      na: [6, "Nonexistent", "2024-01-01", null, null, null],
      value: [6, "A*10", "x", null, null, null],
    },
    "BRREG.ROLLER": {
      ok: { args: [withRoles, null], first: "Rollegruppe" },
      na: [notRegistered, null],
      value: ["abc", null],
    },
    "BRREG.SOK": {
      ok: { args: ["ASA", null, null, 5, null], first: "organisasjonsnummer" },
      na: "no hits is a table with only its header row, not #N/A",
      value: ["ASA", [["nofilter", "x"]], null, null, null],
    },
    "BRREG.ANTALL": {
      ok: {
        args: ["organisasjonsform", [["ASA"]], null, null, null, null, null, null, null],
        first: expect.any(Number),
      },
      na: "a count of no units is 0, not #N/A",
      value: ["nofilter", [["x"]], null, null, null, null, null, null, null],
    },
    "BRREG.ENDRINGER": {
      ok: {
        args: [[[923609016]], "2018-01-01", [["type"]]],
        first: expect.stringMatching(/^(Ny|Endring|Sletting|Fjernet|Ukjent)$/),
      },
      na: "a unit the change feeds do not name since the date is empty, not #N/A",
      value: [[["abc"]], "2018-01-01", [["type"]]],
    },
    "BRREG.UNDERENHETER": {
      ok: { args: [parent, null, null], first: "organisasjonsnummer" },
      na: "a number with no sub-units (or none registered) is a table with only its header row, as the API's search",
      value: ["abc", null, null],
    },
    "BRREG.ENHET": {
      ok: { args: [[[923609016]], null], first: "EQUINOR ASA" },
      na: [[[notRegistered]], null],
      value: [[["abc"]], null],
    },
    "BRREG.UNDERENHET": {
      ok: { args: [[[sub]], null], first: r.data.unit(sub)?.navn },
      na: [[[923609016]], null],
      value: [[["abc"]], null],
    },
    "BRREG.STATUS": { ok: { args: [[[923609016]]], first: "Aktiv" }, na: [[[notRegistered]]], value: [[["abc"]]] },
    "BRREG.GYLDIG": {
      ok: { args: [[[923609016, "abc"]]], first: true },
      na: "GYLDIG answers TRUE or FALSE for any input (a check digit test, no look-up)",
      value: "GYLDIG answers TRUE or FALSE for any input (a check digit test, no look-up)",
    },
    "BRREG.ORGFORM": { ok: { args: [[["AS"]]], first: "Aksjeselskap" }, na: [[["ZZZ"]]], value: [[[true]]] },
    "BRREG.KORT": {
      ok: { args: [[[923609016]]], first: expect.objectContaining({ type: "Entity", text: "EQUINOR ASA" }) },
      na: [[[notRegistered]]],
      value: [[["abc"]]],
    },
    "KLASS.KORT": {
      ok: {
        args: [131, [["0301"]], date, null],
        first: expect.objectContaining({ type: "Entity", text: "0301 Oslo" }),
      },
      na: [131, [["abc"]], date, null],
      value: ["x", [["0301"]], null, null],
    },
  };
}

/** A correspondence table the replica serves: the first one listed on 131's 2024 version. */
let correspondenceTableId = 0;
beforeAll(async () => {
  const get = async (url: string) =>
    (await fetch(url, { headers: { Accept: "application/json" } })).json() as Promise<unknown>;
  const meta = (await get(`${replica.klassBaseUrl}/classifications/131`)) as {
    versions: { id: number; validFrom: string }[];
  };
  const version = meta.versions.find((v) => v.validFrom === "2024-01-01")!;
  const detail = (await get(`${replica.klassBaseUrl}/versions/${version.id}`)) as {
    correspondenceTables: { id: number }[];
  };
  correspondenceTableId = detail.correspondenceTables[0]!.id;
});

/** An enhet no other test here reads, so its look-up goes to the network. */
const sub = () => replica.data.orgnr.activeEnheter[5] as string;

function functionIds(): string[] {
  const metadata = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as { functions: { id: string }[] };
  return metadata.functions.map((f) => f.id).sort();
}

// Before the every-function cases: KLASS.DETECT's case loads every version of 131, 104, 106
// and 6, and these need look-ups that still go to the network.
describe("what Excel receives", () => {
  it("a range argument answers one matrix whose bad elements are CustomFunctionError JSON with our message", async () => {
    const [ids] = [
      await rt.invoke([
        {
          fn: "KLASS.CODENAME",
          args: [
            131,
            [["0301"], ["abc"], ["0301"], [301]],
            [["2024-01-01"], ["2024-01-01"], ["x"], ["2024-01-01"]],
            null,
          ],
        },
      ]),
    ];
    await rt.waitFor(ids);
    const raw = await rt.page.evaluate(
      (id) => (window as unknown as { __excelHost: { results: Record<number, unknown[]> } }).__excelHost.results[id],
      ids[0]!,
    );
    expect(raw?.[1]).toBe(true);
    const cells = raw?.[2] as unknown[][];
    expect(cells.map((row) => row.length)).toEqual([1, 1, 1, 1]);
    expect(cells[0]![0]).toBe("Oslo");
    expect(cells[1]![0]).toEqual(
      expect.objectContaining({
        valueType: "CustomFunctionError",
        code: "#N/A",
        errorType: "NotAvailable",
        message: expect.stringContaining("abc is not a code in 131"),
      }),
    );
    expect(cells[2]![0]).toEqual(
      expect.objectContaining({
        valueType: "CustomFunctionError",
        code: "#VALUE!",
        errorType: "Value",
        message: expect.stringContaining('"x" is not a date'),
      }),
    );
    expect(cells[3]![0]).toBe("Oslo");
  });

  it("a thrown argument error reaches Excel as #VALUE! with our message, not the runtime's empty 'thrown' error", async () => {
    const thrownSynchronously = await rt.page.evaluate(() => {
      const fn = (
        window as unknown as {
          CustomFunctions: { _association: { mappings: Record<string, (...args: unknown[]) => unknown> } };
        }
      ).CustomFunctions._association.mappings["KLASS.CODENAME"]!;
      try {
        fn("x", [["0301"]], null, null);
        return false;
      } catch {
        return true;
      }
    });
    expect(thrownSynchronously).toBe(true);
    const [result] = await rt.call([{ fn: "KLASS.CODENAME", args: ["x", [["0301"]], null, null] }]);
    expect(result).toMatchObject({
      success: false,
      errorCode: 7,
      value: expect.stringContaining("classification must be"),
    });
  });

  it("a cached answer is synchronous and reaches Excel while another cell still waits on the network", async () => {
    await rt.call([{ fn: "BRREG.ENHET", args: [[[923609016]], null] }]);
    const held = await rt.hold(replica.brregBaseUrl);
    try {
      const pendingId = (await rt.invoke([{ fn: "BRREG.ENHET", args: [[[sub()]], null] }]))[0]!;
      await held.waitFor(1);
      const [cached] = await rt.call([{ fn: "BRREG.ENHET", args: [[[923609016]], null] }]);
      expect(cached!.value).toEqual([["EQUINOR ASA"]]);
      const synchronous = await rt.page.evaluate(() => {
        const fn = (
          window as unknown as {
            CustomFunctions: { _association: { mappings: Record<string, (...args: unknown[]) => unknown> } };
          }
        ).CustomFunctions._association.mappings["BRREG.ENHET"]!;
        const answer = fn([[923609016]], null) as unknown;
        return !(answer instanceof Promise) && JSON.stringify(answer);
      });
      expect(synchronous).toBe(JSON.stringify([["EQUINOR ASA"]]));
      expect(held.count()).toBe(1);
      await expect(rt.results([pendingId])).rejects.toThrow(/no result/);
      await held.release();
      expect((await rt.waitFor([pendingId]))[0]!.value).toEqual([[replica.data.unit(sub())?.navn]]);
    } finally {
      await held.release();
    }
  });

  it("a cancellation of a pending invocation is ignored (our functions are not cancelable); its answer still arrives, once", async () => {
    const held = await rt.hold(replica.klassBaseUrl);
    try {
      const [id] = await rt.invoke([{ fn: "KLASS.CODENAME", args: [106, [["1"]], [["2019-01-01"]], null] }]);
      await held.waitFor(1);
      await rt.cancel([id!]);
      await held.release();
      const [result] = await rt.waitFor([id!]);
      expect(result!.value).toEqual([["Oslo og Akershus"]]);
      expect(await rt.host("resultCounts")).toMatchObject({ [id!]: 1 });
    } finally {
      await held.release();
    }
  });

  it("re-invoking the same cell while its first invocation waits answers both, from one request", async () => {
    replica.resetLog();
    const held = await rt.hold(replica.klassBaseUrl);
    try {
      const call = { fn: "KLASS.CODENAME", args: [131, [["1804"]], [["2016-01-01"]], null], address: "Sheet1!C7" };
      const [first] = await rt.invoke([call]);
      await held.waitFor(1);
      const [second] = await rt.invoke([call]);
      await held.release();
      const results = await rt.waitFor([first!, second!]);
      expect(results.map((r) => r.success)).toEqual([true, true]);
      expect(results.map((r) => r.value)).toEqual([[["Bodø"]], [["Bodø"]]]);
      const paths = replica.requests.filter((r) => r.api === "klass").map((r) => r.path);
      expect(new Set(paths).size).toBe(paths.length);
    } finally {
      await held.release();
    }
  });
});

describe("every function in functions.json, through Microsoft's runtime", () => {
  it("has its success, #N/A and #VALUE! cases here", () => {
    expect(Object.keys(cases(replica)).sort()).toEqual(functionIds());
  });

  it.each(functionIds())("%s: a success, a #N/A and a #VALUE!, each with our message", async (fn) => {
    const c = cases(replica)[fn]!;
    const errorCases: [string, unknown[]][] = [];
    if (typeof c.na !== "string") errorCases.push(["#N/A", c.na]);
    if (typeof c.value !== "string") errorCases.push(["#VALUE!", c.value]);
    // One message with all three invocations, as Excel sends a recalculation's.
    const [ok, ...errors] = await rt.call([{ fn, args: c.ok.args }, ...errorCases.map(([, args]) => ({ fn, args }))]);
    expect(ok!.success).toBe(true);
    expect(containsError(ok!.value)).toBe(false);
    expect((ok!.value as unknown[][])[0]![0]).toEqual(c.ok.first);
    errorCases.forEach(([code], i) => {
      expect({ fn, shown: shown(errors[i]!) }).toEqual({
        fn,
        shown: { error: code, message: expect.stringMatching(/\w{3}/) },
      });
    });
  });
});

describe("results against the runtime's 2,000,000-character result slice", () => {
  it("KLASS.CODENAME over 100,000 codes arrives whole, in one message to the host", async () => {
    const codes = ["0301", "1103", "4601", "5001", "3401"];
    const column = Array.from({ length: 100_000 }, (_, i) => [codes[i % codes.length]]);
    const before = await rt.host("processQueries");
    const [result] = await rt.call([{ fn: "KLASS.CODENAME", args: [131, column, [["2024-01-01"]], null] }]);
    const cells = result!.value as unknown[][];
    expect(cells).toHaveLength(100_000);
    expect(cells[0]).toEqual(["Oslo"]);
    expect(cells[99_999]).toEqual(["Kongsvinger"]);
    expect(await rt.host("processQueries")).toBe(before + 1);
    expect(await rt.host("rejectedForSize")).toBe(0);
  }, 60_000);

  it("20,000 unknown codes (an error with a message each: 4.7 million characters) answer one clear #VALUE!, and other cells are not held up", async () => {
    const column = Array.from({ length: 20_000 }, (_, i) => [`zz${i}`]);
    const ids = await rt.invoke([
      { fn: "KLASS.CODENAME", args: [131, column, [["2024-01-01"]], null] },
      { fn: "KLASS.CODENAME", args: [131, [["0301"]], [["2024-01-01"]], null] },
    ]);
    const [large, small] = await rt.waitFor(ids);
    expect(shown(large!)).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(
        /too large for Excel: about 4\.7 million characters for 20,000 cells.*Split the range/,
      ),
    });
    expect(small!.value).toEqual([["Oslo"]]);
    expect(await rt.host("rejectedForSize")).toBe(0);
  }, 60_000);

  it("why: the runtime retries a batch Excel refuses as too large, holding back every result in it", async () => {
    // The do-nothing function echoes a 6-million-character matrix, as an unguarded answer would.
    const own = await suite.openAnother();
    try {
      const huge = Array.from({ length: 200_000 }, () => ["x".repeat(25)]);
      const ids = await own.invoke([
        { fn: "BENCH.NOTHING", args: [1, huge] },
        { fn: "BENCH.NOTHING", args: [1, [["small"]]] },
      ]);
      await own.page.waitForFunction(
        () => (window as unknown as { __excelHost: { rejectedForSize: number } }).__excelHost.rejectedForSize >= 2,
      );
      await expect(own.results([ids[1]!])).rejects.toThrow(/no result/);
      expect(own.problems).toEqual([]);
    } finally {
      await own.close();
    }
  }, 60_000);
});
