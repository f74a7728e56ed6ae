#!/usr/bin/env node
/**
 * `npm stop`: on Windows/macOS, office-addin-debugging unregisters the sideloaded add-in and stops
 * the dev server; elsewhere, stops the `npm start` started on this machine (its pid file).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const pidFile = join(root, ".dev-server.pid");

if (process.platform === "win32" || process.platform === "darwin") {
  const result = spawnSync(
    process.execPath,
    [require.resolve("office-addin-debugging/cli.js"), "stop", "manifest.xml"],
    {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, OFFICE_ADDIN_USAGE_DATA_OPT_IN: "false" },
    },
  );
  process.exit(result.status ?? 0);
}

if (!existsSync(pidFile)) {
  console.log("npm stop: nothing to stop (no dev server started by npm start here).");
  process.exit(0);
}
const pid = Number(readFileSync(pidFile, "utf8"));
try {
  process.kill(pid, "SIGTERM");
  console.log(`npm stop: stopped the dev server (pid ${pid}).`);
} catch {
  console.log(`npm stop: the dev server (pid ${pid}) was not running.`);
}
rmSync(pidFile, { force: true });
