import { EXCEL_ERROR_FORMULA, enrichNote, settleRows } from "../../../../src/core/enrich";
import { InvalidInputError, NotFoundError, ServiceUnavailableError } from "../../../../src/core/errors";
import { translator } from "../../../../src/core/i18n";

describe("failed cells: clean values, one reason per row", () => {
  const keys = ["923609016", "123", "", "810005912"];
  const rows = [
    ["FIRMA AS", 12],
    [new InvalidInputError("123 fails the mod-11 check"), new InvalidInputError("123 fails the mod-11 check")],
    ["", ""],
    ["OTHER AS", new NotFoundError("no such unit", { api: "brreg" })],
  ];
  const reason = (error: Error) => enrichNote(error, translator("nb"));

  it("leaves failed value cells empty, numbers as numbers, and writes the reason once in the note column", () => {
    const settled = settleRows(keys, rows, new Set(), "note", reason);
    expect(settled.values).toEqual([
      ["FIRMA AS", 12, ""],
      ["", "", "Ugyldig verdi"],
      ["", "", ""],
      ["OTHER AS", "", "Ikke funnet"],
    ]);
    expect(settled.numberFormats[0]).toEqual(["General", "General", "@"]);
    expect({ filled: settled.filled, failed: settled.failed }).toEqual({ filled: 1, failed: 2 });
  });

  it("or gives failed value cells a real Excel error (=NA(), never text-formatted)", () => {
    const settled = settleRows(keys, rows, new Set([0, 1]), "excel-error", reason);
    expect(settled.values[1]).toEqual([EXCEL_ERROR_FORMULA, EXCEL_ERROR_FORMULA, "Ugyldig verdi"]);
    expect(settled.numberFormats[1]).toEqual(["General", "General", "@"]);
    expect(settled.numberFormats[0]).toEqual(["@", "@", "@"]);
  });

  it("gives a column's own format (a date format) to its numbers and empty cells, not to failed cells", () => {
    const dates = [[45292], [""], [new NotFoundError("no such unit", { api: "brreg" })]];
    const settled = settleRows(["1", "2", "3"], dates, new Set(), "note", reason, new Map([[0, "dd.mm.yyyy"]]));
    expect(settled.numberFormats.map((r) => r[0])).toEqual(["dd.mm.yyyy", "dd.mm.yyyy", "General"]);
  });

  it("names the service in the pane's language", () => {
    const down = new ServiceUnavailableError("HTTP 503: Service Unavailable", { api: "brreg" });
    expect(enrichNote(down, translator("nb"))).toBe("Enhetsregisteret svarer ikke");
    expect(enrichNote(new ServiceUnavailableError("x", { api: "klass" }), translator("en"))).toBe(
      "KLASS is not answering",
    );
    expect(enrichNote(new Error("boom"), translator("en"))).toBe("Unexpected error");
  });
});
