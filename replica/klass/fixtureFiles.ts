/**
 * Reads the recorded fixtures in test/fixtures/recorded (shared with the unit tests; sources and
 * licences in its README), the replica's seed data for everything that was really observed
 * (131 codes 2016–2020, 104/106 tables, families, search).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Folder of the recorded fixtures inside the repo (replica/klass → test/fixtures/recorded). */
export const FIXTURE_DIR = join(__dirname, "..", "..", "test", "fixtures", "recorded");

const cache = new Map<string, unknown>();

/** Parsed JSON of `klass/<name>.json` or `brreg/<name>.json`, cached per process. */
export function fixture<T>(api: "klass" | "brreg", name: string): T {
  const key = `${api}/${name}`;
  let value = cache.get(key);
  if (value === undefined) {
    value = JSON.parse(readFileSync(join(FIXTURE_DIR, api, `${name}.json`), "utf8"));
    cache.set(key, value);
  }
  return value as T;
}

/** Shape of a recorded `correspondenceItems` entry. */
export interface RecordedMap {
  sourceCode: string;
  sourceName: string;
  sourceShortName: string;
  targetCode: string;
  targetName: string;
  targetShortName: string;
  validFrom?: string;
  validTo?: string;
}

/** Shape of a recorded code entry. */
export interface RecordedCode {
  code: string;
  parentCode: string | null;
  level: string;
  name: string;
  shortName: string;
  presentationName: string;
  notes?: string;
}
