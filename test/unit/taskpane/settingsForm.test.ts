import { translator } from "../../../src/core/i18n";
import { parseSettingsDocument } from "../../../src/runtime/settingsDocument";
import { checkUrlForm, initialUrlForm, urlErrorText } from "../../../src/taskpane/views/settings/settingsForm";
import { problemText } from "../../../src/taskpane/views/shared/SettingsProblems";

describe("Settings form: base URLs through the core's check", () => {
  it("refuses a URL with a query string (what createServices would refuse)", () => {
    expect(checkUrlForm({ klassBaseUrl: "https://proxy.example.no/klass/v1?key=abc", brregBaseUrl: "" })).toEqual({
      ok: false,
      errors: { klassBaseUrl: "query-or-fragment" },
    });
    expect(checkUrlForm({ klassBaseUrl: "", brregBaseUrl: "proxy.example.no" })).toEqual({
      ok: false,
      errors: { brregBaseUrl: "not-a-url" },
    });
  });

  it("saves good URLs normalised, and an empty field as the default", () => {
    expect(checkUrlForm({ klassBaseUrl: " https://proxy.example.no/klass/v1/ ", brregBaseUrl: "  " })).toEqual({
      ok: true,
      patch: { klassBaseUrl: "https://proxy.example.no/klass/v1", brregBaseUrl: undefined },
    });
  });

  it("starts from the saved values, with a refused saved URL shown for correction", () => {
    const read = parseSettingsDocument(
      JSON.stringify({ klassBaseUrl: "https://x/?a=1", brregBaseUrl: "https://proxy.example.no/brreg" }),
    );
    expect(initialUrlForm(read.settings, read.problems)).toEqual({
      values: { klassBaseUrl: "https://x/?a=1", brregBaseUrl: "https://proxy.example.no/brreg" },
      errors: { klassBaseUrl: "query-or-fragment" },
    });
  });

  it("says why in the pane's language, bokmål and English", () => {
    expect(urlErrorText("query-or-fragment", translator("nb"))).toMatch(/spørring/);
    expect(urlErrorText("query-or-fragment", translator("en"))).toMatch(/query/);
    const [problem] = parseSettingsDocument(JSON.stringify({ klassBaseUrl: "https://x/?a=1" })).problems;
    expect(problemText(problem!, translator("nb"))).toBe(
      "Basis-URL for KLASS: «https://x/?a=1». En basis-URL kan ikke ha spørring (?…) eller fragment (#…): oppgi bare adressen til API-et.",
    );
    expect(problemText(parseSettingsDocument("{not json").problems[0]!, translator("en"))).toBe(
      "The saved settings could not be read (not valid JSON).",
    );
  });
});
