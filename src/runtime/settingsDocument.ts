import { checkBaseUrl } from "../core/config";
import { parseLanguage, type UiLanguage } from "../core/i18n";
import { BASE_URL_KEYS, checkBaseUrls } from "./baseUrls";
import { shownValue, type RuntimeProblem } from "./problems";

/**
 * The settings the taskpane saves (Settings), as one JSON document in this origin's localStorage.
 * Functions and taskpane share one runtime and one origin, so both see it. This file is its only
 * reader and writer.
 */
export const SETTINGS_STORAGE_KEY = "klass-brreg.settings";

/** The saved settings that passed their checks; a missing key means "the default". */
export interface SavedSettings {
  /** The pane's language; missing: follow Office's display language. */
  readonly language?: UiLanguage;
  readonly klassBaseUrl?: string;
  readonly brregBaseUrl?: string;
}

/** What {@link readSettingsDocument} found: the usable settings, and what was ignored and why. */
export interface SettingsRead {
  readonly settings: SavedSettings;
  readonly problems: readonly RuntimeProblem[];
}

/** What may be written; a key set to undefined is removed (back to its default). */
type SettingsPatch = { readonly [K in keyof SavedSettings]?: SavedSettings[K] | undefined };

type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** This page's localStorage, if it has one that may be used (storage may be disabled by policy); null if not. */
function browserStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

function settingsProblem(reason: "unreadable" | "not-an-object", text: string): RuntimeProblem {
  const why = reason === "unreadable" ? "is not JSON" : "is not a JSON object";
  return {
    source: "settings",
    key: "document",
    reason,
    value: shownValue(text),
    message: `The saved settings document (localStorage "${SETTINGS_STORAGE_KEY}") ${why}.`,
  };
}

/** The stored document as an object, or why it is not one. */
function parseObject(text: string | null | undefined): { object: Record<string, unknown>; problem?: RuntimeProblem } {
  if (text === null || text === undefined || text === "") return { object: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { object: {}, problem: settingsProblem("unreadable", text) };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    return { object: {}, problem: settingsProblem("not-an-object", text) };
  return { object: parsed as Record<string, unknown> };
}

/**
 * Pure: the settings in a stored document. Never throws: a document that does not parse, or a
 * value that fails its check (a base URL through the core's {@link checkBaseUrl}, the language),
 * is reported as a problem and left out, so its default applies.
 */
export function parseSettingsDocument(text: string | null | undefined): SettingsRead {
  const { object, problem } = parseObject(text);
  if (problem) return { settings: {}, problems: [problem] };
  const { urls, problems } = checkBaseUrls("settings", object);
  const settings: { -readonly [K in keyof SavedSettings]?: SavedSettings[K] } = { ...urls };
  if (object.language !== undefined && object.language !== null) {
    const language = parseLanguage(object.language);
    if (language) settings.language = language;
    else
      problems.push({
        source: "settings",
        key: "language",
        reason: "unknown-language",
        value: shownValue(object.language),
        message: `Saved settings: "language" must be "nb" or "en"; got ${shownValue(object.language)}.`,
      });
  }
  return { settings, problems };
}

function readText(storage: Pick<Storage, "getItem"> | null): string | null {
  try {
    return storage?.getItem(SETTINGS_STORAGE_KEY) ?? null;
  } catch {
    return null; // storage disabled: nothing saved
  }
}

/** THE reader of the saved settings (functions runtime and taskpane alike). */
export function readSettingsDocument(storage: Pick<Storage, "getItem"> | null = browserStorage()): SettingsRead {
  return parseSettingsDocument(readText(storage));
}

/**
 * THE writer: merges `patch` into the saved document (other keys, even ones that failed their
 * check, stay as written; a document that does not parse is replaced). A base URL that fails the
 * core's check is refused with a TypeError and nothing is written — the Settings form checks
 * first, with {@link checkBaseUrl}, and shows why. Returns false when storage is full or disabled
 * (the choice then lasts for this session only).
 */
export function writeSettingsDocument(
  patch: SettingsPatch,
  storage: KeyValueStorage | null = browserStorage(),
): boolean {
  const next: Record<string, unknown> = { ...parseObject(readText(storage)).object, ...patch };
  for (const key of BASE_URL_KEYS) {
    const value = next[key];
    if (key in patch && value !== undefined) {
      const checked = checkBaseUrl(key, value);
      if (!checked.ok) throw new TypeError(checked.message);
      next[key] = checked.url;
    }
  }
  for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
  try {
    if (!storage) return false;
    storage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(next));
    return true;
  } catch {
    return false;
  }
}

/** Removes the saved document: every setting back to its default (the error boundary's reset). */
export function clearSettingsDocument(storage: KeyValueStorage | null = browserStorage()): void {
  try {
    storage?.removeItem(SETTINGS_STORAGE_KEY);
  } catch {
    // storage disabled: nothing was saved
  }
}
