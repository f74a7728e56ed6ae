#!/usr/bin/env node
/**
 * Renders deploy/nginx/klass-brreg.conf.template for one host.
 *
 *   node deploy/nginx/render.cjs --server-name addins.example.no \
 *     --addin-origin https://addins.example.no --dist /srv/klass-brreg/dist \
 *     --cert /etc/ssl/certs/addins.pem --key /etc/ssl/private/addins.key \
 *     > /etc/nginx/conf.d/klass-brreg.conf
 *
 * Every value is checked before it is written (an nginx config with a stray `;` or quote in it
 * would fail at reload, or worse, mean something else). `--standalone` wraps the site in a
 * complete nginx.conf (events, http, pid and temp paths under --prefix) for running nginx as an
 * ordinary process: the integration test and the benchmark do that on loopback.
 */
const fs = require("node:fs");
const path = require("node:path");

const TEMPLATE = path.join(__dirname, "klass-brreg.conf.template");

/** The public APIs, as the add-in's own defaults name them. */
const PUBLIC_UPSTREAMS = Object.freeze({
  klassUpstream: "https://data.ssb.no/api/klass/v1",
  brregUpstream: "https://data.brreg.no/enhetsregisteret/api",
});

const DEFAULTS = Object.freeze({
  listen: "443",
  ...PUBLIC_UPSTREAMS,
  cacheDir: "/var/cache/nginx/klass-brreg",
  logDir: "/var/log/nginx",
  ratePerSecond: 20,
  burst: 200,
  klassTtl: "1h",
  brregTtl: "10m",
});

/** Characters that would end or change an nginx directive. */
const UNSAFE = /[\s;{}"'`$\\#]/;

function fail(name, value, must) {
  throw new Error(`--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${must}; got ${JSON.stringify(value)}`);
}

function safe(name, value) {
  if (typeof value !== "string" || value === "" || UNSAFE.test(value))
    fail(name, value, "must be a non-empty value without spaces, quotes, ;, {, }, $ or #");
  return value;
}

function absolutePath(name, value) {
  safe(name, value);
  if (!path.isAbsolute(value)) fail(name, value, "must be an absolute path");
  return value.replace(/\/+$/, "") || "/";
}

function url(name, value, { httpsOnly }) {
  safe(name, value);
  let parsed;
  try {
    parsed = new URL(value);
  } catch {
    fail(name, value, "must be an absolute URL");
  }
  if (parsed.protocol !== "https:" && (httpsOnly || parsed.protocol !== "http:"))
    fail(name, value, httpsOnly ? "must be https" : "must be http or https");
  if (parsed.search || parsed.hash) fail(name, value, "must not carry a query or fragment");
  return value.replace(/\/+$/, "");
}

function origin(name, value) {
  const checked = url(name, value, { httpsOnly: true });
  if (new URL(checked).origin !== checked) fail(name, value, "must be an origin (scheme, host and port only, no path)");
  return checked;
}

/** An nginx time: a number and a unit (s, m, h, d). */
function duration(name, value) {
  if (!/^\d+[smhd]$/.test(String(value))) fail(name, value, "must be an nginx time such as 30s, 10m or 1h");
  return String(value);
}

function positiveInteger(name, value) {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) fail(name, value, "must be a whole number of at least 1");
  return n;
}

/** Options checked and completed with {@link DEFAULTS}. */
function normalise(options) {
  const o = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  const listen = String(o.listen);
  if (!/^((\d{1,3}\.){3}\d{1,3}:|\[[0-9a-f:]+\]:)?\d{1,5}$/i.test(listen))
    fail("listen", listen, "must be a port or address:port");
  return {
    serverName: safe("serverName", o.serverName),
    addinOrigin: origin("addinOrigin", o.addinOrigin),
    distDir: absolutePath("dist", o.dist),
    certFile: absolutePath("cert", o.cert),
    keyFile: absolutePath("key", o.key),
    listen,
    klassUpstream: url("klassUpstream", o.klassUpstream, { httpsOnly: false }),
    brregUpstream: url("brregUpstream", o.brregUpstream, { httpsOnly: false }),
    cacheDir: absolutePath("cacheDir", o.cacheDir),
    logDir: absolutePath("logDir", o.logDir),
    ratePerSecond: positiveInteger("ratePerSecond", o.ratePerSecond),
    burst: positiveInteger("burst", o.burst),
    klassTtl: duration("klassTtl", o.klassTtl),
    brregTtl: duration("brregTtl", o.brregTtl),
  };
}

/** The site configuration (for nginx's http block). */
function renderSite(options) {
  const o = normalise(options);
  const values = {
    SERVER_NAME: o.serverName,
    ADDIN_ORIGIN: o.addinOrigin,
    DIST_DIR: o.distDir,
    CERT_FILE: o.certFile,
    KEY_FILE: o.keyFile,
    LISTEN: o.listen,
    KLASS_UPSTREAM: o.klassUpstream,
    BRREG_UPSTREAM: o.brregUpstream,
    CACHE_DIR: o.cacheDir,
    LOG_DIR: o.logDir,
    RATE_PER_SECOND: String(o.ratePerSecond),
    BURST: String(o.burst),
    KLASS_TTL: o.klassTtl,
    BRREG_TTL: o.brregTtl,
  };
  const text = fs.readFileSync(TEMPLATE, "utf8").replace(/\{\{([A-Z_]+)\}\}/g, (all, key) => {
    if (!(key in values)) throw new Error(`the template names an unknown value ${all}`);
    return values[key];
  });
  return text;
}

/**
 * A complete nginx.conf around the site, for `nginx -p PREFIX -c PREFIX/nginx.conf`: pid, temp
 * and error log under `prefix`, the MIME types of the machine's nginx, `user` when running as root.
 */
function renderStandalone(options) {
  const prefix = absolutePath("prefix", options.prefix);
  const mimeTypes = absolutePath("mimeTypes", options.mimeTypes ?? "/etc/nginx/mime.types");
  const user = options.user === undefined ? "" : `user ${safe("user", options.user)};\n`;
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((kind) => `    ${kind}_temp_path ${prefix}/tmp/${kind};`)
    .join("\n");
  const site = renderSite({ cacheDir: `${prefix}/cache`, logDir: `${prefix}/logs`, ...options })
    .split("\n")
    .map((line) => (line ? `    ${line}` : line))
    .join("\n");
  return `${user}worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 512; }
http {
    include ${mimeTypes};
    default_type application/octet-stream;
    sendfile on;
    access_log off;
${temp}
${site}
}
`;
}

/** `--kebab-case value` pairs (and bare flags) → an options object. */
function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) throw new Error(`unexpected argument ${JSON.stringify(arg)}`);
    const key = arg.slice(2).replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    if (key === "standalone") options.standalone = true;
    else options[key] = argv[++i];
  }
  return options;
}

module.exports = { renderSite, renderStandalone, parseArgs, DEFAULTS, PUBLIC_UPSTREAMS };

if (require.main === module) {
  try {
    const options = parseArgs(process.argv.slice(2));
    const text = options.standalone ? renderStandalone(options) : renderSite(options);
    if (options.out) fs.writeFileSync(options.out, text);
    else process.stdout.write(text);
  } catch (error) {
    process.stderr.write(`render: ${error.message}\n`);
    process.exit(2);
  }
}
