/*
 * Reading an answer body with a byte bound. The body is read as a stream and counted as it
 * arrives; past the bound the stream is cancelled (the connection is released, the rest is
 * never downloaded), so a runaway body costs at most the bound, never its whole size.
 */

/** The body as text, or how it overflowed. */
export type BodyRead = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly tooLarge: true };

const TOO_LARGE = { ok: false, tooLarge: true } as const;

/**
 * The body of `response` as UTF-8 text, unless it is longer than `maxBytes` (decoded bytes; a
 * Content-Length above the bound is refused before any byte is read). Rejects as the stream does
 * when the connection breaks mid-answer.
 */
export async function readBounded(response: Response, maxBytes: number): Promise<BodyRead> {
  const declared = Number(response.headers.get("content-length"));
  // Content-Length counts the bytes on the wire (compressed, when gzipped); decoded they are more.
  if (Number.isFinite(declared) && declared > maxBytes) {
    await cancel(response.body);
    return TOO_LARGE;
  }
  const body = response.body;
  if (body === null) return { ok: true, text: "" };
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return TOO_LARGE;
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return { ok: true, text: parts.join("") };
}

async function cancel(body: ReadableStream<Uint8Array> | null): Promise<void> {
  await body?.cancel().catch(() => undefined);
}
