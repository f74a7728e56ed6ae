import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** A throw-away HTTP server on a free loopback port, for fault cases the tests script by hand. */
export interface MiniServer {
  readonly url: string;
  readonly requests: Array<{ url: string; accept: string | undefined; at: number }>;
  close(): Promise<void>;
}

export async function startMiniServer(
  handle: (req: IncomingMessage, res: ServerResponse, n: number) => void,
): Promise<MiniServer> {
  const sockets = new Set<Socket>();
  const requests: MiniServer["requests"] = [];
  const server = createServer((req, res) => {
    requests.push({ url: req.url ?? "", accept: req.headers.accept, at: Date.now() });
    handle(req, res, requests.length);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}
