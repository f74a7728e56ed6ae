/**
 * Excel's side of the custom-functions bridge, installed in the page before Microsoft's runtime
 * (custom-functions-runtime.js) loads: the runtime finds `_richApiNativeBridge` at load, sets its
 * `onMessageFromHost`, and from then on talks to "Excel" only through it.
 *
 * - Invocations go to the runtime as Excel sends them: bridge messages of type 3 whose entries are
 *   `[category 1, type 1000, targetId, JSON [invocationId, functionName, parameterValues, address,
 *   flags], entryId]`; cancellations are type 1001 with `{ invocationId }`.
 * - The runtime answers with ProcessQuery requests (bridge messages of type 1); each carries a
 *   `SetInvocationArrayResults` action whose argument is a list of
 *   `[invocationId, success, value, errorCode?, outboundData]`. The host records every entry and
 *   replies 200, or, like Excel, RequestPayloadSizeLimitExceeded when the request text is larger
 *   than `payloadLimitChars`.
 *
 * This function is serialised into the page (page.addInitScript), so it must stay
 * self-contained: no imports, no closures over module state, and nothing a compiler would turn
 * into a helper call (no async/await, no spread).
 */
export interface FakeHostOptions {
  /** The largest ProcessQuery text the host accepts, in characters. */
  readonly payloadLimitChars: number;
}

/** One result entry as the host received it, with when it arrived (performance.now()). */
export type HostResult = [id: number, success: boolean, value: unknown, errorCode: number | null, receivedAt: number];

/** What `window.__excelHost` offers the tests (through page.evaluate) and the benchmarks. */
export interface ExcelHostApi {
  /** Results by invocation id; the last one wins (Excel keeps the latest for a cell). */
  results: Record<number, HostResult>;
  /** How many result entries each invocation id received (more than one is a protocol bug). */
  resultCounts: Record<number, number>;
  processQueries: number;
  rejectedForSize: number;
  largestMessageChars: number;
  /** Sends invocations `[id, functionName, parameterValues, address, flags]`, `perMessage` a message. */
  invoke(calls: unknown[][], perMessage: number): void;
  cancel(ids: number[]): void;
  /** Resolves when every id has a result. */
  waitFor(ids: number[]): Promise<void>;
  /**
   * For the benchmarks: sends the invocations (JSON text of `[id, …]` calls) `perMessage` a
   * message, each message in a task of its own as the bridge delivers them, and resolves with
   * the time from the first message to the last result the host received, and how many results
   * were errors (whole or in a matrix).
   */
  burst(callsText: string, perMessage: number): Promise<{ ms: number; errors: number }>;
  reset(): void;
}

export function installFakeExcelHost(options: FakeHostOptions): void {
  const w = window as unknown as Record<string, unknown>;
  let waiters: { ids: number[]; done: () => void }[] = [];
  let nextEntryId = 1;

  const host = {
    results: {} as Record<number, HostResult>,
    resultCounts: {} as Record<number, number>,
    processQueries: 0,
    rejectedForSize: 0,
    largestMessageChars: 0,
    invoke(calls: unknown[][], perMessage: number) {
      for (let start = 0; start < calls.length; start += perMessage) {
        const entries: unknown[] = [];
        for (const call of calls.slice(start, start + perMessage)) {
          entries.push([1, 1000, 0, JSON.stringify(call), nextEntryId++]);
        }
        toRuntime({ type: 3, message: { entries } });
      }
    },
    cancel(ids: number[]) {
      const entries = ids.map((id) => [1, 1001, 0, JSON.stringify({ invocationId: id }), nextEntryId++]);
      toRuntime({ type: 3, message: { entries } });
    },
    waitFor(ids: number[]) {
      return new Promise<void>((done) => {
        waiters.push({ ids, done });
        settleWaiters();
      });
    },
    burst(callsText: string, perMessage: number) {
      const calls = JSON.parse(callsText) as unknown[][];
      const ids = calls.map((call) => call[0] as number);
      // A MessageChannel task per message: setTimeout(0) would add its 4 ms nesting clamp.
      const channel = new MessageChannel();
      let next = 0;
      const sendNext = () => {
        host.invoke(calls.slice(next, next + perMessage), perMessage);
        next += perMessage;
        if (next < calls.length) channel.port2.postMessage(0);
      };
      channel.port1.onmessage = sendNext;
      const started = performance.now();
      sendNext();
      return host.waitFor(ids).then(() => {
        channel.port1.close();
        let last = started;
        let errors = 0;
        for (const id of ids) {
          const entry = host.results[id] as HostResult;
          if (entry[4] > last) last = entry[4];
          if (!entry[1] || JSON.stringify(entry[2]).indexOf('"CustomFunctionError"') >= 0) errors++;
        }
        return { ms: last - started, errors };
      });
    },
    reset() {
      host.results = {};
      host.resultCounts = {};
      host.processQueries = 0;
      host.rejectedForSize = 0;
      host.largestMessageChars = 0;
    },
  };

  function toRuntime(message: unknown) {
    const bridge = w._richApiNativeBridge as { onMessageFromHost?: (text: string) => void };
    if (!bridge.onMessageFromHost) throw new Error("the custom-functions runtime has not attached to the bridge");
    bridge.onMessageFromHost(JSON.stringify(message));
  }

  function settleWaiters() {
    waiters = waiters.filter((waiter) => {
      for (const id of waiter.ids) if (!(id in host.results)) return true;
      waiter.done();
      return false;
    });
  }

  function reply(id: number, statusCode: number, body: unknown) {
    // Excel answers asynchronously; so does this host.
    setTimeout(() => toRuntime({ id, type: 2, message: { statusCode, headers: {}, body } }), 0);
  }

  function onRequest(text: string, message: { id: number; message: { body: unknown } }) {
    host.processQueries++;
    if (text.length > host.largestMessageChars) host.largestMessageChars = text.length;
    if (text.length > options.payloadLimitChars) {
      host.rejectedForSize++;
      reply(message.id, 400, {
        error: { code: "RequestPayloadSizeLimitExceeded", message: "The request payload size has exceeded the limit." },
      });
      return;
    }
    const body = message.message.body as { Actions?: { Name?: string; ArgumentInfo?: { Arguments?: unknown[] } }[] };
    const now = performance.now();
    for (const action of body.Actions ?? []) {
      if (action.Name !== "SetInvocationArrayResults") continue;
      const entries = (action.ArgumentInfo?.Arguments?.[0] ?? []) as unknown[][];
      for (const entry of entries) {
        const id = entry[0] as number;
        const success = entry[1] as boolean;
        host.results[id] = [id, success, entry[2], success ? null : (entry[3] as number), now];
        host.resultCounts[id] = (host.resultCounts[id] ?? 0) + 1;
      }
    }
    reply(message.id, 200, { Results: [] });
    settleWaiters();
  }

  w._richApiNativeBridge = {
    sendMessageToHost(text: string) {
      const message = JSON.parse(text) as { id: number; type: number; message: { body: unknown } };
      if (message.type === 1) onRequest(text, message);
    },
  };
  w.__excelHost = host;
}
