/** The Sources sheet: attribution for every report and function family in the workbook. */
export { sourcesRows, functionsInFormulas, CITATIONS, SOURCES_COLUMNS, type ApiCitation, type SourcesInput } from "./sheet";
