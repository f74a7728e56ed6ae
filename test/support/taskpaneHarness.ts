import type { Browser } from "playwright-core";
import { startReplica, type Replica, type ReplicaOptions } from "../../replica";
import { launchChromium } from "./browser";
import { DIST, requireDist } from "./dist";
import { serveFolder, type StaticServer } from "./staticServer";
import { openTaskpane, type OpenTaskpane, type TaskpaneOptions } from "./taskpane";

/** What a taskpane browser test works with; valid inside tests (after beforeAll). */
export interface TaskpaneHarness {
  readonly server: StaticServer;
  readonly browser: Browser;
  readonly replica: Replica;
  /** Opens the built taskpane pointed at this harness's replica (options override the defaults). */
  open(options?: Partial<TaskpaneOptions>): Promise<OpenTaskpane>;
}

/**
 * The set-up every taskpane browser test shares: dist/ served on loopback, Debian's Chromium,
 * and a replica of both APIs (started together), all closed after the file's tests.
 * Registers its own beforeAll/afterAll; call it at the top level of a test file.
 */
export function useTaskpaneHarness(replicaOptions: ReplicaOptions): TaskpaneHarness {
  let parts: { server: StaticServer; browser: Browser; replica: Replica } | undefined;
  const ready = () => {
    if (!parts) throw new Error("the taskpane harness is used before its beforeAll ran");
    return parts;
  };
  beforeAll(async () => {
    requireDist("taskpane.html", "taskpane.js", "functions.js");
    const [server, browser, replica] = await Promise.all([
      serveFolder(DIST),
      launchChromium(),
      startReplica(replicaOptions),
    ]);
    parts = { server, browser, replica };
  }, 60_000);
  afterAll(async () => {
    await parts?.browser.close();
    await parts?.server.close();
    await parts?.replica.close();
  });
  return {
    get server() {
      return ready().server;
    },
    get browser() {
      return ready().browser;
    },
    get replica() {
      return ready().replica;
    },
    open: (options = {}) => {
      const { server, browser, replica } = ready();
      return openTaskpane(browser, {
        origin: server.origin,
        klassBaseUrl: replica.klassBaseUrl,
        brregBaseUrl: replica.brregBaseUrl,
        ...options,
      });
    },
  };
}
