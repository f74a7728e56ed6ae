import * as config from "../../../src/core/config";
import { checkBaseUrl, DEFAULT_CONFIG, resolveConfig } from "../../../src/core/config";
import { createServices } from "../../../src/core/services";
import { createMemoryStore } from "../../../src/core/store/memoryStore";

describe("resolveConfig", () => {
  it("fills every option from the exported defaults", () => {
    expect(resolveConfig()).toEqual(DEFAULT_CONFIG);
    expect(resolveConfig({ batchWindowMs: 5 })).toMatchObject({
      batchWindowMs: 5,
      batchMaxKeys: 1000,
      timeoutMs: 15_000,
      concurrencyPerHost: 6,
    });
  });

  it("drops trailing slashes of base URLs", () => {
    expect(resolveConfig({ klassBaseUrl: "http://127.0.0.1:1234/api/klass/v1/" }).klassBaseUrl).toBe(
      "http://127.0.0.1:1234/api/klass/v1",
    );
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

describe("checkBaseUrl (the one base-URL check)", () => {
  it("accepts absolute http(s) URLs, trimmed and without trailing slashes", () => {
    expect(checkBaseUrl("klassBaseUrl", "https://proxy.example.no/klass/v1/")).toEqual({
      ok: true,
      url: "https://proxy.example.no/klass/v1",
    });
    expect(checkBaseUrl("brregBaseUrl", "  http://127.0.0.1:8080/brreg  ")).toEqual({
      ok: true,
      url: "http://127.0.0.1:8080/brreg",
    });
  });

  it.each([
    [
      "https://proxy.example.no/klass/v1?key=abc",
      "query-or-fragment",
      /"klassBaseUrl" must not carry a query or fragment; got "https:\/\/proxy\.example\.no\/klass\/v1\?key=abc"/,
    ],
    ["https://proxy.example.no/klass/v1#top", "query-or-fragment", /must not carry a query or fragment/],
    ["https://proxy.example.no/klass/v1?", "query-or-fragment", /must not carry a query or fragment/],
    ["ftp://x", "not-http", /"klassBaseUrl" must use http or https/],
    ["javascript:alert(1)", "not-http", /must use http or https/],
    ["data.ssb.no/api/klass/v1", "not-a-url", /"klassBaseUrl" must be an absolute http\(s\) URL/],
    ["", "not-a-url", /absolute/],
    [42, "not-a-url", /got 42\./],
    [undefined, "not-a-url", /got undefined\./],
  ])("refuses %j (%s) with a message naming the option", (value, problem, message) => {
    const checked = checkBaseUrl("klassBaseUrl", value);
    expect(checked).toMatchObject({ ok: false, problem });
    expect(checked.ok ? "" : checked.message).toMatch(message);
  });

  it("is what resolveConfig applies: the same message, thrown", () => {
    const value = "https://proxy.example.no/klass/v1?key=abc";
    const checked = checkBaseUrl("klassBaseUrl", value);
    expect(() => resolveConfig({ klassBaseUrl: value })).toThrow(checked.ok ? "unreachable" : checked.message);
    expect(resolveConfig({ brregBaseUrl: "https://proxy.example.no/brreg/" }).brregBaseUrl).toBe(
      "https://proxy.example.no/brreg",
    );
  });
});

describe("options are resolved once per services instance", () => {
  afterEach(() => jest.restoreAllMocks());

  it("createServices resolves its options once; its parts take the resolved config as it is", async () => {
    const resolve = jest.spyOn(config, "resolveConfig");
    const fetch = (() => Promise.reject(new Error("no network in this test"))) as unknown as typeof globalThis.fetch;
    const services = createServices({ fetch, store: createMemoryStore(), batchWindowMs: 7 });
    expect(resolve).toHaveBeenCalledTimes(1);
    expect(services.config.batchWindowMs).toBe(7);
    await services.close();
  });

  it("configOf resolves anything that is not a config resolveConfig returned", () => {
    const resolved = config.resolveConfig({ timeoutMs: 5 });
    expect(config.configOf({ config: resolved, timeoutMs: 9 })).toBe(resolved);
    const forged = { ...resolved, timeoutMs: 0 };
    expect(() => config.configOf({ config: forged, timeoutMs: 0 })).toThrow(/"timeoutMs"/);
    expect(config.configOf({ timeoutMs: 9 }).timeoutMs).toBe(9);
  });
});
