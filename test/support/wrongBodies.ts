/**
 * The wrong-shaped 200 bodies a broken proxy or deployment sends (as the replica's `wrongBodies`
 * fault mode serves them), for the shape tests of both APIs.
 */
export const WRONG_BODIES: ReadonlyArray<readonly [string, unknown]> = [
  ["a message object", { message: "Tjenesten er midlertidig utilgjengelig" }],
  ["an empty array", []],
  ["null", null],
  ["an empty object", {}],
  ["a string", "ok"],
  ["a number", 200],
  [
    "a huge object without the promised fields",
    Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`felt${i}`, i])),
  ],
];
