import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Mutation, ReplicaOptions } from "../../replica";
import type { ReplicaCall, ReplicaReady, ReplicaReply } from "./protocol";

/** The replica servers running in a worker thread (see ./protocol.ts for why). */
export interface RemoteReplica {
  readonly klassBaseUrl: string;
  readonly brregBaseUrl: string;
  readonly startupMs: number;
  /** Active enheter, sorted ascending (the replica's data view). */
  readonly activeEnheter: readonly string[];
  readonly classifications: ReplicaReady["classifications"];
  /** Requests the servers have answered so far. */
  requests(): Promise<number>;
  mutate(changes: readonly Mutation[]): Promise<void>;
  close(): Promise<void>;
}

type Distribute<T> = T extends unknown ? Omit<T, "id"> : never;

/** Starts the replica in a worker thread; resolves once it listens. */
export function startRemoteReplica(options: ReplicaOptions): Promise<RemoteReplica> {
  // Loader hooks given by `--import tsx` do not reach worker threads in Node 20: the worker
  // registers tsx's CommonJS hook itself, then loads the TypeScript entry.
  const entry = JSON.stringify(join(__dirname, "worker.ts"));
  const worker = new Worker(`require("tsx/cjs"); require(${entry});`, { eval: true, workerData: { options } });
  const waiting = new Map<number, (reply: ReplicaReply) => void>();
  let next = 1;
  const call = (message: Distribute<ReplicaCall>): Promise<ReplicaReply> =>
    new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, (reply) => (reply.error ? reject(new Error(`replica: ${reply.error}`)) : resolve(reply)));
      worker.postMessage({ ...message, id });
    });
  return new Promise((resolve, reject) => {
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`replica worker exited with ${code} before it was ready`)));
    worker.on("message", (message: ReplicaReady | ReplicaReply) => {
      if (message.type === "reply") {
        waiting.get(message.id)?.(message);
        waiting.delete(message.id);
        return;
      }
      worker.removeAllListeners("exit");
      resolve({
        klassBaseUrl: message.klassBaseUrl,
        brregBaseUrl: message.brregBaseUrl,
        startupMs: message.startupMs,
        activeEnheter: message.activeEnheter,
        classifications: message.classifications,
        requests: async () => (await call({ op: "requests" })).requests ?? 0,
        mutate: async (changes) => void (await call({ op: "mutate", changes })),
        close: async () => {
          await call({ op: "close" });
          await worker.terminate();
        },
      });
    });
  });
}
