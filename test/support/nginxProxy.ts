import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./dist";

/* eslint-disable-next-line @typescript-eslint/no-require-imports -- the deployment's own CommonJS renderer */
const { renderStandalone } = require("../../deploy/nginx/render.cjs") as {
  renderStandalone(options: Record<string, unknown>): string;
};

/**
 * nginx (Debian's package) run as an ordinary process on loopback with the configuration that
 * deploy/nginx/render.cjs renders for production, in front of upstreams given by the caller (the
 * replica servers), with a self-signed certificate for 127.0.0.1.
 */
export const NGINX_PATH = process.env.NGINX_PATH ?? "/usr/sbin/nginx";

export interface NginxProxy {
  readonly origin: string;
  readonly port: number;
  readonly prefix: string;
  /** The access log's lines so far (format klass_brreg_cache: `… cache=HIT upstream=…`). */
  accessLog(): string[];
  close(): Promise<void>;
}

export interface NginxProxyOptions {
  readonly port: number;
  readonly distDir: string;
  readonly klassUpstream: string;
  readonly brregUpstream: string;
  readonly addinOrigin?: string;
  readonly klassTtl?: string;
  readonly brregTtl?: string;
}

export function requireNginx(): void {
  if (!existsSync(NGINX_PATH)) {
    throw new Error(
      `nginx not found at ${NGINX_PATH}: install Debian's package (apt-get install nginx), as .ci/run does`,
    );
  }
}

/** A free loopback port (the build must know the origin before nginx starts). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitForPort(port: number, child: ChildProcess, errors: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${errors()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not listen on ${port}: ${errors()}`);
}

export async function startNginxProxy(options: NginxProxyOptions): Promise<NginxProxy> {
  requireNginx();
  const prefix = mkdtempSync(join(tmpdir(), "kb-nginx-"));
  for (const dir of ["logs", "cache", "tmp"]) mkdirSync(join(prefix, dir));
  execFileSync(
    "openssl",
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-days", "2"].concat([
      "-keyout",
      join(prefix, "key.pem"),
      "-out",
      join(prefix, "cert.pem"),
    ]),
    { stdio: "pipe" },
  );
  const origin = `https://127.0.0.1:${options.port}`;
  const conf = renderStandalone({
    prefix,
    serverName: "127.0.0.1",
    addinOrigin: options.addinOrigin ?? origin,
    dist: options.distDir,
    cert: join(prefix, "cert.pem"),
    key: join(prefix, "key.pem"),
    listen: `127.0.0.1:${options.port}`,
    klassUpstream: options.klassUpstream,
    brregUpstream: options.brregUpstream,
    klassTtl: options.klassTtl,
    brregTtl: options.brregTtl,
    // As root (CI), the workers would otherwise switch to a user that cannot write the cache here.
    ...(process.getuid?.() === 0 ? { user: "root" } : {}),
  });
  writeFileSync(join(prefix, "nginx.conf"), conf);
  const child = spawn(NGINX_PATH, ["-p", prefix, "-c", join(prefix, "nginx.conf"), "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const errorLog = () => {
    const file = join(prefix, "logs", "error.log");
    return `${stderr}${existsSync(file) ? readFileSync(file, "utf8") : ""}`;
  };
  await waitForPort(options.port, child, errorLog);
  return {
    origin,
    port: options.port,
    prefix,
    accessLog: () => {
      const file = join(prefix, "logs", "klass-brreg.access.log");
      return existsSync(file) ? readFileSync(file, "utf8").split("\n").filter(Boolean) : [];
    },
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGQUIT");
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

/** `npm run build` for a host: ADDIN_ORIGIN and KLASS_BRREG_CONFIG, into `outDir`. */
export function buildForHost(outDir: string, origin: string): void {
  execFileSync(
    process.execPath,
    [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", outDir],
    {
      cwd: ROOT,
      stdio: "pipe",
      env: {
        ...process.env,
        ADDIN_ORIGIN: origin,
        KLASS_BRREG_CONFIG: JSON.stringify({
          klassBaseUrl: `${origin}/klass/v1`,
          brregBaseUrl: `${origin}/enhetsregisteret/api`,
        }),
      },
    },
  );
}
