/**
 * Norwegian (bokmål) function help for Excel: functions.nb-NO.json, built from the English
 * functions.json that custom-functions-metadata generates from the JSDoc, with the Norwegian text
 * of src/functions/i18n/metadata.nb.json (one entry per function id, one per parameter).
 *
 * Excel localizes only what metadata calls `name` and `description` (of functions and their
 * parameters); the function `id` never changes, and here neither does the function `name`:
 * formulas in shared workbooks must read the same for every reader. The manifest serves this file
 * for nb-NO and nn-NO (nynorsk readers get bokmål), English stays the default.
 */
const fs = require("node:fs");
const path = require("node:path");

const MESSAGES_FILE = path.resolve(__dirname, "../src/functions/i18n/metadata.nb.json");
/** The locales the manifest points at the Norwegian metadata. */
const NORWEGIAN_LOCALES = ["nb-NO", "nn-NO"];
const NB_METADATA_FILE = "functions.nb-NO.json";
const NB_HELP_PAGE = "help.nb.html";

function readNorwegianMessages(file = MESSAGES_FILE) {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

/**
 * What the Norwegian messages lack or have too much of, against the functions read from the JSDoc
 * (scripts/function-docs.cjs readFunctions): one sentence per problem; empty when complete.
 */
function translationProblems(functions, messages) {
  const problems = [];
  const text = (value) => typeof value === "string" && value.trim() !== "";
  for (const fn of functions) {
    const nb = messages[fn.id];
    if (!nb) {
      problems.push(`${fn.id} has no Norwegian entry`);
      continue;
    }
    if (!text(nb.description)) problems.push(`${fn.id} has no Norwegian description`);
    if (fn.returns && !text(nb.returns)) problems.push(`${fn.id} has no Norwegian result description`);
    for (const p of fn.params) {
      const np = nb.parameters?.[p.name];
      if (!np || !text(np.name) || !text(np.description))
        problems.push(`${fn.id}: parameter ${p.name} has no Norwegian name and description`);
    }
    for (const extra of Object.keys(nb.parameters ?? {})) {
      if (!fn.params.some((p) => p.name === extra))
        problems.push(`${fn.id}: Norwegian text for an unknown parameter ${extra}`);
    }
  }
  for (const id of Object.keys(messages)) {
    if (!functions.some((fn) => fn.id === id)) problems.push(`Norwegian text for an unknown function ${id}`);
  }
  return problems;
}

/** The Norwegian help URL of a function: the same anchor on help.nb.html. */
function norwegianHelpUrl(helpUrl) {
  return helpUrl.replace(/help\.html(?=#|$)/, NB_HELP_PAGE);
}

/**
 * functions.json (English, as generated) → the Norwegian metadata: same ids, names, types and
 * parameter counts; Norwegian descriptions and parameter names; help links to help.nb.html.
 * Throws naming every missing text, so a build never ships half-translated help.
 */
function localizeMetadata(english, messages) {
  const missing = [];
  const functions = english.functions.map((fn) => {
    const nb = messages[fn.id];
    if (!nb) {
      missing.push(fn.id);
      return fn;
    }
    return {
      ...fn,
      description: nb.description,
      ...(fn.helpUrl ? { helpUrl: norwegianHelpUrl(fn.helpUrl) } : {}),
      parameters: (fn.parameters ?? []).map((p) => {
        const np = nb.parameters?.[p.name];
        if (!np) {
          missing.push(`${fn.id}(${p.name})`);
          return p;
        }
        return { ...p, name: np.name, description: np.description };
      }),
    };
  });
  if (missing.length)
    throw new Error(
      `Norwegian function metadata is missing for: ${missing.join(", ")} (src/functions/i18n/metadata.nb.json)`,
    );
  return { ...english, functions };
}

module.exports = {
  NORWEGIAN_LOCALES,
  NB_METADATA_FILE,
  NB_HELP_PAGE,
  readNorwegianMessages,
  translationProblems,
  localizeMetadata,
  norwegianHelpUrl,
};
