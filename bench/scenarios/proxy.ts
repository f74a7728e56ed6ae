import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { enhet } from "../../src/functions/brreg/units";
import { codename } from "../../src/functions/klass/codes";
import { freePort, startNginxProxy } from "../../test/support/nginxProxy";
import type { BenchConfig } from "../config";
import type { RemoteReplica } from "../replica/remote";
import type { ScenarioResult } from "../results";
import { spread, timeMs } from "../stats";
import { activeOrgnrs, klassWorkload } from "../workloads";
import { dropServices, freshServices } from "../world";

const CLIENTS = Number(process.env.BENCH_PROXY_CLIENTS ?? 20);

/**
 * The organisation deployment (deploy/nginx): 20 fresh clients, one after another, each opening the
 * same 10,000-lookup workbook (5,000 KLASS.CODENAME cells over 131's versions and 5,000
 * BRREG.ENHET cells) through nginx with the production config. Goal: the upstream (the replica)
 * sees only the first client's requests; every later client is answered from the proxy's cache.
 */
export async function proxyScenario(replica: RemoteReplica, config: BenchConfig): Promise<ScenarioResult> {
  // The proxy listens with a self-signed certificate for 127.0.0.1; this process alone trusts it.
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
  const half = Math.round(5_000 * config.scale);
  const klass = await klassWorkload(replica, 131, half, 20);
  const orgnrs = activeOrgnrs(replica, half);
  const codeCells = klass.cells.map((c) => [[c.code]]);
  const dateCells = klass.cells.map((c) => [[c.date]]);
  const orgnrCells = orgnrs.map((o) => [[o]]);
  const port = await freePort();
  const emptyDist = mkdtempSync(join(tmpdir(), "kb-bench-dist-"));
  const proxy = await startNginxProxy({
    port,
    distDir: emptyDist,
    klassUpstream: replica.klassBaseUrl,
    brregUpstream: replica.brregBaseUrl,
  });
  const upstream: number[] = [];
  let accessLog: string[] = [];
  const times: number[] = [];
  let errors = 0;
  try {
    for (let client = 0; client < CLIENTS; client++) {
      const before = await replica.requests();
      const services = freshServices(replica, {
        klassBaseUrl: `${proxy.origin}/klass/v1`,
        brregBaseUrl: `${proxy.origin}/enhetsregisteret/api`,
      });
      times.push(
        await timeMs(async () => {
          const cells = [
            ...codeCells.map((code, i) => codename(131, code, dateCells[i])),
            ...orgnrCells.map((orgnr) => enhet(orgnr, [["navn"]])),
          ];
          for (const answer of await Promise.all(cells)) {
            if ((answer as unknown[][])[0]?.[0] instanceof Error || typeof answer?.[0]?.[0] !== "string") errors++;
          }
        }),
      );
      await dropServices(services);
      upstream.push((await replica.requests()) - before);
    }
    accessLog = proxy.accessLog();
  } finally {
    await proxy.close();
    rmSync(emptyDist, { recursive: true, force: true });
  }
  const first = upstream[0] ?? 0;
  const total = upstream.reduce((a, b) => a + b, 0);
  const hits = accessLog.filter((line) => line.includes("cache=HIT")).length;
  if (process.env.BENCH_PROXY_LOG) console.error(accessLog.filter((l) => !l.includes("cache=HIT")).join("\n"));
  return {
    name: "proxy",
    calls: CLIENTS * (codeCells.length + orgnrCells.length),
    clients: CLIENTS,
    lookupsPerClient: codeCells.length + orgnrCells.length,
    requests: total,
    minimumRequests: first,
    requestRatio: first === 0 ? undefined : total / first,
    upstreamPerClient: upstream,
    proxyCacheHits: hits,
    firstClientMs: Math.round(times[0] ?? 0),
    laterClientsMs: spread(times.slice(1)),
    errors,
    note: "minimumRequests = the first client's upstream requests (what one client costs alone); every later client should cost 0 upstream requests",
  };
}
