import { createContext, useContext } from "react";
import type { ViewName } from "./useShell";

/** Lets a view send the user to another tab (the start panel's "Søk etter selskap"); the Shell provides it. */
export const Navigation = createContext<(view: ViewName) => void>(() => undefined);

export function useNavigation(): (view: ViewName) => void {
  return useContext(Navigation);
}
