/**
 * `protoguard breaking [DIR] --against SRC [--config C] [--path P]... [--exclude-path P]...
 * [--limit-to-input-files] [--exclude-imports] [--error-format F]`: `buf breaking` with buf's
 * configuration, rule IDs, positions and output formats, and our own messages.
 *
 * The input side opens and compiles as for `lint`; its configuration decides the rules (the
 * against side's config only decides that side's module layout, as in buf). The against side
 * (sources/against.ts) is a git revision of a local repository, a directory, or a buf image. Both
 * sides are compared as wholes, files paired by module-relative path; with several modules, each
 * module's rules judge the findings in that module's files. `--path` and `--exclude-path` restrict
 * both sides to the same module-relative paths; `--limit-to-input-files` restricts the against
 * side to the input's files; `--exclude-imports` leaves files that are only imports out of the
 * comparison.
 *
 * Exit codes as lint: 0 clean, 1 findings or input compile errors, 2 usage or configuration error
 * (including an against side that cannot be read or does not compile), 3 internal error.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { compile, type CompiledFile, type CompileResult, type Resolver } from "../compiler/compile.js";
import { formatDiagnostic } from "../compiler/diagnostics.js";
import { findProtoguardYaml } from "../config/buf-yaml.js";
import { resolveBreaking, type ResolvedBreaking } from "../config/breaking-rules.js";
import { loadModuleLayout } from "../config/modules.js";
import { dedupeAndSort } from "../engine/findings.js";
import { Model, type ModelInput } from "../engine/model.js";
import type { BreakingRule, Finding } from "../engine/rule.js";
import { planReuse, hashBytes, type CurrentSide } from "../breaking/reuse.js";
import { runBreaking } from "../breaking/run.js";
import { REPORTERS, REPORT_FORMATS, type ReportFormat } from "../report/index.js";
import { AgainstError, parseAgainst, type AgainstSource } from "../sources/against.js";
import { GitSourceError, openGitSources } from "../sources/git.js";
import { ImageError, decodeImage } from "../sources/image.js";
import { BREAKING_RULES } from "../../rules/breaking/index.js";
import { compileFindings, openCheckWorkspace, parseCheckArgs, ruleMeta, warnOnce } from "./check-args.js";
import { EXIT_FINDINGS, EXIT_OK, PhaseTimer, UsageError, type CliIo } from "./main.js";
import { VERSION } from "./version.js";
import { ALL_TARGETS, compileDiagnostics, openWorkspace, type Workspace } from "./workspace.js";

export const BREAKING_USAGE = `Usage:
  protoguard breaking [DIR] --against SRC [flags]
                             compare DIR (default ".") with SRC like buf breaking

SRC, in buf's input syntax:
  .git#branch=main[,subdir=proto]   a branch of a local repository (also tag=, commit=, ref=HEAD~1)
  ../old                            a directory
  base.binpb, base.json             a buf image (buf build -o, protoguard build -o)

Flags for breaking:
      --against SRC          what to compare against (required)
      --config C             a buf.yaml / protoguard.yaml path, or inline YAML or JSON, used
                             instead of the workspace's buf.yaml
      --path P               only compare P (a file or directory); may be repeated; applies to
                             both sides
      --exclude-path P       do not compare P (a file or directory, relative to the current
                             directory); may be repeated; applies to both sides
      --limit-to-input-files only compare against files that exist in the input (no deleted files)
      --exclude-imports      leave files that are only imports out of the comparison
      --error-format FORMAT  ${REPORT_FORMATS.slice(0, 5).join(", ")},
                             ${REPORT_FORMATS.slice(5).join(", ")} (default text)
  -h, --help                 show this help

Exit codes: 0 no findings, 1 findings (buf uses 100), 2 usage or configuration error, 3 internal error.
`;

export interface BreakingArgs {
  readonly dir: string;
  readonly against: string | undefined;
  readonly config: string | undefined;
  readonly paths: readonly string[];
  readonly excludePaths: readonly string[];
  readonly limitToInputFiles: boolean;
  readonly excludeImports: boolean;
  readonly errorFormat: ReportFormat;
  readonly help: boolean;
}

/** Parses `[DIR] [flags]`: `--flag value`, `--flag=value`, booleans as `--flag` or `--flag=false`. */
export function parseBreakingArgs(args: readonly string[]): BreakingArgs {
  const { dir, config, paths, excludePaths, errorFormat, help, values, bools } = parseCheckArgs("breaking", args, {
    values: ["--against"],
    bools: ["--limit-to-input-files", "--exclude-imports"],
  });
  return {
    dir,
    against: values.get("--against"),
    config,
    paths,
    excludePaths,
    limitToInputFiles: bools.get("--limit-to-input-files") ?? false,
    excludeImports: bools.get("--exclude-imports") ?? false,
    errorFormat,
    help,
  };
}

