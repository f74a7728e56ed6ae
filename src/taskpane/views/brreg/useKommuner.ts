import { useEffect, useState } from "react";
import { isoToday } from "../../../core/args";
import { klassCodes } from "../../../core/klass/codeTables";
import { usePaneContext } from "../../PaneContext";

interface Kommune {
  readonly nummer: string;
  readonly navn: string;
}

/** The municipalities valid today, from KLASS 131 (cached like any KLASS list): the kommune picker's options. */
export function useKommuner(): readonly Kommune[] {
  const { services } = usePaneContext();
  const [list, setList] = useState<readonly Kommune[]>([]);
  useEffect(() => {
    let live = true;
    const env = { klass: services.deps.klass, now: services.deps.now };
    Promise.resolve(klassCodes(env, 131, isoToday(Date.now()), null, null, "code,name"))
      .then(
        (grid) => live && setList(grid.slice(1).map(([code, name]) => ({ nummer: String(code), navn: String(name) }))),
      )
      .catch(() => live && setList([])); // the picker then takes a typed number
    return () => {
      live = false;
    };
  }, [services]);
  return list;
}
