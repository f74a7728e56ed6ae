import { checkLength, MAX_NAME_LENGTH, MAX_SEARCH_TEXT_LENGTH, shown } from "../../../../src/core/args";
import { isInvalidInputError } from "../../../../src/core/errors";

describe("argument length bounds", () => {
  test("names may be 1,000 characters, search text 180 (Enhetsregisteret's own cap for navn)", () => {
    expect(MAX_NAME_LENGTH).toBe(1_000);
    expect(MAX_SEARCH_TEXT_LENGTH).toBe(180);
  });
  test("checkLength passes text up to the bound and refuses longer text, naming the bound", () => {
    expect(checkLength("a".repeat(1_000), "field")).toHaveLength(1_000);
    let error: unknown;
    try {
      checkLength("a".repeat(1_000_000), "field");
    } catch (caught) {
      error = caught;
    }
    expect(isInvalidInputError(error)).toBe(true);
    expect((error as Error).message).toMatch(/^field is 1,000,000 characters long; at most 1,000 are allowed/);
    expect((error as Error).message.length).toBeLessThan(200);
  });
  test("shown quotes at most 40 characters", () => {
    expect(shown("kommune")).toBe("kommune");
    expect(shown("x".repeat(41))).toBe(`${"x".repeat(40)}…`);
  });
});
