/**
 * `protoguard lint [DIR] [--config C] [--path P]... [--error-format F]`: `buf lint` with buf's
 * configuration, rule IDs, positions and output formats, and our own messages.
 *
 * The workspace opens as for `build`; each module is linted with its own configuration (v2
 * per-module blocks, buf.work.yaml directories) over its own target files. Compile errors are
 * reported instead of lint findings, as rule `COMPILE`. Findings go to stdout, warnings and
 * errors to stderr. Exit codes: 0 clean, 1 findings (buf: 100), 2 usage or configuration error
 * (buf: 1), 3 internal error.
 */
import { compile } from "../compiler/compile.js";
import { diagnosticPosition } from "../compiler/diagnostics.js";
import { loadWorkspaceConfig, readConfigArgument, type WorkspaceConfig } from "../config/buf-yaml.js";
import { resolveLint, type ResolvedLint } from "../config/rulesets.js";
import { dedupeAndSort } from "../engine/findings.js";
import { Model } from "../engine/model.js";
import type { Finding, LintRule } from "../engine/rule.js";
import { runLint } from "../engine/run.js";
import { REPORTERS, REPORT_FORMATS, isReportFormat, type ReportFormat, type RuleMeta } from "../report/index.js";
import { LINT_RULES } from "../../rules/lint/index.js";
import { EXIT_FINDINGS, EXIT_OK, PhaseTimer, UsageError, type CliIo } from "./main.js";
import { VERSION } from "./version.js";
import { compileDiagnostics, openWorkspace } from "./workspace.js";

export const LINT_USAGE = `Usage:
  protoguard lint [DIR] [flags]    lint the modules of DIR (default ".") like buf lint

Flags for lint:
      --config C             a buf.yaml / protoguard.yaml path, or inline YAML or JSON, used
                             instead of the workspace's buf.yaml
      --path P               only lint P (a file or directory, relative to the current directory
                             or to DIR); may be repeated
      --error-format FORMAT  ${REPORT_FORMATS.join(", ")} (default text)
  -h, --help                 show this help

Exit codes: 0 no findings, 1 findings (buf uses 100), 2 usage or configuration error, 3 internal error.
`;

export interface LintArgs {
  readonly dir: string;
  readonly config: string | undefined;
  readonly paths: readonly string[];
  readonly errorFormat: ReportFormat;
  readonly help: boolean;
}

/** Parses `[DIR] [flags]`: `--flag value` or `--flag=value`. */
export function parseLintArgs(args: readonly string[]): LintArgs {
  let config: string | undefined;
  let errorFormat: string = "text";
  let help = false;
  const paths: string[] = [];
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
    if (name === "-h" || name === "--help") {
      help = true;
      continue;
    }
    if (name !== "--config" && name !== "--path" && name !== "--error-format") throw new UsageError(`unknown flag ${name} for "lint"`);
    const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined) throw new UsageError(`flag ${name} needs a value`);
    if (name === "--config") config = value;
    else if (name === "--path") paths.push(value);
    else errorFormat = value;
  }
  if (positional.length > 1) throw new UsageError(`lint takes one directory, got ${positional.length}: ${positional.join(" ")}`);
  if (!isReportFormat(errorFormat)) throw new UsageError(`--error-format must be one of ${REPORT_FORMATS.join(", ")}, not "${errorFormat}"`);
  if (config === "") throw new UsageError(`--config needs a file or inline YAML/JSON`);
  return { dir: positional[0] ?? ".", config, paths, errorFormat, help };
}

