/** mutate(): KLASS lastModified/changedSince, Brreg oppdateringer and the answers that follow. */
import { startReplica, type Replica } from "../../../replica";

let replica: Replica;
beforeAll(async () => {
  replica = await startReplica({ seed: 5, enheter: 500, underenheter: 200 });
});
afterAll(() => replica.close());

type Feed = {
  _embedded?: {
    oppdaterteEnheter: Array<{
      oppdateringsid: number;
      dato: string;
      organisasjonsnummer: string;
      endringstype: string;
      _links: { enhet: { href: string } };
    }>;
  };
  page: { totalElements: number };
};
const brreg = (path: string): Promise<Response> => fetch(`${replica.brregBaseUrl}${path}`);
const klass = (path: string): Promise<Response> =>
  fetch(`${replica.klassBaseUrl}${path}`, { headers: { Accept: "application/json" } });

/** The newest oppdateringsid so far (ids, not clock times: mutations can share a millisecond). */
async function lastId(): Promise<number> {
  const body = (await (await brreg("/oppdateringer/enheter?sort=id,DESC&size=1")).json()) as Feed;
  return body._embedded?.oppdaterteEnheter[0]?.oppdateringsid ?? 0;
}

async function feedAfter(id: number): Promise<Feed> {
  return (await (await brreg(`/oppdateringer/enheter?oppdateringsid=${id + 1}&size=100`)).json()) as Feed;
}

test("klass-rename bumps lastModified so changedSince finds the classification", async () => {
  const before = new Date(Date.now() - 1000).toISOString().replace("Z", "+0000");
  const listed = async (): Promise<number[]> => {
    const body = (await (await klass(`/classifications?changedSince=${encodeURIComponent(before)}`)).json()) as {
      _embedded?: { classifications: Array<{ id: number }> };
    };
    return (body._embedded?.classifications ?? []).map((c) => c.id);
  };
  expect(await listed()).toEqual([]);
  replica.mutate({
    kind: "klass-rename",
    classificationId: 131,
    code: "3101",
    name: "Halden (renamed)",
    versionValidFrom: "2024-01-01",
  });
  expect(await listed()).toEqual([131]);
  const codes = (await (await klass("/classifications/131/codesAt?date=2025-01-01&selectCodes=3101")).json()) as {
    codes: Array<{ name: string }>;
  };
  expect(codes.codes[0]?.name).toBe("Halden (renamed)");
  const c = (await (await klass("/classifications/131?includeFuture=true")).json()) as {
    lastModified: string;
    versions: Array<{ validFrom: string; validTo?: string; lastModified: string }>;
  };
  const after = (stamp: string) => Date.parse(stamp.replace("+0000", "Z")) > Date.parse(before.replace("+0000", "Z"));
  expect(after(c.lastModified)).toBe(true);
  // The version renamed in carries the new lastModified too, the others keep theirs (revalidation
  // refetches only the code lists of versions whose lastModified moved).
  const touched = c.versions.filter((v) => after(v.lastModified)).map((v) => v.validFrom);
  expect(touched).toHaveLength(1);
  expect(touched[0]! <= "2024-01-01").toBe(true);
  expect(c.versions.length).toBeGreaterThan(1);
  const bad = await klass("/classifications?changedSince=yesterday");
  expect(bad.status).toBe(400);
});

test("brreg-unit patches fields and records an Endring", async () => {
  const nr = replica.data.orgnr.activeEnheter[10] ?? "";
  const t0 = await lastId();
  const since = new Date().toISOString();
  replica.mutate({ kind: "brreg-unit", orgnr: nr, patch: { navn: "NYTT NAVN AS", hjemmeside: "www.nytt.no" } });
  const unit = (await (await brreg(`/enheter/${nr}`)).json()) as { navn: string; hjemmeside: string };
  expect(unit).toMatchObject({ navn: "NYTT NAVN AS", hjemmeside: "www.nytt.no" });
  const feed = await feedAfter(t0);
  const last = feed._embedded?.oppdaterteEnheter.at(-1);
  expect((last?.dato ?? "") >= since).toBe(true);
  const byDate = (await (await brreg(`/oppdateringer/enheter?dato=${encodeURIComponent(since)}`)).json()) as Feed;
  expect(byDate._embedded?.oppdaterteEnheter.map((o) => o.organisasjonsnummer)).toContain(nr);
  expect(last).toMatchObject({ organisasjonsnummer: nr, endringstype: "Endring" });
  expect(Object.keys(last ?? {})).toEqual(["oppdateringsid", "dato", "organisasjonsnummer", "endringstype", "_links"]);
  expect(last?._links.enhet.href).toBe(`${replica.brregBaseUrl}/enheter/${nr}`);
  expect(
    ((await (await brreg("/enheter?navn=NYTT NAVN")).json()) as { page: { totalElements: number } }).page.totalElements,
  ).toBe(1);
});

