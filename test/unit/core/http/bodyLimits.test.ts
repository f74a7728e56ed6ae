import { BODY_LIMITS, maxBodyBytes, megabytes } from "../../../../src/core/http/bodyLimits";

const BRREG = "https://data.brreg.no/enhetsregisteret/api";
const KLASS = "https://data.ssb.no/api/klass/v1";

describe("the body bound of each endpoint kind", () => {
  it.each([
    ["brreg", `${BRREG}/enheter/923609016`, BODY_LIMITS.brregUnit],
    ["brreg", `${BRREG}/underenheter/923609016`, BODY_LIMITS.brregUnit],
    ["brreg", `${BRREG}/enheter?organisasjonsnummer=1,2&size=2`, BODY_LIMITS.brregList],
    ["brreg", `${BRREG}/underenheter?navn=x`, BODY_LIMITS.brregList],
    ["brreg", `${BRREG}/oppdateringer/enheter?dato=x`, BODY_LIMITS.brregFeed],
    ["brreg", `${BRREG}/enheter/923609016/roller`, BODY_LIMITS.brregOther],
    ["brreg", `${BRREG}/organisasjonsformer`, BODY_LIMITS.brregOther],
    ["brreg", `http://127.0.0.1:4001/enhetsregisteret/api/enheter/923609016`, BODY_LIMITS.brregUnit],
    ["klass", `${KLASS}/classifications/131/codesAt?date=2024-01-01`, BODY_LIMITS.klassCodes],
    ["klass", `${KLASS}/classifications/6/variantAt?variantName=x`, BODY_LIMITS.klassCodes],
    ["klass", `${KLASS}/classifications/104/correspondsAt?targetClassificationId=131`, BODY_LIMITS.klassCodes],
    ["klass", `${KLASS}/classifications/131`, BODY_LIMITS.klassOther],
    ["klass", `${KLASS}/classifications/search?query=x`, BODY_LIMITS.klassOther],
  ] as const)("%s %s", (api, url, limit) => expect(maxBodyBytes(api, url)).toBe(limit));

  it("every bound is well above the largest real answer of its kind and says itself in MB", () => {
    expect(BODY_LIMITS.brregUnit).toBe(1024 * 1024);
    // A full search page: 10,000 units of ~3.2 KB.
    expect(BODY_LIMITS.brregList).toBeGreaterThan(10_000 * 3_300);
    expect(megabytes(BODY_LIMITS.klassCodes)).toBe("64 MB");
  });
});
