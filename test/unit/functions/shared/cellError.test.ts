import {
  InvalidInputError,
  NotFoundError,
  OfflineError,
  RemovedError,
  ServiceUnavailableError,
  TimeoutError,
  CancelledError,
} from "../../../../src/core/errors";
import { cellError, isCellError, toCellError } from "../../../../src/functions/shared/cellError";
import { setCellLanguage } from "../../../../src/runtime/cellLanguage";

describe("toCellError", () => {
  it("maps malformed input to #VALUE! with the message", () => {
    expect(toCellError(new InvalidInputError("Date 2024-13-01 is not a date; write 2024-01-31"))).toMatchObject({
      code: "#VALUE!",
      message: "Date 2024-13-01 is not a date; write 2024-01-31",
    });
  });

  it("maps a missing key and a removed unit to #N/A", () => {
    expect(toCellError(new NotFoundError("0101 is not in 131 at 2024-01-01", { api: "klass" }))).toMatchObject({
      code: "#N/A",
    });
    expect(toCellError(new RemovedError("removed from Enhetsregisteret", { api: "brreg" }))).toMatchObject({
      code: "#N/A",
    });
  });

  it("never maps a service failure to #N/A, and names the service", () => {
    for (const error of [
      new ServiceUnavailableError("HTTP 503", { api: "klass" }),
      new TimeoutError("no answer in 15 s", { api: "brreg" }),
      new OfflineError("connection refused", { api: "klass" }),
    ]) {
      const cell = toCellError(error);
      expect(cell.code).toBe("#VALUE!");
    }
    expect(toCellError(new ServiceUnavailableError("HTTP 503", { api: "klass" })).message).toBe(
      "KLASS unavailable: HTTP 503",
    );
    expect(toCellError(new TimeoutError("no answer in 15 s", { api: "brreg" })).message).toBe(
      "Enhetsregisteret unavailable: no answer in 15 s",
    );
  });

  it("reports bugs as internal errors rather than as missing keys", () => {
    expect(toCellError(new TypeError("x is undefined"))).toMatchObject({
      code: "#VALUE!",
      message: "Internal error in Klass & Brreg: x is undefined",
    });
    expect(toCellError(new CancelledError("stop"))).toMatchObject({ code: "#VALUE!" });
  });

  it("recognises errors across realms by kind, and passes cell errors through", () => {
    const foreign = Object.assign(new Error("gone"), { name: "NotFoundError", kind: "not-found", api: "brreg" });
    expect(toCellError(foreign).code).toBe("#N/A");
    const already = cellError("#N/A", "x");
    expect(toCellError(already)).toBe(already);
    expect(isCellError({ code: "#DIV/0!" })).toBe(false);
  });

  it("truncates very long messages", () => {
    expect(toCellError(new InvalidInputError("x".repeat(1000))).message!.length).toBeLessThanOrEqual(255);
  });

  it("uses Excel's CustomFunctions.Error when the runtime provides it", () => {
    class FakeError {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    }
    const g = globalThis as { CustomFunctions?: unknown };
    g.CustomFunctions = { Error: FakeError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } };
    try {
      const cell = toCellError(new NotFoundError("nope"));
      expect(cell).toBeInstanceOf(FakeError);
      expect(cell).toMatchObject({ code: "#N/A", message: "nope" });
    } finally {
      delete g.CustomFunctions;
    }
  });
});

describe("service names come from one map", () => {
  it("outage messages use SERVICE_NAMES from core/errors", async () => {
    const { SERVICE_NAMES, ServiceUnavailableError } = await import("../../../../src/core/errors");
    const { toCellError } = await import("../../../../src/functions/shared/cellError");
    expect(toCellError(new ServiceUnavailableError("HTTP 502", { api: "brreg" })).message).toBe(
      `${SERVICE_NAMES.brreg} unavailable: HTTP 502`,
    );
  });
});

describe("toCellError in Norwegian Office (runtime's cellLanguage)", () => {
  afterEach(() => setCellLanguage(undefined));

  it("writes the Norwegian sentence, naming the service, with the technical message after it", () => {
    setCellLanguage("nb-NO");
    const outage = new ServiceUnavailableError("HTTP 503", {
      api: "klass",
      code: "service-unavailable",
      params: { status: "503" },
    });
    expect(toCellError(outage)).toMatchObject({
      code: "#VALUE!",
      message: "KLASS svarer ikke (503). Prøv igjen om litt, eller sjekk basis-URL under Innstillinger. (HTTP 503)",
    });
    expect(toCellError(new NotFoundError("0101 is not in 131 at 2024-01-01", { api: "klass" }))).toMatchObject({
      code: "#N/A",
      message: "KLASS har ingen slik oppføring. (0101 is not in 131 at 2024-01-01)",
    });
  });

  it("keeps the English messages in English Office", () => {
    setCellLanguage("en-GB");
    expect(toCellError(new ServiceUnavailableError("HTTP 503", { api: "klass" })).message).toBe(
      "KLASS unavailable: HTTP 503",
    );
  });
});
