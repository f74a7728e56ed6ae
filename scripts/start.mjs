#!/usr/bin/env node
/**
 * `npm start`: build, serve https://localhost:3000 and sideload into desktop Excel where there
 * is one (Windows, macOS: office-addin-debugging). Where there is none (Linux, containers) it
 * keeps serving and prints the steps for Excel on the web. Never waits on a prompt.
 *
 *   npm start                              serve (+ sideload to desktop Excel on Windows/macOS)
 *   npm run start:web -- --document <url>  sideload into Excel on the web (office-addin-debugging)
 *   npm run start:offline                  serve with the local replica servers of both APIs,
 *                                          proxied under https://localhost:3000/replica/…
 */
import { spawn } from "node:child_process";
import { writeFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { connect } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const mode = args.includes("--web") ? "web" : args.includes("--offline") ? "offline" : "desktop";
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const pidFile = join(root, ".dev-server.pid");
const children = [];

// office-addin-* tools: no usage-data prompt, ever.
const env = { ...process.env, OFFICE_ADDIN_USAGE_DATA_OPT_IN: "false", NO_UPDATE_NOTIFIER: "1" };

function run(command, commandArgs, extraEnv = {}) {
  const child = spawn(command, commandArgs, {
    cwd: root,
    env: { ...env, ...extraEnv },
    stdio: ["ignore", "inherit", "inherit"],
  });
  children.push(child);
  return child;
}

function waitForPort(p, timeoutMs = 120_000) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = connect(p, "127.0.0.1");
      socket.once("connect", () => (socket.destroy(), resolve()));
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() - started > timeoutMs)
          reject(new Error(`nothing listened on port ${p} within ${timeoutMs / 1000} s`));
        else setTimeout(attempt, 500);
      });
    };
    attempt();
  });
}

function stopAll(code = 0) {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  rmSync(pidFile, { force: true });
  process.exit(code);
}
process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));

const webpackCli = require.resolve("webpack/bin/webpack.js");

async function startReplica() {
  const replica = spawn(process.execPath, ["--import", "tsx", "replica/cli.ts", "--port", "0", "--json"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(replica);
  const line = await new Promise((resolve, reject) => {
    let buffer = "";
    replica.stdout.on("data", (chunk) => {
      buffer += chunk;
      const newline = buffer.indexOf("\n");
      if (newline >= 0) resolve(buffer.slice(0, newline));
    });
    replica.once("exit", (code) => reject(new Error(`the replica server exited (${code}) before it was ready`)));
  });
  return JSON.parse(line);
}

async function main() {
  const serveEnv = {};
  if (mode === "offline") {
    const replica = await startReplica();
    // Same origin as the add-in (no mixed content, no CORS): the dev server proxies /replica/….
    serveEnv.REPLICA_ORIGIN = new URL(replica.klassBaseUrl).origin;
    serveEnv.KLASS_BRREG_CONFIG = JSON.stringify({
      klassBaseUrl: `https://localhost:${port}/replica${new URL(replica.klassBaseUrl).pathname}`,
      brregBaseUrl: `https://localhost:${port}/replica${new URL(replica.brregBaseUrl).pathname}`,
    });
    console.log(
      `Replica servers: ${replica.klassBaseUrl} and ${replica.brregBaseUrl} (proxied under https://localhost:${port}/replica/)`,
    );
  }

  if (mode === "web") {
    const document = args[args.indexOf("--document") + 1];
    if (!args.includes("--document") || !document) {
      console.error("Usage: npm run start:web -- --document <URL of a workbook in OneDrive/SharePoint>");
      process.exit(2);
    }
    const debugging = run(process.execPath, [
      require.resolve("office-addin-debugging/cli.js"),
      "start",
      "manifest.xml",
      "web",
      "--document",
      document,
    ]);
    debugging.on("exit", (code) => process.exit(code ?? 0));
    return;
  }

  if (mode === "desktop" && (process.platform === "win32" || process.platform === "darwin")) {
    const debugging = run(process.execPath, [
      require.resolve("office-addin-debugging/cli.js"),
      "start",
      "manifest.xml",
      "desktop",
    ]);
    debugging.on("exit", (code) => process.exit(code ?? 0));
    return;
  }

  const server = run(process.execPath, [webpackCli, "serve", "--mode", "development"], serveEnv);
  writeFileSync(pidFile, String(process.pid));
  server.on("exit", (code) => stopAll(code ?? 0));
  await waitForPort(port);
  console.log(`
Klass & Brreg is served at https://localhost:${port}/taskpane.html
${mode === "offline" ? "It talks to the local replica servers (no internet needed).\n" : ""}
There is no desktop Excel on this machine (${process.platform}). To use the add-in:
  • Excel on the web: open a workbook, then Home → Add-ins → More Add-ins → Upload My Add-in,
    and upload manifest.xml (or: npm run start:web -- --document <workbook URL>).
  • Trust the development certificate first: its CA is ~/.office-addin-dev-certs/ca.crt
    (import it into your browser's or system's trusted roots).
  • Windows or Mac with Excel: run npm start there; it sideloads automatically.
Stop with Ctrl+C or npm stop.
`);
}

main().catch((error) => {
  console.error(`npm start: ${error.message}`);
  stopAll(1);
});
