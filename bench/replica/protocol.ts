import type { Mutation, ReplicaOptions } from "../../replica";

/**
 * Messages between the benchmark (main thread) and the replica servers in their worker thread.
 * The replica runs in its own thread so the servers' CPU (building a 1 MB list answer takes
 * tens of milliseconds) does not run on the client's event loop and inflate the client's times —
 * the real services answer on their own machines.
 */
export interface ReplicaStart {
  readonly options: ReplicaOptions;
}

/** What the worker sends once the servers listen. */
export interface ReplicaReady {
  readonly type: "ready";
  readonly klassBaseUrl: string;
  readonly brregBaseUrl: string;
  readonly startupMs: number;
  readonly activeEnheter: readonly string[];
  readonly classifications: ReadonlyArray<{
    readonly id: number;
    readonly versions: ReadonlyArray<{
      readonly validFrom: string;
      readonly validTo: string | null;
      readonly published: readonly string[];
    }>;
  }>;
}

/** Requests from the main thread; each is answered with a {@link ReplicaReply} of the same id. */
export type ReplicaCall =
  | { readonly id: number; readonly op: "requests" }
  | { readonly id: number; readonly op: "mutate"; readonly changes: readonly Mutation[] }
  | { readonly id: number; readonly op: "close" };

export interface ReplicaReply {
  readonly type: "reply";
  readonly id: number;
  /** Requests served so far (the request log's length), for "requests" calls. */
  readonly requests?: number;
  readonly error?: string;
}
