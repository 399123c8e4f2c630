/**
 * The `protoguard` command line: argument parsing, the commands, and the exit codes.
 *
 * Exit codes (DESIGN.md): 0 clean, 1 compile errors (buf uses 100), 2 usage or configuration
 * error, 3 internal error with a request for a bug report. `main` never throws and never calls
 * `process.exit`: it returns the code, and all output goes through {@link CliIo}, so tests run it
 * in-process.
 */
import { existsSync, statSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { compile } from "../compiler/compile.js";
import { diagnosticPosition, type Diagnostic } from "../compiler/diagnostics.js";
import { encodeImage, imageToJson, type ImageModuleName } from "../compiler/image.js";
import { ConfigError, loadModuleLayout, type ModuleRoot } from "../config/modules.js";
import { FsSources, comparePaths } from "../sources/fs.js";
import { VERSION } from "./version.js";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;

export interface CliIo {
  readonly stdout: (chunk: string | Uint8Array) => void;
  readonly stderr: (text: string) => void;
  /** Directory that relative paths on the command line are resolved against. */
  readonly cwd: string;
}

const processIo: CliIo = {
  stdout: (chunk) => void process.stdout.write(chunk),
  stderr: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
};

/** A mistake in how the command was called (exit 2). */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Runs the command line `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const out: CliIo = { ...processIo, ...io };
  try {
    return await dispatch(argv, out);
  } catch (e) {
    if (e instanceof UsageError) {
      out.stderr(`protoguard: ${e.message}\nRun 'protoguard --help' for usage.\n`);
      return EXIT_USAGE;
    }
    if (e instanceof ConfigError) {
      out.stderr(`protoguard: ${e.message}\n`);
      return EXIT_USAGE;
    }
    const detail = e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e);
    out.stderr(
      `protoguard: internal error: ${detail}\n` +
        `This is a bug in protoguard ${VERSION}. Please report it in the protoguard issue tracker with the command you ran and, if you can, the files involved.\n`,
    );
    return EXIT_INTERNAL;
  }
}

const USAGE = `protoguard ${VERSION}: lint, breaking-change detection and buf-compatible builds for Protocol Buffers

Usage:
  protoguard build [DIR] [flags]   compile DIR (default ".") and optionally write a buf image

Flags for build:
  -o, --output FILE          write the image: FILE.binpb (binary), FILE.json (JSON), - (binary to stdout)
      --exclude-source-info  leave SourceCodeInfo out of the image
      --exclude-imports      leave files that are only imports out of the image
      --path P               only build P (a file or directory, relative to the current directory
                             or to DIR); may be repeated
      --error-format FORMAT  text (default), json, msvs or github-actions

Global flags:
  -h, --help                 show this help
      --version              print the version

Exit codes: 0 ok, 1 compile errors, 2 usage or configuration error, 3 internal error.
`;

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") {
    io.stdout(USAGE);
    return command === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (command === "--version" || command === "version") {
    io.stdout(`${VERSION}\n`);
    return EXIT_OK;
  }
  switch (command) {
    case "build":
      return build(parseBuildArgs(rest), io);
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

// ---- arguments ----------------------------------------------------------------------------------

export interface BuildArgs {
  readonly dir: string;
  readonly output?: string;
  readonly excludeSourceInfo: boolean;
  readonly excludeImports: boolean;
  readonly paths: readonly string[];
  readonly errorFormat: ErrorFormat;
  readonly help: boolean;
}

const ERROR_FORMATS = ["text", "json", "msvs", "github-actions"] as const;
export type ErrorFormat = (typeof ERROR_FORMATS)[number];

type FlagSpec = { readonly kind: "bool" | "string" | "list"; readonly key: string };

const BUILD_FLAGS: Record<string, FlagSpec> = {
  "-o": { kind: "string", key: "output" },
  "--output": { kind: "string", key: "output" },
  "--exclude-source-info": { kind: "bool", key: "excludeSourceInfo" },
  "--exclude-imports": { kind: "bool", key: "excludeImports" },
  "--path": { kind: "list", key: "paths" },
  "--error-format": { kind: "string", key: "errorFormat" },
  "-h": { kind: "bool", key: "help" },
  "--help": { kind: "bool", key: "help" },
};

/** Parses `[DIR] [flags]`: `--flag value`, `--flag=value`, booleans as `--flag` or `--flag=false`. */
export function parseBuildArgs(args: readonly string[]): BuildArgs {
  const values: Record<string, string | boolean | string[]> = { paths: [] };
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const spec = BUILD_FLAGS[name];
    if (!spec) throw new UsageError(`unknown flag ${name} for "build"`);
    let value: string | undefined = eq === -1 ? undefined : arg.slice(eq + 1);
    if (spec.kind === "bool") {
      if (value === undefined || value === "true") values[spec.key] = true;
      else if (value === "false") values[spec.key] = false;
      else throw new UsageError(`flag ${name} takes true or false, not "${value}"`);
      continue;
    }
    if (value === undefined) {
      value = args[++i];
      if (value === undefined) throw new UsageError(`flag ${name} needs a value`);
    }
    if (spec.kind === "list") (values[spec.key] as string[]).push(value);
    else values[spec.key] = value;
  }
  if (positional.length > 1) throw new UsageError(`build takes one directory, got ${positional.length}: ${positional.join(" ")}`);
  const errorFormat = (values["errorFormat"] as string | undefined) ?? "text";
  if (!(ERROR_FORMATS as readonly string[]).includes(errorFormat))
    throw new UsageError(`--error-format must be one of ${ERROR_FORMATS.join(", ")}, not "${errorFormat}"`);
  const output = values["output"] as string | undefined;
  if (output === "") throw new UsageError(`-o needs a file name`);
  return {
    dir: positional[0] ?? ".",
    ...(output !== undefined ? { output } : {}),
    excludeSourceInfo: values["excludeSourceInfo"] === true,
    excludeImports: values["excludeImports"] === true,
    paths: values["paths"] as string[],
    errorFormat: errorFormat as ErrorFormat,
    help: values["help"] === true,
  };
}

// ---- build --------------------------------------------------------------------------------------

/** `protoguard build`: compile a workspace like `buf build` and optionally write the image. */
export async function build(args: BuildArgs, io: CliIo): Promise<number> {
  if (args.help) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const dirAbs = path.resolve(io.cwd, args.dir);
  let isDir = false;
  try {
    isDir = statSync(dirAbs).isDirectory();
  } catch {
    throw new UsageError(`${args.dir}: no such directory`);
  }
  if (!isDir) throw new UsageError(`${args.dir}: not a directory (build takes the directory of a module or workspace)`);

  const timer = new PhaseTimer(process.env["PROTOGUARD_TIMING"] === "1", io);
  // Like buf, a directory inside a workspace is built as part of it: the nearest directory at or
  // above DIR with a buf.yaml or buf.work.yaml is the workspace, and DIR restricts the targets.
  const wsAbs = findWorkspace(dirAbs) ?? dirAbs;
  // Paths are shown as buf shows them: relative to the current directory, or absolute if DIR was.
  const shownDir = (abs: string) => (path.isAbsolute(args.dir) ? abs : path.relative(io.cwd, abs) || ".");
  const wsDisplay = shownDir(wsAbs);
  const layout = loadModuleLayout(wsAbs, wsDisplay);
  const sources = new FsSources(
    layout.roots.map((r) => ({
      dir: path.join(wsAbs, r.dir),
      display: shownDir(path.join(wsAbs, r.dir)),
      excludes: r.excludes,
      ...(r.includes ? { includes: r.includes } : {}),
    })),
  );
  let targets = sources.discover();
  if (wsAbs !== dirAbs) targets = filterTargets(targets, [dirAbs], layout.roots, wsAbs, dirAbs, io.cwd, sources, `${args.dir} (inside the workspace ${wsDisplay})`);
  if (args.paths.length > 0) targets = filterTargets(targets, args.paths, layout.roots, wsAbs, dirAbs, io.cwd, sources);
  if (targets.length === 0 && sources.diagnostics.length === 0) {
    throw new UsageError(
      `no .proto files were targeted in ${args.dir}: it has none${args.paths.length ? `, or --path matches none of them` : ""}` +
        (layout.configFile ? ` (module roots from ${layout.configFile}: ${layout.roots.map((r) => r.dir).join(", ")})` : ""),
    );
  }
  timer.lap(`discover (${targets.length} targets)`);
  const readable = sources.preload(targets);
  timer.lap("read targets");
  const result = await compile({ files: readable, resolver: sources, sourceInfo: !args.excludeSourceInfo });
  timer.lap(`compile (${result.files.length} files)`);

  const shown: ShownDiagnostic[] = [];
  // buf reports a bad import path (`../x.proto`) at the import; keep ours only if the compiler did not.
  const compilerSawImportPaths = result.diagnostics.some((d) => d.message.startsWith("import path must"));
  for (const d of sources.diagnostics) if (!(d.badImportPath && compilerSawImportPaths)) shown.push({ d, file: d.file });
  for (const d of result.diagnostics) if (d.severity === "error") shown.push({ d, file: sources.displayPath(d.file) });
  shown.sort((a, b) => comparePaths(a.file, b.file) || a.d.start - b.d.start || a.d.end - b.d.end || comparePaths(a.d.message, b.d.message));
  if (shown.length > 0) io.stderr(shown.map((s) => formatShown(s, args.errorFormat)).join(""));
  if (shown.some((s) => s.d.severity === "error")) return EXIT_FINDINGS;

  if (args.output !== undefined) {
    const names = layout.roots.map((r) => r.name);
    const opts = {
      excludeImports: args.excludeImports,
      excludeSourceInfo: args.excludeSourceInfo,
      moduleName: (p: string): ImageModuleName | undefined => {
        const i = sources.rootIndexOf(p);
        return i === undefined ? undefined : names[i];
      },
    };
    const json = args.output.endsWith(".json");
    const data = json ? imageToJson(result.files, opts) : encodeImage(result.files, opts);
    timer.lap(`encode ${json ? "JSON" : "binary"} image (${data.length} ${json ? "chars" : "bytes"})`);
    if (args.output === "-") io.stdout(data);
    else {
      try {
        writeFileSync(path.resolve(io.cwd, args.output), data);
      } catch (e) {
        throw new UsageError(`cannot write ${args.output}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      }
    }
    timer.lap("write");
  }
  return EXIT_OK;
}

