/**
 * `npm run bench`: loads the project's code as the add-in ships it (TypeScript's own emit, see
 * ./shipped.ts), then runs the benchmarks (./main.ts). `BENCH_LOADER=tsx` keeps tsx's transform,
 * to see what it costs.
 */
import { join } from "node:path";
import { loadProjectAsShipped } from "./shipped";

const viaTsx = process.env.BENCH_LOADER === "tsx";
if (!viaTsx) loadProjectAsShipped(join(__dirname, ".."));
// Required, not imported: the import would be hoisted above the loader switch.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { main } = require("./main") as typeof import("./main");
main(
  viaTsx ? "tsx (esbuild, keepNames)" : "typescript transpileModule with tsconfig.json (as webpack's ts-loader)",
).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
