import { SERVICE_NAMES, isKbError } from "../errors";
import type { StringKey } from "./strings.en";
import type { Translate } from "./translate";

/** An error as people read it: a sentence naming the service and the next step, and the technical detail. */
export interface ErrorText {
  readonly text: string;
  /** The error's own message (often the API's sentence, in its language); shown apart, smaller. */
  readonly detail?: string;
}

/** What a search filter takes, by core/brreg's ParamKind (the `expects` parameter of invalid-filter). */
const EXPECTS: Readonly<Record<string, StringKey>> = {
  count: "error.expects.count",
  fraAnsatte: "error.expects.fraAnsatte",
  tilAnsatte: "error.expects.tilAnsatte",
  date: "error.expects.date",
  digits4: "error.expects.digits4",
  year: "error.expects.year",
  boolean: "error.expects.boolean",
  orgnr: "error.expects.orgnr",
  text: "error.expects.text",
};

/**
 * Renders any thrown value in the translator's language. A core error with a code gets that
 * code's sentence (src/core/errors/codes.ts), one without a code its kind's; either way its own
 * message becomes the detail, so raw API text is never the headline. Anything else is a bug and
 * says so.
 *
 * @example describeError(new ServiceUnavailableError("HTTP 503", { api: "klass", code: "service-unavailable", params: { status: "503" } }), translator("nb"))
 * // → { text: "KLASS svarer ikke (503). Prøv igjen om litt, eller sjekk basis-URL under Innstillinger.", detail: "HTTP 503" }
 */
export function describeError(
  error: unknown,
  t: Translate,
  label: (name: string) => string = (name) => name,
): ErrorText {
  const detail = error instanceof Error ? error.message : String(error);
  if (!isKbError(error)) return { text: t("error.internal"), detail };
  const service = error.api ? SERVICE_NAMES[error.api] : t("app.title");
  const params: Record<string, string> = { service, ...error.params };
  if (error.code === "invalid-filter") {
    const name = error.params.name ?? "";
    params.name = label(name);
    const expects = EXPECTS[error.params.expects ?? "text"] ?? "error.expects.text";
    params.expects = t(expects);
  }
  if (error.code === "unknown-filter") params.name = label(error.params.name ?? "");
  const key: StringKey = error.code ? `error.${error.code}` : `error.kind.${error.kind}`;
  return { text: t(key, params), detail };
}
