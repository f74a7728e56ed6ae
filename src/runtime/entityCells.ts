/**
 * Whether the running Excel takes entity values (data types) from custom functions: Microsoft's
 * requirement set CustomFunctionsRuntime 1.4 ("Use data types with custom functions"), which
 * Excel on the web, Microsoft 365 on Windows (2208+) and on Mac (16.64+) have, and the retail and
 * volume-licensed perpetual versions (Excel 2021, 2024) do not. Told by whoever can ask Office
 * (the taskpane's entry, which runs in the shared runtime as the add-in loads, as with
 * ./cellLanguage.ts), so neither core nor the functions need Office.js. Until told: supported
 * (the add-in's Excel, as far as anyone knows; outside Excel nobody reads a card's JSON but tests).
 * BRREG.KORT and KLASS.KORT answer the card's text instead where it is not supported.
 */
let supported = true;

export function entityCellsSupported(): boolean {
  return supported;
}

export function setEntityCellsSupported(value: boolean): void {
  supported = value;
}
