import { CSV_DIALECTS, csvCell, csvFileName, decodeCsvBytes, parseCsvText, toCsv } from "../../../../src/core/csv";

describe("CSV in", () => {
  it("decodes UTF-8, and falls back to ISO-8859-1 for bytes that are not UTF-8", () => {
    expect(decodeCsvBytes(new TextEncoder().encode("\uFEFFkode;navn\n0219;Bærum"))).toEqual({
      text: "kode;navn\n0219;Bærum",
      encoding: "utf-8",
    });
    const latin1 = Uint8Array.from([0x30, 0x32, 0x31, 0x39, 0x3b, 0x42, 0xe6, 0x72, 0x75, 0x6d]); // 0219;Bærum
    expect(decodeCsvBytes(latin1)).toEqual({ text: "0219;Bærum", encoding: "iso-8859-1" });
    expect(decodeCsvBytes(latin1, "iso-8859-1").text).toBe("0219;Bærum");
  });

  it("detects the delimiter, keeps every field as text, and streams rows in chunks", async () => {
    const chunks: string[][][] = [];
    const text = ["orgnr;navn", ...Array.from({ length: 25 }, (_, i) => `0${i};"Navn; med semikolon ${i}"`)].join(
      "\r\n",
    );
    const result = await parseCsvText(text, { chunkRows: 10, onRows: (rows) => chunks.push(rows) });
    expect(result).toMatchObject({ rows: 26, delimiter: ";", errors: [] });
    expect(chunks.map((c) => c.length)).toEqual([10, 10, 6]);
    expect(chunks[0]![1]).toEqual(["00", "Navn; med semikolon 0"]);
  });

  it("reads tab- and comma-separated files", async () => {
    const rows: string[][] = [];
    await parseCsvText("a\tb\n1\t2\n", { onRows: (r) => rows.push(...r) });
    await parseCsvText("c,d\n3,4\n", { onRows: (r) => rows.push(...r) });
    expect(rows).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["c", "d"],
      ["3", "4"],
    ]);
  });
});

describe("CSV out", () => {
  it("neutralises formula triggers and quotes where needed", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(csvCell("+47")).toBe("'+47");
    expect(csvCell(-5)).toBe(-5);
    expect(csvCell(null)).toBe("");
    expect(
      toCsv(
        ["code", "name"],
        [
          ["0301", "Oslo, by"],
          ["1103", "@x"],
        ],
      ),
    ).toBe('code,name\r\n0301,"Oslo, by"\r\n1103,\'@x');
    expect(csvFileName("KLASS_131 2024")).toBe("KLASS_131_2024.csv");
  });
});

describe("toCsv for Norwegian Excel", () => {
  it("separates with semicolons and writes numbers with a decimal comma, so Excel opens one value per column", () => {
    const { delimiter, decimalComma } = CSV_DIALECTS.nordic;
    expect(
      toCsv(
        ["kode", "andel"],
        [
          ["0301", 1.5],
          ["1103", 12],
        ],
        delimiter,
        decimalComma,
      ),
    ).toBe("kode;andel\r\n0301;1,5\r\n1103;12");
    const intl = CSV_DIALECTS.international;
    expect(toCsv(["a"], [[1.5]], intl.delimiter, intl.decimalComma)).toBe("a\r\n1.5");
  });
});
