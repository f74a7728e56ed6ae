/**
 * HTTPS options for the dev server (Office only loads add-ins over https).
 * - Windows and macOS: office-addin-dev-certs installs its developer CA (it may ask once, as the
 *   yo-office templates do) and returns the certificates.
 * - Linux (no desktop Excel; CI; containers): the certificates are generated without installing
 *   anything and without sudo or prompts; the start script prints how to trust the CA.
 * Only the dev server calls this; `npm run build` does not.
 */
const fs = require("node:fs");

async function httpsOptions() {
  if (process.argv.every((arg) => arg !== "serve")) return {};
  const defaults = require("office-addin-dev-certs/lib/defaults");
  if (process.platform !== "linux") {
    const devCerts = require("office-addin-dev-certs");
    return devCerts.getHttpsServerOptions();
  }
  const present = [defaults.caCertificatePath, defaults.localhostCertificatePath, defaults.localhostKeyPath].every(
    (p) => fs.existsSync(p),
  );
  if (!present) {
    const { generateCertificates } = require("office-addin-dev-certs/lib/generate");
    await generateCertificates();
  }
  return {
    ca: fs.readFileSync(defaults.caCertificatePath),
    cert: fs.readFileSync(defaults.localhostCertificatePath),
    key: fs.readFileSync(defaults.localhostKeyPath),
  };
}

module.exports = { httpsOptions };
