import { formatBytes, formatIsoDate, formatNumber } from "../../../../src/core/i18n";

describe("formatValue: numbers, sizes and dates in the pane's language", () => {
  it("writes a decimal comma and a space between thousands in nb", () => {
    expect(formatBytes(1.5 * 1024 * 1024, "nb")).toBe("1,5 MB");
    expect(formatBytes(1.5 * 1024 * 1024, "en")).toBe("1.5 MB");
    expect(formatBytes(12, "nb")).toBe("12 B");
    expect(formatNumber(21408, "nb")).toBe("21\u00a0408");
  });

  it("writes ISO dates as dd.mm.yyyy in nb, and leaves other text alone", () => {
    expect(formatIsoDate("1972-09-18", "nb")).toBe("18.09.1972");
    expect(formatIsoDate("1972-09-18", "en")).toMatch(/^18 Sept? 1972$/);
    expect(formatIsoDate("snart", "nb")).toBe("snart");
  });
});
