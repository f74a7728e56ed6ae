import { useEffect, useState } from "react";
import { flattenRoller } from "../../../core/brreg/roller";
import type { BrregSearchPage, BrregUnit } from "../../../core/brreg/types";
import { usePaneContext } from "../../PaneContext";
import { errorStatus, type Status } from "../shared/StatusMessage";

const SUBUNITS_SHOWN = 20;

/**
 * One unit's card, loaded when `orgnr` is set: a hovedenhet with its roles and its underenheter;
 * an underenhet with its hovedenhet (`parent`; roles and underenheter belong to hovedenheter).
 */
export function useUnitCard(orgnr: string | undefined) {
  const { services, t } = usePaneContext();
  const [unit, setUnit] = useState<BrregUnit | undefined>();
  const [roles, setRoles] = useState<ReturnType<typeof flattenRoller> | undefined>();
  const [subunits, setSubunits] = useState<BrregSearchPage | undefined>();
  const [isUnderenhet, setIsUnderenhet] = useState(false);
  const [parent, setParent] = useState<BrregUnit | undefined>();
  const [status, setStatus] = useState<Status | undefined>();

  useEffect(() => {
    setUnit(undefined);
    setRoles(undefined);
    setSubunits(undefined);
    setIsUnderenhet(false);
    setParent(undefined);
    setStatus(undefined);
    if (!orgnr) return;
    let live = true;
    const brreg = services.services.brreg;
    const fail = (error: unknown) => live && setStatus(errorStatus(error, t));
    Promise.resolve(brreg.unit(orgnr))
      .then((lookup) => {
        if (!live) return;
        if (lookup.state !== "found" && lookup.state !== "deleted") return;
        setUnit(lookup.unit);
        if (lookup.register === "underenheter") {
          setIsUnderenhet(true);
          const overordnet = lookup.unit.overordnetEnhet;
          if (!overordnet) return;
          return Promise.resolve(brreg.unitIn("enheter", overordnet)).then((up) => {
            if (live && (up.state === "found" || up.state === "deleted")) setParent(up.unit);
          });
        }
        Promise.resolve(brreg.roller(orgnr)).then((grupper) => live && setRoles(flattenRoller(grupper)), fail);
        brreg
          .search("underenheter", { overordnetEnhet: orgnr, size: String(SUBUNITS_SHOWN) })
          .then((page) => live && setSubunits(page), fail);
        return undefined;
      })
      .catch(fail);
    return () => {
      live = false;
    };
  }, [orgnr, services, t]);

  return { unit, roles, subunits, isUnderenhet, parent, status };
}
