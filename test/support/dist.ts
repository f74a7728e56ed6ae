import { existsSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");

/** The build suites test dist/, which `npm test` builds first; say so when it is missing. */
export function requireDist(...files: string[]): void {
  for (const file of files) {
    if (!existsSync(join(DIST, file)))
      throw new Error(`dist/${file} is missing: run \`npm run build\` (npm test does it first)`);
  }
}
