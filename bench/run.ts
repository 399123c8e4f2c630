/**
 * Side-by-side benchmark: builds the corpus (google-proto-files 5.0.3 as one module, see
 * test/util/corpus.ts) with `node dist/cli.js build` and with `buf build`, then lints it (default
 * rules; the lint corpus of test/lint/corpus-lint.ts, which leaves out the two MessageSet files
 * buf lint cannot load) with `node dist/cli.js lint` and `buf lint`, alternating, N runs each, and
 * prints wall time, peak RSS and the protoguard/buf ratios as tables plus one JSON line. Then it
 * times our compiler and lint engine in-process, phase by phase, to show where the time goes.
 * `breaking` is timed on real history: google-proto-files 5.0.3 against 5.0.2 (test/breaking/history.ts),
 * `protoguard breaking NEW --against OLD` beside `buf breaking NEW --against OLD` (default FILE rules).
 *
 *   npm run bench -- [--runs N] [--dir DIR] [--no-buf] [--no-cli] [--no-phases] [--no-build] [--no-lint] [--no-breaking] [--no-output] [--baseline CLI_JS] [--workers N] [--protoc PROTOC]
 *
 * Builds compare like with like: by default both tools write the binary image, with source info,
 * to /dev/null (`build DIR -o /dev/null`), so the figures include encoding the image and neither
 * pays for a disk. With --no-output both build without `-o`: buf still builds its image in memory
 * and writes nothing; protoguard compiles (with source info) and writes nothing.
 *
 * --baseline CLI_JS adds a third tool, another bundle of protoguard (e.g. one built from an older
 * commit with `node scripts/bundle.mjs /tmp/old-dist` in a checkout of it), run the same way, so
 * a change is measured before and after against the same buf runs.
 *
 * --workers N runs protoguard with PROTOGUARD_WORKERS=N (compiler worker threads; 1 = none), the
 * baseline too; without it, protoguard decides (src/compiler/parallel.ts `autoWorkers`).
 *
 * --protoc PROTOC adds protoc (C++, one thread; e.g. Debian's protobuf-compiler, /usr/bin/protoc) to
 * the build comparison as a reference point, not a target: `protoc -I DIR --include_source_info
 * --include_imports -o /dev/null FILES...` over the same files except those declaring an edition
 * (protoc before 27 cannot read them; the count left out is printed). It shows what a mature native
 * compiler needs for the same work on the same machine in the same run.
 *
 * Peak RSS of a child is measured with `/usr/bin/time -f %M` when present, otherwise by polling
 * /proc/<pid>/status (VmHWM) every 20 ms.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bufBin } from "../test/util/buf.js";
import { corpusDir, corpusExcludes } from "../test/util/corpus.js";
import { listProtoFiles, projectRoot } from "../test/util/files.js";

interface Args {
  runs: number;
  dir: string | undefined;
  buf: boolean;
  cli: boolean;
  phases: boolean;
  build: boolean;
  lint: boolean;
  breaking: boolean;
  output: boolean;
  baseline: string | undefined;
  workers: number | undefined;
  protoc: string | undefined;
}

function parseArgs(argv: readonly string[]): Args {
  const a: Args = { runs: 3, dir: undefined, buf: true, cli: true, phases: true, build: true, lint: true, breaking: true, output: true, baseline: undefined, workers: undefined, protoc: undefined };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === "--runs") a.runs = Math.max(1, Number(argv[++i]));
    else if (k === "--dir") a.dir = argv[++i];
    else if (k === "--no-buf") a.buf = false;
    else if (k === "--no-cli") a.cli = false;
    else if (k === "--no-phases") a.phases = false;
    else if (k === "--no-build") a.build = false;
    else if (k === "--no-lint") a.lint = false;
    else if (k === "--no-breaking") a.breaking = false;
    else if (k === "--no-output") a.output = false;
    else if (k === "--baseline") a.baseline = argv[++i];
    else if (k === "--workers") a.workers = Math.max(1, Number(argv[++i]));
    else if (k === "--protoc") a.protoc = argv[++i];
    else throw new Error(`unknown argument ${k}`);
  }
  return a;
}

interface Sample {
  readonly ms: number;
  /** Peak resident set size in KiB, or NaN when it could not be measured. */
  readonly rssKb: number;
  readonly code: number;
  readonly stderr: string;
}

const timeBin = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

