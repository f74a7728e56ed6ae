import { MicroBatcher, type BatchLoad } from "../../../../src/core/batch/microBatcher";
import { chunkKeys, effectiveBatchMax } from "../../../../src/core/batch/chunk";
import { InvalidInputError, ServiceUnavailableError } from "../../../../src/core/errors";
import { FakeClock } from "../../../support/fakeClock";

const keysOf = (n: number, from = 100_000_000) => Array.from({ length: n }, (_, i) => String(from + i));

function setup(load: BatchLoad<string>, limits: { maxKeys?: number; maxUrlBytes?: number; baseBytes?: number } = {}) {
  const clock = new FakeClock();
  const sent: string[][] = [];
  const batcher = new MicroBatcher<string>({
    load: (keys) => {
      sent.push([...keys]);
      return load(keys);
    },
    windowMs: 20,
    maxKeys: limits.maxKeys ?? 1000,
    maxUrlBytes: limits.maxUrlBytes ?? 100_000,
    baseBytes: limits.baseBytes ?? 50,
    scheduler: clock,
  });
  return { clock, sent, batcher };
}

const echo: BatchLoad<string> = async (keys) => new Map(keys.map((k) => [k, `unit ${k}`]));

describe("chunkKeys", () => {
  it("splits by key count and by URL bytes, whichever binds first", () => {
    expect(chunkKeys(keysOf(2500), { maxKeys: 1000, maxUrlBytes: 1e6, baseBytes: 0 }).map((c) => c.length)).toEqual([
      1000, 1000, 500,
    ]);
    // 10 bytes per key: (8000 − 80) / 10 = 792 per request
    const limits = { maxKeys: 1000, maxUrlBytes: 8000, baseBytes: 80 };
    const chunks = chunkKeys(keysOf(5000), limits);
    expect(chunks[0]).toHaveLength(792);
    expect(chunks).toHaveLength(Math.ceil(5000 / effectiveBatchMax(limits, 10)));
    expect(chunks.flat()).toEqual(keysOf(5000));
  });
});

describe("MicroBatcher", () => {
  it("keys asked within one window go out together; each caller gets its own value", async () => {
    const { batcher, sent, clock } = setup(echo);
    const promises = ["1", "2", "3"].map((k) => batcher.get(k));
    await clock.advance(19);
    expect(sent).toHaveLength(0);
    await clock.advance(1);
    expect(sent).toEqual([["1", "2", "3"]]);
    await expect(Promise.all(promises)).resolves.toEqual(["unit 1", "unit 2", "unit 3"]);
  });

  it("a key asked twice (waiting or in flight) is sent once", async () => {
    let release!: () => void;
    const { batcher, sent, clock } = setup(async (keys) => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return echo(keys);
    });
    const a = batcher.get("7");
    const b = batcher.get("7");
    await clock.advance(20);
    const c = batcher.get("7"); // in flight now
    await clock.advance(20);
    release();
    await expect(Promise.all([a, b, c])).resolves.toEqual(["unit 7", "unit 7", "unit 7"]);
    expect(sent).toEqual([["7"]]);
  });

  it("5,000 keys → ceil(5000 / max) requests", async () => {
    const { batcher, sent, clock } = setup(echo, { maxKeys: 1000 });
    const all = Promise.all(keysOf(5000).map((k) => batcher.get(k)));
    await clock.advance(20);
    const values = await all;
    expect(sent).toHaveLength(5);
    expect(values[4321]).toBe(`unit ${100_004_321}`);
  });

  it("misses resolve undefined; keys the response did not ask for are ignored", async () => {
    const { batcher, clock } = setup(
      async () =>
        new Map([
          ["1", "one"],
          ["999", "stranger"],
        ]),
    );
    const all = Promise.all([batcher.get("1"), batcher.get("2")]);
    await clock.advance(20);
    await expect(all).resolves.toEqual(["one", undefined]);
  });

  it("a failed request rejects only its own keys", async () => {
    const { batcher, clock } = setup(
      async (keys) => {
        if (keys.includes("100000000")) throw new ServiceUnavailableError("HTTP 500", { status: 500 });
        return echo(keys);
      },
      { maxKeys: 2 },
    );
    const results = Promise.allSettled(keysOf(4).map((k) => batcher.get(k)));
    await clock.advance(20);
    expect((await results).map((r) => r.status)).toEqual(["rejected", "rejected", "fulfilled", "fulfilled"]);
  });

  it("on 414 it halves and retries; a 400 narrows down to the one bad key", async () => {
    const { batcher, sent, clock } = setup(async (keys) => {
      if (keys.length > 2) throw new InvalidInputError("URI too long", { status: 414 });
      if (keys.includes("bad")) throw new InvalidInputError("Organisasjonsnummer må være 9 siffer", { status: 400 });
      return echo(keys);
    });
    const results = Promise.allSettled(["a", "b", "c", "bad", "e"].map((k) => batcher.get(k)));
    await clock.advance(20);
    const settled = await results;
    expect(settled.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "rejected", "fulfilled"]);
    expect(sent[0]).toHaveLength(5);
    expect(sent.filter((keys) => keys.length === 1 && keys[0] === "bad")).toHaveLength(1);
  });

  it("validates its options eagerly, naming them", () => {
    expect(
      () =>
        new MicroBatcher({
          load: echo,
          windowMs: 20,
          maxKeys: 0,
          maxUrlBytes: 100,
          baseBytes: 10,
          scheduler: new FakeClock(),
        }),
    ).toThrow(/"maxKeys"/);
    expect(
      () =>
        new MicroBatcher({
          load: echo,
          windowMs: 20,
          maxKeys: 5,
          maxUrlBytes: 10,
          baseBytes: 10,
          scheduler: new FakeClock(),
        }),
    ).toThrow(/"maxUrlBytes"/);
  });
});
