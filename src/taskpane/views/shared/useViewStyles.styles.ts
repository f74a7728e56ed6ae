import { makeStyles, tokens } from "@fluentui/react-components";

/** Layout shared by the views: design tokens only; forced colours get system colours for borders. */
export const useViewStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: "120px" },
  narrow: { width: "120px" },
  /** Inputs and dropdowns fill their field (Fluent's Dropdown is otherwise at least 250px wide). */
  fill: { minWidth: 0, width: "100%" },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    "@media (forced-colors: active)": {
      borderTopColor: "CanvasText",
      borderRightColor: "CanvasText",
      borderBottomColor: "CanvasText",
      borderLeftColor: "CanvasText",
    },
  },
  /** A list entry's button: left-aligned like a link, wrapping long names. */
  entry: { justifyContent: "flex-start", textAlign: "start", paddingLeft: 0, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  /** A bulleted list inside a message bar. */
  bullets: { margin: `${tokens.spacingVerticalXXS} 0`, paddingInlineStart: tokens.spacingHorizontalXL },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    "@media (forced-colors: active)": { borderTopColor: "CanvasText" },
  },
  checks: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
    minWidth: 0,
    boxSizing: "border-box",
  },
  fieldList: {
    maxHeight: "160px",
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
    margin: 0,
    minWidth: 0,
    boxSizing: "border-box",
  },
  /** A native file input, visually hidden but focusable through its button-styled label. */
  hiddenInput: { position: "absolute", width: "1px", height: "1px", opacity: 0, overflow: "hidden" },
});