/** Runs a child and measures its wall time and peak RSS. */
function measure(cmd: string, args: readonly string[]): Promise<Sample> {
  const rssFile = join(tmpdir(), `protoguard-bench-${process.pid}-${Date.now()}.rss`);
  const [file, argv] = timeBin ? [timeBin, ["-f", "%M", "-o", rssFile, cmd, ...args]] : [cmd, [...args]];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(file, argv, { cwd: projectRoot, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    let polledKb = NaN;
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (d: string) => (stderr = (stderr + d).slice(-4000)));
    const poll = timeBin
      ? undefined
      : setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
            if (m) polledKb = Math.max(Number.isNaN(polledKb) ? 0 : polledKb, Number(m[1]));
          } catch {
            // the child has exited
          }
        }, 20);
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - t0;
      if (poll) clearInterval(poll);
      let rssKb = polledKb;
      if (timeBin) {
        try {
          const lines = readFileSync(rssFile, "utf8").trim().split("\n");
          rssKb = Number(lines[lines.length - 1]);
          rmSync(rssFile);
        } catch {
          rssKb = NaN;
        }
      }
      resolve({ ms, rssKb, code: code ?? -1, stderr });
    });
  });
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const fmtS = (ms: number): string => (Number.isNaN(ms) ? "-" : `${(ms / 1000).toFixed(2)} s`);
const fmtMb = (kb: number): string => (Number.isNaN(kb) ? "-" : `${(kb / 1024).toFixed(0)} MB`);
const pad = (s: string, n: number): string => s.padEnd(n);

interface Summary {
  readonly runs: number;
  readonly failures: number;
  readonly wallMinMs: number;
  readonly wallMedianMs: number;
  readonly rssMedianKb: number;
}

/** Exit codes that mean "ran to the end": lint exits 1 (ours) or 100 (buf) when it has findings. */
function summarize(samples: readonly Sample[], okCodes: readonly number[] = [0]): Summary {
  const ok = samples.filter((s) => okCodes.includes(s.code));
  return {
    runs: samples.length,
    failures: samples.length - ok.length,
    wallMinMs: ok.length ? Math.min(...ok.map((s) => s.ms)) : NaN,
    wallMedianMs: median(ok.map((s) => s.ms)),
    rssMedianKb: median(ok.map((s) => s.rssKb)),
  };
}

/** Times our compiler in-process, phase by phase (each phase also includes the ones it builds on). */
async function phases(dir: string, files: readonly string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const time = async (name: string, f: () => unknown): Promise<void> => {
    const t0 = performance.now();
    await f();
    out[name] = Math.round(performance.now() - t0);
  };
  const bytes = new Map<string, Uint8Array>();
  await time("read", () => {
    for (const f of files) bytes.set(f, readFileSync(join(dir, f)));
  });
  const { Diagnostics } = await import("../src/compiler/diagnostics.js");
  const { decodeSource, lex } = await import("../src/compiler/lexer.js");
  const sources = files.map((f) => decodeSource(f, bytes.get(f)!, new Diagnostics()));
  await time("lex", () => {
    for (const s of sources) if (s) lex(s, new Diagnostics());
  });
  try {
    const { parse } = await import("../src/compiler/parser.js");
    await time("lex+parse", () => {
      for (const s of sources) if (s) parse(s, new Diagnostics());
    });
  } catch (e) {
    console.log(`(parser not available: ${String(e).split("\n")[0]})`);
  }
  const { compile } = await import("../src/compiler/compile.js");
  const resolver = { read: async (p: string) => (bytes.has(p) ? { bytes: bytes.get(p)! } : undefined) };
  for (const sourceInfo of [false, true]) {
    let result: Awaited<ReturnType<typeof compile>> | undefined;
    await time(sourceInfo ? "compile (with source info)" : "compile (no source info)", async () => {
      result = await compile({ files, resolver, sourceInfo });
    });
    const errors = result?.diagnostics.filter((d) => d.severity === "error").length ?? 0;
    if (errors) console.log(`(compile reported ${errors} errors)`);
    try {
      const { encodeImage } = await import("../src/compiler/image.js");
      const r = result;
      if (r) await time(sourceInfo ? "encode image (with source info)" : "encode image (no source info)", () => encodeImage(r.files));
    } catch (e) {
      console.log(`(image encoder not available: ${String(e).split("\n")[0]})`);
    }
    if (sourceInfo && result) await lintPhases(result, out);
  }
  return out;
}

