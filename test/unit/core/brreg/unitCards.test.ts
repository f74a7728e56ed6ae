import type { EntityValue } from "../../../../src/core/cards/cellValues";
import { unitCardGrid, type CardCell } from "../../../../src/core/brreg/unitCards";
import { UNIT_LABELS } from "../../../../src/core/brreg/unitEntity";
import type { BrregRollegruppe } from "../../../../src/core/brreg/types";
import { isNotFoundError, NotFoundError } from "../../../../src/core/errors";
import type { MaybePromise } from "../../../../src/core/maybePromise";
import { EQUINOR, fakeBrreg, fixture, type FakeOptions } from "../../../support/fakeBrregData";
import { entityRuleProblems } from "../../../support/entityRules";

const ROLES = fixture<{ rollegrupper: BrregRollegruppe[] }>("roller-enhet-810005912.json").rollegrupper;

/** The fake register, with 923609016's roles (the recorded 810005912 answer) and 810005912 not a hovedenhet. */
function data(
  options: FakeOptions = {},
  roles: (orgnr: string) => MaybePromise<readonly BrregRollegruppe[]> = () => ROLES,
) {
  const fake = fakeBrreg(options);
  return {
    ...fake,
    roller(orgnr: string) {
      fake.calls.push(`roller ${orgnr}`);
      return roles(orgnr);
    },
  };
}

async function cards(arg: unknown, d = data()): Promise<CardCell[][]> {
  return await unitCardGrid(d, arg);
}

function card(cell: CardCell | undefined): EntityValue {
  if (!cell || typeof cell !== "object" || cell instanceof Error) throw new Error(`not a card: ${String(cell)}`);
  return cell;
}

const value = (c: EntityValue, label: string) =>
  (c.properties[label] as { basicValue?: unknown } | undefined)?.basicValue;

