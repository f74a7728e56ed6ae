import type { CallableFunction } from "../core/formulas/evaluate";

/**
 * The add-in's own custom functions, for the in-memory workbook outside Excel (tests and the
 * plain-browser mode): functions.js has registered them with office.js's `CustomFunctions` on this
 * page, and functions.json (beside the page) says which parameters take ranges. Undefined when
 * either is missing; the workbook then shows no values for formulas, as before.
 */
type Mappings = Record<string, (...args: unknown[]) => unknown>;

interface Metadata {
  readonly functions?: readonly {
    readonly id?: string;
    readonly parameters?: readonly { readonly dimensionality?: string }[];
  }[];
}

export async function browserFunctions(): Promise<((name: string) => CallableFunction | undefined) | undefined> {
  const registry = (globalThis as { CustomFunctions?: { _association?: { m_mappings?: Mappings } } }).CustomFunctions;
  const mappings = registry?._association?.m_mappings;
  if (!mappings || typeof fetch !== "function") return undefined;
  let metadata: Metadata;
  try {
    const response = await fetch("functions.json");
    if (!response.ok) return undefined;
    metadata = (await response.json()) as Metadata;
  } catch {
    return undefined;
  }
  const matrix = new Map(
    (metadata.functions ?? []).map((f) => [
      String(f.id).toUpperCase(),
      (f.parameters ?? []).map((p) => p.dimensionality === "matrix"),
    ]),
  );
  return (name) => {
    const fn = mappings[name.toUpperCase()];
    return fn ? { fn, matrix: matrix.get(name.toUpperCase()) ?? [] } : undefined;
  };
}
