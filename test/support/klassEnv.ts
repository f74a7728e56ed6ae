import { createKlassData } from "../../src/core/klass/createKlassData";
import type { KlassEnv } from "../../src/core/klass/klassEnv";
import type { HttpClient } from "../../src/core/http/types";
import { fakeCache, type FakeCache } from "./fakeCache";
import { fakeKlassFetch } from "./fakeKlassApi";

export const BASE = "http://klass.test/api/klass/v1";
const unusedHttp: HttpClient = { getJson: () => Promise.reject(new Error("not used")) };

/** A KlassEnv over the fake KLASS, with "today" fixed at 2025-06-15 unless given. */
export function testEnv(options: { today?: string; down?: boolean } = {}): KlassEnv & { cache: FakeCache } {
  const cache = fakeCache(fakeKlassFetch({ down: options.down }));
  const now = Date.parse(`${options.today ?? "2025-06-15"}T12:00:00`);
  return { klass: createKlassData({ cache, http: unusedHttp, baseUrl: BASE }), now: () => now, cache };
}
