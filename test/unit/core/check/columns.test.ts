import { columnsOf, headerHint } from "../../../../src/core/check";

describe("workbook check: columns and their headers", () => {
  test("the header is the last text above the values (a title row is passed over); code-like text is no header", () => {
    const columns = columnsOf({
      sheet: "S",
      row: 3,
      column: 2,
      values: [
        ["Rapport 2019", null, "0301"],
        [null, null, null],
        ["Kommunenr", "Orgnr", "0101"],
        [301, 923609016, null],
        [null, "", "1507"],
        ["1103", 976030788, "0104"],
      ],
    });
    expect(columns.map((c) => [c.column, c.header, c.headerRow, c.firstRow, c.rowCount])).toEqual([
      [2, "Kommunenr", 5, 6, 3],
      [3, "Orgnr", 5, 6, 3],
      [4, undefined, undefined, 3, 6],
    ]);
    expect(columns[0]!.cells).toEqual([
      { row: 6, value: 301 },
      { row: 8, value: "1103" },
    ]);
    expect(columns[1]!.cells).toEqual([
      { row: 6, value: 923609016 },
      { row: 8, value: 976030788 },
    ]);
    expect(columns[2]!.cells.map((c) => c.value)).toEqual(["0301", "0101", "1507", "0104"]);
  });

  test("header words name what a column holds", () => {
    expect(["orgnr", "Organisasjonsnummer", "org.nr."].map(headerHint)).toEqual(["orgnr", "orgnr", "orgnr"]);
    expect(["Kommunenr", "knr", "Kommune-nummer", "fylkesnr", "Næringskode", "NACE"].map(headerHint)).toEqual([
      131, 131, 131, 104, 6, 6,
    ]);
    expect(["Navn", "Beløp", undefined].map(headerHint)).toEqual([undefined, undefined, undefined]);
  });
});
