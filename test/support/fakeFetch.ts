/** A `fetch` double: a handler answers each call; an aborted signal rejects as real fetch does. */
export interface FakeCall {
  readonly url: string;
  readonly accept: string | null;
}

export type Handler = (url: string, call: number) => Response | Promise<Response> | "hang";

export type FakeFetch = typeof fetch & { readonly calls: FakeCall[] };

export function fakeFetch(handler: Handler): FakeFetch {
  const calls: FakeCall[] = [];
  const fn = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    const headers = new Headers(init?.headers);
    calls.push({ url, accept: headers.get("accept") });
    const n = calls.length;
    const signal = init?.signal ?? undefined;
    return new Promise<Response>((resolve, reject) => {
      if (signal?.aborted) {
        reject(new DOMException("This operation was aborted", "AbortError"));
        return;
      }
      signal?.addEventListener("abort", () => reject(new DOMException("This operation was aborted", "AbortError")), {
        once: true,
      });
      Promise.resolve()
        .then(() => handler(url, n))
        .then((answer) => {
          if (answer !== "hang") resolve(answer);
        }, reject);
    });
  };
  return Object.assign(fn as typeof fetch, { calls });
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}

export function text(
  body: string,
  status: number,
  contentType = "text/plain",
  headers: Record<string, string> = {},
): Response {
  return new Response(body, { status, headers: { "content-type": contentType, ...headers } });
}

export function empty(status: number): Response {
  return new Response(null, { status });
}

/** Rejects like a refused connection. */
export function refused(): Promise<Response> {
  return Promise.reject(
    new TypeError("fetch failed", {
      cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }),
    }),
  );
}

/** A KLASS error as KLASS sends it: an RFC 7807 problem body. */
export function problem(status: number, detail: string): Response {
  return json(
    { type: "about:blank", title: status === 404 ? "Not Found" : "Error", status, detail, instance: "/x" },
    status,
  );
}
