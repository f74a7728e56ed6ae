import { checkBaseUrls, resolveBaseUrls, type ApiBaseUrls, type PartialBaseUrls } from "./baseUrls";
import { readGlobalConfig } from "./globalConfig";
import { reportOnce, type RuntimeProblem } from "./problems";
import { readSettingsDocument, type SavedSettings, type SettingsRead } from "./settingsDocument";

/**
 * What the runtime runs on: the API base URLs, first found wins per URL —
 * 1. the taskpane's saved settings (Settings → Advanced), see ./settingsDocument.ts;
 * 2. the page's `KLASS_BRREG_CONFIG`, see ./globalConfig.ts;
 * 3. the public services —
 * the saved settings that passed their checks (the pane's language among them), and every
 * setting that was ignored on the way, with why.
 */
interface RuntimeSetup {
  readonly settings: SavedSettings;
  readonly baseUrls: ApiBaseUrls;
  readonly problems: readonly RuntimeProblem[];
}

/** Pure: the set-up from a read of the saved settings and the page's global. */
export function resolveSetup(saved: SettingsRead, global: PartialBaseUrls | undefined): RuntimeSetup {
  const checked = checkBaseUrls("global", global);
  return {
    settings: saved.settings,
    baseUrls: resolveBaseUrls(saved.settings, checked.urls),
    problems: [...saved.problems, ...checked.problems],
  };
}

/** The set-up now (read afresh each call); a new problem is also written to the console, once. */
export function currentSetup(): RuntimeSetup {
  const setup = resolveSetup(readSettingsDocument(), readGlobalConfig(globalThis));
  reportOnce(setup.problems);
  return setup;
}