/** Runs `protoguard breaking ARGS`; returns the exit code (usage and config errors are thrown). */
export async function breakingCommand(args: readonly string[], io: CliIo, rules: readonly BreakingRule[] = BREAKING_RULES): Promise<number> {
  const a = parseBreakingArgs(args);
  if (a.help) {
    io.stdout(BREAKING_USAGE);
    return EXIT_OK;
  }
  if (a.against === undefined) throw new UsageError(`breaking needs --against SRC (e.g. --against .git#branch=main)`);
  let source: AgainstSource;
  try {
    source = parseAgainst(a.against);
  } catch (e) {
    if (e instanceof AgainstError) throw new UsageError(e.message);
    throw e;
  }
  const timer = new PhaseTimer(process.env["PROTOGUARD_TIMING"] === "1", io);

  // The input side: its config decides the rules.
  const { ws, config } = openCheckWorkspace("breaking", a, io);
  const resolved = config.modules.map((m) => resolveBreaking(m, rules));
  warnOnce(io, resolved.flatMap((r) => r.warnings));
  timer.lap(`config and discover (${ws.targets.length} targets)`);

  const readable = ws.sources.preload(ws.targets);
  // Hash what the compiler reads, so files unchanged on the against side need not be compiled twice.
  const currentHashes = new Map<string, string>();
  const recording: Resolver = {
    read: async (p) => {
      const r = await ws.sources.read(p);
      if (r) currentHashes.set(p, hashBytes(r.bytes));
      return r;
    },
  };
  const result = await compile({ files: readable, resolver: recording, workers: "auto" });
  timer.lap(`compile input (${result.files.length} files)`);
  const report = (findings: readonly Finding[]): number => {
    io.stdout(REPORTERS[a.errorFormat](findings, { rules: ruleMeta(resolved), toolVersion: VERSION }));
    return findings.length > 0 ? EXIT_FINDINGS : EXIT_OK;
  };
  const compileErrors = compileFindings(compileDiagnostics(ws.sources, result), io);
  if (compileErrors.length > 0) return report(compileErrors);
  const current = modelOf(result, (p) => ws.sources.displayPath(p));
  timer.lap("model input");

  // The against side, restricted like the input.
  const currentNames = new Set(current.targets.map((f) => f.name));
  const prefixes = a.paths.length > 0 ? pathPrefixes(a.paths, ws, io.cwd, a.dir) : undefined;
  const keep = (name: string): boolean =>
    (prefixes === undefined || prefixes.some((p) => p === "" || name === p || name.startsWith(p + "/"))) &&
    (!a.limitToInputFiles || currentNames.has(name)) &&
    !ws.isExcluded(name);
  const previous = await openAgainst(source, a.against, io, keep, { files: result.files, hashes: currentHashes, read: (p) => ws.sources.read(p) });
  timer.lap(`against side (${previous.files.length} files, ${previous.files.filter((f) => current.file(f.name)?.proto === f.proto).length} reused from the input side)`);

  const findings: Finding[] = [];
  const timings = process.env["PROTOGUARD_TIMING"] === "1" ? new Map<string, number>() : undefined;
  const groups = groupModules(resolved);
  for (const { r, modules } of groups) {
    if (r.rules.length === 0 || r.ignore.includes(".")) continue;
    const found = runBreaking(previous, current, {
      rules: r.rules,
      options: r.options,
      version: r.version,
      ignore: r.ignore,
      ignoreOnly: r.ignoreOnly,
      excludeImports: a.excludeImports,
      ...(timings ? { timings } : {}),
    });
    const roots = groups.length === 1 ? undefined : new Set(modules.flatMap((i) => config.modules[i]!.roots));
    const first = groups[0]!.r === r;
    for (const f of found) {
      // With several rule sets, a finding belongs to the module of its file; file-less ones to the first.
      if (roots && (f.file === undefined ? !first : !roots.has(ws.sources.rootIndexOf(f.file) ?? -1))) continue;
      findings.push(f);
    }
  }
  timer.lap(`breaking (${findings.length} findings)`);
  if (timings) {
    const top = [...timings].sort((x, y) => y[1] - x[1]).slice(0, 5);
    io.stderr(`timing: slowest rules and pairings: ${top.map(([id, ms]) => `${id} ${ms.toFixed(0)} ms`).join(", ")}\n`);
  }
  return report(dedupeAndSort(findings));
}

/** Modules with the same resolved rules and options run once. */
function groupModules(resolved: readonly ResolvedBreaking[]): { r: ResolvedBreaking; modules: number[] }[] {
  const groups: { r: ResolvedBreaking; modules: number[]; key: string }[] = [];
  resolved.forEach((r, i) => {
    const key = JSON.stringify([r.rules.map((x) => x.id), r.ignore, r.ignoreOnly, r.options, r.version]);
    const g = groups.find((x) => x.key === key);
    if (g) g.modules.push(i);
    else groups.push({ r, modules: [i], key });
  });
  return groups;
}

/** `--path` values as module-relative prefixes ("" = everything). */
function pathPrefixes(paths: readonly string[], ws: Workspace, cwd: string, dir: string): string[] {
  const dirAbs = path.resolve(cwd, dir);
  const out: string[] = [];
  for (const p of paths) {
    for (const base of [cwd, dirAbs]) {
      const abs = path.resolve(base, p);
      for (const root of ws.layout.roots) {
        const rel = path.relative(path.join(ws.wsAbs, root.dir), abs);
        if (rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel))) out.push(rel.split(path.sep).join("/"));
      }
    }
  }
  return out;
}

