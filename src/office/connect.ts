import type { WorkbookGateway } from "./gateway";
import { browserFunctions } from "./browserFunctions";
import { createMemoryWorkbook } from "./memoryWorkbook";
import { createOfficeGateway } from "./officeGateway";

export interface WorkbookConnection {
  readonly gateway: WorkbookGateway;
  /** "excel" inside Excel, "browser" against the in-memory workbook. */
  readonly host: "excel" | "browser";
  /** Office's display language (e.g. "nb-NO"), or the browser's. */
  readonly displayLanguage: string;
  /**
   * Whether custom functions may return entity values (data types): CustomFunctionsRuntime 1.4,
   * Microsoft's stated requirement. True outside Excel (no Excel reads the cards there).
   */
  readonly entityCells: boolean;
}

/** The requirement set that lets custom functions return data types ("Use data types with custom functions"). */
const ENTITY_CELLS_REQUIREMENT = ["CustomFunctionsRuntime", "1.4"] as const;

function entityCellsInExcel(): boolean {
  try {
    return Office.context.requirements.isSetSupported(...ENTITY_CELLS_REQUIREMENT);
  } catch {
    return false;
  }
}

/** How long to wait for Office.onReady before deciding we are not inside Excel. */
const OFFICE_READY_TIMEOUT_MS = 3000;

function officeReady(): Promise<Office.HostType | undefined> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.onReady) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), OFFICE_READY_TIMEOUT_MS);
    void office.onReady((info) => {
      clearTimeout(timer);
      resolve(info.host ?? undefined);
    });
  });
}

export async function connectWorkbook(): Promise<WorkbookConnection> {
  const host = await officeReady();
  const browserLanguage = typeof navigator === "undefined" ? "en-US" : navigator.language;
  if ((host as string | undefined) === "Excel") {
    return {
      gateway: createOfficeGateway(),
      host: "excel",
      displayLanguage: Office.context.displayLanguage || browserLanguage,
      entityCells: entityCellsInExcel(),
    };
  }
  // Outside Excel the in-memory workbook evaluates add-in formulas through the page's own functions.
  const functions = await browserFunctions();
  return {
    gateway: createMemoryWorkbook("Sheet1", functions ? { functions } : {}),
    host: "browser",
    displayLanguage: browserLanguage,
    entityCells: true,
  };
}
