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

  it("a lone key waits the window and no longer", async () => {
    const { batcher, sent, clock } = setup(echo);
    const one = batcher.get("1");
    await clock.advance(19);
    expect(sent).toHaveLength(0);
    await clock.advance(1);
    expect(sent).toEqual([["1"]]);
    await expect(one).resolves.toBe("unit 1");
  });

  it("bursts that keep arriving within the idle gap share one list instead of closing it half-full", async () => {
    const { batcher, sent, clock } = setup(echo, { maxKeys: 1000 });
    // Ten bursts of 90 keys, 15 ms apart (as the runtime hands a column over in several messages).
    const keys = keysOf(900);
    const all: Array<Promise<string | undefined>> = [];
    for (let burst = 0; burst < 10; burst++) {
      all.push(...keys.slice(burst * 90, burst * 90 + 90).map((k) => batcher.get(k)));
      await clock.advance(15);
    }
    expect(sent).toHaveLength(0);
    // The last burst came at 135 ms; the window closes once keys have paused for 20 ms.
    await clock.advance(19);
    expect(sent).toEqual([keys]);
    expect(await Promise.all(all)).toHaveLength(900);
  });

  it("full lists go out while keys keep arriving; only the partial one waits", async () => {
    const { batcher, sent, clock } = setup(echo, { maxKeys: 100 });
    const keys = keysOf(450);
    for (let burst = 0; burst < 3; burst++) {
      for (const k of keys.slice(burst * 150, burst * 150 + 150)) void batcher.get(k);
      await clock.advance(10);
    }
    // At 20 and 30 ms keys are still arriving: the full lists go (never the last one), 50 keys wait.
    expect(sent.map((c) => c.length)).toEqual([100, 100, 100, 100]);
    await clock.advance(9);
    expect(sent).toHaveLength(4);
    await clock.advance(1); // 20 ms after the last burst

    expect(sent.map((c) => c.length)).toEqual([100, 100, 100, 100, 50]);
    expect(sent.flat()).toEqual(keys);
  });

  it("after a long task (a timer that fires late), full lists go and the young partial one still waits", async () => {
    const { batcher, sent, clock } = setup(echo, { maxKeys: 1000 });
    const keys = keysOf(3000);
    for (const k of keys.slice(0, 1200)) void batcher.get(k);
    clock.jump(500); // the page was busy: the window's timer could not run
    for (const k of keys.slice(1200, 2400)) void batcher.get(k);
    await clock.advance(0); // the overdue timer: the oldest key waited 500 ms, but it is in a full list
    expect(sent.map((c) => c.length)).toEqual([1000, 1000]);
    await clock.advance(5);
    for (const k of keys.slice(2400)) void batcher.get(k);
    await clock.advance(20);
    // 3,000 keys in three messages: the minimum, 3 requests (closing on the late timer would make 4).
    expect(sent.map((c) => c.length)).toEqual([1000, 1000, 1000]);
    expect(sent.flat()).toEqual(keys);
  });

  it("keys that never pause are still sent within the maximum wait (10 × the window)", async () => {
    const { batcher, sent, clock } = setup(echo, { maxKeys: 100_000 });
    const first = batcher.get("100000000");
    for (let t = 1; t <= 400; t++) {
      void batcher.get(String(100_000_000 + t));
      await clock.advance(1);
      if (sent.length > 0) break;
    }
    expect(sent.length).toBe(1);
    expect(clock.now() - Date.UTC(2026, 0, 15, 12, 0, 0)).toBeLessThanOrEqual(200);
    await expect(first).resolves.toBe("unit 100000000");
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