/** Times the lint engine with the default rules (v2 STANDARD) on an already compiled corpus. */
async function lintPhases(result: import("../src/compiler/compile.js").CompileResult, out: Record<string, number>): Promise<void> {
  try {
    const { modelFromCompile } = await import("../src/engine/examples.js");
    const { runLint } = await import("../src/engine/run.js");
    const { DEFAULT_LINT_OPTIONS } = await import("../src/engine/rule.js");
    const { LINT_RULES } = await import("../rules/lint/index.js");
    const rules = LINT_RULES.filter((r) => r.categories.v2?.includes("STANDARD"));
    let t0 = performance.now();
    const model = modelFromCompile(result);
    out["lint: model"] = Math.round(performance.now() - t0);
    t0 = performance.now();
    const findings = runLint(model, { rules, options: DEFAULT_LINT_OPTIONS, version: "v2", commentIgnores: true });
    out[`lint: run ${rules.length} default rules (${findings.length} findings)`] = Math.round(performance.now() - t0);
  } catch (e) {
    console.log(`(lint engine not available: ${String(e).split("\n")[0]})`);
  }
}

interface Tool {
  readonly name: string;
  readonly cmd: string;
  readonly args: string[];
  /** Exit codes of a complete run. */
  readonly ok: readonly number[];
}

interface BenchResult {
  readonly protoguard: Summary | undefined;
  readonly buf: Summary | undefined;
  readonly ratio: { wallMedian: number; wallMin: number; rssMedian: number } | undefined;
  /** With --protoc, on build. */
  readonly protoc?: Summary | undefined;
}

