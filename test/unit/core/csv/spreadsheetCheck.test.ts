import { rejectSpreadsheet } from "../../../../src/core/csv";

describe("rejectSpreadsheet", () => {
  it("refuses an xlsx/ods (zip) and an old xls (OLE) with the not-csv code and the file's name", () => {
    for (const magic of [
      [0x50, 0x4b, 0x03, 0x04],
      [0xd0, 0xcf, 0x11, 0xe0],
    ]) {
      expect(() => rejectSpreadsheet(Uint8Array.from([...magic, 1, 2, 3]), "tall.xlsx")).toThrow(
        expect.objectContaining({ kind: "invalid-input", code: "not-csv", params: { file: "tall.xlsx" } }),
      );
    }
  });

  it("lets CSV text through, even text that starts with PK", () => {
    expect(() => rejectSpreadsheet(new TextEncoder().encode("PK;navn\r\n1;A\r\n"), "a.csv")).not.toThrow();
    expect(() => rejectSpreadsheet(new Uint8Array(), "tom.csv")).not.toThrow();
  });
});
