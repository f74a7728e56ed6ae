import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";

/** Serves a folder (dist/) over plain HTTP on a free loopback port, for the browser tests. */
export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".map": "application/json",
};

/**
 * A file served beside the folder's (a test page, a script from node_modules), by its path. Served
 * by this server rather than by a browser route, because Chromium lets only a page that came from
 * loopback fetch from the replica on loopback.
 */
export interface ExtraFile {
  readonly type: string;
  readonly body: () => string | Buffer;
}

export async function serveFolder(
  folder: string,
  extra: Readonly<Record<string, ExtraFile>> = {},
): Promise<StaticServer> {
  const root = resolve(folder);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const added = extra[path];
    if (added) {
      response.writeHead(200, { "content-type": added.type, "access-control-allow-origin": "*" }).end(added.body());
      return;
    }
    const file = normalize(join(root, path === "/" ? "index.html" : path));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "access-control-allow-origin": "*",
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
