import type { BrregData } from "../../src/core/brreg/brregData";
import { mod11Control } from "../../src/core/brreg/orgnr";
import type { BrregSearchPage, BrregUnit } from "../../src/core/brreg/types";
import { NotFoundError } from "../../src/core/errors";
import type { KlassData } from "../../src/core/klass/klassData";
import type { KlassClassification, KlassCode } from "../../src/core/klass/types";
import type { ReportDeps } from "../../src/core/reports";

/**
 * Small KLASS and BRREG doubles for the taskpane's core logic: one classification (131) with two
 * versions, and a register of units that tests may rename, as the replica's mutations do.
 */
const code = (c: string, name: string, parentCode: string | null = null, level = "1"): KlassCode => ({
  code: c,
  parentCode,
  level,
  name,
  shortName: "",
  presentationName: "",
});

export interface FakeWorld {
  readonly deps: ReportDeps;
  readonly codes: Map<string, KlassCode[]>;
  readonly units: BrregUnit[];
  readonly calls: string[];
}

export function fakeWorld(): FakeWorld {
  const calls: string[] = [];
  const codes = new Map<string, KlassCode[]>([
    ["2020-01-01", [code("0301", "Oslo"), code("1103", "Stavanger"), code("3001", "Halden")]],
    ["2024-01-01", [code("0301", "Oslo"), code("1103", "Stavanger"), code("3101", "Halden"), code("4601", "Bergen")]],
  ]);
  const meta: KlassClassification = {
    id: 131,
    name: "Standard for kommuneinndeling",
    versions: [
      { id: 1, name: "Kommuneinndeling 2020", validFrom: "2020-01-01", validTo: "2024-01-01", published: ["nb", "en"] },
      { id: 2, name: "Kommuneinndeling 2024", validFrom: "2024-01-01", published: ["nb", "en"] },
    ],
  };
  const klass: KlassData = {
    classification: (id) => {
      if (id === 104) return { ...meta, id: 104, name: "Standard for fylkesinndeling" };
      if (id !== 131) throw new NotFoundError(`no classification ${id}`, { api: "klass" });
      return meta;
    },
    versionCodes: async (_id, from) => {
      calls.push(`codes ${from}`);
      return [...(codes.get(from) ?? [])];
    },
    codesInRange: () => [],
    variantInRange: () => [],
    variantAt: () => [],
    variantById: () => {
      throw new NotFoundError("no variant", { api: "klass" });
    },
    family: () => {
      throw new NotFoundError("no family", { api: "klass" });
    },
    correspondenceTable: () => {
      throw new NotFoundError("no correspondence table", { api: "klass" });
    },
    versionDetail: () => {
      throw new NotFoundError("no version", { api: "klass" });
    },
    correspondsAt: async () => [{ sourceCode: "0301", sourceName: "Oslo", targetCode: "03", targetName: "Oslo" }],
    changes: () => [],
    search: () => [],
    families: () => [],
  };
  const units: BrregUnit[] = validOrgnr(30).map((orgnr, i) => ({
    organisasjonsnummer: orgnr,
    navn: `FIRMA ${i} AS`,
    organisasjonsform: { kode: "AS", beskrivelse: "Aksjeselskap" },
    forretningsadresse: {
      kommunenummer: "0301",
      kommune: "OSLO",
      postnummer: "0150",
      poststed: "OSLO",
      adresse: ["Gate 1"],
    },
  }));
  const brreg: BrregData = {
    unit: async (orgnr) => {
      const unit = units.find((u) => u.organisasjonsnummer === orgnr);
      return unit ? { state: "found", register: "enheter", unit } : { state: "not-registered", orgnr };
    },
    unitIn: async (_r, orgnr) => ({ state: "not-registered", orgnr }),
    roller: () => [],
    search: async (_register, params): Promise<BrregSearchPage> => {
      calls.push(`search ${JSON.stringify(params)}`);
      const hits = units.filter(
        (u) => !params.kommunenummer || u.forretningsadresse?.kommunenummer === params.kommunenummer,
      );
      const size = Number(params.size ?? 20);
      const page = Number(params.page ?? 0);
      return {
        units: hits.slice(page * size, (page + 1) * size),
        page: { size, totalElements: hits.length, totalPages: Math.ceil(hits.length / size), number: page },
      };
    },
    organisasjonsformer: () => [{ kode: "AS", beskrivelse: "Aksjeselskap" }],
  };
  const deps: ReportDeps = {
    klass,
    brreg,
    now: () => Date.parse("2026-03-01T12:00:00Z"),
    klassBaseUrl: "https://data.ssb.no/api/klass/v1",
    brregBaseUrl: "https://data.brreg.no/enhetsregisteret/api",
  };
  return { deps, codes, units, calls };
}

/** The first `count` valid organisasjonsnumre from 91000000x on (mod-11). */
export function validOrgnr(count: number): string[] {
  const out: string[] = [];
  for (let n = 91000000; out.length < count; n++) {
    const control = mod11Control(String(n));
    if (control !== undefined) out.push(`${n}${control}`);
  }
  return out;
}
