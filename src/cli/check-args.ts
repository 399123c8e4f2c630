/**
 * What `lint` and `breaking` share: their `[DIR] [--config C] [--path P]... [--exclude-path P]...
 * [--error-format F]` arguments, opening the workspace with its check configuration, compile
 * diagnostics as warnings and `COMPILE` findings, and the rule list for SARIF.
 */
import { diagnosticPosition } from "../compiler/diagnostics.js";
import { loadWorkspaceConfig, readConfigArgument, type WorkspaceConfig } from "../config/buf-yaml.js";
import type { Finding } from "../engine/rule.js";
import { LINT_REPORT_FORMATS, REPORT_FORMATS, isReportFormat, type ReportFormat, type RuleMeta } from "../report/index.js";
import { UsageError, type CliIo } from "./main.js";
import { openWorkspace, type ShownDiagnostic, type Workspace } from "./workspace.js";

/** The arguments every check command takes. */
export interface CheckArgs {
  readonly dir: string;
  readonly config: string | undefined;
  readonly paths: readonly string[];
  readonly excludePaths: readonly string[];
  readonly errorFormat: ReportFormat;
  readonly help: boolean;
}

/**
 * The command's own flags: `values` take a value and may be given once, `bools` are booleans;
 * `formats` are the `--error-format` values it takes (default {@link REPORT_FORMATS}).
 */
export interface ExtraFlags {
  readonly values?: readonly string[];
  readonly bools?: readonly string[];
  readonly formats?: readonly ReportFormat[];
}

/**
 * Parses `[DIR] [flags]` for `command`: `--flag value`, `--flag=value`, booleans as `--flag` or
 * `--flag=false`. The command's own flags come back in `values` and `bools`.
 */
export function parseCheckArgs(
  command: string,
  args: readonly string[],
  extra: ExtraFlags = {},
): CheckArgs & { readonly values: ReadonlyMap<string, string>; readonly bools: ReadonlyMap<string, boolean> } {
  let config: string | undefined;
  let errorFormat = "text";
  let help = false;
  const values = new Map<string, string>();
  const bools = new Map<string, boolean>();
  const paths: string[] = [];
  const excludePaths: string[] = [];
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
    if (extra.bools?.includes(name)) {
      const v = eq === -1 ? "true" : arg.slice(eq + 1);
      if (v !== "true" && v !== "false") throw new UsageError(`flag ${name} takes true or false, not "${v}"`);
      bools.set(name, v === "true");
      continue;
    }
    const own = extra.values?.includes(name) ?? false;
    if (!own && !SHARED_VALUE_FLAGS.includes(name)) throw new UsageError(`unknown flag ${name} for "${command}"`);
    const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined) throw new UsageError(`flag ${name} needs a value`);
    if (own) {
      if (values.has(name)) throw new UsageError(`${name} is given twice`);
      values.set(name, value);
    } else if (name === "--config") config = value;
    else if (name === "--path") paths.push(...listFlagValues(name, value));
    else if (name === "--exclude-path") excludePaths.push(...listFlagValues(name, value));
    else errorFormat = value;
  }
  if (positional.length > 1) throw new UsageError(`${command} takes one directory, got ${positional.length}: ${positional.join(" ")}`);
  const formats = extra.formats ?? REPORT_FORMATS;
  if (!isReportFormat(errorFormat, formats)) {
    const lintOnly = isReportFormat(errorFormat, LINT_REPORT_FORMATS) ? ` (${errorFormat} is for lint only)` : "";
    throw new UsageError(`--error-format must be one of ${formats.join(", ")}, not "${errorFormat}"${lintOnly}`);
  }
  if (config === "") throw new UsageError(`--config needs a file or inline YAML/JSON`);
  return { dir: positional[0] ?? ".", config, paths, excludePaths, errorFormat, help, values, bools };
}

/** The flags with a value that every check command takes. */
const SHARED_VALUE_FLAGS = ["--config", "--path", "--exclude-path", "--error-format"];

/**
 * The paths in one `--path` or `--exclude-path` value. As in buf (whose flags are string lists),
 * a value is a comma-separated list, read as one CSV record: `a.proto,b` is two paths, a field in
 * double quotes may hold commas (`"a,b.proto"`, with `""` for a quote), and empty fields are
 * dropped, so `--path ""` selects nothing and restricts nothing.
 */
export function listFlagValues(flag: string, value: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= value.length) {
    let field = "";
    if (value[i] === '"') {
      for (i++; ; i++) {
        if (i >= value.length) throw new UsageError(`${flag} ${value}: a quoted path has no closing quote`);
        if (value[i] === '"') {
          if (value[i + 1] !== '"') break;
          i++;
        }
        field += value[i];
      }
      i++;
      if (i < value.length && value[i] !== ",") throw new UsageError(`${flag} ${value}: a closing quote must end the path`);
    } else {
      const end = value.indexOf(",", i);
      field = value.slice(i, end === -1 ? value.length : end);
      if (field.includes('"')) throw new UsageError(`${flag} ${value}: a path with a quote in it must be quoted as a whole, the quote doubled ("a""b")`);
      i += field.length;
    }
    if (field !== "") out.push(field);
    i++;
  }
  return out;
}

/** Opens the workspace of `a.dir` with its check configuration (or the `--config` given instead). */
export function openCheckWorkspace(command: string, a: CheckArgs, io: CliIo): { ws: Workspace; config: WorkspaceConfig } {
  const override = a.config !== undefined ? readConfigArgument(a.config, io.cwd) : undefined;
  let config: WorkspaceConfig | undefined;
  const ws = openWorkspace(command, a.dir, { paths: a.paths, excludePaths: a.excludePaths }, io, (wsAbs, wsDisplay) => {
    config = loadWorkspaceConfig(wsAbs, wsDisplay, override);
    return config.layout;
  });
  return { ws, config: config! };
}

/** Writes configuration warnings to stderr, each once. */
export function warnOnce(io: CliIo, warnings: Iterable<string>): void {
  for (const w of new Set(warnings)) io.stderr(`protoguard: warning: ${w}\n`);
}

/** Writes compile warnings to stderr and returns compile errors as `COMPILE` findings. */
export function compileFindings(shown: readonly ShownDiagnostic[], io: CliIo): Finding[] {
  for (const { d, file } of shown) {
    if (d.severity === "error") continue;
    const p = diagnosticPosition(d);
    io.stderr(`protoguard: warning: ${file}:${p.line}:${p.column}: ${d.message}\n`);
  }
  return shown.flatMap(({ d, file }): Finding[] => {
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
}

/** The enabled rules of every module, by ID, for SARIF's rule list. */
export function ruleMeta(resolved: readonly { readonly rules: readonly RuleMeta[] }[]): RuleMeta[] {
  const byId = new Map<string, RuleMeta>();
  for (const r of resolved) for (const rule of r.rules) byId.set(rule.id, { id: rule.id, summary: rule.summary, docs: rule.docs });
  return [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