/** Phase times on stderr when PROTOGUARD_TIMING=1 (for benchmarks; off by default). */
class PhaseTimer {
  private last = performance.now();
  constructor(
    private readonly on: boolean,
    private readonly io: CliIo,
  ) {}

  lap(what: string): void {
    if (!this.on) return;
    const now = performance.now();
    this.io.stderr(`timing: ${what}: ${(now - this.last).toFixed(0)} ms\n`);
    this.last = now;
  }
}

/**
 * Keeps the targets under any `--path`. A path is taken relative to the current directory (as buf
 * does) when that lands inside a module root, otherwise relative to DIR.
 */
function filterTargets(
  targets: readonly string[],
  paths: readonly string[],
  roots: readonly ModuleRoot[],
  wsAbs: string,
  dirAbs: string,
  cwd: string,
  sources: FsSources,
  what?: string,
): string[] {
  const wanted: RootPath[] = [];
  for (const p of paths) {
    const rp = rootRelative(path.resolve(cwd, p), roots, wsAbs) ?? rootRelative(path.resolve(dirAbs, p), roots, wsAbs);
    if (rp === undefined) throw new UsageError(`${what ?? `--path ${p}`}: not inside a module root of ${path.relative(cwd, wsAbs) || "."}`);
    wanted.push(rp);
  }
  return targets.filter((t) => {
    const root = sources.rootIndexOf(t);
    return wanted.some((w) => w.root === root && (w.rel === "" || t === w.rel || t.startsWith(w.rel + "/")));
  });
}

