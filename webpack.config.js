/**
 * Builds the add-in into dist/:
 * - taskpane.html: the shared runtime's one page; loads office.js from Microsoft's CDN, then the
 *   functions bundle (which registers every custom function) and the taskpane bundle;
 * - functions.js + functions.json: the custom functions and their metadata, generated from the
 *   JSDoc of every file under src/functions that declares @customfunction;
 * - functions.nb-NO.json: the same metadata with Norwegian descriptions and parameter names, from
 *   src/functions/i18n/metadata.nb.json (scripts/function-metadata-nb.cjs); the manifest serves it
 *   for nb-NO and nn-NO;
 * - help.html and help.nb.html: the function reference in English and bokmål, generated from the
 *   same JSDoc and messages (scripts/function-docs.cjs), with the same anchors;
 * - manifest.xml and assets/.
 * A production build rewrites https://localhost:3000 in the manifest, functions.json and
 * help.html to $ADDIN_ORIGIN (where dist/ will be hosted).
 */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { functionSourceFiles, readFunctions, renderHelpPage } = require("./scripts/function-docs.cjs");
const {
  NB_HELP_PAGE,
  NB_METADATA_FILE,
  localizeMetadata,
  readNorwegianMessages,
  translationProblems,
} = require("./scripts/function-metadata-nb.cjs");
const { httpsOptions } = require("./scripts/dev-certs.cjs");

const DEV_ORIGIN = "https://localhost:3000";

function deploymentOrigin(isProduction) {
  const origin = (process.env.ADDIN_ORIGIN || "").trim().replace(/\/+$/, "");
  if (!isProduction || !origin) return DEV_ORIGIN;
  if (!/^https:\/\/[^/]+/.test(origin)) {
    throw new Error(`ADDIN_ORIGIN must be an https origin such as https://addin.example.no (got "${origin}")`);
  }
  return origin;
}

/** Rewrites the dev origin in the emitted text assets that carry URLs. */
class RewriteOriginPlugin {
  constructor(origin) {
    this.origin = origin;
  }
  apply(compiler) {
    if (this.origin === DEV_ORIGIN) return;
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("RewriteOriginPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "RewriteOriginPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!/(^manifest\.xml|^functions(\.[\w-]+)?\.json|^help(\.[\w-]+)?\.html)$/.test(name)) continue;
            const text = assets[name].source().toString();
            compilation.updateAsset(name, new sources.RawSource(text.split(DEV_ORIGIN).join(this.origin)));
          }
        },
      );
    });
  }
}

/**
 * Emits help.html and help.nb.html from the functions' JSDoc and the Norwegian messages, and
 * functions.nb-NO.json from the generated functions.json. A function or parameter without its
 * Norwegian text fails the build, naming it.
 */
class FunctionHelpPlugin {
  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FunctionHelpPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionHelpPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        (assets) => {
          const files = functionSourceFiles(path.resolve(__dirname, "src/functions"));
          for (const file of files) compilation.fileDependencies.add(file);
          compilation.fileDependencies.add(path.resolve(__dirname, "src/functions/i18n/metadata.nb.json"));
          const messages = readNorwegianMessages();
          const problems = translationProblems(readFunctions(files), messages);
          if (problems.length) {
            compilation.errors.push(new WebpackError(`Norwegian function help is incomplete: ${problems.join("; ")}`));
            return;
          }
          compilation.emitAsset("help.html", new sources.RawSource(renderHelpPage(files, "en")));
          compilation.emitAsset(NB_HELP_PAGE, new sources.RawSource(renderHelpPage(files, "nb", messages)));
          const english = assets["functions.json"];
          if (english) {
            const nb = localizeMetadata(JSON.parse(english.source().toString()), messages);
            compilation.emitAsset(NB_METADATA_FILE, new sources.RawSource(JSON.stringify(nb, null, 2)));
          }
        },
      );
    });
  }
}

/**
 * An inline script that defines KLASS_BRREG_CONFIG before functions.js loads, when the build is
 * given one (npm run start:offline points the add-in at the replica servers this way).
 */
function runtimeConfigScript() {
  const json = (process.env.KLASS_BRREG_CONFIG || "").trim();
  if (!json) return "";
  const config = JSON.parse(json);
  return `<script>window.KLASS_BRREG_CONFIG = ${JSON.stringify(config).replace(/</g, "\\u003c")};</script>`;
}

module.exports = async (_env, argv) => {
  const isProduction = argv.mode === "production";
  const origin = deploymentOrigin(isProduction);
  const functionFiles = functionSourceFiles(path.resolve(__dirname, "src/functions"));
  return {
    devtool: isProduction ? "source-map" : "eval-cheap-module-source-map",
    entry: {
      functions: "./src/functions/index.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { sourceMap: true } } },
        },
      ],
    },
    performance: { hints: false },
    optimization: { runtimeChunk: "single" },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionFiles }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // One webpack runtime for both bundles: a module (src/runtime/services.ts, hence the
        // services instance and its cache) is then one instance in the page, shared by functions
        // and taskpane.
        chunks: ["runtime", "functions", "taskpane"],
        chunksSortMode: "manual",
        runtimeConfigScript: runtimeConfigScript(),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
      new FunctionHelpPlugin(),
      new RewriteOriginPlugin(origin),
    ],
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await httpsOptions() },
      static: { directory: path.resolve(__dirname, "dist"), watch: false },
      client: { overlay: { warnings: false } },
      // npm run start:offline: the replica servers, same origin as the add-in.
      proxy: process.env.REPLICA_ORIGIN
        ? [
            {
              context: ["/replica"],
              target: process.env.REPLICA_ORIGIN,
              pathRewrite: { "^/replica": "" },
              changeOrigin: true,
              // The replica builds its HAL links from these, so they point back through the proxy.
              headers: {
                "X-Forwarded-Prefix": "/replica",
                "X-Forwarded-Host": "localhost:3000",
                "X-Forwarded-Proto": "https",
              },
            },
          ]
        : [],
    },
  };
};
