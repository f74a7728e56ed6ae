import { useEffect, useState } from "react";
import { flattenRoller } from "../../../core/brreg/roller";
import type { BrregSearchPage, BrregUnit } from "../../../core/brreg/types";
import { usePaneContext } from "../../PaneContext";
import { errorStatus, type Status } from "../shared/StatusMessage";

const SUBUNITS_SHOWN = 20;

/** One unit's card: the unit, its roles and its underenheter, loaded when `orgnr` is set. */
export function useUnitCard(orgnr: string | undefined) {
  const { services, t } = usePaneContext();
  const [unit, setUnit] = useState<BrregUnit | undefined>();
  const [roles, setRoles] = useState<ReturnType<typeof flattenRoller> | undefined>();
  const [subunits, setSubunits] = useState<BrregSearchPage | undefined>();
  const [status, setStatus] = useState<Status | undefined>();

  useEffect(() => {
    setUnit(undefined);
    setRoles(undefined);
    setSubunits(undefined);
    setStatus(undefined);
    if (!orgnr) return;
    let live = true;
    const brreg = services.services.brreg;
    const fail = (error: unknown) => live && setStatus(errorStatus(error, t));
    Promise.resolve(brreg.unit(orgnr)).then((lookup) => {
      if (!live) return;
      if (lookup.state === "found" || lookup.state === "deleted") setUnit(lookup.unit);
    }, fail);
    Promise.resolve(brreg.roller(orgnr)).then((grupper) => live && setRoles(flattenRoller(grupper)), fail);
    brreg
      .search("underenheter", { overordnetEnhet: orgnr, size: String(SUBUNITS_SHOWN) })
      .then((page) => live && setSubunits(page), fail);
    return () => {
      live = false;
    };
  }, [orgnr, services, t]);

  return { unit, roles, subunits, status };
}
