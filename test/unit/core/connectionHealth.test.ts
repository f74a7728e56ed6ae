import { RecentOutcomes } from "../../../src/core/connectionHealth";
import { ServiceUnavailableError } from "../../../src/core/errors";

describe("connection health over the last minute", () => {
  it("is online without outages, degraded with some, offline with only outages, and forgets after a minute", () => {
    const recent = new RecentOutcomes();
    recent.record(true, 1_000);
    expect(recent.health(2_000)).toEqual({ state: "online", failures: 0, successes: 1 });
    const down = new ServiceUnavailableError("HTTP 503", { api: "brreg" });
    recent.record(false, 3_000, down);
    expect(recent.health(4_000)).toMatchObject({ state: "degraded", failures: 1, lastError: down });
    // A minute after the success, only the outage is left.
    expect(recent.health(61_500)).toMatchObject({ state: "offline", failures: 1, successes: 0 });
    expect(recent.health(70_000)).toEqual({ state: "online", failures: 0, successes: 0 });
  });
});
