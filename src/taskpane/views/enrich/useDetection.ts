import { useEffect, useState } from "react";
import { detectMatches, type DetectMatch } from "../../../core/klass/detect";
import type { CellValue } from "../../../core/sheet/cells";
import { usePaneContext } from "../../PaneContext";

/**
 * KLASS.DETECT's best match for a column of codes (core's detection: every version of the
 * common classifications, one cached request per version), so Enrich can propose the
 * classification and date instead of asking. Undefined while `codes` is undefined (not a code
 * column), while it runs, or when nothing matched.
 */
export function useDetection(codes: readonly CellValue[] | undefined): DetectMatch | undefined {
  const { services } = usePaneContext();
  const [found, setFound] = useState<{ codes: readonly CellValue[]; match: DetectMatch } | undefined>();
  useEffect(() => {
    if (!codes || codes.length === 0) return;
    let live = true;
    const env = { klass: services.deps.klass, now: services.deps.now };
    Promise.resolve()
      .then(() =>
        detectMatches(
          env,
          codes.map((c) => [c]),
        ),
      )
      .then(
        (result) => live && result.matches[0] && setFound({ codes, match: result.matches[0] }),
        () => undefined, // no proposal: the user chooses, as before
      );
    return () => {
      live = false;
    };
  }, [codes, services]);
  return found && found.codes === codes ? found.match : undefined;
}
