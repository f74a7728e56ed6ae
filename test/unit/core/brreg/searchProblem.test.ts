import { offendingParam } from "../../../../src/core/brreg/searchProblem";
import { InvalidInputError } from "../../../../src/core/errors";

describe("the parameter a refused search is about", () => {
  it("is the one the message names, the longest name first; none for an outage", () => {
    const params = ["navn", "fraAntallAnsatte", "tilAntallAnsatte"];
    expect(offendingParam(new InvalidInputError("fraAntallAnsatte må være et heltall"), params)).toBe(
      "fraAntallAnsatte",
    );
    expect(offendingParam(new Error("HTTP 503: Service Unavailable"), params)).toBeUndefined();
  });
});
