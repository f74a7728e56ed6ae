/**
 * The function reference, generated from the functions' own JSDoc — the same source that
 * custom-functions-metadata turns into functions.json — so Excel's tooltips, help.html and
 * README's reference cannot drift apart.
 *
 * Read from each `@customfunction` function: its description, `@param` lines (optional ones in
 * brackets), `@returns`, `@helpurl` (its anchor on help.html) and `@example` lines
 * (`=KLASS.CODENAME(131, "0301", "2024-01-01") → Oslo`).
 *
 * `node scripts/function-docs.cjs --readme` rewrites README.md between the markers
 * `<!-- functions:start -->` and `<!-- functions:end -->`; test/unit/docs checks it is current.
 */
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

/** Files under `dir` (recursively) that declare at least one custom function. */
function functionSourceFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...functionSourceFiles(full));
    else if (
      /\.ts$/.test(entry.name) &&
      !/\.test\.ts$/.test(entry.name) &&
      /^\s*\*\s*@customfunction\b/m.test(fs.readFileSync(full, "utf8"))
    )
      out.push(full);
  }
  return out.sort();
}

function commentText(comment) {
  if (comment === undefined) return "";
  if (typeof comment === "string") return comment;
  return comment.map((part) => part.text).join("");
}

/** @returns {Array<{id, group, description, params: Array<{name, optional, description}>, returns, helpUrl, anchor, examples: string[], file}>} */
function readFunctions(files) {
  const functions = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
    for (const statement of source.statements) {
      if (!ts.isFunctionDeclaration(statement)) continue;
      const docs = ts.getJSDocCommentsAndTags(statement).filter(ts.isJSDoc);
      const doc = docs[docs.length - 1];
      if (!doc) continue;
      const tags = doc.tags ?? [];
      const cf = tags.find((t) => t.tagName.text === "customfunction");
      if (!cf) continue;
      const id = commentText(cf.comment).trim().split(/\s+/)[0] || statement.name.text.toUpperCase();
      const helpTag = tags.find((t) => t.tagName.text === "helpurl");
      const helpUrl = commentText(helpTag?.comment).trim();
      const params = tags.filter(ts.isJSDocParameterTag).map((t) => ({
        name: t.name.getText(),
        optional: t.isBracketed,
        description: commentText(t.comment)
          .replace(/^\s*-\s*/, "")
          .trim(),
      }));
      functions.push({
        id,
        group: id.split(".")[0],
        description: commentText(doc.comment).trim(),
        params,
        returns: commentText(
          tags.find((t) => t.tagName.text === "returns" || t.tagName.text === "return")?.comment,
        ).trim(),
        helpUrl,
        anchor: helpUrl.includes("#") ? helpUrl.slice(helpUrl.indexOf("#") + 1) : id.toLowerCase().replace(/\./g, "-"),
        examples: tags
          .filter((t) => t.tagName.text === "example")
          .map((t) => commentText(t.comment).trim())
          .filter(Boolean),
        file: path.relative(process.cwd(), file),
      });
    }
  }
  return functions.sort((a, b) => (a.group === b.group ? 0 : a.group === "KLASS" ? -1 : 1) || a.id.localeCompare(b.id));
}

