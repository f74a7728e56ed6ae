import type { Services } from "../../src/core/services";
import { setServicesForTesting } from "../../src/runtime/services";

/** A services instance, or only the parts of it a test's functions use (`{ brreg }`, `{ klass, clock }`). */
export type ServiceParts = { readonly [K in keyof Services]?: Partial<Services[K]> };

/**
 * What the runtime holds while no test has installed services: using it throws. A function test
 * that forgot `useServices` fails with this message. Without the stand-in, `getServices()` would
 * build a real instance and could reach the network.
 */
const NOT_INSTALLED = new Proxy({} as Services, {
  get(_target, key) {
    if (typeof key === "symbol" || key === "then") return undefined;
    throw new Error(
      `no services installed for this test: call useServices(…) from test/support/functionServices.ts (asked for "${key}")`,
    );
  },
});

function reset(): void {
  setServicesForTesting(NOT_INSTALLED);
}

/**
 * The one way function tests give the custom functions their services, which is what
 * `getServices()` (src/runtime/services.ts) returns. `useServices(parts)` installs a whole
 * instance (e.g. one pointed at the replica) or a few fakes, for the current test only. Call it in
 * the test or in a `beforeEach`. Importing this module registers an `afterEach` that takes the
 * services out again, so no test sees another test's services. There is no `jest.mock` of the
 * runtime.
 */
export function useServices<T extends ServiceParts>(parts: T): T {
  setServicesForTesting(parts as unknown as Services);
  return parts;
}

reset();
afterEach(reset);