/**
 * The nearest directory at or above `dir` that has a buf.yaml or buf.work.yaml. The search stops
 * at the root of a git repository (a directory with `.git`), so a stray config above a checkout
 * is never picked up.
 */
function findWorkspace(dir: string): string | undefined {
  for (let d = dir; ; ) {
    if (existsSync(path.join(d, "buf.yaml")) || existsSync(path.join(d, "buf.work.yaml"))) return d;
    if (existsSync(path.join(d, ".git"))) return undefined;
    const parent = path.dirname(d);
    if (parent === d) return undefined;
    d = parent;
  }
}

interface RootPath {
  readonly root: number;
  /** Relative to the root, `/`-separated; "" for the root itself. */
  readonly rel: string;
}

function rootRelative(abs: string, roots: readonly ModuleRoot[], dirAbs: string): RootPath | undefined {
  for (let i = 0; i < roots.length; i++) {
    const rel = path.relative(path.join(dirAbs, roots[i]!.dir), abs);
    if (rel === "") return { root: i, rel: "" };
    if (rel !== ".." && !rel.startsWith(".." + path.sep) && !path.isAbsolute(rel)) return { root: i, rel: rel.split(path.sep).join("/") };
  }
  return undefined;
}

/** GitHub workflow-command escaping (data: `%`, CR, LF; properties also `:` and `,`). */
function escapeData(s: string): string {
  return s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

function escapeProperty(s: string): string {
  return escapeData(s).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

interface ShownDiagnostic {
  readonly d: Diagnostic;
  /** Path as shown to the user (relative to the current directory, with the module directory). */
  readonly file: string;
}

/** buf's error formats, one line per diagnostic. */
function formatShown({ d, file }: ShownDiagnostic, format: ErrorFormat): string {
  const p = diagnosticPosition(d);
  if (format === "text") return `${file}:${p.line}:${p.column}:${d.message}\n`;
  if (format === "msvs") return `${file}(${p.line},${p.column}) : ${d.severity} COMPILE : ${d.message}\n`;
  if (format === "github-actions") {
    const kind = d.severity === "error" ? "error" : "warning";
    return `::${kind} file=${escapeProperty(file)},line=${p.line},col=${p.column},endLine=${p.endLine},endColumn=${p.endColumn}::${escapeData(d.message)}\n`;
  }
  return (
    JSON.stringify({
      path: file,
      start_line: p.line,
      start_column: p.column,
      end_line: p.endLine,
      end_column: p.endColumn,
      type: "COMPILE",
      message: d.message,
    }) + "\n"
  );
}
