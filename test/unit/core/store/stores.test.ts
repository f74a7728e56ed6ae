import "fake-indexeddb/auto";
import {
  createDefaultStore,
  createIdbStore,
  createMemoryStore,
  type PersistentStore,
} from "../../../../src/core/store";

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
