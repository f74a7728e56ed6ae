import type { PersistentStore } from "./types";

/**
 * The namespace of a pair of base URLs: cached data is only valid for the services it came from,
 * so two configurations (the public APIs, a proxy, a replica) never see each other's entries.
 * It is the exact URLs as a JSON array, not a hash of them: no two configurations can share a
 * namespace, and no namespace followed by `:` is a prefix of another (a JSON array ends at its `]`).
 *
 * @example storeNamespace({ klassBaseUrl: "https://data.ssb.no/api/klass/v1", brregBaseUrl: "https://data.brreg.no/enhetsregisteret/api" })
 */
export function storeNamespace(bases: { readonly klassBaseUrl: string; readonly brregBaseUrl: string }): string {
  return JSON.stringify([bases.klassBaseUrl, bases.brregBaseUrl]);
}

/**
 * A view of `inner` holding only keys under `<namespace>:`, which it strips: for stores handed to
 * createServices, which may be shared by instances over different base URLs.
 */
export class NamespacedStore implements PersistentStore {
  readonly #inner: PersistentStore;
  readonly #prefix: string;

  constructor(inner: PersistentStore, namespace: string) {
    this.#inner = inner;
    this.#prefix = `${namespace}:`;
  }

  get kind(): string {
    return this.#inner.kind;
  }

  getMany(keys: readonly string[]): Promise<unknown[]> {
    return this.#inner.getMany(keys.map((key) => this.#prefix + key));
  }

  setMany(entries: ReadonlyArray<readonly [string, unknown]>): Promise<void> {
    return this.#inner.setMany(entries.map(([key, value]) => [this.#prefix + key, value] as const));
  }

  delMany(keys: readonly string[]): Promise<void> {
    return this.#inner.delMany(keys.map((key) => this.#prefix + key));
  }

  async keys(): Promise<string[]> {
    const prefix = this.#prefix;
    return (await this.#inner.keys()).filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
  }

  /** Clears this namespace only. */
  async clear(): Promise<void> {
    await this.#inner.delMany((await this.#inner.keys()).filter((key) => key.startsWith(this.#prefix)));
  }
}
