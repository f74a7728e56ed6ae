import { readFileSync } from "node:fs";
import { join } from "node:path";
import { NotFoundError, ServiceUnavailableError, InvalidInputError } from "../../src/core/errors";

/**
 * A tiny in-memory KLASS for unit tests, built from the recorded fixtures (real 131 at 2016,
 * real 104 range, real changes and correspondences) plus a few hand-made versions that mirror
 * the real reforms: 0101 Halden → 3001 (2020) → 3101 (2024); 1507 Ålesund split in 2024.
 */
const FIXTURES = join(__dirname, "../fixtures/recorded/klass");
export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), "utf8")) as T;
}

interface Item {
  code: string;
  parentCode: string | null;
  level: string;
  name: string;
  shortName: string;
  presentationName: string;
}
const item = (code: string, name: string, parentCode: string | null = null, level = "1"): Item => ({
  code,
  parentCode,
  level,
  name,
  shortName: "",
  presentationName: "",
});

interface Version {
  id: number;
  name: string;
  validFrom: string;
  validTo: string | null;
  published: string[];
  items: Item[];
}
interface Change {
  oldCode: string | null;
  oldName: string | null;
  newCode: string | null;
  newName: string | null;
  changeOccurred: string;
}

const real131 = fixture<{ codes: Item[] }>("codesAt-131-2016-01-01").codes;
const base = real131.filter((c) => c.code !== "0101" && c.code !== "1601" && c.code !== "1507");
const v2016 = [...real131];
const v2018 = [...base, item("0101", "Halden"), item("5001", "Trondheim"), item("1507", "Ålesund")];
const v2020 = [
  ...base.filter((c) => c.code !== "0104"),
  item("3001", "Halden"),
  item("3002", "Moss"),
  item("5001", "Trondheim"),
  item("1507", "Ålesund"),
];
const v2024 = [
  ...base.filter((c) => c.code !== "0104"),
  item("3101", "Halden"),
  item("3103", "Moss"),
  item("5001", "Trondheim"),
  item("1508", "Ålesund"),
  item("1580", "Haram"),
];
const v2026 = v2024.map((c) => (c.code === "0301" ? item("0301", "Oslo - Oslove") : c));

export const VERSIONS_131: Version[] = [
  {
    id: 1,
    name: "Kommuneinndeling 2016",
    validFrom: "2016-01-01",
    validTo: "2018-01-01",
    published: ["nb"],
    items: v2016,
  },
  {
    id: 2,
    name: "Kommuneinndeling 2018",
    validFrom: "2018-01-01",
    validTo: "2019-01-01",
    published: ["nb", "nn", "en"],
    items: v2018,
  },
  {
    id: 3,
    name: "Kommuneinndeling 2019",
    validFrom: "2019-01-01",
    validTo: "2020-01-01",
    published: ["nb", "nn", "en"],
    items: v2018,
  },
  {
    id: 4,
    name: "Kommuneinndeling 2020",
    validFrom: "2020-01-01",
    validTo: "2024-01-01",
    published: ["nb", "nn", "en"],
    items: v2020,
  },
  {
    id: 5,
    name: "Kommuneinndeling 2024",
    validFrom: "2024-01-01",
    validTo: "2026-01-01",
    published: ["nb", "nn", "en"],
    items: v2024,
  },
  {
    id: 6,
    name: "Kommuneinndeling 2026",
    validFrom: "2026-01-01",
    validTo: null,
    published: ["nb", "nn", "en"],
    items: v2026,
  },
];
const c = (
  oldCode: string | null,
  oldName: string | null,
  newCode: string | null,
  newName: string | null,
  changeOccurred: string,
): Change => ({ oldCode, oldName, newCode, newName, changeOccurred });
export const CHANGES_131: Change[] = [
  c("1601", "Trondheim", "5001", "Trondheim", "2018-01-01"),
  c("0101", "Halden", "3001", "Halden", "2020-01-01"),
  c("0104", "Moss", "3002", "Moss", "2020-01-01"),
  c("3001", "Halden", "3101", "Halden", "2024-01-01"),
  c("3002", "Moss", "3103", "Moss", "2024-01-01"),
  c("1507", "Ålesund", "1508", "Ålesund", "2024-01-01"),
  c("1507", "Ålesund", "1580", "Haram", "2024-01-01"),
  c("0301", "Oslo", "0301", "Oslo - Oslove", "2026-01-01"),
];