/** Runs the tools alternately, `runs` times each, and prints the table and ratio. */
async function compare(title: string, tools: readonly Tool[], runs: number, target: string): Promise<BenchResult> {
  console.log(`\n${title}`);
  const samples = new Map<string, Sample[]>(tools.map((t) => [t.name, []]));
  for (let i = 0; i < runs; i++) {
    for (const t of tools) {
      const s = await measure(t.cmd, t.args);
      samples.get(t.name)!.push(s);
      const failed = !t.ok.includes(s.code);
      console.log(`  run ${i + 1} ${pad(t.name, 10)} ${fmtS(s.ms)}  ${fmtMb(s.rssKb)}${failed ? `  FAILED (exit ${s.code}): ${s.stderr.split("\n").slice(0, 3).join(" | ")}` : ""}`);
    }
  }
  const sums = new Map(tools.map((t) => [t.name, summarize(samples.get(t.name)!, t.ok)]));
  if (sums.size) {
    console.log(`${pad("tool", 12)}${pad("runs", 6)}${pad("wall min", 11)}${pad("wall median", 13)}peak RSS median`);
    for (const [name, s] of sums) {
      console.log(`${pad(name, 12)}${pad(`${s.runs - s.failures}/${s.runs}`, 6)}${pad(fmtS(s.wallMinMs), 11)}${pad(fmtS(s.wallMedianMs), 13)}${fmtMb(s.rssMedianKb)}`);
    }
  }
  const pg = sums.get("protoguard");
  const bf = sums.get("buf");
  const ratio = pg && bf ? { wallMedian: pg.wallMedianMs / bf.wallMedianMs, wallMin: pg.wallMinMs / bf.wallMinMs, rssMedian: pg.rssMedianKb / bf.rssMedianKb } : undefined;
  if (ratio) console.log(`ratio protoguard/buf: wall median ${ratio.wallMedian.toFixed(3)}x, wall min ${ratio.wallMin.toFixed(3)}x, peak RSS ${ratio.rssMedian.toFixed(3)}x (target: ${target})`);
  const protoc = sums.get("protoc");
  if (pg && protoc)
    console.log(`ratio protoguard/protoc: wall median ${(pg.wallMedianMs / protoc.wallMedianMs).toFixed(3)}x, peak RSS ${(pg.rssMedianKb / protoc.rssMedianKb).toFixed(3)}x (a reference point, not a target)`);
  const base = sums.get("baseline");
  if (base && bf)
    console.log(`ratio baseline/buf:   wall median ${(base.wallMedianMs / bf.wallMedianMs).toFixed(3)}x, wall min ${(base.wallMinMs / bf.wallMinMs).toFixed(3)}x, peak RSS ${(base.rssMedianKb / bf.rssMedianKb).toFixed(3)}x`);
  return { protoguard: pg, buf: bf, ratio, protoc };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  // Children inherit the environment: protoguard and the baseline read PROTOGUARD_WORKERS, buf does not.
  if (args.workers !== undefined) process.env["PROTOGUARD_WORKERS"] = String(args.workers);
  const dir = args.dir ?? corpusDir();
  const files = listProtoFiles(dir, args.dir ? {} : { excludes: corpusExcludes });
  console.log(`corpus: ${dir} (${files.length} files), ${args.runs} run(s) per tool, peak RSS via ${timeBin ?? "/proc VmHWM polling"}`);
  if (args.workers !== undefined) console.log(`protoguard with PROTOGUARD_WORKERS=${args.workers}`);

  const cli = join(projectRoot, "dist", "cli.js");
  // Until the bundle exists, run the sources through tsx (slower: it transpiles on start).
  const ours = existsSync(cli) ? [cli] : ["--import", "tsx", join(projectRoot, "src/cli/index.ts")];
  if (!existsSync(cli)) console.log(`dist/cli.js is missing (run \`npm run bundle\`): timing src/cli/index.ts under tsx instead`);
  const findingsOk = (command: string): number[] => (command === "lint" || command === "breaking" ? [0, 1] : [0]);
  const toolsFor = (command: "build" | "lint" | "breaking", target: string, bufOk: number[], extra: string[] = []): Tool[] => [
    ...(args.cli ? [{ name: "protoguard", cmd: process.execPath, args: [...ours, command, target, ...extra], ok: findingsOk(command) }] : []),
    ...(args.buf ? [{ name: "buf", cmd: bufBin, args: [command, target, ...extra], ok: bufOk }] : []),
    ...(args.baseline ? [{ name: "baseline", cmd: process.execPath, args: [args.baseline, command, target, ...extra], ok: findingsOk(command) }] : []),
  ];

  // Both tools get the same output flags (see the header comment).
  const buildOut = args.output ? ["-o", "/dev/null"] : [];
  const buildTitle = `build ${dir}${args.output ? " -o /dev/null (both write the binary image with source info)" : " (no -o: both build with source info and write nothing)"}`;
  const buildTools = toolsFor("build", dir, [0], buildOut);
  if (args.protoc) {
    const plain = files.filter((f) => !/^\s*edition\s*=/m.test(readFileSync(join(dir, f), "utf8")));
    console.log(`protoc: ${args.protoc}, ${plain.length} files (${files.length - plain.length} declaring an edition left out)`);
    buildTools.push({ name: "protoc", cmd: args.protoc, args: ["-I", dir, "--include_source_info", "--include_imports", "-o", "/dev/null", ...plain], ok: [0] });
  }
  const build = args.build ? await compare(buildTitle, buildTools, args.runs, "wall 0.1x, peak RSS 0.25x") : undefined;
  let lint: BenchResult | undefined;
  if (args.lint) {
    // The lint corpus omits the files buf lint cannot load; a --dir is linted as it is.
    const lintDir = args.dir ?? (await import("../test/lint/corpus-lint.js")).corpusLintDir();
    lint = await compare(`lint ${lintDir} (default rules)`, toolsFor("lint", lintDir, [0, 100]), args.runs, "wall 0.1x, peak RSS 0.25x");
  }
  // Breaking on real history: google-proto-files 5.0.3 against 5.0.2 (test/breaking/history.ts),
  // default FILE rules, both tools reading both sides from directories.
  let breaking: BenchResult | undefined;
  if (args.breaking && !args.dir) {
    const { historyNewDir, historyOldDir } = await import("../test/breaking/history.js");
    const [newDir, oldDir] = [historyNewDir(), historyOldDir()];
    breaking = await compare(`breaking ${newDir} --against ${oldDir} (google-proto-files 5.0.3 vs 5.0.2, default FILE rules)`, toolsFor("breaking", newDir, [0, 100], ["--against", oldDir]), args.runs, "wall 0.1x");
  }
  const pg = build?.protoguard;
  const bf = build?.buf;
  const ratio = build?.ratio;

  let phaseMs: Record<string, number> | undefined;
  if (args.phases) {
    console.log(`\nin-process phases (ms; each includes the phases it builds on):`);
    phaseMs = await phases(dir, files);
    for (const [k, v] of Object.entries(phaseMs)) console.log(`  ${pad(k, 34)}${String(v).padStart(7)}`);
  }

  console.log(
    JSON.stringify({
      bench: "corpus",
      buildOutput: args.output ? "-o /dev/null" : "none",
      files: files.length,
      runs: args.runs,
      protoguard: pg ?? null,
      buf: bf ?? null,
      ratio: ratio ?? null,
      ...(build?.protoc ? { protoc: build.protoc } : {}),
      lint: lint ? { protoguard: lint.protoguard ?? null, buf: lint.buf ?? null, ratio: lint.ratio ?? null } : null,
      breaking: breaking ? { protoguard: breaking.protoguard ?? null, buf: breaking.buf ?? null, ratio: breaking.ratio ?? null } : null,
      phasesMs: phaseMs ?? null,
    }),
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
