import { columnsOf, headerHint } from "../../../../src/core/check";

describe("workbook check: columns and their headers", () => {
  test("a title row above the table is passed over; its first row of two or more cells holds the headers", () => {
    const columns = columnsOf({
      sheet: "S",
      row: 3,
      column: 2,
      values: [
        ["Rapport 2019", null, null, null],
        [null, null, null, null],
        ["Kommunenr", "Orgnr", "0101", "Notat"],
        [301, 923609016, null, "a"],
        [null, "", "1507", "b"],
        ["1103", 976030788, "0104", "c"],
      ],
    });
    expect(columns.map((c) => [c.column, c.header, c.headerRow, c.firstRow, c.rowCount])).toEqual([
      [2, "Kommunenr", 5, 6, 3],
      [3, "Orgnr", 5, 6, 3],
      [4, undefined, undefined, 5, 4],
      [5, "Notat", 5, 6, 3],
    ]);
    expect(columns[0]!.cells).toEqual([
      { row: 6, value: 301 },
      { row: 8, value: "1103" },
    ]);
    expect(columns[2]!.cells.map((c) => c.value)).toEqual(["0101", "1507", "0104"]);
  });

  test("a one-column range: its first filled cell is the header when it is text", () => {
    const [column] = columnsOf({ sheet: "S", row: 0, column: 0, values: [[null], ["knr"], ["0301"]] });
    expect(column).toMatchObject({ header: "knr", headerRow: 1, firstRow: 2 });
  });

  test("header words name what a column holds", () => {
    expect(["orgnr", "Organisasjonsnummer", "org.nr."].map(headerHint)).toEqual(["orgnr", "orgnr", "orgnr"]);
    expect(["Kommunenr", "knr", "Kommune-nummer", "fylkesnr", "Næringskode", "NACE"].map(headerHint)).toEqual([
      131, 131, 131, 104, 6, 6,
    ]);
    expect(["Navn", "Beløp", undefined].map(headerHint)).toEqual([undefined, undefined, undefined]);
  });
});
