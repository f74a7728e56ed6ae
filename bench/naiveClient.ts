/**
 * The baseline: what a spreadsheet add-in without a fetch layer does — one HTTP request per cell,
 * no cache, no batching, at most 6 requests in flight per host (a browser's connection limit).
 * Requests are counted by the replica, not here; `failures` are answers that were not 2xx JSON.
 */
export interface NaiveRun {
  readonly requests: number;
  readonly failures: number;
}

/** Runs `work` over `items` with at most `concurrency` at once. */
export async function pool<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/** Per request, as our fetch layer's default timeoutMs: a hung answer cannot stall the benchmark. */
const TIMEOUT_MS = 15_000;

/** GET, read and parse the body; false for anything but a 2xx JSON answer. */
export async function getJson(url: string, accept: string): Promise<boolean> {
  try {
    const response = await fetch(url, { headers: { accept }, signal: AbortSignal.timeout(TIMEOUT_MS) });
    JSON.parse(await response.text()); // read and parse the body, as a client would
    return response.ok;
  } catch {
    return false; // counted as a failure; the run goes on
  }
}

/** KLASS.CODENAME the naive way: codesAt?date=…&selectCodes=<code> for every cell. */
export async function naiveCodenames(
  klassBaseUrl: string,
  classification: number,
  cells: readonly { code: string; date: string }[],
  concurrency = 6,
): Promise<NaiveRun> {
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
export async function naiveEnheter(
  brregBaseUrl: string,
  orgnrs: readonly string[],
  concurrency = 6,
): Promise<NaiveRun> {
  let requests = 0;
  let failures = 0;
  await pool(orgnrs, concurrency, async (orgnr) => {
    requests++;
    if (!(await getJson(`${brregBaseUrl}/enheter/${orgnr}`, "application/vnd.brreg.enhetsregisteret.enhet.v2+json")))
      failures++;
  });
  return { requests, failures };
}

/**
 * The floor under our figures: just the minimum requests, fetched by a bare client (no cache, no
 * functions, 6 in flight, bodies parsed) — what the replica and the network cost by themselves.
 * Stages run one after another (KLASS needs the metadata before it knows the versions).
 */
export async function fetchFloor(
  stages: readonly (readonly string[])[],
  accept: string,
  concurrency = 6,
): Promise<void> {
  for (const urls of stages) await pool(urls, concurrency, async (url) => void (await getJson(url, accept)));
}
