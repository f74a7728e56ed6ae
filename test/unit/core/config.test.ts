import { DEFAULT_CONFIG, resolveConfig } from "../../../src/core/config";

describe("resolveConfig", () => {
  it("fills every option from the exported defaults", () => {
    expect(resolveConfig()).toEqual(DEFAULT_CONFIG);
    expect(resolveConfig({ batchWindowMs: 5 })).toMatchObject({ batchWindowMs: 5, batchMaxKeys: 1000, timeoutMs: 15_000, concurrencyPerHost: 6 });
  });

  it("drops trailing slashes of base URLs", () => {
    expect(resolveConfig({ klassBaseUrl: "http://127.0.0.1:1234/api/klass/v1/" }).klassBaseUrl).toBe("http://127.0.0.1:1234/api/klass/v1");
  });

  it.each([
    [{ timeoutMs: 0 }, /"timeoutMs"/],
    [{ batchMaxKeys: 5000 }, /"batchMaxKeys".*1 to 2000/],
    [{ concurrencyPerHost: 1.5 }, /"concurrencyPerHost"/],
    [{ brregBaseUrl: "data.brreg.no" }, /"brregBaseUrl"/],
    [{ klassBaseUrl: "ftp://x" }, /"klassBaseUrl"/],
    [{ retryStatuses: [404] }, /"retryStatuses"/],
  ])("rejects %j naming the option", (options, message) => {
    expect(() => resolveConfig(options)).toThrow(message);
  });
});
