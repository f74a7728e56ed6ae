import { Metrics } from "../../../src/core/metrics";
import { connectionOf, formatBytes } from "../../../src/taskpane/views/settings/useSettings";

describe("Settings view helpers: connection state and byte sizes", () => {
  it("reads the connection state from the metrics", () => {
    const metrics = new Metrics();
    expect(connectionOf(metrics.snapshot(), true)).toBe("online");
    metrics.staleServes = 2;
    expect(connectionOf(metrics.snapshot(), true)).toBe("stale");
    expect(connectionOf(metrics.snapshot(), false)).toBe("offline");
    expect([formatBytes(12), formatBytes(2048), formatBytes(3 * 1024 * 1024)]).toEqual(["12 B", "2.0 kB", "3.0 MB"]);
  });
});
