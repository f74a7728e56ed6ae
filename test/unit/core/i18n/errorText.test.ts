import {
  InvalidInputError,
  NotFoundError,
  OfflineError,
  ServiceUnavailableError,
  TimeoutError,
} from "../../../../src/core/errors";
import { statusError } from "../../../../src/core/http/statusError";
import { parseFilters } from "../../../../src/core/brreg/filters";
import { describeError, fieldLabel, plural, translator } from "../../../../src/core/i18n";

const nb = translator("nb");
const en = translator("en");

describe("describeError: core errors in the user's language", () => {
  it("renders a 503 from the HTTP layer as the service, the status and the next step; the API text is the detail", () => {
    const { error } = statusError(
      "klass",
      "https://x/classifications",
      503,
      "Service Unavailable",
      "text/plain",
      [],
      0,
    );
    expect(describeError(error, nb)).toEqual({
      text: "KLASS svarer ikke (503). Prøv igjen om litt, eller sjekk basis-URL under Innstillinger.",
      detail: "HTTP 503: Service Unavailable",
    });
    expect(describeError(error, en).text).toBe(
      "KLASS is not responding (503). Try again in a little while, or check the base URL under Settings.",
    );
  });

  it("names the classification KLASS does not have (a 404 on /classifications/{id})", () => {
    const body = JSON.stringify({
      status: 404,
      title: "Not Found",
      detail: "Classification not found with id = 99999",
    });
    const { error } = statusError(
      "klass",
      "https://x/classifications/99999?includeFuture=true",
      404,
      body,
      "application/json",
      [],
      0,
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(describeError(error, nb)).toEqual({
      text: "KLASS har ingen klassifikasjon med nummer 99999. Søk etter den og åpne den fra trefflisten.",
      detail: "Classification not found with id = 99999",
    });
  });

  it("says what a search filter takes, with the form's label for it", () => {
    let thrown: unknown;
    try {
      parseFilters([["fraAntallAnsatte", "mange"]], "enheter");
    } catch (error) {
      thrown = error;
    }
    expect(describeError(thrown, nb, (name) => (name === "fraAntallAnsatte" ? "Ansatte fra" : name)).text).toBe(
      "Enhetsregisteret: feltet «Ansatte fra» må være 0, 1 eller et tall over 4. Rett feltet og søk igjen.",
    );
  });

  it("falls back on the error's kind when it has no code, keeping its message as the detail", () => {
    expect(describeError(new TimeoutError("no answer", { api: "brreg" }), nb)).toEqual({
      text: "Enhetsregisteret svarte ikke i tide. Prøv igjen om litt.",
      detail: "no answer",
    });
    expect(describeError(new InvalidInputError("bad", {}), nb).text).toBe(
      "Klass & Brreg: en verdi er ikke gyldig. Rett den og prøv igjen.",
    );
  });

  it("names the host it could not reach, and calls anything else a fault of the add-in", () => {
    const offline = new OfflineError("could not reach h:1", { api: "klass", code: "offline", params: { host: "h:1" } });
    expect(describeError(offline, nb).text).toMatch(/^Får ikke kontakt med KLASS \(h:1\)\./);
    expect(describeError(new TypeError("x is undefined"), nb)).toEqual({
      text: expect.stringMatching(/^Noe gikk galt inne i Klass & Brreg/),
      detail: "x is undefined",
    });
    expect(describeError(new ServiceUnavailableError("busy", { api: "brreg", code: "busy" }), en).text).toMatch(
      /^Enhetsregisteret is busy/,
    );
  });
});

describe("plural and fieldLabel", () => {
  it("writes 1 in the singular and other counts in the plural, with nb number formats", () => {
    expect(plural(nb, "brreg.count", 1)).toBe("1 enhet passer.");
    expect(plural(nb, "brreg.count", 2500)).toBe("2\u00a0500 enheter passer.");
    expect(plural(nb, "common.rows", 1)).toBe("1 rad");
    expect(plural(en, "klass.results", 1)).toBe("1 hit");
  });

  it("gives API field names a label people read, never camelCase or dotted paths", () => {
    expect(fieldLabel("forretningsadresse.kommunenummer", "nb")).toBe("Kommunenummer (forretningsadresse)");
    expect(fieldLabel("parentCode", "nb")).toBe("Overordnet kode");
    expect(fieldLabel("registreringsdatoForetaksregisteret", "nb")).toBe("Registreringsdato foretaksregisteret");
    expect(fieldLabel("kapital.antallAksjer", "en")).toBe("Antall aksjer (kapital)");
  });
});
