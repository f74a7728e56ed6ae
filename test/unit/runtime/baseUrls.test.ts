import { PUBLIC_BASE_URLS, checkBaseUrls, resolveBaseUrls } from "../../../src/runtime/baseUrls";
import { readGlobalConfig } from "../../../src/runtime/globalConfig";
import { SETTINGS_STORAGE_KEY, readSettingsDocument } from "../../../src/runtime/settingsDocument";
import { resolveSetup } from "../../../src/runtime/setup";

const storageWith = (text: string | null) => ({
  getItem: (key: string) => (key === SETTINGS_STORAGE_KEY ? text : null),
});

describe("runtime base URLs", () => {
  it("defaults to the public services", () => {
    expect(resolveBaseUrls()).toEqual(PUBLIC_BASE_URLS);
    expect(PUBLIC_BASE_URLS).toEqual({
      klassBaseUrl: "https://data.ssb.no/api/klass/v1",
      brregBaseUrl: "https://data.brreg.no/enhetsregisteret/api",
    });
  });

  it("takes the taskpane's saved settings before the page global, per URL", () => {
    const saved = readSettingsDocument(
      storageWith(JSON.stringify({ klassBaseUrl: "https://proxy.example.no/klass/v1/" })),
    );
    const global = readGlobalConfig({
      KLASS_BRREG_CONFIG: { klassBaseUrl: "http://127.0.0.1:1/k", brregBaseUrl: "http://127.0.0.1:1/b" },
    });
    expect(resolveBaseUrls(saved.settings, global)).toEqual({
      klassBaseUrl: "https://proxy.example.no/klass/v1", // trailing slash removed
      brregBaseUrl: "http://127.0.0.1:1/b", // not in the settings: falls through to the global
    });
    expect(resolveSetup(saved, global)).toEqual({
      settings: { klassBaseUrl: "https://proxy.example.no/klass/v1" },
      baseUrls: { klassBaseUrl: "https://proxy.example.no/klass/v1", brregBaseUrl: "http://127.0.0.1:1/b" },
      problems: [],
    });
  });

  it("ignores unreadable settings and values that are not http(s) URLs", () => {
    expect(readSettingsDocument(storageWith("{not json")).settings).toEqual({});
    expect(readSettingsDocument(null)).toEqual({ settings: {}, problems: [] });
    expect(resolveBaseUrls({ klassBaseUrl: "javascript:alert(1)", brregBaseUrl: 42 })).toEqual(PUBLIC_BASE_URLS);
    expect(readGlobalConfig({ KLASS_BRREG_CONFIG: "nope" })).toBeUndefined();
  });

  it("refuses a base URL with a query or fragment, as createServices would (one check)", () => {
    expect(
      resolveBaseUrls({
        klassBaseUrl: "https://proxy.example.no/klass/v1?key=abc",
        brregBaseUrl: "https://proxy.example.no/brreg#x",
      }),
    ).toEqual(PUBLIC_BASE_URLS);
    expect(
      resolveBaseUrls({ klassBaseUrl: "https://x/?a=1" }, { klassBaseUrl: "http://127.0.0.1:1/k" }).klassBaseUrl,
    ).toBe("http://127.0.0.1:1/k");
  });

  it("reports a bad URL in the page's KLASS_BRREG_CONFIG, and falls through to the public services", () => {
    const global = readGlobalConfig({
      KLASS_BRREG_CONFIG: { klassBaseUrl: "ftp://x/klass", brregBaseUrl: "http://127.0.0.1:1/b" },
    });
    const setup = resolveSetup(readSettingsDocument(null), global);
    expect(setup.baseUrls).toEqual({
      klassBaseUrl: PUBLIC_BASE_URLS.klassBaseUrl,
      brregBaseUrl: "http://127.0.0.1:1/b",
    });
    expect(setup.problems).toEqual([
      expect.objectContaining({
        source: "global",
        key: "klassBaseUrl",
        reason: "not-http",
        value: "ftp://x/klass",
        message: expect.stringMatching(/KLASS_BRREG_CONFIG.*"klassBaseUrl" must use http or https/),
      }),
    ]);
    expect(checkBaseUrls("global", undefined)).toEqual({ urls: {}, problems: [] });
  });
});

describe("one place for the public base URLs", () => {
  it("PUBLIC_BASE_URLS are the core's defaults", async () => {
    const { DEFAULT_CONFIG } = await import("../../../src/core/config");
    expect(PUBLIC_BASE_URLS.klassBaseUrl).toBe(DEFAULT_CONFIG.klassBaseUrl);
    expect(PUBLIC_BASE_URLS.brregBaseUrl).toBe(DEFAULT_CONFIG.brregBaseUrl);
  });
});