/** 104: the 2018 reform (16, 17 → 50 Trøndelag; not recorded, as the replica has it) and the recorded 2020 list. */
export const CHANGES_104: Change[] = [
  c("16", "Sør-Trøndelag", "50", "Trøndelag", "2018-01-01"),
  c("17", "Nord-Trøndelag", "50", "Trøndelag", "2018-01-01"),
  ...fixture<{ codeChanges: Change[] }>("changes-104-2019-2020").codeChanges,
];

const sn = fixture<{ codes: Item[] }>("codesAt-6-level1-nb-2022-06-01").codes;
const SN_ITEMS: Item[] = [
  ...sn,
  item("01", "Jordbruk", "A", "2"),
  item("01.1", "Dyrking av ettårige vekster", "01", "3"),
  item("01.11", "Dyrking av korn", "01.1", "4"),
  item("01.110", "Dyrking av korn, unntatt ris", "01.11", "5"),
  item("02", "Skogbruk", "A", "2"),
  item("05", "Bryting av steinkull", "B", "2"),
  // Divisions whose digits equal a group's without its zero (11 / 01.1, 21 / 02.1): Excel's number 1.1 must find 01.1.
  item("02.1", "Skogskjøtsel og andre skogbruksaktiviteter", "02", "3"),
  item("11", "Produksjon av drikkevarer", "C", "2"),
  item("21", "Produksjon av farmasøytiske råvarer og preparater", "C", "2"),
];
const VARIANT_ITEMS: Item[] = [
  item("G1", "Primærnæringer"),
  item("01.110", "Dyrking av korn", "G1", "2"),
  item("02", "Skogbruk", "G1", "2"),
  item("G2", "Annet"),
  item("B", "Bergverksdrift", "G2", "2"),
];

const range104 = fixture<{
  codes: Array<Item & { validFromInRequestedRange: string; validToInRequestedRange: string }>;
}>("codes-104-2016-2018").codes.map(
  ({
    code,
    parentCode,
    level,
    name,
    shortName,
    presentationName,
    validFromInRequestedRange,
    validToInRequestedRange,
  }) => ({
    item: { code, parentCode, level, name, shortName, presentationName },
    from: validFromInRequestedRange,
    to: validToInRequestedRange,
  }),
);
const c104_2016 = range104.filter((x) => x.from === "2016-01-01").map((x) => x.item);
const c104_2018 = range104.filter((x) => x.to === "2018-01-02").map((x) => x.item);
const c104_2020 = [
  ...c104_2018.filter((x) => !["01", "02", "06", "04", "05", "07", "08"].includes(x.code)),
  item("30", "Viken"),
  item("34", "Innlandet"),
  item("38", "Vestfold og Telemark"),
];

export const CLASSIFICATIONS: Record<number, { name: string; versions: Version[] }> = {
  104: {
    name: "Standard for fylkesinndeling",
    versions: [
      {
        id: 20,
        name: "Fylkesinndeling 2016",
        validFrom: "2016-01-01",
        validTo: "2018-01-01",
        published: ["nb"],
        items: c104_2016,
      },
      {
        id: 21,
        name: "Fylkesinndeling 2018",
        validFrom: "2018-01-01",
        validTo: "2020-01-01",
        published: ["nb"],
        items: c104_2018,
      },
      {
        id: 22,
        name: "Fylkesinndeling 2020",
        validFrom: "2020-01-01",
        validTo: null,
        published: ["nb"],
        items: c104_2020,
      },
    ],
  },
  131: { name: "Standard for kommuneinndeling", versions: VERSIONS_131 },
  6: {
    name: "Standard for næringsgruppering (SN2007)",
    versions: [
      { id: 30, name: "SN2007", validFrom: "2009-01-01", validTo: null, published: ["nb", "en"], items: SN_ITEMS },
    ],
  },
};

