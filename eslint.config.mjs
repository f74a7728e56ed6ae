// ESLint (flat config). The layer rules keep src/core pure: no Office.js, React or DOM globals,
// so it runs in Node (tests, benchmarks) and the browser alike (docs/ARCHITECTURE.md).
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-artifacts/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: "readonly", process: "readonly", require: "readonly", module: "writable", __dirname: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-undef": "off", // TypeScript checks names
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn", "@typescript-eslint/no-explicit-any": "warn" },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { group: ["react", "react-dom", "@fluentui/*"], message: "src/core is UI-free" },
        { group: ["**/office/**", "**/taskpane/**", "**/functions/**"], message: "src/core must not depend on the adapters" },
      ] }],
      "no-restricted-globals": ["error",
        { name: "Office", message: "Office.js belongs in src/office" },
        { name: "Excel", message: "Office.js belongs in src/office" },
        { name: "document", message: "no DOM in src/core" },
        { name: "window", message: "no DOM in src/core; use globalThis with feature detection" },
      ],
    },
  },
  {
    files: ["src/functions/**/*.ts", "src/taskpane/**/*.{ts,tsx}"],
    rules: { "no-restricted-globals": ["error", { name: "Excel", message: "Excel.run belongs in src/office (the gateway)" }] },
  },
  {
    files: ["**/*.cjs", "webpack.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
