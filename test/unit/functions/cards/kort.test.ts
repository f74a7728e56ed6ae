import { ServiceUnavailableError } from "../../../../src/core/errors";
import { isPromise } from "../../../../src/core/maybePromise";
import { kort as brregKort } from "../../../../src/functions/brreg";
import { kort as klassKort } from "../../../../src/functions/klass";
import { setEntityCellsSupported } from "../../../../src/runtime/entityCells";
import { fakeBrreg } from "../../../support/fakeBrregData";
import { useServices } from "../../../support/functionServices";
import { testEnv } from "../../../support/klassEnv";
import { entityRuleProblems } from "../../../support/entityRules";

/**
 * BRREG.KORT and KLASS.KORT as Excel calls them: entity values where this Excel takes them,
 * their text where it does not (../../../../src/runtime/entityCells.ts), errors as Excel's error
 * values per element either way.
 */
const outage = new ServiceUnavailableError("503 Service Unavailable after 3 attempts", { api: "brreg", status: 503 });

function brreg(options: Parameters<typeof fakeBrreg>[0] = {}) {
  const fake = fakeBrreg(options);
  useServices({ brreg: { ...fake, roller: () => [] } });
}

afterEach(() => setEntityCellsSupported(true));

describe("BRREG.KORT", () => {
  it("answers a card per orgnr, synchronously when cached, with per-element #VALUE! and #N/A", () => {
    brreg();
    const result = brregKort([[923609016], ["abc"], [914778271], [973152920]]);
    expect(isPromise(result)).toBe(false);
    const cells = result as unknown[][];
    expect(cells[0]![0]).toMatchObject({ type: "Entity", text: "EQUINOR ASA" });
    expect(entityRuleProblems(cells[0]![0])).toEqual([]);
    expect(cells[1]![0]).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/abc/) });
    expect(cells[2]![0]).toMatchObject({ code: "#N/A", message: expect.stringMatching(/not registered/) });
    expect(cells[3]![0]).toMatchObject({ type: "Entity", text: "EQUINOR ASA AVD FORUS" });
  });

  it("shows an outage as #VALUE! 'Enhetsregisteret unavailable', never a card or #N/A", async () => {
    brreg({ async: true, failWith: outage });
    const [[cell]] = (await brregKort([[923609016]])) as [[unknown]];
    expect(cell).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/unavailable/) });
  });

  it("answers the name as text where Excel takes no entity values from functions; errors stay errors", () => {
    brreg();
    setEntityCellsSupported(false);
    const cells = brregKort([[923609016], [914778271], [null]]) as unknown[][];
    expect(cells[0]).toEqual(["EQUINOR ASA"]);
    expect(cells[1]![0]).toMatchObject({ code: "#N/A" });
    expect(cells[2]).toEqual([""]);
  });
});

describe("KLASS.KORT", () => {
  function install() {
    const env = testEnv();
    useServices({ klass: env.klass, clock: { now: env.now } });
  }

  it("answers a card per code, #N/A for an unknown code, and the text '0301 Oslo' where cards are not supported", async () => {
    install();
    const cells = (await klassKort(131, [["0301"], ["0101"]], [["2024-01-01"]])) as unknown[][];
    expect(cells[0]![0]).toMatchObject({ type: "Entity", text: "0301 Oslo" });
    expect(entityRuleProblems(cells[0]![0])).toEqual([]);
    expect(cells[1]![0]).toMatchObject({ code: "#N/A", message: expect.stringMatching(/valid 2016–2019/) });
    setEntityCellsSupported(false);
    const plain = klassKort(131, [["0301"], ["0101"]], [["2024-01-01"]]) as unknown[][];
    expect(plain[0]).toEqual(["0301 Oslo"]);
    expect(plain[1]![0]).toMatchObject({ code: "#N/A" });
  });

  it("a malformed classification throws #VALUE! for the call", () => {
    install();
    expect(() => klassKort("x", [["0301"]])).toThrow(expect.objectContaining({ code: "#VALUE!" }) as unknown as Error);
  });
});
