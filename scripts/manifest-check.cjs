#!/usr/bin/env node
/**
 * Validates an add-in-only manifest offline.
 *
 * 1. XSD: `xmllint --schema OfficeAppManifestV1_1.xsd` on a copy without <Runtimes>, because the
 *    published schemas predate the shared runtime and reject <Runtimes> wherever it stands
 *    (see manifest-schemas/README.md).
 * 2. <Runtimes>, checked by hand as [MS-OWEMXML] 5.7 defines it: the first child of <Host>, one
 *    Runtime with lifetime="long", whose resid is the one the custom functions Page, the
 *    FunctionFile and the ShowTaskpane action use (the shared runtime does not load otherwise),
 *    and that resid is a defined bt:Url.
 * 3. Product rules: no custom functions <Namespace> (users type =KLASS.CODENAME), the
 *    SharedRuntime 1.1 and CustomFunctionsRuntime 1.3 requirement sets, both API domains.
 *
 * Usage: node scripts/manifest-check.cjs [manifest.xml]   (exit 0 valid, 1 invalid)
 */
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const SCHEMA = path.join(__dirname, "manifest-schemas", "OfficeAppManifestV1_1.xsd");

function xpath(file, expr) {
  try {
    return execFileSync("xmllint", ["--nonet", "--xpath", expr, file], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    }).trim();
  } catch (error) {
    // xmllint exits 10 when the expression matches nothing.
    if (error.status === 10) return "";
    throw error;
  }
}

const el = (name) => `*[local-name()="${name}"]`;

function checkRuntimes(file) {
  const errors = [];
  const host = `//${el("VersionOverrides")}/${el("Hosts")}/${el("Host")}`;
  const firstChild = xpath(file, `local-name(${host}/*[1])`);
  if (firstChild !== "Runtimes")
    errors.push(`<Runtimes> must be the first child of <Host> (found <${firstChild || "nothing"}>)`);
  const runtimes = Number(xpath(file, `count(${host}/${el("Runtimes")}/${el("Runtime")})`));
  if (runtimes !== 1) errors.push(`expected exactly one <Runtime>, found ${runtimes}`);
  const resid = xpath(file, `string(${host}/${el("Runtimes")}/${el("Runtime")}/@resid)`);
  const lifetime = xpath(file, `string(${host}/${el("Runtimes")}/${el("Runtime")}/@lifetime)`);
  if (lifetime !== "long") errors.push(`<Runtime lifetime> must be "long" (found "${lifetime}")`);
  const users = {
    "custom functions <Page>": `string(//${el("ExtensionPoint")}[@*[local-name()="type"]="CustomFunctions"]/${el("Page")}/${el("SourceLocation")}/@resid)`,
    "<FunctionFile>": `string(//${el("FunctionFile")}/@resid)`,
    "ShowTaskpane action": `string(//${el("Action")}[@*[local-name()="type"]="ShowTaskpane"]/${el("SourceLocation")}/@resid)`,
  };
  for (const [what, expr] of Object.entries(users)) {
    const used = xpath(file, expr);
    if (used !== resid)
      errors.push(
        `${what} uses resid "${used}" but <Runtime> uses "${resid}": the shared runtime needs the same resid`,
      );
  }
  const defined = xpath(file, `string(//${el("Resources")}/${el("Urls")}/${el("Url")}[@id="${resid}"]/@DefaultValue)`);
  if (!defined) errors.push(`resid "${resid}" is not defined in <bt:Urls>`);
  if (resid.length > 32) errors.push(`resid "${resid}" is longer than 32 characters`);
  return errors;
}

function checkProductRules(file) {
  const errors = [];
  if (Number(xpath(file, `count(//${el("ExtensionPoint")}/${el("Namespace")})`)) !== 0) {
    errors.push("custom functions <Namespace> must be absent: functions are named KLASS.… and BRREG.…");
  }
  for (const [name, min] of [
    ["SharedRuntime", "1.1"],
    ["CustomFunctionsRuntime", "1.3"],
  ]) {
    const got = xpath(file, `string(//${el("Requirements")}/${el("Sets")}/${el("Set")}[@Name="${name}"]/@MinVersion)`);
    if (got !== min) errors.push(`requirement set ${name} ${min} missing (found "${got}")`);
  }
  for (const domain of ["https://data.ssb.no", "https://data.brreg.no"]) {
    if (!xpath(file, `//${el("AppDomain")}[text()="${domain}"]`))
      errors.push(`<AppDomain>${domain}</AppDomain> missing`);
  }
  return errors;
}

function checkSchema(file) {
  const source = fs.readFileSync(file, "utf8");
  // Comments go first: they may mention <Runtimes> in prose.
  const withoutRuntimes = source.replace(/<!--[\s\S]*?-->/g, "").replace(/<Runtimes>[\s\S]*?<\/Runtimes>\s*/g, "");
  const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "manifest-")), "manifest.xml");
  fs.writeFileSync(tmp, withoutRuntimes);
  try {
    execFileSync("xmllint", ["--nonet", "--noout", "--schema", SCHEMA, tmp], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return [];
  } catch (error) {
    const out = `${error.stdout ?? ""}${error.stderr ?? ""}`
      .split("\n")
      .filter((l) => l && !l.endsWith("fails to validate"));
    return out.length
      ? out.map((l) => `schema: ${l.replace(tmp, path.basename(file))}`)
      : [`schema: xmllint exited ${error.status}`];
  } finally {
    fs.rmSync(path.dirname(tmp), { recursive: true, force: true });
  }
}

/** @returns {{ ok: boolean, errors: string[] }} */
function validateManifest(file) {
  const errors = [...checkSchema(file)];
  // The structural checks need well-formed XML; the schema step already reported if it is not.
  if (errors.some((e) => e.includes("parser error"))) return { ok: false, errors };
  errors.push(...checkRuntimes(file), ...checkProductRules(file));
  return { ok: errors.length === 0, errors };
}

module.exports = { validateManifest };

if (require.main === module) {
  const file = process.argv[2] ?? "manifest.xml";
  const { ok, errors } = validateManifest(file);
  if (ok) {
    console.log(`${file}: valid (schema without <Runtimes>, shared runtime resids, product rules)`);
  } else {
    for (const e of errors) console.error(`${file}: ${e}`);
    process.exit(1);
  }
}
