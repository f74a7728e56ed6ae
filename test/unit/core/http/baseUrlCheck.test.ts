import { BaseUrlCheck } from "../../../../src/core/http/baseUrlCheck";
import { FetchHttpClient } from "../../../../src/core/http/httpClient";
import { isNotFoundError, isServiceUnavailableError } from "../../../../src/core/errors";
import { FakeClock } from "../../../support/fakeClock";
import { empty, fakeFetch, json, type Handler } from "../../../support/fakeFetch";

const BRREG = "https://data.brreg.no/enhetsregisteret/api";
const KLASS = "https://data.ssb.no/api/klass/v1";

function setup(handler: Handler) {
  const fetch = fakeFetch(handler);
  const http = new BaseUrlCheck(new FetchHttpClient({ fetch, clock: new FakeClock(), maxRetries: 0 }), {
    klass: KLASS,
    brreg: BRREG,
  });
  const probes = () => fetch.calls.filter((c) => c.url.endsWith("?size=1")).length;
  return { http, fetch, probes };
}

const rejection = (p: Promise<unknown>) =>
  p.then(
    () => new Error("resolved"),
    (e: unknown) => e,
  );

describe("BaseUrlCheck", () => {
  it("a base URL that answers as the API: 404s stay NotFoundError, after one probe per instance", async () => {
    const { http, probes } = setup((url) =>
      url === `${BRREG}/enheter?size=1` ? json({ _embedded: { enheter: [] }, page: {} }) : empty(404),
    );
    for (const n of ["1", "2", "3"])
      expect(isNotFoundError(await rejection(http.getJson({ api: "brreg", url: `${BRREG}/enheter/${n}` })))).toBe(true);
    expect(probes()).toBe(1);
  });

  it("a base URL that does not: every 404 is an outage naming the base URL", async () => {
    const { http, probes } = setup(() => empty(404));
    const error = await rejection(http.getJson({ api: "brreg", url: `${BRREG}/enheter/1` }));
    expect(isServiceUnavailableError(error)).toBe(true);
    expect((error as Error).message).toBe(`the base URL ${BRREG} does not answer as Enhetsregisteret; check Settings`);
    await rejection(http.getJson({ api: "brreg", url: `${BRREG}/enheter/2` }));
    expect(probes()).toBe(1);
  });

  it("an outage during the probe is no verdict: the 404 is reported as unavailable and the next one probes again", async () => {
    let down = true;
    const { http, probes } = setup((url) =>
      url.endsWith("?size=1") ? (down ? empty(503) : json({ page: {} })) : empty(404),
    );
    expect(isServiceUnavailableError(await rejection(http.getJson({ api: "brreg", url: `${BRREG}/enheter/1` })))).toBe(
      true,
    );
    down = false;
    expect(isNotFoundError(await rejection(http.getJson({ api: "brreg", url: `${BRREG}/enheter/1` })))).toBe(true);
    expect(probes()).toBe(2);
  });
});
