/**
 * The `protoguard` command line: argument parsing, the commands, and the exit codes.
 *
 * Exit codes (DESIGN.md): 0 clean, 1 compile errors (buf uses 100), 2 usage or configuration
 * error, 3 internal error with a request for a bug report. `main` never throws and never calls
 * `process.exit`: it returns the code, and all output goes through {@link CliIo}, so tests run it
 * in-process.
 */
import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
import * as path from "node:path";
import { compile } from "../compiler/compile.js";
import { diagnosticPosition } from "../compiler/diagnostics.js";
import { encodeImage, imageToJson, writeImage, type ImageFile, type ImageModuleName, type ImageOptions } from "../compiler/image.js";
import { findProtoguardYaml } from "../config/buf-yaml.js";
import { ConfigError, loadModuleLayout } from "../config/modules.js";
import { escapeData, escapeProperty } from "../report/github.js";
import { breakingCommand } from "./breaking.js";
import { listFlagValues } from "./check-args.js";
import { lintCommand } from "./lint.js";
import { rulesCommand } from "./rules.js";
import { compileDiagnostics, openWorkspace, type ShownDiagnostic } from "./workspace.js";
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
  protoguard lint [DIR] [flags]    lint DIR (default ".") like buf lint; see protoguard lint --help
  protoguard breaking [DIR] --against SRC [flags]
                                   compare DIR with SRC like buf breaking; see protoguard breaking --help
  protoguard rules [flags]         list the lint rules; see protoguard rules --help

Flags for build:
  -o, --output FILE          write the image: FILE.binpb (binary), FILE.json (JSON), - (binary to stdout)
      --exclude-source-info  leave SourceCodeInfo out of the image
      --exclude-imports      leave files that are only imports out of the image
      --path P               only build P (a file or directory, relative to the current directory
                             or to DIR); may be repeated
      --exclude-path P       do not build P (a file or directory, relative to the current
                             directory); may be repeated; still read where imported
      --error-format FORMAT  text (default), json, msvs or github-actions

Global flags:
  -h, --help                 show this help
      --version              print the version

Exit codes: 0 ok, 1 compile errors or lint findings, 2 usage or configuration error, 3 internal error.
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
    case "lint":
      return lintCommand(rest, io);
    case "breaking":
      return breakingCommand(rest, io);
    case "rules":
      return rulesCommand(rest, { stdout: (t) => io.stdout(t), stderr: io.stderr });
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
  readonly excludePaths: readonly string[];
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
  "--exclude-path": { kind: "list", key: "excludePaths" },
  "--error-format": { kind: "string", key: "errorFormat" },
  "-h": { kind: "bool", key: "help" },
  "--help": { kind: "bool", key: "help" },
};

/** Parses `[DIR] [flags]`: `--flag value`, `--flag=value`, booleans as `--flag` or `--flag=false`. */
export function parseBuildArgs(args: readonly string[]): BuildArgs {
  const values: Record<string, string | boolean | string[]> = { paths: [], excludePaths: [] };
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
    if (spec.kind === "list") (values[spec.key] as string[]).push(...listFlagValues(name, value));
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
    excludePaths: values["excludePaths"] as string[],
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
  const timer = new PhaseTimer(process.env["PROTOGUARD_TIMING"] === "1", io);
  const { layout, sources, targets } = openWorkspace("build", args.dir, { paths: args.paths, excludePaths: args.excludePaths }, io, (ws, shown) => loadModuleLayout(ws, shown, findProtoguardYaml(ws, shown)));
  timer.lap(`discover (${targets.length} targets)`);
  const readable = sources.preload(targets);
  timer.lap("read targets");
  const result = await compile({ files: readable, resolver: sources, sourceInfo: !args.excludeSourceInfo, workers: "auto" });
  timer.lap(`compile (${result.files.length} files)`);

  const shown = compileDiagnostics(sources, result);
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
    if (!json && args.output !== "-") {
      const size = writeImageFile(path.resolve(io.cwd, args.output), args.output, result.files, opts);
      timer.lap(`encode and write binary image (${size} bytes)`);
      return EXIT_OK;
    }
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

/**
 * Streams the binary image to `file` as it is encoded, in writes of up to 1 MiB, so the whole
 * image (most of it SourceCodeInfo) is never in memory at once. Returns its size in bytes.
 */
function writeImageFile(file: string, shown: string, files: readonly ImageFile[], opts: ImageOptions): number {
  const fail = (e: unknown): never => {
    throw new UsageError(`cannot write ${shown}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  };
  let fd = -1;
  try {
    fd = openSync(file, "w");
  } catch (e) {
    fail(e);
  }
  const buf = Buffer.allocUnsafe(1 << 20);
  let used = 0;
  let total = 0;
  const put = (bytes: Uint8Array, length: number): void => {
    for (let off = 0; off < length; ) off += writeSync(fd, bytes, off, length - off);
  };
  try {
    writeImage(files, opts, (chunk) => {
      total += chunk.length;
      if (chunk.length > buf.length - used) {
        put(buf, used);
        used = 0;
        if (chunk.length >= buf.length) return put(chunk, chunk.length);
      }
      buf.set(chunk, used);
      used += chunk.length;
    });
    put(buf, used);
  } catch (e) {
    if (e instanceof Error && typeof (e as NodeJS.ErrnoException).code === "string") fail(e);
    throw e;
  } finally {
    closeSync(fd);
  }
  return total;
}

/** Phase times on stderr when PROTOGUARD_TIMING=1 (for benchmarks; off by default). */
export class PhaseTimer {
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
