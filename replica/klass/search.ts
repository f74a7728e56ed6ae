/**
 * A tiny search index standing in for KLASS's Solr: case-insensitive word matches in name and
 * text, a float score (term frequency damped by length, float32 like Lucene's), and a snippet of
 * at most 163 characters with the matches wrapped in `<strong>` (the recorded snippets).
 */
import type { SearchDoc } from "./model";

/** A hit with its score and snippet. */
export interface SearchHit {
  doc: SearchDoc;
  score: number;
  snippet: string;
}

const SNIPPET_MAX = 163;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function snippet(text: string, re: RegExp): string {
  const first = text.search(re);
  let start = 0;
  if (first > SNIPPET_MAX - 40) start = text.lastIndexOf(" ", first - 40) + 1;
  let end = start;
  for (const m of text.slice(start).matchAll(/\S+\s*/g)) {
    const wordEnd = start + (m.index ?? 0) + m[0].trimEnd().length;
    if (wordEnd - start > SNIPPET_MAX) break;
    end = wordEnd;
  }
  return text.slice(start, end).replace(re, (m) => `<strong>${m}</strong>`);
}

/** Ranked hits for a query. */
export function searchDocs(
  docs: readonly SearchDoc[],
  query: string,
  includeCodelists: boolean,
  section: string | null,
): SearchHit[] {
  const terms = query
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t.length > 0);
  const re = new RegExp(terms.map(escapeRe).join("|"), "gi");
  const hits: SearchHit[] = [];
  for (const doc of docs) {
    if (!includeCodelists && doc.codelist) continue;
    if (section && !doc.section.startsWith(section.trim())) continue;
    const hay = `${doc.name} ${doc.text}`.toLowerCase();
    let tf = 0;
    for (const t of terms) tf += hay.split(t).length - 1;
    if (tf === 0) continue;
    const inName = terms.some((t) => doc.name.toLowerCase().includes(t)) ? 2 : 1;
    const score = Math.fround(
      (Math.sqrt(tf) * inName * 4) / Math.sqrt(doc.text.length / 20 + 1) + (doc.codelist ? 0.5 : 0),
    );
    hits.push({ doc, score, snippet: snippet(doc.text, re) });
  }
  return hits.sort((a, b) => b.score - a.score || a.doc.id - b.doc.id);
}
