import { NotFoundError, ServiceUnavailableError } from "../../../../src/core/errors";
import { answer } from "../../../../src/functions/shared/answer";

describe("answer", () => {
  afterEach(() => jest.useRealTimers());

  it("returns a ready value synchronously (no promise on the cached path)", () => {
    const result = answer(() => "Oslo");
    expect(result).toBe("Oslo");
  });

  it("throws a cell error synchronously when computing throws", () => {
    expect(() =>
      answer(() => {
        throw new NotFoundError("0101 is not in 131 at 2024-01-01");
      }),
    ).toThrow(expect.objectContaining({ code: "#N/A" }));
  });

  it("rejects with a mapped cell error when the promise rejects", async () => {
    await expect(
      answer(() => Promise.reject(new ServiceUnavailableError("HTTP 502", { api: "klass" }))),
    ).rejects.toMatchObject({
      code: "#VALUE!",
      message: "KLASS unavailable: HTTP 502",
    });
  });

  it("settles a promise that never settles at the deadline, so the cell leaves #BUSY!", async () => {
    jest.useFakeTimers();
    const pending = answer(() => new Promise<string>(() => undefined), 1000);
    const outcome = expect(pending).rejects.toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("no answer within 1 s"),
    });
    jest.advanceTimersByTime(1000);
    await outcome;
  });

  it("clears its timer when the answer arrives in time", async () => {
    jest.useFakeTimers();
    const pending = answer(() => Promise.resolve(42), 1000);
    await expect(pending).resolves.toBe(42);
    expect(jest.getTimerCount()).toBe(0);
  });
});

describe("answer: injected clock", () => {
  it("runs the cell deadline on the clock it is given (no global timers)", async () => {
    const { FakeClock } = await import("../../../support/fakeClock");
    const clock = new FakeClock();
    const pending = answer(() => new Promise<string>(() => undefined), 5_000, clock);
    const outcome = expect(pending).rejects.toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("no answer within 5 s"),
    });
    expect(clock.pendingTimers).toBe(1);
    await clock.advance(5_000);
    await outcome;
    expect(clock.pendingTimers).toBe(0);
  });
});

describe("answer: one deadline timer for many pending cells", () => {
  afterEach(() => jest.useRealTimers());

  it("keeps one timer for a burst, fires each cell's deadline, and none once all have settled", async () => {
    jest.useFakeTimers();
    const never = Array.from({ length: 1000 }, () => answer(() => new Promise<string>(() => undefined), 2000));
    let finish!: (v: string) => void;
    const settles = answer(() => new Promise<string>((resolve) => (finish = resolve)), 2000);
    expect(jest.getTimerCount()).toBe(1);
    finish("Oslo");
    await expect(settles).resolves.toBe("Oslo");
    const outcomes = Promise.allSettled(never);
    jest.advanceTimersByTime(2000);
    const results = await outcomes;
    expect(results.every((r) => r.status === "rejected" && (r.reason as { code: string }).code === "#VALUE!")).toBe(
      true,
    );
    expect(jest.getTimerCount()).toBe(0);
  });

  it("a cell added later gets its own full deadline", async () => {
    jest.useFakeTimers();
    const first = answer(() => new Promise<string>(() => undefined), 2000);
    const firstDone = expect(first).rejects.toMatchObject({ code: "#VALUE!" });
    jest.advanceTimersByTime(1500);
    let secondSettled = false;
    const second = answer(() => new Promise<string>(() => undefined), 2000) as Promise<string>;
    second.then(undefined, () => (secondSettled = true));
    jest.advanceTimersByTime(500); // first's deadline
    await firstDone;
    await Promise.resolve();
    expect(secondSettled).toBe(false);
    jest.advanceTimersByTime(1500); // second's deadline
    await expect(second).rejects.toMatchObject({ code: "#VALUE!" });
  });
});
