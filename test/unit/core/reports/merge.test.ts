import { mergeRefresh } from "../../../../src/core/reports";

describe("mergeRefresh (refresh keeps what the user added)", () => {
  const header = ["code", "name"];
  const current = {
    header: [...header, "note"],
    rows: [
      ["1103", "Stavanger", "vest"],
      ["0301", "Oslo", "hovedstad"],
      ["3001", "Halden", null],
    ],
    formulas: [
      ["1103", "Stavanger", "vest"],
      ["0301", "Oslo", "=UPPER(B3)"],
      ["3001", "Halden", null],
    ],
  };

  it("sees nothing to do when the generated values are the same", () => {
    const merged = mergeRefresh(current, {
      header,
      rows: [
        ["1103", "Stavanger"],
        ["0301", "Oslo"],
        ["3001", "Halden"],
      ],
    });
    expect(merged.unchanged).toBe(true);
    expect(merged.changedRows).toBe(0);
  });

  it("keeps the user's column beside its key, its formulas as formulas, and the workbook's row order", () => {
    const merged = mergeRefresh(current, {
      header,
      rows: [
        ["0301", "Oslo (endret)"],
        ["1103", "Stavanger"],
        ["4601", "Bergen"],
      ],
    });
    expect(merged.header).toEqual(["code", "name", "note"]);
    expect(merged.rows).toEqual([
      ["1103", "Stavanger", "vest"],
      ["0301", "Oslo (endret)", "=UPPER(B3)"],
      ["4601", "Bergen", null],
    ]);
    expect([...merged.userColumns]).toEqual([2]);
    expect(merged.changedRows).toBe(2); // 0301 renamed, 4601 new
    expect(merged.removedRows).toBe(1); // 3001 gone
    expect(merged.unchanged).toBe(false);
  });

  it("compares numbers read back from the sheet with their text", () => {
    const merged = mergeRefresh(
      { header: ["code", "level"], rows: [["0301", 1]] },
      { header: ["code", "level"], rows: [["0301", "1"]] },
    );
    expect(merged.unchanged).toBe(true);
  });

  it("treats a new generated column as a change", () => {
    const merged = mergeRefresh(
      { header, rows: [["0301", "Oslo"]] },
      { header: ["code", "name", "level"], rows: [["0301", "Oslo", 1]] },
    );
    expect(merged.unchanged).toBe(false);
    expect(merged.rows).toEqual([["0301", "Oslo", 1]]);
  });

  it("recognises generated columns by key or label, keeps their headers, and keeps the user's column", () => {
    const fresh = {
      header,
      labels: ["Kode", "Navn"],
      names: [
        ["Code", "Kode"],
        ["Name", "Navn"],
      ],
      rows: [
        ["1103", "Stavanger"],
        ["0301", "Oslo"],
        ["3001", "Halden"],
      ],
    };
    // A table written with API names (before readable headers) keeps them: formulas may name them.
    const fromKeys = mergeRefresh(current, {
      ...fresh,
      rows: [
        ["1103", "Stavanger"],
        ["0301", "Oslo (ny)"],
      ],
    });
    expect(fromKeys.header).toEqual(["code", "name", "note"]);
    expect(fromKeys.userHeader).toEqual(["note"]);
    expect(fromKeys.changedRows).toBe(1);
    expect(fromKeys.removedUserRows).toEqual([]);
    expect(fromKeys.rows.map((r) => r[2])).toEqual(["vest", "=UPPER(B3)"]);
    // A table with the labels: nothing to do; with the English labels, still recognised.
    expect(mergeRefresh({ ...current, header: ["Kode", "Navn", "note"] }, fresh).unchanged).toBe(true);
    const english = mergeRefresh({ ...current, header: ["Code", "Name", "note"] }, fresh);
    expect(english.userHeader).toEqual(["note"]);
    expect(english.header).toEqual(["Code", "Name", "note"]);
    expect(english.unchanged).toBe(true);
    // A generated column the user deleted comes back under its label.
    const deleted = mergeRefresh({ ...current, header: ["Kode", "x", "note"] }, fresh);
    expect(deleted.header).toEqual(["Kode", "Navn", "x", "note"]);
  });
});

describe("mergeRefresh with several key columns (a correspondence table: a source code per target)", () => {
  const header = ["sourceCode", "targetCode", "targetName"];
  const rows = [
    ["03", "0301", "Oslo"],
    ["11", "1101", "Eigersund"],
    ["11", "1103", "Stavanger"],
  ];

  it("sees nothing to do when the same rows come back, and keeps notes beside their source–target pair", () => {
    const same = mergeRefresh({ header, rows }, { header, rows, keyColumns: [0, 1] });
    expect(same.unchanged).toBe(true);
    const noted = mergeRefresh(
      { header: [...header, "note"], rows: rows.map((r, i) => [...r, i === 2 ? "min" : null]) },
      { header, rows: [rows[0]!, rows[2]!, rows[1]!], keyColumns: [0, 1] },
    );
    expect(noted.rows).toEqual([
      ["03", "0301", "Oslo", null],
      ["11", "1101", "Eigersund", null],
      ["11", "1103", "Stavanger", "min"],
    ]);
    expect(noted.changedRows).toBe(0);
  });
});
