import { useCallback, useState } from "react";
import type { KlassFamily, KlassSearchResult } from "../../../core/klass/types";
import { usePaneContext } from "../../PaneContext";
import type { KlassFamilyDetail } from "../../../core/klass/versionDetail";
import { errorStatus, type Status } from "../shared/StatusMessage";

/** KLASS search and family browsing; `open` picks a classification for its page. */
export function useKlassSearch() {
  const { services, t, language } = usePaneContext();
  const [query, setQuery] = useState("");
  const [includeCodelists, setIncludeCodelists] = useState(false);
  const [results, setResults] = useState<readonly KlassSearchResult[] | undefined>();
  const [families, setFamilies] = useState<readonly KlassFamily[] | undefined>();
  const [family, setFamily] = useState<KlassFamilyDetail | undefined>();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | undefined>();
  const [opened, setOpened] = useState<{ id: number; name: string } | undefined>();

  const run = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true);
      setStatus(undefined);
      try {
        return await work();
      } catch (error) {
        setStatus(errorStatus(error, t));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [t],
  );

  /** Search for `text` (default: what is typed; an example search fills the box with its text). */
  const search = useCallback(
    async (text: string = query) => {
      const q = text.trim();
      if (!q) return;
      setQuery(text);
      // A number is a classification's id (131, 6): open it, as people who know the id expect.
      if (/^\d{1,6}$/.test(q)) {
        setOpened({ id: Number(q), name: "" });
        return;
      }
      const hits = await run(async () => services.services.klass.search(q, includeCodelists));
      if (hits) {
        setResults(hits);
        setFamilies(undefined);
        setFamily(undefined);
      }
    },
    [query, includeCodelists, run, services],
  );

  const browseFamilies = useCallback(async () => {
    const list = await run(async () => services.services.klass.families(language));
    if (list) {
      setFamilies(list);
      setResults(undefined);
      setFamily(undefined);
    }
  }, [run, services, language]);

  const openFamily = useCallback(
    async (id: number) => {
      const detail = await run(async () => services.services.klass.family(id, language, includeCodelists));
      if (detail) setFamily(detail);
    },
    [run, services, language, includeCodelists],
  );

  return {
    query,
    setQuery,
    includeCodelists,
    setIncludeCodelists,
    results,
    families,
    family,
    busy,
    status,
    search,
    browseFamilies,
    openFamily,
    closeFamily: () => setFamily(undefined),
    opened,
    open: setOpened,
    close: () => setOpened(undefined),
  };
}
