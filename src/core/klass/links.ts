/**
 * Ids the API gives only in links: real `classificationfamilies` answers (recorded) carry no `id`
 * per family, and some search hits none per classification; each is identified by its
 * `_links.self.href` (`…/classificationfamilies/3`, `…/classifications/131`).
 */

/** An item with an optional id and HAL links. */
export interface Linked {
  readonly id?: unknown;
  readonly _links?: { readonly self?: { readonly href?: unknown } };
}

/** The resource segment an id is read from in a self link. */
export type LinkedResource = "classifications" | "classificationfamilies";

/** The item's `id`, or the one in its `_links.self.href` (`…/<resource>/<id>`); NaN when neither has one. */
export function idFromLinks(item: Linked | null | undefined, resource: LinkedResource): number {
  if (typeof item?.id === "number") return item.id;
  const href = item?._links?.self?.href;
  if (typeof href !== "string") return NaN;
  const match = new RegExp(`/${resource}/(\\d+)/?(?:[?#]|$)`).exec(href);
  return match ? Number(match[1]) : NaN;
}
