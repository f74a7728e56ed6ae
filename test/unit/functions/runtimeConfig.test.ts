import {
  PUBLIC_BASE_URLS,
  SETTINGS_STORAGE_KEY,
  readGlobalConfig,
  readSavedSettings,
  resolveBaseUrls,
} from "../../../src/functions/shared/runtimeConfig";

const storageWith = (text: string | null) => ({ getItem: (key: string) => (key === SETTINGS_STORAGE_KEY ? text : null) });

describe("runtime base URLs", () => {
  it("defaults to the public services", () => {
    expect(resolveBaseUrls()).toEqual(PUBLIC_BASE_URLS);
    expect(PUBLIC_BASE_URLS).toEqual({
      klassBaseUrl: "https://data.ssb.no/api/klass/v1",
      brregBaseUrl: "https://data.brreg.no/enhetsregisteret/api",
    });
  });

  it("takes the taskpane's saved settings before the page global, per URL", () => {
    const saved = readSavedSettings(storageWith(JSON.stringify({ klassBaseUrl: "https://proxy.example.no/klass/v1/" })));
    const global = readGlobalConfig({ KLASS_BRREG_CONFIG: { klassBaseUrl: "http://127.0.0.1:1/k", brregBaseUrl: "http://127.0.0.1:1/b" } });
    expect(resolveBaseUrls(saved, global)).toEqual({
      klassBaseUrl: "https://proxy.example.no/klass/v1", // trailing slash removed
      brregBaseUrl: "http://127.0.0.1:1/b", // not in the settings: falls through to the global
    });
  });

  it("ignores unreadable settings and values that are not http(s) URLs", () => {
    expect(readSavedSettings(storageWith("{not json"))).toBeUndefined();
    expect(readSavedSettings(undefined)).toBeUndefined();
    expect(resolveBaseUrls({ klassBaseUrl: "javascript:alert(1)", brregBaseUrl: 42 })).toEqual(PUBLIC_BASE_URLS);
    expect(readGlobalConfig({ KLASS_BRREG_CONFIG: "nope" })).toBeUndefined();
  });
});

describe("one place for the public base URLs", () => {
  it("PUBLIC_BASE_URLS are the core's defaults", async () => {
    const { DEFAULT_CONFIG } = await import("../../../src/core/config");
    expect(PUBLIC_BASE_URLS.klassBaseUrl).toBe(DEFAULT_CONFIG.klassBaseUrl);
    expect(PUBLIC_BASE_URLS.brregBaseUrl).toBe(DEFAULT_CONFIG.brregBaseUrl);
  });
});