function signature(fn) {
  return `${fn.id}(${fn.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
}

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** The help page's own words in each language (the functions' words come from JSDoc or the nb messages). */
const PAGE_TEXT = {
  en: {
    lang: "en",
    title: "Klass &amp; Brreg — function reference",
    intro:
      "Arguments are separated by your Excel's list separator (comma or semicolon). Optional arguments may be left out. " +
      "Errors: <code>#VALUE!</code> means the input is malformed or a service failed (the message says which); " +
      "<code>#N/A</code> means a well-formed key does not exist.",
    names: "Function names are the same in every language, so a workbook's formulas read the same for everyone.",
    groups: {
      KLASS: ["Statistics Norway's classifications (KLASS)", "Data: Statistics Norway, CC BY 4.0."],
      BRREG: ["Enhetsregisteret (Brønnøysundregistrene)", "Data: Brønnøysundregistrene, NLOD 2.0."],
    },
    optional: "optional",
    returns: "Returns:",
    switchTo: '<a href="help.nb.html" hreflang="nb" lang="nb">Norsk (bokmål)</a>',
  },
  nb: {
    lang: "nb",
    title: "Klass &amp; Brreg — funksjonsoversikt",
    intro:
      "Argumentene skilles med Excels listeskilletegn (semikolon eller komma). Valgfrie argumenter kan utelates. " +
      "Feil: <code>#VERDI!</code> (#VALUE!) betyr at et argument er feil utformet eller at en tjeneste ikke svarte (meldingen sier hva); " +
      "<code>#I/T</code> (#N/A) betyr at en riktig utformet kode eller et nummer ikke finnes.",
    names: "Funksjonsnavnene er de samme på alle språk, så formlene i en arbeidsbok ser like ut for alle.",
    groups: {
      KLASS: ["Statistisk sentralbyrås klassifikasjoner (KLASS)", "Data: Statistisk sentralbyrå, CC BY 4.0."],
      BRREG: ["Enhetsregisteret (Brønnøysundregistrene)", "Data: Brønnøysundregistrene, NLOD 2.0."],
    },
    optional: "valgfri",
    returns: "Gir:",
    switchTo: '<a href="help.html" hreflang="en" lang="en">English</a>',
  },
};

/** The functions in a language: English as in the JSDoc, Norwegian from the nb messages (same ids and anchors). */
function functionsIn(files, language, messages) {
  const functions = readFunctions(files);
  if (language === "en") return functions;
  return functions.map((f) => {
    const nb = messages[f.id] ?? {};
    return {
      ...f,
      description: nb.description ?? f.description,
      returns: nb.returns ?? f.returns,
      params: f.params.map((p) => ({
        ...p,
        name: nb.parameters?.[p.name]?.name ?? p.name,
        description: nb.parameters?.[p.name]?.description ?? p.description,
      })),
    };
  });
}

/**
 * help.html (English) or help.nb.html (bokmål): the same sections with the same anchors, so the
 * help links of both metadata files land on the function's own section.
 */
function renderHelpPage(files, language = "en", messages = {}) {
  const text = PAGE_TEXT[language];
  const functions = functionsIn(files, language, messages);
  const body = Object.entries(text.groups)
    .map(([group, [title, licence]]) => {
      const items = functions.filter((f) => f.group === group);
      if (items.length === 0) return "";
      const toc = items.map((f) => `<li><a href="#${escapeHtml(f.anchor)}">${escapeHtml(f.id)}</a></li>`).join("");
      const sections = items
        .map(
          (f) => `<section id="${escapeHtml(f.anchor)}">
<h3><code>${escapeHtml(signature(f))}</code></h3>
<p>${escapeHtml(f.description)}</p>
${f.params.length ? `<dl>${f.params.map((p) => `<dt><code>${escapeHtml(p.name)}</code>${p.optional ? ` (${text.optional})` : ""}</dt><dd>${escapeHtml(p.description)}</dd>`).join("")}</dl>` : ""}
${f.returns ? `<p><strong>${text.returns}</strong> ${escapeHtml(f.returns)}</p>` : ""}
${f.examples.length ? `<pre>${f.examples.map(escapeHtml).join("\n")}</pre>` : ""}
</section>`,
        )
        .join("\n");
      return `<h2>${escapeHtml(title)}</h2><p>${escapeHtml(licence)}</p><ul>${toc}</ul>\n${sections}`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="${text.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text.title}</title><link rel="icon" type="image/png" href="assets/icon-32.png">
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}
code,pre{font-family:Consolas,monospace;background:#f5f5f5}pre{padding:.5rem;overflow-x:auto}section{border-top:1px solid #e0e0e0;margin-top:1.5rem}
dt{font-weight:600}dd{margin:0 0 .5rem 1rem}nav{float:right}</style></head>
<body><nav>${text.switchTo}</nav><h1>${text.title}</h1>
<p>${text.intro}</p>
<p>${text.names}</p>
${body}
</body></html>
`;
}

function renderMarkdown(files) {
  const functions = readFunctions(files);
  return functions
    .map((f) => {
      const params = f.params
        .map((p) => `- \`${p.name}\`${p.optional ? " *(optional)*" : ""}: ${p.description}`)
        .join("\n");
      const examples = f.examples.length ? `\n\n\`\`\`\n${f.examples.join("\n")}\n\`\`\`` : "";
      return `#### \`${signature(f)}\`\n\n${f.description}${f.returns ? ` Returns ${f.returns.replace(/^[A-Z]/, (c) => c.toLowerCase())}` : ""}\n\n${params}${examples}\n`;
    })
    .join("\n");
}

const START = "<!-- functions:start -->";
const END = "<!-- functions:end -->";

function readmeWithReference(readme, files) {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`README.md has no ${START} … ${END} markers`);
  return `${readme.slice(0, from + START.length)}\n<!-- generated by scripts/function-docs.cjs from the functions' JSDoc: edit those, then run npm run docs -->\n\n${renderMarkdown(files)}\n${readme.slice(to)}`;
}

module.exports = { functionSourceFiles, readFunctions, renderHelpPage, renderMarkdown, readmeWithReference };

if (require.main === module && process.argv.includes("--readme")) {
  const root = path.resolve(__dirname, "..");
  const files = functionSourceFiles(path.join(root, "src/functions"));
  const readmePath = path.join(root, "README.md");
  fs.writeFileSync(readmePath, readmeWithReference(fs.readFileSync(readmePath, "utf8"), files));
  console.log(`README.md: reference of ${readFunctions(files).length} functions written`);
}
