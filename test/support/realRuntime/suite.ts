import type { Browser } from "playwright-core";
import { startReplica, type Replica, type ReplicaOptions } from "../../../replica";
import { launchChromium } from "../browser";
import { requireDist } from "../dist";
import type { StaticServer } from "../staticServer";
import { openRealRuntime, serveRealRuntime, type RealRuntime } from "./realRuntime";

/**
 * One test file's real-runtime set-up: the built add-in under Microsoft's runtime in Chromium,
 * pointed at a replica with `replicaOptions`; closed after the file; every test must end with
 * no page problem. Read `rt` and `replica` from the returned object inside tests (set in beforeAll).
 */
export interface RealRuntimeSuite {
  readonly rt: RealRuntime;
  readonly replica: Replica;
  /** Another page of the same add-in under the runtime, on the same browser and replica (the caller closes it). */
  openAnother(): Promise<RealRuntime>;
}

export function realRuntimeSuite(replicaOptions: ReplicaOptions): RealRuntimeSuite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let replica: Replica | undefined;
  let rt: RealRuntime | undefined;
  const open = () => {
    const [s, b, r] = [started(server, "server"), started(browser, "browser"), started(replica, "replica")];
    return openRealRuntime(b, { origin: s.origin, klassBaseUrl: r.klassBaseUrl, brregBaseUrl: r.brregBaseUrl });
  };
  beforeAll(async () => {
    requireDist("taskpane.html", "runtime.js", "functions.js", "functions.json");
    const [s, b, r] = await Promise.all([serveRealRuntime(), launchChromium(), startReplica(replicaOptions)]);
    [server, browser, replica] = [s, b, r];
    rt = await open();
  }, 60_000);
  afterAll(async () => {
    await rt?.close();
    await browser?.close();
    await server?.close();
    await replica?.close();
  });
  afterEach(() => {
    expect(rt?.problems).toEqual([]);
  });
  return {
    get rt() {
      return started(rt, "rt");
    },
    get replica() {
      return started(replica, "replica");
    },
    openAnother: open,
  };
}

function started<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`the real-runtime suite has not started (${name} read outside a test)`);
  return value;
}
