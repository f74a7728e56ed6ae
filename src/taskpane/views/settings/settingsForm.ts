import { checkBaseUrl, type BaseUrlProblem } from "../../../core/config";
import type { Translate } from "../../../core/i18n";
import type { RuntimeProblem } from "../../../runtime/problems";

/** The base-URL fields of Settings → Advanced, named as the settings document names them. */
export type UrlField = "klassBaseUrl" | "brregBaseUrl";
type UrlValues = Readonly<Record<UrlField, string>>;

/** Why each field cannot be saved (absent: fine). */
export type UrlErrors = Readonly<Partial<Record<UrlField, BaseUrlProblem>>>;

/** The form as it may be saved (an empty field: back to the default), or the fields' errors. */
type UrlFormCheck =
  | { readonly ok: true; readonly patch: Readonly<Record<UrlField, string | undefined>> }
  | { readonly ok: false; readonly errors: UrlErrors };

/**
 * Pure: the URL fields through the core's base-URL check ({@link checkBaseUrl}, the one
 * `createServices` applies), so what the form accepts is exactly what the services accept.
 *
 * @example checkUrlForm({ klassBaseUrl: "https://proxy.example.no/klass/v1?key=abc", brregBaseUrl: "" }) // { ok: false, errors: { klassBaseUrl: "query-or-fragment" } }
 */
export function checkUrlForm(values: UrlValues): UrlFormCheck {
  const patch: Partial<Record<UrlField, string | undefined>> = {};
  const errors: Partial<Record<UrlField, BaseUrlProblem>> = {};
  for (const field of ["klassBaseUrl", "brregBaseUrl"] as const) {
    const text = values[field].trim();
    if (!text) {
      patch[field] = undefined;
      continue;
    }
    const checked = checkBaseUrl(field, text);
    if (checked.ok) patch[field] = checked.url;
    else errors[field] = checked.problem;
  }
  return Object.keys(errors).length > 0
    ? { ok: false, errors }
    : { ok: true, patch: { klassBaseUrl: patch.klassBaseUrl, brregBaseUrl: patch.brregBaseUrl } };
}

/** The form's starting values and errors: what is saved, including a saved URL the check refused (so it can be corrected). */
export function initialUrlForm(
  saved: Partial<Record<UrlField, string>>,
  problems: readonly RuntimeProblem[],
): { values: UrlValues; errors: UrlErrors } {
  const values: Record<UrlField, string> = {
    klassBaseUrl: saved.klassBaseUrl ?? "",
    brregBaseUrl: saved.brregBaseUrl ?? "",
  };
  const errors: Partial<Record<UrlField, BaseUrlProblem>> = {};
  for (const problem of problems) {
    if (problem.source !== "settings" || (problem.key !== "klassBaseUrl" && problem.key !== "brregBaseUrl")) continue;
    if (problem.reason !== "not-a-url" && problem.reason !== "not-http" && problem.reason !== "query-or-fragment")
      continue;
    values[problem.key] = problem.value ?? "";
    errors[problem.key] = problem.reason;
  }
  return { values, errors };
}

/** A field's error in the pane's language. */
export function urlErrorText(problem: BaseUrlProblem, t: Translate): string {
  return t(`settings.url.${problem}`);
}
