import { brregEnrichJob, klassEnrichJob } from "../../../../src/core/enrich";
import { DEFAULT_CONFIG } from "../../../../src/core/config";
import { fakeWorld } from "../../../support/fakeWorld";

describe("enrich jobs in the pane's language: readable headers, dates as Excel dates", () => {
  it("a BRREG job labels its fields and turns date fields into serials with the language's date format", async () => {
    const world = fakeWorld();
    const unit = world.units[0]!;
    (unit as { stiftelsesdato?: string }).stiftelsesdato = "2001-02-03";
    const fields = ["navn", "forretningsadresse.kommunenummer", "stiftelsesdato"];
    const job = brregEnrichJob(world.deps.brreg, fields, DEFAULT_CONFIG, "nb");
    expect(job.headers).toEqual(["Navn", "Kommunenummer (forretningsadresse)", "Stiftelsesdato"]);
    expect([...(job.columnFormats ?? [])]).toEqual([[2, "dd.mm.yyyy"]]);
    expect(await job.compute([unit.organisasjonsnummer])).toEqual([[unit.navn, "0301", 36925]]);
    expect(brregEnrichJob(world.deps.brreg, fields, DEFAULT_CONFIG, "en").columnFormats?.get(2)).toBe("yyyy-mm-dd");
  });

  it("without a language: API names and ISO text, as the functions give them", async () => {
    const world = fakeWorld();
    const unit = world.units[0]!;
    (unit as { stiftelsesdato?: string }).stiftelsesdato = "2001-02-03";
    const job = brregEnrichJob(world.deps.brreg, ["navn", "stiftelsesdato"]);
    expect(job.headers).toEqual(["navn", "stiftelsesdato"]);
    expect(await job.compute([unit.organisasjonsnummer])).toEqual([[unit.navn, "2001-02-03"]]);
  });

  it("a KLASS job's headers name the field and the classification it comes from", () => {
    const world = fakeWorld();
    const additions = [
      { kind: "name" },
      { kind: "parent" },
      { kind: "level" },
      { kind: "correspondence", target: 104 },
    ] as const;
    const spec = { classificationId: 131, date: "2024-01-01", additions };
    const env = { klass: world.deps.klass, now: world.deps.now };
    expect(klassEnrichJob(env, { ...spec, paneLanguage: "nb" }).headers).toEqual([
      "Navn (131)",
      "Overordnet kode (131)",
      "Nivå (131)",
      "Kode (104)",
    ]);
    expect(klassEnrichJob(env, { ...spec, paneLanguage: "en" }).headers).toEqual([
      "Name (131)",
      "Parent code (131)",
      "Level (131)",
      "Code (104)",
    ]);
    expect(klassEnrichJob(env, spec).headers).toEqual(["131 name", "131 parent", "131 level", "104 code"]);
  });
});
