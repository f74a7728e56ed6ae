import { isPromise, type MaybePromise } from "../../../src/core/maybePromise";
import { kort as brregKort } from "../../../src/functions/brreg";
import { kort as klassKort } from "../../../src/functions/klass";
import { useServices } from "../../support/functionServices";
import { useReplicaServices } from "../../support/replicaServices";
import { entityRuleProblems } from "../../support/entityRules";

/**
 * BRREG.KORT and KLASS.KORT through the real fetch layer against the replica: the cards' values
 * are the replica's own answers, the requests are at the minimum cold (lists, one roles request
 * per hovedenhet) and none warm, and failures stay errors.
 */
const { replica: r, services } = (() => {
  const rs = useReplicaServices({ seed: 3, enheter: 300, underenheter: 30 }, { maxRetries: 0, batchWindowMs: 5 });
  return { replica: () => rs.replica, services: (o = {}) => rs.services(o) };
})();

const settled = async (v: MaybePromise<unknown>): Promise<unknown[][]> => (isPromise(v) ? await v : v) as unknown[][];
const count = (api: "klass" | "brreg", path: RegExp) =>
  r().requests.filter((q) => q.api === api && path.test(q.path)).length;

type Card = {
  type: string;
  text: string;
  properties: Record<string, { type: string; basicValue: unknown; text?: string }>;
};

describe("BRREG.KORT against the replica", () => {
  it("a column of hovedenheter and underenheter: cards with the replica's values, lists + one roles request per hovedenhet cold, none warm", async () => {
    useServices(services());
    const enheter = r().data.orgnr.activeEnheter.slice(0, 40);
    const subs = r().data.orgnr.underenheter.slice(0, 5);
    const column = [...enheter, ...subs].map((n) => [n]);
    const grid = await settled(brregKort(column));
    for (const [i, orgnr] of [...enheter, ...subs].entries()) {
      const card = grid[i]![0] as Card;
      const unit = r().data.unit(orgnr) as { navn: string; antallAnsatte?: number; overordnetEnhet?: string };
      expect(card.text).toBe(unit.navn);
      expect(card.properties["organisasjonsnummer"]!.basicValue).toBe(orgnr);
      if (typeof unit.antallAnsatte === "number")
        expect(card.properties["antall ansatte"]!.basicValue).toBe(unit.antallAnsatte);
      expect(entityRuleProblems(card)).toEqual([]);
      if (i >= enheter.length) {
        const parent = card.properties["overordnet enhet"] as unknown as Card;
        expect(parent.text).toBe((r().data.unit(String(unit.overordnetEnhet)) as { navn: string }).navn);
      }
    }
    expect(count("brreg", /^\/enheter\/\d{9}\/roller$/)).toBe(enheter.length);
    expect(count("brreg", /^\/enheter\/\d{9}$/)).toBe(0);
    r().resetLog();
    const warm = brregKort(column);
    expect(isPromise(warm)).toBe(false);
    expect(r().requests).toHaveLength(0);
  });

  it("one cell (a formula per row): one list request and one roles request cold, none warm", async () => {
    useServices(services());
    const orgnr = r().data.orgnr.activeEnheter[200]!;
    const [[card]] = (await settled(brregKort([[orgnr]]))) as [[Card]];
    expect(card.text).toBe(r().data.unit(orgnr)?.navn);
    expect(count("brreg", /^\/enheter$/)).toBe(1);
    expect(count("brreg", /^\/enheter\/\d{9}\/roller$/)).toBe(1);
    expect(r().requests).toHaveLength(2);
    r().resetLog();
    const warm = brregKort([[orgnr]]);
    expect(isPromise(warm)).toBe(false);
    expect((warm as unknown[][])[0]![0]).toBe(card);
    expect(r().requests).toHaveLength(0);
  });

  it("reads the roles the replica holds (daglig leder, styreleder) for a unit with roles", async () => {
    useServices(services());
    const orgnr = r().data.orgnr.withRoles[0]!;
    const [[card]] = (await settled(brregKort([[orgnr]]))) as [[Card]];
    const res = await fetch(`${r().brregBaseUrl}/enheter/${orgnr}/roller`);
    const body = (await res.json()) as {
      rollegrupper: {
        roller: { type: { kode: string }; person?: { navn: Record<string, string> }; fratraadt?: boolean }[];
      }[];
    };
    const dagl = body.rollegrupper
      .flatMap((g) => g.roller)
      .filter((x) => x.type.kode === "DAGL" && x.fratraadt !== true && x.person)
      .map((x) =>
        [x.person!.navn.fornavn, x.person!.navn.mellomnavn, x.person!.navn.etternavn].filter(Boolean).join(" "),
      )
      .join("\n");
    expect(card.properties["daglig leder"]!.basicValue).toBe(dagl);
  });

  it("per-row errors: #VALUE! malformed, #N/A not registered, and an outage is #VALUE! 'unavailable', never a card", async () => {
    useServices(services());
    const ok = r().data.orgnr.activeEnheter[100]!;
    const grid = await settled(brregKort([[ok], ["12"], ["914778271"]]));
    expect((grid[0]![0] as Card).type).toBe("Entity");
    expect(grid[1]![0]).toMatchObject({ code: "#VALUE!" });
    expect(grid[2]![0]).toMatchObject({ code: "#N/A" });
    useServices(services());
    r().setFaults({ errorRates: { 503: 1 }, api: "brreg" });
    const [[down]] = (await settled(brregKort([[r().data.orgnr.activeEnheter[101]!]]))) as [[unknown]];
    expect(down).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/unavailable/i) });
  });
});

describe("KLASS.KORT against the replica", () => {
  it("cards for a column of municipality codes: one codes request for the version and one changes request, none warm", async () => {
    useServices(services());
    const grid = await settled(klassKort(131, [["0301"], ["1103"], ["zz"]], [["2024-01-01"]]));
    expect((grid[0]![0] as Card).text).toBe("0301 Oslo");
    expect((grid[1]![0] as Card).text).toBe("1103 Stavanger");
    expect(entityRuleProblems(grid[0]![0])).toEqual([]);
    expect(grid[2]![0]).toMatchObject({ code: "#N/A" });
    expect(count("klass", /\/changes$/)).toBe(1);
    expect(count("klass", /\/codesAt$/)).toBe(1);
    r().resetLog();
    expect(isPromise(klassKort(131, [["0301"], ["1103"]], [["2024-01-01"]]))).toBe(false);
    expect(r().requests).toHaveLength(0);
  });

  it("a code that changed lists the change in its card", async () => {
    useServices(services());
    const [[card]] = (await settled(klassKort(131, [["3101"]], [["2024-01-01"]]))) as [[Card]];
    const changes = card.properties["endringer"] as unknown as { type: string; elements: { basicValue: unknown }[][] };
    expect(changes.type).toBe("Array");
    expect(changes.elements.slice(1).some((row) => String(row[2]!.basicValue).startsWith("3101"))).toBe(true);
  });
});
