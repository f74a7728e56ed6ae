import { makeStyles } from "@fluentui/react-components";

/** The card's definition list: terms and values flush left (no browser indent). */
export const useUnitCardStyles = makeStyles({
  term: { margin: 0 },
});