function modelOf(result: CompileResult, displayPath?: (p: string) => string): Model {
  const inputs: ModelInput[] = [];
  for (const f of result.files) {
    if (!f.proto) continue;
    inputs.push({
      proto: f.proto,
      isImport: f.isImport,
      ...(displayPath ? { displayPath: displayPath(f.path) } : {}),
      unusedDependencies: f.unusedDependencies,
      syntaxUnspecified: f.syntaxUnspecified,
    });
  }
  return new Model(inputs);
}

/** Reads, compiles (or decodes) and restricts the against side. */
async function openAgainst(source: AgainstSource, given: string, io: CliIo, keep: (name: string) => boolean, current: CurrentSide): Promise<Model> {
  if (source.kind === "image") {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path.resolve(io.cwd, source.file));
    } catch (e) {
      throw new UsageError(`--against ${given}: cannot read the image: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
    let inputs: ModelInput[];
    try {
      inputs = decodeImage(bytes, source.format, source.file);
    } catch (e) {
      if (e instanceof ImageError) throw new UsageError(`--against ${given}: ${e.message}`);
      throw e;
    }
    return restrictImage(inputs, keep);
  }
  let targets: string[];
  let resolver: { read: Resolver["read"] };
  let shownPath: (p: string) => string;
  if (source.kind === "git") {
    let git;
    try {
      git = openGitSources(source.repo, source.ref, source.subdir, io.cwd, given.split("#")[0] + (source.refKind === "default" ? "" : `#${source.refKind}=${source.ref}`));
    } catch (e) {
      if (e instanceof GitSourceError) throw new UsageError(`--against ${given}: ${e.message}`);
      throw e;
    }
    targets = git.targets.filter(keep);
    resolver = git;
    shownPath = (p) => git.displayPath(p);
  } else {
    const ws = openWorkspace("breaking --against", source.dir, ALL_TARGETS, io, (wsAbs, wsDisplay) => loadModuleLayout(wsAbs, wsDisplay, findProtoguardYaml(wsAbs, wsDisplay)));
    targets = ws.sources.preload(ws.targets.filter(keep));
    resolver = ws.sources;
    shownPath = (p) => ws.sources.displayPath(p);
  }
  const reuse = await planReuse(targets, resolver, current);
  const memory: Resolver = { read: (p) => (reuse.bytes.has(p) ? Promise.resolve(reuse.bytes.get(p)) : resolver.read(p)) };
  // Findings point at the input side only, so the against side needs no source info.
  const toCompile = targets.filter((t) => !reuse.same.has(t));
  const result = await compile({ files: toCompile, resolver: memory, sourceInfo: false, workers: "auto" });
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) {
    const lines = errors.slice(0, 20).map((d) => formatDiagnostic({ ...d, file: shownPath(d.file) }));
    throw new UsageError(
      `--against ${given}: the against side does not compile (${errors.length} error${errors.length === 1 ? "" : "s"}):\n${lines.join("\n")}${errors.length > 20 ? "\n…" : ""}`,
    );
  }
  return reuseModel(targets, result, reuse.same, current.files);
}

/** The against model: reused input-side descriptors for unchanged files, compiled ones for the rest. */
function reuseModel(targets: readonly string[], compiled: CompileResult, same: ReadonlySet<string>, current: readonly CompiledFile[]): Model {
  const targetSet = new Set(targets);
  const inputs: ModelInput[] = [];
  const seen = new Set<string>();
  const add = (f: CompiledFile): void => {
    if (!f.proto || seen.has(f.path)) return;
    seen.add(f.path);
    inputs.push({ proto: f.proto, isImport: !targetSet.has(f.path), unusedDependencies: f.unusedDependencies, syntaxUnspecified: f.syntaxUnspecified });
  };
  for (const f of current) if (same.has(f.path)) add(f);
  for (const f of compiled.files) add(f);
  return new Model(inputs);
}

/** Image files under the restriction, plus everything they import (as imports). */
function restrictImage(inputs: readonly ModelInput[], keep: (name: string) => boolean): Model {
  const byName = new Map(inputs.map((i) => [i.proto.name, i]));
  const chosen = new Map<string, ModelInput>();
  for (const i of inputs) if (!i.isImport && keep(i.proto.name)) chosen.set(i.proto.name, i);
  const addDeps = (i: ModelInput): void => {
    for (const dep of i.proto.dependency) {
      const d = byName.get(dep);
      if (!d || chosen.has(dep)) continue;
      chosen.set(dep, d.isImport ? d : { ...d, isImport: true });
      addDeps(d);
    }
  };
  for (const i of [...chosen.values()]) addDeps(i);
  // Keep the image's order.
  return new Model(inputs.flatMap((i) => chosen.get(i.proto.name) ?? []));
}
