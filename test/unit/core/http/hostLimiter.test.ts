import { HostLimiter } from "../../../../src/core/http/hostLimiter";
import { settle } from "../../../support/fakeClock";

describe("HostLimiter: a jump takes a slot at once, past the limit and the queue", () => {
  it("granted while the host is full and others wait; the queue resumes only once the active count is below the limit", async () => {
    const limiter = new HostLimiter(1);
    const first = await limiter.acquire("h");
    const order: string[] = [];
    void limiter.acquire("h").then((release) => {
      order.push("queued");
      release();
    });
    const jumped = await limiter.acquire("h", undefined, true);
    order.push("jumped");
    expect(limiter.active("h")).toBe(2);
    first();
    await settle();
    // One slot, still held by the jump: the queued request waits for it.
    expect(order).toEqual(["jumped"]);
    jumped();
    await settle();
    expect(order).toEqual(["jumped", "queued"]);
    expect(limiter.active("h")).toBe(0);
  });
});