test("brreg-delete: Sletting, then 200 with the deleted shape and out of search", async () => {
  const nr = replica.data.orgnr.activeEnheter[20] ?? "";
  const t0 = await lastId();
  replica.mutate({ kind: "brreg-delete", orgnr: nr, slettedato: "2026-11-01" });
  const res = await brreg(`/enheter/${nr}`);
  expect(res.status).toBe(200);
  expect(await res.json()).toMatchObject({ organisasjonsnummer: nr, slettedato: "2026-11-01" });
  expect(
    ((await (await brreg(`/enheter?organisasjonsnummer=${nr}`)).json()) as { page: { totalElements: number } }).page
      .totalElements,
  ).toBe(0);
  expect((await feedAfter(t0))._embedded?.oppdaterteEnheter.map((o) => o.endringstype)).toEqual(["Sletting"]);
});

test("brreg-remove: Fjernet, then 410", async () => {
  const nr = replica.data.orgnr.activeEnheter[30] ?? "";
  const t0 = await lastId();
  replica.mutate({ kind: "brreg-remove", orgnr: nr });
  expect((await brreg(`/enheter/${nr}`)).status).toBe(410);
  const feed = await feedAfter(t0);
  expect(feed._embedded?.oppdaterteEnheter.map((o) => [o.organisasjonsnummer, o.endringstype])).toEqual([
    [nr, "Fjernet"],
  ]);
});

test("oppdateringer: ids increase, oppdateringsid filter, paging; history holds Ny/Ukjent/Endring/Sletting/Fjernet", async () => {
  const all = (await (await brreg("/oppdateringer/enheter?size=10000")).json()) as Feed;
  const items = all._embedded?.oppdaterteEnheter ?? [];
  const ids = items.map((o) => o.oppdateringsid);
  expect(ids).toEqual([...ids].sort((a, b) => a - b));
  expect(new Set(items.map((o) => o.endringstype))).toEqual(
    new Set(["Ukjent", "Ny", "Endring", "Sletting", "Fjernet"]),
  );
  const from = ids[ids.length - 3] ?? 0;
  const tail = (await (await brreg(`/oppdateringer/enheter?oppdateringsid=${from}`)).json()) as Feed;
  expect(tail._embedded?.oppdaterteEnheter.map((o) => o.oppdateringsid)).toEqual(ids.slice(-3));
  const under = (await (await brreg("/oppdateringer/underenheter?size=1")).json()) as {
    _embedded: Record<string, unknown>;
  };
  expect(Object.keys(under._embedded)).toEqual(["oppdaterteUnderenheter"]);
  expect((await brreg("/oppdateringer/enheter?dato=igår")).status).toBe(400);
});

test("mutations do not leak into another replica with the same seed", async () => {
  const other = await startReplica({ seed: 5, enheter: 500, underenheter: 200 });
  const nr = replica.data.orgnr.activeEnheter[10] ?? "";
  expect(other.data.unit(nr)?.navn).not.toBe("NYTT NAVN AS");
  const c = (await (
    await fetch(`${other.klassBaseUrl}/classifications/131/codesAt?date=2025-01-01&selectCodes=3101`, {
      headers: { Accept: "application/json" },
    })
  ).json()) as { codes: Array<{ name: string }> };
  expect(c.codes[0]?.name).toBe("Halden");
  await other.close();
});
