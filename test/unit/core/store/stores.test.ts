import "fake-indexeddb/auto";
import {
  createDefaultStore,
  createIdbStore,
  createMemoryStore,
  NamespacedStore,
  storeNamespace,
  type PersistentStore,
} from "../../../../src/core/store";
import { CRAFTED, fnv1a32, REAL_BRREG, REAL_KLASS } from "../../../support/fnv1a32";

describe.each([
  ["memory", () => createMemoryStore()],
  ["indexeddb (fake-indexeddb)", () => createIdbStore({ dbName: `test-${Math.random()}` })],
] as Array<[string, () => PersistentStore]>)("%s store", (_, make) => {
  it("sets, gets, lists and deletes in batches", async () => {
    const store = make();
    await store.setMany([
      ["a", { n: 1 }],
      ["b", [1, 2]],
    ]);
    expect(await store.getMany(["a", "b", "c"])).toEqual([{ n: 1 }, [1, 2], undefined]);
    expect((await store.keys()).sort()).toEqual(["a", "b"]);
    await store.delMany(["a"]);
    expect(await store.keys()).toEqual(["b"]);
    await store.clear();
    expect(await store.keys()).toEqual([]);
  });

  it("values are copies: mutating one after set changes nothing stored", async () => {
    const store = make();
    const value = { n: 1 };
    await store.setMany([["a", value]]);
    value.n = 2;
    expect(await store.getMany(["a"])).toEqual([{ n: 1 }]);
  });
});

it("createDefaultStore picks IndexedDB when the host has it", () => {
  expect(createDefaultStore().kind).toBe("indexeddb");
});

describe("store namespaces: the exact base URLs, never a hash", () => {
  const real = { klassBaseUrl: REAL_KLASS, brregBaseUrl: REAL_BRREG };
  const crafted = { klassBaseUrl: REAL_KLASS, brregBaseUrl: `${REAL_BRREG}/EJD9Dc` };

  it("crafted base URLs whose 32-bit hash equals the real ones' get a namespace (and database) of their own", () => {
    for (const pair of [crafted, CRAFTED]) {
      // The inputs really collide under the 32-bit hash the namespace was once…
      expect(fnv1a32(`${pair.klassBaseUrl}\n${pair.brregBaseUrl}`)).toBe(
        fnv1a32(`${real.klassBaseUrl}\n${real.brregBaseUrl}`),
      );
      // …and are apart now.
      expect(storeNamespace(pair)).not.toBe(storeNamespace(real));
    }
  });

  it("is injective: the namespace reads back as the exact URLs, whatever characters they hold", () => {
    const tricky = [
      { klassBaseUrl: 'https://a.example/"],["x', brregBaseUrl: "https://b.example/api" },
      { klassBaseUrl: "https://a.example/", brregBaseUrl: '"],["https://b.example/api' },
      { klassBaseUrl: "https://a.example/:klass/131", brregBaseUrl: "https://b.example/\n" },
      { klassBaseUrl: "https://a.example/\\", brregBaseUrl: "https://b.example/%22" },
    ];
    const namespaces = new Set([real, ...tricky].map(storeNamespace));
    expect(namespaces.size).toBe(tricky.length + 1);
    for (const pair of tricky) expect(JSON.parse(storeNamespace(pair))).toEqual([pair.klassBaseUrl, pair.brregBaseUrl]);
  });

  it("over one shared store, nothing written under the crafted namespace is seen under the real one (or the reverse)", async () => {
    const shared = createMemoryStore();
    const mine = new NamespacedStore(shared, storeNamespace(real));
    const theirs = new NamespacedStore(shared, storeNamespace(CRAFTED));
    await theirs.setMany([["klass/131/codesAt/2024-01-01/nb", { name: "Attacker" }]]);
    expect(await mine.getMany(["klass/131/codesAt/2024-01-01/nb"])).toEqual([undefined]);
    expect(await mine.keys()).toEqual([]);
    await mine.setMany([["klass/131/meta", { name: "Kommuner" }]]);
    expect(await theirs.keys()).toEqual(["klass/131/codesAt/2024-01-01/nb"]);
    await theirs.clear();
    expect(await mine.keys()).toEqual(["klass/131/meta"]);
  });

  it("the default IndexedDB database is named by the namespace, so crafted URLs open another database", async () => {
    const mine = createDefaultStore({ bases: real });
    const theirs = createDefaultStore({ bases: CRAFTED });
    await theirs.setMany([["klass/131/meta", { name: "Attacker" }]]);
    expect(await mine.getMany(["klass/131/meta"])).toEqual([undefined]);
    expect(await mine.keys()).not.toContain("klass/131/meta");
  });
});
