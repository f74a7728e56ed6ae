import { readFileSync } from "node:fs";
import Module from "node:module";
import { join } from "node:path";
import ts from "typescript";

/**
 * Makes the project's own `.ts` files load as the add-in ships them: compiled by TypeScript with
 * tsconfig.json's options (what ts-loader does in the webpack build), instead of by tsx.
 *
 * Why: tsx compiles with esbuild's `keepNames`, which wraps every function expression in a
 * `__name(fn, "…")` call (an Object.defineProperty per closure created). On the warm paths that
 * costs 1.6–2× the time per call (more where a call creates several closures) — a cost of the dev
 * loader that no user ever pays. Files under node_modules (and everything loaded before this runs) stay with tsx.
 */
type Loader = (module: Module & { _compile(code: string, filename: string): void }, filename: string) => void;

function compilerOptions(root: string): ts.CompilerOptions {
  const file = join(root, "tsconfig.json");
  const { config, error } = ts.readConfigFile(file, (path) => readFileSync(path, "utf8"));
  if (error) throw new Error(`tsconfig.json: ${ts.flattenDiagnosticMessageText(error.messageText, "\n")}`);
  const { options, errors } = ts.convertCompilerOptionsFromJson(
    (config as { compilerOptions?: unknown }).compilerOptions ?? {},
    root,
  );
  if (errors.length)
    throw new Error(`tsconfig.json: ${ts.flattenDiagnosticMessageText(errors[0]?.messageText ?? "", "\n")}`);
  // CommonJS only because Node loads these through require() here; the target (ES2022) is kept.
  return {
    ...options,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    sourceMap: false,
    inlineSourceMap: true,
    inlineSources: false,
    declaration: false,
  };
}

/** Installs the loader for `.ts` files under `root` (outside node_modules). */
export function loadProjectAsShipped(root: string): void {
  const extensions = (Module as unknown as { _extensions: Record<string, Loader> })._extensions;
  const previous = extensions[".ts"];
  if (!previous) throw new Error("bench/shipped.ts: no .ts loader to replace (run with --import tsx)");
  const options = compilerOptions(root);
  extensions[".ts"] = (module, filename) => {
    if (!filename.startsWith(root) || filename.includes("node_modules")) return previous(module, filename);
    const { outputText } = ts.transpileModule(readFileSync(filename, "utf8"), {
      fileName: filename,
      compilerOptions: options,
    });
    module._compile(outputText, filename);
  };
}