/** Runs `protoguard lint ARGS`; returns the exit code (usage and config errors are thrown). */
export async function lintCommand(args: readonly string[], io: CliIo, rules: readonly LintRule[] = LINT_RULES): Promise<number> {
  const a = parseLintArgs(args);
  if (a.help) {
    io.stdout(LINT_USAGE);
    return EXIT_OK;
  }
  const timer = new PhaseTimer(process.env["PROTOGUARD_TIMING"] === "1", io);
  const override = a.config !== undefined ? readConfigArgument(a.config, io.cwd) : undefined;
  let config: WorkspaceConfig | undefined;
  const ws = openWorkspace("lint", a.dir, a.paths, io, (wsAbs, wsDisplay) => {
    config = loadWorkspaceConfig(wsAbs, wsDisplay, override);
    return config.layout;
  });
  // Configuration mistakes stop the run before anything is compiled, as in buf.
  const resolved = config!.modules.map((m) => resolveLint(m, rules));
  const warnings = new Set(resolved.flatMap((r) => r.warnings));
  for (const w of warnings) io.stderr(`protoguard: warning: ${w}\n`);

  timer.lap(`config and discover (${ws.targets.length} targets)`);
  const readable = ws.sources.preload(ws.targets);
  const result = await compile({ files: readable, resolver: ws.sources });
  timer.lap(`compile (${result.files.length} files)`);
  const report = (findings: readonly Finding[]): number => {
    const text = REPORTERS[a.errorFormat](findings, { rules: ruleMeta(resolved), toolVersion: VERSION });
    timer.lap(`format (${text.length} chars)`);
    io.stdout(text);
    return findings.length > 0 ? EXIT_FINDINGS : EXIT_OK;
  };

  // Compile errors replace the lint findings (as in buf); warnings go to stderr and linting goes on.
  const shown = compileDiagnostics(ws.sources, result);
  for (const { d, file } of shown) {
    if (d.severity === "error") continue;
    const p = diagnosticPosition(d);
    io.stderr(`protoguard: warning: ${file}:${p.line}:${p.column}: ${d.message}\n`);
  }
  const compileErrors = shown.flatMap(({ d, file }): Finding[] => {
    if (d.severity !== "error") return [];
    const p = diagnosticPosition(d);
    const finding: Finding = {
      ruleId: "COMPILE",
      severity: "error",
      message: d.message,
      file,
      displayPath: file,
      startLine: p.line,
      startColumn: p.column,
      endLine: p.endLine,
      endColumn: p.endColumn,
      elementPath: undefined,
    };
    return [finding];
  });
  if (compileErrors.length > 0) return report(compileErrors);

  const model = new Model(
    result.files.flatMap((f) =>
      f.proto
        ? [
            {
              proto: f.proto,
              isImport: f.isImport,
              displayPath: ws.sources.displayPath(f.path),
              unusedDependencies: f.unusedDependencies,
              syntaxUnspecified: f.syntaxUnspecified,
            },
          ]
        : [],
    ),
  );
  timer.lap("model");
  const findings: Finding[] = [];
  config!.modules.forEach((m, i) => {
    const r = resolved[i]!;
    if (r.rules.length === 0 || r.ignore.includes(".")) return;
    const roots = new Set(m.roots);
    const targets = model.targets.filter((f) => roots.has(ws.sources.rootIndexOf(f.name) ?? -1));
    if (targets.length === 0) return;
    const found = runLint(model, {
      rules: r.rules,
      options: r.options,
      version: r.version,
      commentIgnores: r.commentIgnores,
      ignore: r.ignore,
      ignoreOnly: r.ignoreOnly,
      targets,
    });
    for (const f of found) findings.push(f); // not push(...found): a large corpus exceeds the argument limit
  });
  timer.lap(`lint (${findings.length} findings)`);
  const code = report(dedupeAndSort(findings));
  timer.lap("write");
  return code;
}

/** The enabled rules of every module, by ID, for SARIF's rule list. */
function ruleMeta(resolved: readonly ResolvedLint[]): RuleMeta[] {
  const byId = new Map<string, RuleMeta>();
  for (const r of resolved) for (const rule of r.rules) byId.set(rule.id, { id: rule.id, summary: rule.summary, docs: rule.docs });
  return [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
