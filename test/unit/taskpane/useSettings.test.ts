import { Metrics } from "../../../src/core/metrics";
import { connectionOf, formatBytes } from "../../../src/taskpane/views/settings/useSettings";

describe("Settings view helpers: connection state and byte sizes", () => {
  it("reads the connection state from the metrics", () => {
    const metrics = new Metrics();
    expect(connectionOf(metrics.snapshot(), true)).toBe("online");
    metrics.staleServes = 2;
    expect(connectionOf(metrics.snapshot(), true)).toBe("stale");
    expect(connectionOf(metrics.snapshot(), false)).toBe("offline");
    // The last minute's failures win over "online": what the counter shows, the badge says.
    metrics.staleServes = 0;
    const now = 1_000_000;
    metrics.recent.record(false, now, new Error("down"));
    expect(connectionOf(metrics.snapshot(), true, metrics.recent.health(now))).toBe("offline");
    metrics.recent.record(true, now);
    expect(connectionOf(metrics.snapshot(), true, metrics.recent.health(now))).toBe("degraded");
    expect([formatBytes(12), formatBytes(2048), formatBytes(3 * 1024 * 1024)]).toEqual(["12 B", "2.0 kB", "3.0 MB"]);
  });
});
