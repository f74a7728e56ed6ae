/**
 * Which search parameter a refused search is about: the first of `params` the error's message
 * names ("fraAntallAnsatte må være et heltall"), so the pane can mark that field. Undefined when
 * the message names none of them (an outage is about no field).
 */
export function offendingParam(error: unknown, params: readonly string[]): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  // Longest first, so "fraAntallAnsatte" wins over a shorter name it contains.
  return [...params].sort((a, b) => b.length - a.length).find((p) => message.includes(p));
}
