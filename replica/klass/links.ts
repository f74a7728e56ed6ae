/** HAL link helpers shared by the KLASS handlers. */
import type { ApiRequest } from "../http/types";

/** `{ href }` */
export function href(url: string): { href: string } {
  return { href: url };
}

/** The self link: the path and query exactly as requested. */
export function selfLink(req: ApiRequest): { href: string } {
  return href(`${req.base}${req.path}${req.rawQuery ? `?${req.rawQuery}` : ""}`);
}

/** Spring-style paging: page (0-based) and size with a default, both checked. */
export function paging(q: URLSearchParams, defaultSize = 20): { page: number; size: number } {
  const page = Math.max(0, Number.parseInt(q.get("page") ?? "0", 10) || 0);
  const size = Math.min(2000, Math.max(1, Number.parseInt(q.get("size") ?? String(defaultSize), 10) || defaultSize));
  return { page, size };
}

/**
 * first/self/next/last (and prev) links when there is more than one page, as Spring HATEOAS
 * writes them: the other parameters as sent, then `page=N&size=M`.
 */
export function pageLinks(
  req: ApiRequest,
  page: number,
  size: number,
  total: number,
): Record<string, { href: string }> {
  const totalPages = Math.ceil(total / size);
  const self = selfLink(req);
  if (totalPages <= 1) return { self };
  const rest = [...req.query.entries()].filter(([k]) => k !== "page" && k !== "size");
  const at = (p: number): { href: string } => {
    const qs = [...rest.map(([k, v]) => `${k}=${encodeURIComponent(v)}`), `page=${p}`, `size=${size}`].join("&");
    return href(`${req.base}${req.path}?${qs}`);
  };
  const links: Record<string, { href: string }> = { first: at(0) };
  if (page > 0) links.prev = at(page - 1);
  links.self = self;
  if (page < totalPages - 1) links.next = at(page + 1);
  links.last = at(totalPages - 1);
  return links;
}

/** The `page` object. */
export function pageInfo(
  page: number,
  size: number,
  total: number,
): { size: number; totalElements: number; totalPages: number; number: number } {
  return { size, totalElements: total, totalPages: Math.ceil(total / size), number: page };
}
