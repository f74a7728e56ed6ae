import { SETTINGS_STORAGE_KEY } from "../../functions/shared/runtimeConfig";
import { parseLanguage, type UiLanguage } from "../../core/i18n";

/**
 * The UI language chosen in Settings, saved beside the base URLs in this origin's localStorage
 * (the same JSON document; the functions runtime reads only its URL keys from it).
 * Undefined: follow Office's display language.
 */
function storage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function readSettingsDocument(): Record<string, unknown> {
  try {
    const text = storage()?.getItem(SETTINGS_STORAGE_KEY);
    const parsed: unknown = text ? JSON.parse(text) : {};
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Merges `patch` into the saved settings; a key set to undefined is removed. */
export function writeSettingsDocument(patch: Record<string, unknown>): void {
  const next: Record<string, unknown> = { ...readSettingsDocument(), ...patch };
  for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
  try {
    storage()?.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Storage full or disabled: the choice lasts for this session only.
  }
}

export function readSavedLanguage(): UiLanguage | undefined {
  return parseLanguage(readSettingsDocument().language);
}

export function saveLanguage(language: UiLanguage | undefined): void {
  writeSettingsDocument({ language });
}
