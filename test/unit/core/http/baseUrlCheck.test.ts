import { BaseUrlCheck, VERDICT_TTL_MS } from "../../../../src/core/http/baseUrlCheck";
import { FetchHttpClient } from "../../../../src/core/http/httpClient";
import { isNotFoundError, isServiceUnavailableError } from "../../../../src/core/errors";
import { FakeClock } from "../../../support/fakeClock";
import { empty, fakeFetch, json, text, type Handler } from "../../../support/fakeFetch";

const BRREG = "https://data.brreg.no/enhetsregisteret/api";
const KLASS = "https://data.ssb.no/api/klass/v1";

function setup(handler: Handler, concurrencyPerHost = 6) {
  const fetch = fakeFetch(handler);
  const clock = new FakeClock();
  const http = new BaseUrlCheck(
    new FetchHttpClient({ fetch, clock, maxRetries: 0, concurrencyPerHost }),
    { klass: KLASS, brreg: BRREG },
    { clock },
  );
  const probes = () => fetch.calls.filter((c) => c.url.endsWith("?size=1")).length;
  return { http, fetch, probes, clock };
}

const htmlPage = (status: number) => text("<!DOCTYPE html><html><body>Not Found</body></html>", status, "text/html");

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

  it("a wrong-base verdict expires: after its lifetime the base is probed again and real 404s are #N/A again", async () => {
    let proxyBroken = true;
    const { http, probes, clock } = setup((url) =>
      url.endsWith("?size=1") ? (proxyBroken ? htmlPage(404) : json({ page: {} })) : empty(404),
    );
    const first = await rejection(http.getJson({ api: "brreg", url: `${BRREG}/enheter/1` }));
    expect((first as Error).message).toContain("does not answer as Enhetsregisteret");
    proxyBroken = false;
    clock.jump(VERDICT_TTL_MS - 1);
    expect(isServiceUnavailableError(await rejection(http.getJson({ api: "brreg", url: `${BRREG}/enheter/2` })))).toBe(
      true,
    );
    expect(probes()).toBe(1);
    clock.jump(1);
    expect(isNotFoundError(await rejection(http.getJson({ api: "brreg", url: `${BRREG}/enheter/3` })))).toBe(true);
    expect(probes()).toBe(2);
  });

  it("a confirmed base is confirmed again after the verdict's lifetime, and after an outage", async () => {
    let down = false;
    const { http, probes, clock } = setup((url) =>
      url.endsWith("?size=1") ? json({ page: {} }) : url.endsWith("/down") && down ? empty(503) : empty(404),
    );
    await rejection(http.getJson({ api: "brreg", url: `${BRREG}/enheter/1` }));
    await rejection(http.getJson({ api: "brreg", url: `${BRREG}/enheter/2` }));
    expect(probes()).toBe(1);
    clock.jump(VERDICT_TTL_MS);
    await rejection(http.getJson({ api: "brreg", url: `${BRREG}/enheter/3` }));
    expect(probes()).toBe(2);
    down = true;
    expect(isServiceUnavailableError(await rejection(http.getJson({ api: "brreg", url: `${BRREG}/down` })))).toBe(true);
    expect(isNotFoundError(await rejection(http.getJson({ api: "brreg", url: `${BRREG}/enheter/4` })))).toBe(true);
    expect(probes()).toBe(3);
  });

  it("the probe does not queue behind the look-ups it checks (one connection per host, the slot held)", async () => {
    const { http, probes } = setup((url) => {
      if (url.endsWith("?size=1")) return json({ page: {} });
      return url.endsWith("/enheter/1") ? empty(404) : "hang";
    }, 1);
    const notFound = rejection(http.getJson({ api: "brreg", url: `${BRREG}/enheter/1` }));
    // Queued behind the 404: these take the only slot as soon as it is free, and never answer.
    void rejection(http.getJson({ api: "brreg", url: `${BRREG}/enheter/2` }));
    void rejection(http.getJson({ api: "brreg", url: `${BRREG}/enheter/3` }));
    expect(isNotFoundError(await notFound)).toBe(true);
    expect(probes()).toBe(1);
  });

  it("an HTML 404 is an outage without a probe, for a confirmed base too; it never reads as not found", async () => {
    const { http, probes } = setup((url) =>
      url.endsWith("?size=1") ? json({ page: {} }) : url.endsWith("/roller") ? htmlPage(404) : empty(404),
    );
    expect(isNotFoundError(await rejection(http.getJson({ api: "brreg", url: `${BRREG}/enheter/1` })))).toBe(true);
    const roles = await rejection(http.getJson({ api: "brreg", url: `${BRREG}/enheter/1/roller` }));
    expect(isServiceUnavailableError(roles)).toBe(true);
    expect((roles as Error).message).toContain("without Enhetsregisteret's empty body");
    expect(probes()).toBe(1);
  });
});
