/** Refreshable reports: definitions stored in the workbook, rows built from the services, refresh. */
export * from "./types";
export { loadReports, upsertReport, removeReport, newReportId } from "./store";
export { buildReportTable, type ReportDeps } from "./build";
export { mergeRefresh } from "./merge";
export { refreshReports, type KeepRemoved, type RemovedUserRows } from "./refresh";
export { removedRowsBlock } from "./removedRows";

export { reportFormula } from "./formula";
