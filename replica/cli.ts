/**
 * `npm run replica`: starts both replicas and prints their base URLs. Options:
 *   --port N  --host H  --seed N  --latency MS  --jitter MS  --enheter N  --underenheter N
 *   --error-rate STATUS=RATE (repeatable)  --hang-rate R  --html-rate R  --truncate-rate R
 *   --retry-after S  --max-url N  --max-orgnr N  --json (print one JSON line for scripts)
 * Stops on SIGINT/SIGTERM.
 */
import type { FaultConfig, ReplicaOptions } from "./index";
import { startReplica } from "./index";

const USAGE = `usage: npm run replica -- [options]
  --port N            port to listen on (default: a free one)
  --host H            interface (default 127.0.0.1)
  --seed N            data and fault seed (default 1)
  --latency MS        fixed delay per answer      --jitter MS   extra random delay
  --enheter N         generated enheter (default 21000)
  --underenheter N    generated underenheter (default 10500)
  --error-rate S=R    S in 500|502|503|429, R in 0..1 (repeatable)
  --retry-after S     Retry-After seconds on 429/503
  --hang-rate R       share of requests never answered
  --html-rate R       share answered 200 with an HTML page
  --truncate-rate R   share cut off mid-body
  --max-url N         414 beyond N characters
  --max-orgnr N       Brreg 400 beyond N organisasjonsnummer in one list
  --json              print {"klassBaseUrl","brregBaseUrl","startupMs"} on one line
`;

function parseArgs(argv: string[]): { options: ReplicaOptions; json: boolean } {
  const options: ReplicaOptions = {};
  const faults: FaultConfig = {};
  let json = false;
  const num = (flag: string, v: string | undefined): number => {
    const n = Number(v);
    if (v === undefined || !Number.isFinite(n)) throw new Error(`${flag} needs a number`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string | undefined => argv[++i];
    switch (a) {
      case "--port":
        options.port = num(a, next());
        break;
      case "--host":
        options.host = next();
        break;
      case "--seed":
        options.seed = num(a, next());
        break;
      case "--latency":
        options.latencyMs = num(a, next());
        break;
      case "--jitter":
        options.jitterMs = num(a, next());
        break;
      case "--enheter":
        options.enheter = num(a, next());
        break;
      case "--underenheter":
        options.underenheter = num(a, next());
        break;
      case "--hang-rate":
        faults.hangRate = num(a, next());
        break;
      case "--html-rate":
        faults.htmlRate = num(a, next());
        break;
      case "--truncate-rate":
        faults.truncateRate = num(a, next());
        break;
      case "--retry-after":
        faults.retryAfterSeconds = num(a, next());
        break;
      case "--max-url":
        faults.maxUrlLength = num(a, next());
        break;
      case "--max-orgnr":
        faults.maxOrgnrList = num(a, next());
        break;
      case "--error-rate": {
        const [status, rate] = (next() ?? "").split("=");
        const s = Number(status);
        if (s !== 500 && s !== 502 && s !== 503 && s !== 429)
          throw new Error("--error-rate takes 500|502|503|429=RATE");
        faults.errorRates = { ...faults.errorRates, [s]: num(a, rate) };
        break;
      }
      case "--json":
        json = true;
        break;
      case "--help":
      case "-h":
        process.stdout.write(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${a ?? ""}`);
    }
  }
  options.faults = faults;
  return { options, json };
}

async function main(): Promise<void> {
  const { options, json } = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const replica = await startReplica(options);
  const ms = Math.round(performance.now() - t0);
  if (json)
    process.stdout.write(
      `${JSON.stringify({ klassBaseUrl: replica.klassBaseUrl, brregBaseUrl: replica.brregBaseUrl, startupMs: ms })}\n`,
    );
  else {
    process.stdout.write(`KLASS replica:             ${replica.klassBaseUrl}\n`);
    process.stdout.write(`Enhetsregisteret replica:  ${replica.brregBaseUrl}\n`);
    process.stdout.write(`started in ${ms} ms; Ctrl+C to stop\n`);
  }
  const stop = (): void => {
    void replica.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`replica: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
