import { makeStyles, tokens } from "@fluentui/react-components";

/** Tabs that fit one row at 350 px: icon over a small label, little padding, no wrapping. */
export const useViewTabsStyles = makeStyles({
  tabs: {
    flexWrap: "nowrap",
    justifyContent: "space-between",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    "@media (forced-colors: active)": { borderBottomColor: "CanvasText" },
  },
  tab: {
    // Fluent lays a tab out as a grid, icon and label side by side: one column puts the icon on top.
    gridAutoFlow: "row",
    gridTemplateColumns: "auto",
    justifyItems: "center",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    minWidth: 0,
    // The bold copy Fluent reserves beside the label would stack under it in a column.
    "& .fui-Tab__content--reserved-space": { display: "none" },
  },
  iconTab: { paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS, minWidth: 0 },
  /** The label in the grid's second row, under the icon (Fluent puts it in the second column). */
  label: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    padding: 0,
    gridColumnStart: 1,
    gridRowStart: 2,
  },
});
