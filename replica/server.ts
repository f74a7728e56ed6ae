/**
 * One Node `http` server on loopback serving both replicas under their real prefixes, with
 * latency, fault injection, CORS and the request log. See index.ts for the public types.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { AddressInfo } from "node:net";
import type { FaultConfig, Mutation, Replica, ReplicaOptions } from "./index";
import type { ApiRequest, ApiResponse } from "./http/types";
import { CORS_HEADERS, preflightHeaders } from "./http/cors";
import { decideFault, validateFaults } from "./faults";
import { faultResponse, htmlPage, redirectTo, streamHugeJson, uriTooLong, wrongBody } from "./faultBodies";
import { normaliseOptions } from "./options";
import { RequestLog } from "./requestLog";
import { mulberry32 } from "./util/prng";
import { KlassApi } from "./klass/api";
import { BrregApi } from "./brreg/api";
import { dataView } from "./dataView";

/** The real KLASS path prefix. */
export const KLASS_PREFIX = "/api/klass/v1";
/** The real Enhetsregisteret path prefix. */
export const BRREG_PREFIX = "/enhetsregisteret/api";

/** Starts a replica; resolves when it listens. */
export async function startReplica(options?: ReplicaOptions): Promise<Replica> {
  const opts = normaliseOptions(options);
  let faults: FaultConfig = opts.faults;
  const random = mulberry32(opts.seed ^ 0x5eed);
  const klass = new KlassApi();
  const brreg = new BrregApi(opts.seed, opts.enheter, opts.underenheter);
  const log = new RequestLog();
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let origin = "";

  const send = (res: ServerResponse, r: ApiResponse, head: boolean, truncate: boolean): number => {
    res.writeHead(r.status, { ...CORS_HEADERS, ...r.headers });
    if (head || r.body.length === 0) {
      res.end();
      return 0;
    }
    if (truncate) {
      // Headers promise the full length; half the body arrives, then the connection drops.
      const half = Math.max(1, Math.floor(r.body.length / 2));
      res.write(r.body.subarray(0, half), () => res.destroy());
      return half;
    }
    res.end(r.body);
    return r.body.length;
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const at = Date.now();
    const url = req.url ?? "/";
    const qIndex = url.indexOf("?");
    const fullPath = qIndex >= 0 ? url.slice(0, qIndex) : url;
    const rawQuery = qIndex >= 0 ? url.slice(qIndex + 1) : "";
    const api = fullPath.startsWith(KLASS_PREFIX) ? "klass" : fullPath.startsWith(BRREG_PREFIX) ? "brreg" : undefined;
    const method = req.method ?? "GET";
    if (!api) {
      res.writeHead(404, { ...CORS_HEADERS, "content-length": "0" });
      res.end();
      return;
    }
    const prefix = api === "klass" ? KLASS_PREFIX : BRREG_PREFIX;
    const path = fullPath.slice(prefix.length) || "/";
    const query = new URLSearchParams(rawQuery);
    const accept = req.headers.accept;
    const template = api === "klass" ? klass.template(path) : brreg.template(path);
    const entry = log.add(
      { api, method, path, query: Object.fromEntries(query), url, status: 0, accept, at, bytes: 0 },
      template,
    );

    if (method === "OPTIONS") {
      const h = req.headers["access-control-request-headers"];
      res.writeHead(200, preflightHeaders(Array.isArray(h) ? h.join(",") : h));
      res.end();
      entry.status = 200;
      return;
    }
    const decision = decideFault(faults, api, path, url, random);
    if (decision.kind === "hang") return; // never answered; close() destroys the socket
    const apiReq: ApiRequest = {
      method,
      path,
      fullPath,
      query,
      rawQuery,
      accept,
      base: `${publicOrigin(req)}${prefix}`,
      now: at,
    };
    const answer = (): ApiResponse => {
      try {
        return api === "klass" ? klass.handle(apiReq) : brreg.handle(apiReq, faults.maxOrgnrList);
      } catch (e) {
        process.stderr.write(`replica: ${String((e as Error).stack ?? e)}\n`);
        return faultResponse(api, 500, fullPath, at, undefined, false);
      }
    };
    let response: ApiResponse;
    if (method !== "GET" && method !== "HEAD") {
      response = {
        status: 405,
        headers: { allow: "GET, HEAD, OPTIONS", "content-length": "0" },
        body: Buffer.alloc(0),
      };
    } else if (decision.kind === "uri-too-long") {
      response = uriTooLong();
    } else if (decision.kind === "status") {
      response = faultResponse(api, decision.status, fullPath, at, decision.retryAfterSeconds, decision.html);
    } else if (decision.kind === "html") {
      response = htmlPage();
    } else if (decision.kind === "wrong-body") {
      response = wrongBody(decision.body, answer);
    } else if (decision.kind === "redirect") {
      response = redirectTo(decision.to === "loop" ? `${origin}${url}` : `${decision.to}${url}`);
    } else if (decision.kind === "huge") {
      entry.status = 200;
      void streamHugeJson(res, decision.bytes, CORS_HEADERS).then((bytes) => {
        entry.bytes = bytes;
      });
      return;
    } else {
      response = answer();
    }
    const delay = opts.latencyMs + (opts.jitterMs > 0 ? random() * opts.jitterMs : 0);
    const finish = (): void => {
      entry.status = response.status;
      entry.bytes = send(res, response, method === "HEAD", decision.kind === "truncate" && response.status === 200);
    };
    if (delay <= 0) finish();
    else {
      const t = setTimeout(() => {
        timers.delete(t);
        finish();
      }, delay);
      timers.add(t);
    }
  };

  // Behind the dev server's proxy (npm run start:offline) links must point at the proxy, which
  // says where it is with the usual X-Forwarded-* headers (X-Forwarded-Prefix for e.g. /replica).
  function publicOrigin(req: IncomingMessage): string {
    const one = (name: string): string | undefined => {
      const v = req.headers[name];
      return (Array.isArray(v) ? v[0] : v)?.split(",")[0]?.trim();
    };
    const host = one("x-forwarded-host");
    if (!host) return origin;
    return `${one("x-forwarded-proto") ?? "https"}://${host}${one("x-forwarded-prefix") ?? ""}`;
  }

  const server = createServer(onRequest);
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = opts.host.includes(":") ? `[${opts.host}]` : opts.host;
  origin = `http://${host}:${port}`;

  return {
    klassBaseUrl: `${origin}${KLASS_PREFIX}`,
    brregBaseUrl: `${origin}${BRREG_PREFIX}`,
    requests: log.entries,
    counts: () => log.counts(),
    resetLog: () => log.reset(),
    setFaults: (f) => {
      faults = validateFaults(f);
    },
    mutate: (m: Mutation) => {
      if (m.kind === "klass-rename") klass.rename(m.classificationId, m.code, m.name, m.versionValidFrom, Date.now());
      else brreg.mutate(m, Date.now());
    },
    data: dataView(klass, brreg),
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
}