/**
 * `correspondencetables/{id}` as the API guide shows them (id, name, source/target version names
 * and ids, `correspondenceMaps` of sourceCode/sourceName/targetCode/targetName); the maps are the
 * recorded 104 → 131 correspondence of 2016–2018.
 */
export const CORRESPONDENCE_TABLES = [
  {
    id: 71,
    name: "Fylkesinndeling 2016 - Kommuneinndeling 2016",
    source: "Fylkesinndeling 2016",
    sourceId: 20,
    target: "Kommuneinndeling 2016",
    targetId: 1,
    changeTable: false,
    maps: fixture<{ correspondenceItems: Array<Record<string, unknown>> }>(
      "corresponds-104-131-2016-2018",
    ).correspondenceItems.map((i) => ({
      sourceCode: i.sourceCode,
      sourceName: i.sourceName,
      targetCode: i.targetCode,
      targetName: i.targetName,
    })),
  },
];

function versionAt(id: number, date: string): Version {
  const v = CLASSIFICATIONS[id]?.versions.find((x) => x.validFrom <= date && (x.validTo === null || date < x.validTo));
  if (!v) throw new NotFoundError(`no version of ${id} at ${date}`, { api: "klass", status: 404 });
  return v;
}

/** Answers one URL like the API (JSON bodies), or rejects like the HTTP layer would. */
export function fakeKlassFetch(options: { down?: boolean } = {}): (url: string) => Promise<unknown> {
  return async (url) => {
    if (options.down) throw new ServiceUnavailableError("503 from KLASS", { api: "klass", status: 503 });
    const u = new URL(url);
    const q = (name: string) => u.searchParams.get(name) ?? "";
    const path = u.pathname.replace(/^\/api\/klass\/v1/, "");
    let m = /^\/classifications\/(\d+)$/.exec(path);
    if (m) {
      const id = Number(m[1]);
      const cls = CLASSIFICATIONS[id];
      if (!cls) throw new NotFoundError(`Classification not found with id = ${id}`, { api: "klass", status: 404 });
      return {
        name: cls.name,
        id,
        description: "test",
        lastModified: "2025-11-19T08:35:00.751+0000",
        versions: [...cls.versions]
          .reverse()
          .map(({ items: _items, ...v }) =>
            v.validTo === null ? { name: v.name, id: v.id, validFrom: v.validFrom, published: v.published } : v,
          ),
      };
    }
    if ((m = /^\/classifications\/(\d+)\/codesAt$/.exec(path))) {
      const v = versionAt(Number(m[1]), q("date"));
      if (!v.published.includes(q("language") || "nb"))
        throw new NotFoundError("not published", { api: "klass", status: 404 });
      return { codes: v.items };
    }
    if ((m = /^\/classifications\/(\d+)\/codes$/.exec(path))) {
      if (Number(m[1]) === 104) return fixture("codes-104-2016-2018");
      const to = q("to") || "9999-01-01";
      const codes = VERSIONS_131.filter((v) => (v.validTo ?? "9999-01-01") > q("from") && v.validFrom < to).flatMap(
        (v) =>
          v.items.map((i) => ({
            ...i,
            validFrom: null,
            validTo: null,
            validFromInRequestedRange: v.validFrom > q("from") ? v.validFrom : q("from"),
            validToInRequestedRange: (v.validTo ?? to) < to ? v.validTo : to,
          })),
      );
      return { codes };
    }
    if ((m = /^\/classifications\/(\d+)\/changes$/.exec(path))) {
      // Like the API: the changes that take effect after `from` and before `to` (none on `from` itself).
      const all = Number(m[1]) === 104 ? CHANGES_104 : CHANGES_131;
      return { codeChanges: all.filter((x) => x.changeOccurred > q("from") && x.changeOccurred < q("to")) };
    }
    if ((m = /^\/classifications\/(\d+)\/correspondsAt$/.exec(path))) {
      if (m[1] !== "104" || q("targetClassificationId") !== "131")
        throw new NotFoundError("no table", { api: "klass", status: 404 });
      const items = fixture<{ correspondenceItems: Array<Record<string, unknown>> }>(
        "corresponds-104-131-2016-2018",
      ).correspondenceItems;
      return { correspondenceItems: items.map(({ validFrom: _f, validTo: _t, ...rest }) => rest) };
    }
    if ((m = /^\/classifications\/(\d+)\/variant$/.exec(path))) {
      if (q("variantName") !== "Næringsgrupper")
        throw new NotFoundError("variant not found", { api: "klass", status: 404 });
      return {
        codes: VARIANT_ITEMS.map((i) => ({
          ...i,
          validFrom: null,
          validTo: null,
          validFromInRequestedRange: q("from"),
          validToInRequestedRange: q("to") || null,
          notes: "",
        })),
      };
    }
    if ((m = /^\/classifications\/(\d+)\/variantAt$/.exec(path))) {
      if (q("variantName") !== "Næringsgrupper")
        throw new NotFoundError("variant not found", { api: "klass", status: 404 });
      return { codes: VARIANT_ITEMS };
    }
    if ((m = /^\/variants\/(\d+)$/.exec(path))) {
      if (m[1] !== "1111") throw new NotFoundError("variant not found", { api: "klass", status: 404 });
      return {
        name: "Næringsgrupper",
        id: 1111,
        validFrom: "2009-01-01",
        validTo: "2035-01-01",
        classificationItems: VARIANT_ITEMS.map((i) => ({
          ...i,
          parentCode: i.parentCode ?? "",
          shortName: null,
          notes: null,
        })),
      };
    }
    if ((m = /^\/versions\/(\d+)$/.exec(path))) {
      const id = Number(m[1]);
      const owner = Object.entries(CLASSIFICATIONS).find(([, c]) => c.versions.some((v) => v.id === id));
      const v = owner?.[1].versions.find((x) => x.id === id);
      if (!owner || !v) throw new NotFoundError(`Version not found with id = ${id}`, { api: "klass", status: 404 });
      const tables = CORRESPONDENCE_TABLES.filter((t) => t.sourceId === id || t.targetId === id).map(
        ({ maps: _maps, ...t }) => t,
      );
      return {
        name: v.name,
        id,
        validFrom: v.validFrom,
        ...(v.validTo ? { validTo: v.validTo } : {}),
        levels: [{ levelNumber: 1, levelName: "Nivå 1" }],
        correspondenceTables: tables,
        classificationVariants:
          owner[0] === "6"
            ? [{ name: "Næringsgrupper", id: 1111, validFrom: "2009-01-01", validTo: "2035-01-01" }]
            : [],
      };
    }
    if ((m = /^\/correspondencetables\/(\d+)$/.exec(path))) {
      const t = CORRESPONDENCE_TABLES.find((x) => String(x.id) === m![1]);
      if (!t) throw new NotFoundError(`CorrespondenceTable not found with id = ${m[1]}`, { api: "klass", status: 404 });
      const { maps, ...rest } = t;
      return { ...rest, correspondenceMaps: maps };
    }
    if (path === "/classifications/search")
      return fixture(q("includeCodelists") ? "search-arena-codelists" : "search-arena");
    if (path === "/classificationfamilies") return fixture("classificationfamilies");
    throw new InvalidInputError(`fake KLASS: no route for ${path}`, { api: "klass", status: 400 });
  };
}
