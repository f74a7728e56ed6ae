import { parentPort, workerData } from "node:worker_threads";
import { startReplica } from "../../replica";
import type { ReplicaCall, ReplicaReady, ReplicaReply, ReplicaStart } from "./protocol";

/** The worker side of ./remote.ts: starts the replica servers and answers calls. */
async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error("bench/replica/worker.ts must run in a worker thread");
  const { options } = workerData as ReplicaStart;
  const started = performance.now();
  const replica = await startReplica(options);
  const ready: ReplicaReady = {
    type: "ready",
    klassBaseUrl: replica.klassBaseUrl,
    brregBaseUrl: replica.brregBaseUrl,
    startupMs: performance.now() - started,
    activeEnheter: [...replica.data.orgnr.activeEnheter],
    classifications: replica.data.classifications.map((c) => ({
      id: c.id,
      versions: c.versions.map((v) => ({ validFrom: v.validFrom, validTo: v.validTo, published: [...v.published] })),
    })),
  };
  port.postMessage(ready);
  port.on("message", (call: ReplicaCall) => {
    const reply = (extra: Omit<ReplicaReply, "type" | "id"> = {}) =>
      port.postMessage({ type: "reply", id: call.id, ...extra } satisfies ReplicaReply);
    try {
      if (call.op === "requests") reply({ requests: replica.requests.length });
      else if (call.op === "mutate") {
        for (const change of call.changes) replica.mutate(change);
        reply();
      } else {
        void replica.close().then(() => {
          reply();
          port.close();
        });
      }
    } catch (error) {
      reply({ error: error instanceof Error ? error.message : String(error) });
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
