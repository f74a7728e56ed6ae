/**
 * The baseline: what a spreadsheet add-in without a fetch layer does — one HTTP request per cell,
 * no cache, no batching, at most 6 requests in flight per host (a browser's connection limit).
 */
export interface NaiveRun {
  readonly requests: number;
  readonly failures: number;
}

async function pool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

async function getJson(url: string, accept: string): Promise<boolean> {
  const response = await fetch(url, { headers: { accept } });
  await response.arrayBuffer(); // read the body, as a client would
  return response.ok;
}

/** KLASS.CODENAME the naive way: codesAt?date=…&selectCodes=<code> for every cell. */
export async function naiveCodenames(klassBaseUrl: string, classification: number, cells: readonly { code: string; date: string }[], concurrency = 6): Promise<NaiveRun> {
  let requests = 0;
  let failures = 0;
  await pool(cells, concurrency, async ({ code, date }) => {
    requests++;
    const url = `${klassBaseUrl}/classifications/${classification}/codesAt?date=${date}&selectCodes=${encodeURIComponent(code)}`;
    if (!(await getJson(url, "application/json"))) failures++;
  });
  return { requests, failures };
}

/** BRREG.ENHET the naive way: enheter/{orgnr} for every cell. */
export async function naiveEnheter(brregBaseUrl: string, orgnrs: readonly string[], concurrency = 6): Promise<NaiveRun> {
  let requests = 0;
  let failures = 0;
  await pool(orgnrs, concurrency, async (orgnr) => {
    requests++;
    if (!(await getJson(`${brregBaseUrl}/enheter/${orgnr}`, "application/vnd.brreg.enhetsregisteret.enhet.v2+json"))) failures++;
  });
  return { requests, failures };
}
