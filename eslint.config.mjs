// ESLint (flat config). The layer rules hold the direction of imports that docs/ARCHITECTURE.md
// states, so a wrong import fails `npm run lint` rather than waiting for a reviewer:
//   core ← office, core ← functions, core ← runtime, {core, office, runtime} ← taskpane,
//   {core, runtime} ← functions; functions and taskpane never import each other.
// src/core also stays free of Office.js, React and DOM globals, so it runs in Node and the browser.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/** Which src/ folders each layer must not import (by any relative path), and why. */
const LAYERS = {
  core: {
    forbidden: ["office", "functions", "taskpane", "runtime"],
    why: "src/core is the bottom layer: it imports nothing above it",
  },
  office: { forbidden: ["functions", "taskpane", "runtime"], why: "src/office (the gateway) depends on src/core only" },
  runtime: {
    forbidden: ["functions", "taskpane", "office"],
    why: "src/runtime composes src/core only; the adapters import it",
  },
  functions: {
    forbidden: ["taskpane", "office"],
    why: "custom functions never import the taskpane or the workbook gateway",
  },
  taskpane: {
    forbidden: ["functions"],
    why: "the taskpane never imports the custom functions; share code through src/core or src/runtime",
  },
};

const UI_LIBRARIES = {
  group: ["react", "react-dom", "react/*", "react-dom/*", "@fluentui/*"],
  message: "src/core is UI-free",
};

const DOM_AND_OFFICE_GLOBALS = [
  { name: "Office", message: "Office.js belongs in src/office" },
  { name: "document", message: "no DOM in src/core" },
  { name: "window", message: "no DOM in src/core; use globalThis with feature detection" },
];

function layerRules() {
  return Object.entries(LAYERS).map(([layer, { forbidden, why }]) => ({
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: forbidden.flatMap((folder) => [`**/${folder}`, `**/${folder}/**`]), message: why },
            ...(layer === "core" ? [UI_LIBRARIES] : []),
          ],
        },
      ],
      // Excel.run lives in the gateway (src/office) only.
      ...(layer === "office"
        ? {}
        : {
            "no-restricted-globals": [
              "error",
              { name: "Excel", message: "Excel.run belongs in src/office (the gateway)" },
              ...(layer === "core" ? DOM_AND_OFFICE_GLOBALS : []),
            ],
          }),
    },
  }));
}

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-artifacts/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: "readonly",
        process: "readonly",
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-undef": "off", // TypeScript checks names
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-explicit-any": "warn",
    },
  },
  ...layerRules(),
  {
    files: ["**/*.cjs", "webpack.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
