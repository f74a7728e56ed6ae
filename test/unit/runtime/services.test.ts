import { getServices, reconfigureServices, setServicesForTesting } from "../../../src/runtime/services";
import { isCancelledError } from "../../../src/core/errors";

afterEach(() => setServicesForTesting(undefined));

describe("the runtime services (functions and taskpane)", () => {
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

describe("a bad saved setting does not brick the runtime", () => {
  const saved = Object.getOwnPropertyDescriptor(globalThis, "localStorage");
  afterEach(() => {
    if (saved) Object.defineProperty(globalThis, "localStorage", saved);
    else delete (globalThis as { localStorage?: unknown }).localStorage;
    jest.restoreAllMocks();
  });

  function storeSettings(text: string): void {
    const map = new Map([["klass-brreg.settings", text]]);
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    };
    Object.defineProperty(globalThis, "localStorage", { value: storage, configurable: true, writable: true });
  }

  it("a saved base URL with a query string: the services are built on the default, and the console is told once", async () => {
    storeSettings(
      JSON.stringify({
        klassBaseUrl: "https://proxy.example.no/klass/v1?key=abc",
        brregBaseUrl: "https://proxy.example.no/brreg/api",
      }),
    );
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const first = getServices();
    expect(first.config.klassBaseUrl).toBe("https://data.ssb.no/api/klass/v1");
    expect(first.config.brregBaseUrl).toBe("https://proxy.example.no/brreg/api");
    const second = reconfigureServices();
    expect(second.config.klassBaseUrl).toBe("https://data.ssb.no/api/klass/v1");
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(
      /"klassBaseUrl" must not carry a query or fragment.*default is used/,
    );
    await first.close();
    await second.close();
  });

  it("a saved document that is not JSON: the defaults", async () => {
    storeSettings("{not json");
    jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const services = getServices();
    expect(services.config.klassBaseUrl).toBe("https://data.ssb.no/api/klass/v1");
    expect(services.config.brregBaseUrl).toBe("https://data.brreg.no/enhetsregisteret/api");
    await services.close();
  });
});
