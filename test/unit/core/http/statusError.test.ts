import { statusError } from "../../../../src/core/http/statusError";

const BRREG_UNIT = "https://data.brreg.no/enhetsregisteret/api/enheter/914778271";
const KLASS_CODES = "https://data.ssb.no/api/klass/v1/classifications/99999";
const HTML = "<!DOCTYPE html><html><head><title>404 Not Found</title></head><body>Not Found</body></html>";
const PROBLEM = JSON.stringify({ type: "about:blank", title: "Not Found", status: 404, detail: "no such id" });

const kindOf = (api: "klass" | "brreg", url: string, text: string, type: string | null) =>
  statusError(api, url, 404, text, type, [], undefined).error.kind;

describe("statusError: a 404 is not found only in the API's own not-found form", () => {
  it("Enhetsregisteret: an empty 404 is not found; an HTML page, JSON or text is an outage", () => {
    expect(kindOf("brreg", BRREG_UNIT, "", null)).toBe("not-found");
    expect(kindOf("brreg", BRREG_UNIT, "  \n", "application/json")).toBe("not-found");
    expect(kindOf("brreg", BRREG_UNIT, HTML, "text/html")).toBe("service-unavailable");
    expect(kindOf("brreg", BRREG_UNIT, HTML, null)).toBe("service-unavailable");
    expect(kindOf("brreg", BRREG_UNIT, '{"message":"no route"}', "application/json")).toBe("service-unavailable");
    expect(kindOf("brreg", BRREG_UNIT, "Not Found", "text/plain")).toBe("service-unavailable");
  });

  it("KLASS: a problem+json 404 is not found; an HTML page or an empty 404 is an outage", () => {
    expect(kindOf("klass", KLASS_CODES, PROBLEM, "application/problem+json")).toBe("not-found");
    expect(kindOf("klass", KLASS_CODES, PROBLEM, "application/json")).toBe("not-found");
    expect(kindOf("klass", KLASS_CODES, HTML, "text/html")).toBe("service-unavailable");
    expect(kindOf("klass", KLASS_CODES, "", null)).toBe("service-unavailable");
  });

  it("the outage says what came back and where to look, and is not retried", () => {
    const failed = statusError("brreg", BRREG_UNIT, 404, HTML, "text/html", [503], undefined);
    expect(failed.retryable).toBe(false);
    expect(failed.error.message).toBe(
      "answered 404 without Enhetsregisteret's empty body: check the base URL in Settings",
    );
    expect(failed.error.status).toBe(404);
  });
});
