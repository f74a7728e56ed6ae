import { Tab, TabList, Tooltip, type SelectTabData, type SelectTabEvent } from "@fluentui/react-components";
import {
  BuildingRegular,
  ClipboardTaskRegular,
  DocumentTableRegular,
  ListRegular,
  SettingsRegular,
  TableEditRegular,
} from "@fluentui/react-icons";
import type { ReactElement } from "react";
import { usePaneContext } from "./PaneContext";
import { VIEWS, type ViewName } from "./useShell";
import { useViewTabsStyles } from "./useViewTabsStyles.styles";

const ICONS: Readonly<Record<ViewName, ReactElement>> = {
  klass: <ListRegular />,
  brreg: <BuildingRegular />,
  enrich: <TableEditRegular />,
  reports: <DocumentTableRegular />,
  check: <ClipboardTaskRegular />,
  settings: <SettingsRegular />,
};

/**
 * The view tabs, in one row at 350 px (Excel's narrowest pane): each tab an icon over a short
 * label (Enhetsregisteret's short), Settings the gear alone (its name in a tooltip and as its
 * accessible name).
 */
export function ViewTabs({
  view,
  onTabSelect,
}: {
  readonly view: ViewName;
  readonly onTabSelect: (event: SelectTabEvent, data: SelectTabData) => void;
}) {
  const styles = useViewTabsStyles();
  const { t } = usePaneContext();
  return (
    <TabList className={styles.tabs} selectedValue={view} onTabSelect={onTabSelect} aria-label={t("app.tabs")}>
      {VIEWS.map((name) => {
        const label = t(`tab.${name}`);
        const iconOnly = name === "settings";
        // "Enhetsregisteret" is too long for one row at 350 px: a short label, the full name for screen readers.
        const short = name === "brreg" ? t("tab.brreg.short") : label;
        const accessibleName = iconOnly ? label : name === "brreg" ? t("tab.brreg.name") : undefined;
        const tab = (
          <Tab
            key={name}
            value={name}
            id={`tab-${name}`}
            aria-controls="view-panel"
            icon={ICONS[name]}
            className={iconOnly ? styles.iconTab : styles.tab}
            content={{ className: styles.label }}
            {...(accessibleName ? { "aria-label": accessibleName } : {})}
          >
            {iconOnly ? undefined : short}
          </Tab>
        );
        return iconOnly ? (
          <Tooltip key={name} content={label} relationship="description">
            {tab}
          </Tooltip>
        ) : (
          tab
        );
      })}
    </TabList>
  );
}