describe("BRREG.KORT's cards (unitCardGrid)", () => {
  it("gives a hovedenhet's card: its name as text, Norwegian labels, numbers as numbers, dates as Excel dates, its roles", async () => {
    const [[cell]] = (await cards([[923609016]])) as [[CardCell]];
    const c = card(cell);
    expect(c.text).toBe("EQUINOR ASA");
    expect(value(c, "organisasjonsnummer")).toBe("923609016");
    expect(value(c, "navn")).toBe("EQUINOR ASA");
    expect(value(c, "organisasjonsform")).toBe("ASA Allmennaksjeselskap");
    expect(value(c, "næringskoder")).toBe(
      "06.100 Utvinning av råolje\n06.200 Utvinning av naturgass\n19.200 Produksjon av raffinerte petroleumsprodukter og fossile brenselsprodukter",
    );
    expect(value(c, "adresse")).toBe("Forusbeen 50, 4035 STAVANGER");
    expect(value(c, "kommune")).toBe("1103 STAVANGER");
    expect(c.properties["antall ansatte"]).toEqual({ type: "Double", basicValue: 21408 });
    // 1972-09-18 is Excel's serial 26560.
    expect(c.properties["stiftelsesdato"]).toEqual({
      type: "FormattedNumber",
      basicValue: 26560,
      numberFormat: "yyyy-mm-dd",
    });
    expect(value(c, "registreringer")).toBe("Merverdiavgiftsregisteret, Foretaksregisteret");
    expect(value(c, "status")).toBe("Aktiv");
    expect(value(c, "hjemmeside")).toBe("www.equinor.com");
    expect(value(c, "daglig leder")).toEqual(expect.any(String));
    expect(Object.keys(c.properties)).toEqual(expect.arrayContaining(["daglig leder", "styreleder", "revisor"]));
    expect(c.layouts.card.sections.map((s) => s.title)).toEqual(["Identitet", "Adresse", "Status", "Roller"]);
    expect(c.provider.description).toMatch(/Brønnøysundregistrene.*NLOD 2\.0/);
    expect(c.provider.logoTargetAddress).toBe("https://data.brreg.no/enhetsregisteret/api/enheter/923609016");
    // Small enough that 1,000 cards fit the runtime's 2,000,000-character result slice.
    expect(JSON.stringify(c).length).toBeLessThan(1_800);
    expect(entityRuleProblems(c)).toEqual([]);
  });

  it("reads the current role holders from the unit's roles answer", async () => {
    const roles: BrregRollegruppe[] = [
      {
        type: { kode: "DAGL", beskrivelse: "Daglig leder" },
        roller: [
          {
            type: { kode: "DAGL", beskrivelse: "Daglig leder" },
            person: { navn: { fornavn: "Kari", etternavn: "Nordmann" } },
          },
        ],
      },
      {
        type: { kode: "STYR", beskrivelse: "Styre" },
        roller: [
          {
            type: { kode: "LEDE", beskrivelse: "Styrets leder" },
            person: { navn: { fornavn: "Ove", etternavn: "Olsen" } },
          },
          {
            type: { kode: "LEDE", beskrivelse: "Styrets leder" },
            person: { navn: { fornavn: "Old", etternavn: "Chair" } },
            fratraadt: true,
          },
        ],
      },
      {
        type: { kode: "REVI", beskrivelse: "Revisor" },
        roller: [
          {
            type: { kode: "REVI", beskrivelse: "Revisor" },
            enhet: { organisasjonsnummer: "987654321", navn: ["REVISJON AS"] },
          },
        ],
      },
    ];
    const c = card(
      (
        await cards(
          923609016,
          data({}, () => roles),
        )
      )[0]![0],
    );
    expect([value(c, "daglig leder"), value(c, "styreleder"), value(c, "revisor")]).toEqual([
      "Kari Nordmann",
      "Ove Olsen",
      "REVISJON AS",
    ]);
  });

  it("gives an underenhet its own layout, with its overordnet enhet as a card inside (no roles request for either)", async () => {
    const d = data();
    const c = card((await cards("973152920", d))[0]![0]);
    expect(c.text).toBe("EQUINOR ASA AVD FORUS");
    expect(c.layouts.card.sections.map((s) => s.title)).toEqual(["Identitet", "Adresse", "Status", "Overordnet enhet"]);
    expect(c.properties["oppstartsdato"]).toMatchObject({ type: "FormattedNumber" });
    expect(c.properties["stiftelsesdato"]).toBeUndefined();
    expect(c.properties["daglig leder"]).toBeUndefined();
    const parent = c.properties["overordnet enhet"] as EntityValue;
    expect(parent.type).toBe("Entity");
    expect(parent.text).toBe("EQUINOR ASA");
    expect(parent.properties["daglig leder"]).toBeUndefined();
    expect(entityRuleProblems(c)).toEqual([]);
    expect(d.calls.filter((call) => call.startsWith("roller"))).toEqual([]);
    expect(d.calls).toContain("unitIn enheter 923609016");
  });

  it("keeps every label on every card of a register, empty where the unit lacks the value", async () => {
    const c = card((await cards(976030788))[0]![0]);
    expect(value(c, "status")).toBe("Slettet 2024-11-26");
    expect(value(c, "hjemmeside")).toBe("");
    expect(c.properties["antall ansatte"]).toEqual({ type: "String", basicValue: "" });
    expect(c.properties["stiftelsesdato"]).toEqual({ type: "String", basicValue: "" });
    const full = card((await cards(923609016))[0]![0]);
    expect(Object.keys(c.properties).sort()).toEqual(Object.keys(full.properties).sort());
    expect(entityRuleProblems(c)).toEqual([]);
  });

  it("answers errors as errors, per element: #VALUE! malformed, #N/A not registered; a removed unit's card says Fjernet", async () => {
    const grid = await cards([[923609016], ["abc"], [914778271], [810004622], [null]]);
    expect(card(grid[0]![0]).text).toBe("EQUINOR ASA");
    expect(grid[1]![0]).toBeInstanceOf(Error);
    expect((grid[1]![0] as Error).message).toMatch(/abc/);
    expect(isNotFoundError(grid[2]![0])).toBe(true);
    const removed = card(grid[3]![0]);
    expect(value(removed, "status")).toBe("Fjernet");
    expect(entityRuleProblems(removed)).toEqual([]);
    expect(grid[4]![0]).toBe("");
  });

  it("never hides a failed roles request behind a card: the cell is the outage; a unit without roles (404) has empty roles", async () => {
    const outage = new Error("Enhetsregisteret unavailable");
    const failing = await cards(
      923609016,
      data({ async: true }, () => Promise.reject(outage)),
    );
    expect(failing[0]![0]).toBe(outage);
    const none = await cards(
      923609016,
      data({}, () => Promise.reject(new NotFoundError("no roles"))),
    );
    expect(value(card(none[0]![0]), "daglig leder")).toBe("");
  });

  it("never hides a failed unit look-up: every cell of the batch is the outage", async () => {
    const outage = new Error("503");
    const grid = await cards([[923609016], [973152920]], data({ async: true, failWith: outage }));
    expect(grid).toEqual([[outage], [outage]]);
  });

  it("costs one look-up per distinct number and one roles request per distinct hovedenhet, and is synchronous when cached", async () => {
    const d = data();
    const grid = unitCardGrid(d, [[923609016], ["923 609 016"], [973152920]]);
    expect(grid).not.toBeInstanceOf(Promise);
    expect(d.calls.filter((c) => c.startsWith("unit ")).sort()).toEqual(["unit 923609016", "unit 973152920"]);
    expect(d.calls.filter((c) => c.startsWith("roller"))).toEqual(["roller 923609016"]);
    // The same records again: the very same card objects (nothing rebuilt).
    const again = unitCardGrid(d, [[923609016]]) as CardCell[][];
    expect(again[0]![0]).toBe((grid as CardCell[][])[0]![0]);
  });

  it("names each label once, in UNIT_LABELS", () => {
    const labels = Object.values(UNIT_LABELS);
    expect(new Set(labels).size).toBe(labels.length);
    expect(EQUINOR.navn).toBe("EQUINOR ASA");
  });
});
