/**
 * `protoguard lint [DIR] [--config C] [--path P]... [--exclude-path P]... [--error-format F]`:
 * `buf lint` with buf's configuration, rule IDs, positions and output formats, and our own
 * messages.
 *
 * The workspace opens as for `build`; each module is linted with its own configuration (v2
 * per-module blocks, buf.work.yaml directories) over its own target files. Compile errors are
 * reported instead of lint findings, as rule `COMPILE`. Findings go to stdout, warnings and
 * errors to stderr. Exit codes: 0 clean, 1 findings (buf: 100), 2 usage or configuration error
 * (buf: 1), 3 internal error.
 */
import { compile } from "../compiler/compile.js";
import { resolveLint } from "../config/rulesets.js";
import { dedupeAndSort } from "../engine/findings.js";
import { Model } from "../engine/model.js";
import type { Finding, LintRule } from "../engine/rule.js";
import { runLint } from "../engine/run.js";
import { LINT_REPORT_FORMATS, REPORTERS, type ReportFormat } from "../report/index.js";
import { LINT_RULES } from "../../rules/lint/index.js";
import { compileFindings, openCheckWorkspace, parseCheckArgs, ruleMeta, warnOnce } from "./check-args.js";
import { EXIT_FINDINGS, EXIT_OK, PhaseTimer, type CliIo } from "./main.js";
import { VERSION } from "./version.js";
import { compileDiagnostics } from "./workspace.js";

export const LINT_USAGE = `Usage:
  protoguard lint [DIR] [flags]    lint the modules of DIR (default ".") like buf lint

Flags for lint:
      --config C             a buf.yaml / protoguard.yaml path, or inline YAML or JSON, used
                             instead of the workspace's buf.yaml
      --path P               only lint P (a file or directory, relative to the current directory
                             or to DIR); may be repeated
      --exclude-path P       do not lint P (a file or directory, relative to the current
                             directory); may be repeated
      --error-format FORMAT  ${LINT_REPORT_FORMATS.slice(0, 5).join(", ")},
                             ${LINT_REPORT_FORMATS.slice(5).join(", ")} (default text)
  -h, --help                 show this help

Exit codes: 0 no findings, 1 findings (buf uses 100), 2 usage or configuration error, 3 internal error.
`;

export interface LintArgs {
  readonly dir: string;
  readonly config: string | undefined;
  readonly paths: readonly string[];
  readonly excludePaths: readonly string[];
  readonly errorFormat: ReportFormat;
  readonly help: boolean;
}

/** Parses `[DIR] [flags]`: `--flag value` or `--flag=value`. */
export function parseLintArgs(args: readonly string[]): LintArgs {
  const { dir, config, paths, excludePaths, errorFormat, help } = parseCheckArgs("lint", args, { formats: LINT_REPORT_FORMATS });
  return { dir, config, paths, excludePaths, errorFormat, help };
}

/** Runs `protoguard lint ARGS`; returns the exit code (usage and config errors are thrown). */
export async function lintCommand(args: readonly string[], io: CliIo, rules: readonly LintRule[] = LINT_RULES): Promise<number> {
  const a = parseLintArgs(args);
  if (a.help) {
    io.stdout(LINT_USAGE);
    return EXIT_OK;
  }
  const timer = new PhaseTimer(process.env["PROTOGUARD_TIMING"] === "1", io);
  const { ws, config } = openCheckWorkspace("lint", a, io);
  // Configuration mistakes stop the run before anything is compiled, as in buf.
  const resolved = config.modules.map((m) => resolveLint(m, rules));
  warnOnce(io, resolved.flatMap((r) => r.warnings));

  timer.lap(`config and discover (${ws.targets.length} targets)`);
  const readable = ws.sources.preload(ws.targets);
  const result = await compile({ files: readable, resolver: ws.sources, workers: "auto" });
  timer.lap(`compile (${result.files.length} files)`);
  const report = (findings: readonly Finding[]): number => {
    const text = REPORTERS[a.errorFormat](findings, { rules: ruleMeta(resolved), toolVersion: VERSION });
    timer.lap(`format (${text.length} chars)`);
    io.stdout(text);
    return findings.length > 0 ? EXIT_FINDINGS : EXIT_OK;
  };

  // Compile errors replace the lint findings (as in buf); warnings go to stderr and linting goes on.
  const compileErrors = compileFindings(compileDiagnostics(ws.sources, result), io);
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
  config.modules.forEach((m, i) => {
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
