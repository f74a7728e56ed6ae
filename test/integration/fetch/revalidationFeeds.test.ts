/**
 * Revalidation against the replica servers covers what the change feeds cover, and only that:
 * a removal drops the unit's roles, roles are not kept fresh, and a correspondence is refetched
 * when only its target classification changed.
 */
import { isPromise } from "../../../src/core/maybePromise";
import { movableClock, rejection, useReplicaServices } from "../../support/replicaServices";

const h = useReplicaServices({ seed: 7, enheter: 2000, underenheter: 500 }, { retryBaseDelayMs: 20, maxRetries: 0 });
const services = h.services;
const HOUR = 60 * 60 * 1000;
const today = () => new Date().toISOString().slice(0, 10);

describe("revalidation covers what feeds cover, and only that", () => {
  it("Fjernet drops the unit's roles too; revalidation does not keep roles fresh", async () => {
    const clock = movableClock();
    const s = services({ clock });
    const x = h.replica.data.orgnr.withRoles.find((o) => h.replica.data.orgnr.activeEnheter.includes(o))!;
    const y = h.replica.data.orgnr.withRoles.find((o) => o !== x && h.replica.data.orgnr.activeEnheter.includes(o))!;
    await s.brreg.unit(x);
    await s.brreg.roller(x);
    await s.brreg.roller(y);
    await s.revalidate(); // baseline
    h.replica.mutate({ kind: "brreg-remove", orgnr: x });
    clock.move(23 * HOUR);
    const report = await s.revalidate();
    expect(report.brreg.evicted).toBe(1);
    clock.move(2 * HOUR); // 25 h after the roles were fetched
    h.replica.resetLog();
    const rolesOfRemoved = await rejection(s.brreg.roller(x));
    expect(h.replica.requests.map((r) => r.path)).toEqual([`/enheter/${x}/roller`]);
    expect(rolesOfRemoved).toBeInstanceOf(Error);
    // y's roles were fetched 25 h ago; the feed says nothing about roles, so they are stale.
    expect(isPromise(s.brreg.roller(y))).toBe(true);
    // What the store still holds about x is the remembered 410 of its roles, without data.
    await s.flush();
    const keys = (await s.store.keys()).filter((k) => k.endsWith(x));
    expect(keys).toEqual([`brreg/roller/${x}`]);
    expect((await s.store.getMany(keys))[0]).toMatchObject({ removed: {}, value: undefined });
  });

  it("a correspondence is refetched when only its TARGET classification changed", async () => {
    const clock = movableClock();
    const s = services({ clock });
    const date = today();
    const before = await s.klass.correspondsAt(104, 131, date, "nb");
    const item = before.find((i) => (i as { targetCode?: string }).targetCode === "0301") as
      { targetName?: string } | undefined;
    expect(item?.targetName).toMatch(/^Oslo/);
    await s.revalidate(); // baseline
    await new Promise((resolve) => setTimeout(resolve, 20));
    h.replica.mutate({ kind: "klass-rename", classificationId: 131, code: "0301", name: "Oslo RENAMED" });
    await new Promise((resolve) => setTimeout(resolve, 20));
    clock.move(23 * HOUR);
    await s.revalidate();
    clock.move(7 * HOUR);
    h.replica.resetLog();
    const after = s.klass.correspondsAt(104, 131, date, "nb");
    expect(isPromise(after)).toBe(false);
    const renamed = (after as typeof before).find((i) => (i as { targetCode?: string }).targetCode === "0301") as {
      targetName?: string;
    };
    expect(renamed.targetName).toBe("Oslo RENAMED");
    expect(h.replica.requests).toHaveLength(0);
  });
});
