/** Refreshable reports: definitions stored in the workbook, rows built from the services, refresh. */
export * from "./types";
export { REPORTS_SETTING_KEY, loadReports, saveReports, upsertReport, removeReport, newReportId, type SettingsPort } from "./store";
export { buildReportTable, textColumnsOf, klassCodesUrl, brregSearchUrl, type ReportDeps } from "./build";
export { mergeRefresh, type CurrentTable, type FreshTable, type MergedTable } from "./merge";
export { refreshReports, type ReportRefresh, type TablePort } from "./refresh";
export { cellText } from "./cellText";
export { reportFormula } from "./formula";
