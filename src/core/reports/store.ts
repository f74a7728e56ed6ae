import type { ReportDefinition } from "./types";

/**
 * Report definitions live in the workbook's settings (one JSON document under
 * {@link REPORTS_SETTING_KEY}), so they travel with the file and every copy of the add-in that
 * opens it can refresh them. Reading tolerates a damaged document: it answers no reports rather
 * than breaking the pane. A report names its table (`tableName`), never a position: the gateway
 * finds the table by name wherever rows inserted above or beside it have moved it.
 */
const REPORTS_SETTING_KEY = "klass-brreg.reports";
const FORMAT_VERSION = 1;

/** The part of the gateway the store needs (kept narrow so core does not import src/office). */
export interface SettingsPort {
  readSetting(key: string): Promise<string | undefined>;
  writeSetting(key: string, value: string | undefined): Promise<void>;
}

function isReport(value: unknown): value is ReportDefinition {
  const r = value as Partial<ReportDefinition> | null;
  return (
    !!r &&
    typeof r.id === "string" &&
    typeof r.tableName === "string" &&
    typeof r.sheet === "string" &&
    typeof r.source === "object" &&
    r.source !== null &&
    (r.source.kind === "klass-codes" ||
      r.source.kind === "klass-variant" ||
      r.source.kind === "klass-correspondence" ||
      r.source.kind === "brreg-search")
  );
}

export async function loadReports(settings: SettingsPort): Promise<ReportDefinition[]> {
  const text = await settings.readSetting(REPORTS_SETTING_KEY);
  if (!text) return [];
  try {
    const doc = JSON.parse(text) as { version?: unknown; reports?: unknown };
    return Array.isArray(doc.reports) ? doc.reports.filter(isReport) : [];
  } catch {
    return []; // a hand-edited or truncated setting must not break the pane
  }
}

export async function saveReports(settings: SettingsPort, reports: readonly ReportDefinition[]): Promise<void> {
  await settings.writeSetting(
    REPORTS_SETTING_KEY,
    reports.length ? JSON.stringify({ version: FORMAT_VERSION, reports }) : undefined,
  );
}

/** Adds or replaces (by id) one report. */
export async function upsertReport(settings: SettingsPort, report: ReportDefinition): Promise<ReportDefinition[]> {
  const reports = (await loadReports(settings)).filter((r) => r.id !== report.id);
  reports.push(report);
  await saveReports(settings, reports);
  return reports;
}

export async function removeReport(settings: SettingsPort, id: string): Promise<ReportDefinition[]> {
  const reports = (await loadReports(settings)).filter((r) => r.id !== id);
  await saveReports(settings, reports);
  return reports;
}

/** A new report id: time plus a counter, unique within a workbook session. */
let counter = 0;
export function newReportId(now: number): string {
  counter = (counter + 1) % 1_000_000;
  return `r${now.toString(36)}${counter.toString(36)}`;
}
