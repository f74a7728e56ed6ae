import type { BaseUrlProblem } from "../core/config";

/** Why a setting was not used: the core's base-URL check, or the document itself. */
export type ProblemReason = BaseUrlProblem | "unreadable" | "not-an-object" | "unknown-language";

/**
 * A setting the runtime could not use and replaced by its default. Never thrown: a bad saved
 * setting must not stop the add-in, so it is reported (the pane shows these; the console is told
 * once) and the next source — the page's KLASS_BRREG_CONFIG, then the public services — is used.
 */
export interface RuntimeProblem {
  /** The taskpane's saved settings document, or the page's `KLASS_BRREG_CONFIG`. */
  readonly source: "settings" | "global";
  /** The setting ignored; "document" when the whole saved document was. */
  readonly key: "document" | "language" | "klassBaseUrl" | "brregBaseUrl";
  readonly reason: ProblemReason;
  /** The value as written (shortened), when there is one. */
  readonly value?: string;
  /** In English, for the console. */
  readonly message: string;
}

/** A value as it may be shown back to people: strings as written, the rest as JSON, at most 200 characters. */
export function shownValue(value: unknown): string {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

const reported = new Set<string>();

/** console.warn each problem the first time it is seen in this page (settings are read often). */
export function reportOnce(problems: readonly RuntimeProblem[]): void {
  for (const problem of problems) {
    const id = `${problem.source}\n${problem.key}\n${problem.reason}\n${problem.value ?? ""}`;
    if (reported.has(id)) continue;
    reported.add(id);
    console.warn(`Klass & Brreg: ${problem.message} The default is used instead.`);
  }
}
