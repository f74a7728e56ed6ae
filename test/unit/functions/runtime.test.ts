import { getServices, reconfigureServices, setServicesForTesting } from "../../../src/functions/shared/runtime";
import { isCancelledError } from "../../../src/core/errors";

afterEach(() => setServicesForTesting(undefined));

describe("functions runtime services", () => {
  it("reconfigureServices() disposes the old instance: its in-flight look-ups settle as cancelled", async () => {
    const hanging = (() => new Promise<Response>(() => undefined)) as unknown as typeof fetch;
    const saved = globalThis.fetch;
    globalThis.fetch = hanging;
    try {
      const old = getServices();
      const pending = Promise.resolve(old.brreg.roller("923609016")).catch((e: unknown) => e);
      const next = reconfigureServices();
      expect(next).not.toBe(old);
      expect(getServices()).toBe(next);
      expect(isCancelledError(await pending)).toBe(true);
      await next.close();
    } finally {
      globalThis.fetch = saved;
    }
  });
});
