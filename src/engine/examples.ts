/**
 * Executed rule examples: compile an example's proto text in memory, run a rule over it, and read
 * the findings it expects from caret markers in the text (STYLE.md §8).
 *
 * Marker format: a line holding only optional spaces, one or more `^`, one space and a rule ID
 * marks a finding on the nearest preceding non-marker line, from the column of the first caret to
 * the column after the last one (1-based, end exclusive). Marker lines are removed before
 * compiling. Several marker lines may follow one line. A marker at the very top of a file (no line
 * above it) marks a finding without a location (buf prints those at 1:1). A finding whose span
 * runs over several lines is matched on its start only, and its marker must be a single caret.
 * Columns are character positions in the text, so write examples with spaces, not tabs.
 *
 * The example file is `example.proto` unless the example names its files (`{ files }`); every
 * file of an example is a target. `config` takes buf.yaml `lint` keys (`service_suffix`,
 * `enum_zero_value_suffix`, `rpc_allow_*`, `ignore`, `ignore_only`) plus `version`.
 */
import { compile, type CompileResult, type Resolver } from "../compiler/compile.js";
import { formatDiagnostic } from "../compiler/diagnostics.js";
import { Model, type ModelInput } from "./model.js";
import { DEFAULT_LINT_OPTIONS, type ConfigVersion, type Example, type Finding, type LintOptions, type LintRule } from "./rule.js";
import { runLint, type LintRunOptions } from "./run.js";

export const EXAMPLE_FILE = "example.proto";

/** A finding a marker expects. `line` 0 = without a location. */
export interface ExpectedFinding {
  readonly file: string;
  readonly ruleId: string;
  readonly line: number;
  readonly column: number;
  readonly endColumn: number;
}

const MARKER = /^( *)(\^+) ([A-Z][A-Z0-9_]*)\s*$/;

/** Strips the marker lines of one file's text and returns the findings they mark. */
export function expectedFromMarkers(text: string, file: string = EXAMPLE_FILE): { text: string; expected: ExpectedFinding[] } {
  const kept: string[] = [];
  const expected: ExpectedFinding[] = [];
  for (const line of text.split("\n")) {
    const m = MARKER.exec(line);
    if (!m) {
      kept.push(line);
      continue;
    }
    const column = m[1]!.length + 1;
    const ruleId = m[3]!;
    if (kept.length === 0) expected.push({ file, ruleId, line: 0, column: 0, endColumn: 0 });
    else expected.push({ file, ruleId, line: kept.length, column, endColumn: column + m[2]!.length });
  }
  return { text: kept.join("\n"), expected };
}

/** The files of an example (markers still in), by path. */
export function exampleFiles(example: Example): Record<string, string> {
  return typeof example === "string" ? { [EXAMPLE_FILE]: example } : { ...example.files };
}

/** An in-memory resolver over path → text. */
export function memoryResolver(files: Readonly<Record<string, string>>): Resolver {
  const encoder = new TextEncoder();
  return {
    read(path) {
      const text = files[path];
      return Promise.resolve(text === undefined ? undefined : { bytes: encoder.encode(text) });
    },
  };
}

/** The model of a compile result: every file that compiled (targets and imports). */
export function modelFromCompile(result: CompileResult): Model {
  const inputs: ModelInput[] = [];
  for (const f of result.files) {
    if (!f.proto) continue;
    inputs.push({ proto: f.proto, isImport: f.isImport, unusedDependencies: f.unusedDependencies, syntaxUnspecified: f.syntaxUnspecified });
  }
  return new Model(inputs);
}

/** Compiles an example (markers removed); throws when it does not compile, with the errors. */
export async function compileExample(example: Example): Promise<Model> {
  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(exampleFiles(example))) files[path] = expectedFromMarkers(text, path).text;
  const result = await compile({ files: Object.keys(files), resolver: memoryResolver(files) });
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new Error(`example does not compile:\n${errors.map(formatDiagnostic).join("\n")}`);
  return modelFromCompile(result);
}

/** The findings an example's markers expect, in buf's order of position. */
export function expectedFindings(example: Example): ExpectedFinding[] {
  const out: ExpectedFinding[] = [];
  for (const [path, text] of Object.entries(exampleFiles(example))) out.push(...expectedFromMarkers(text, path).expected);
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)));
}

/** Run options for an example: its `config`, for `rule`, on top of the defaults. */
export function exampleRunOptions(rule: LintRule | readonly LintRule[], example: Example): LintRunOptions {
  const rules = Array.isArray(rule) ? (rule as readonly LintRule[]) : [rule as LintRule];
  const config = typeof example === "string" ? {} : (example.config ?? {});
  const str = (k: string): string | undefined => (typeof config[k] === "string" && config[k] !== "" ? (config[k] as string) : undefined);
  const bool = (k: string, d: boolean): boolean => (typeof config[k] === "boolean" ? (config[k] as boolean) : d);
  const known = new Set([
    "version",
    "enum_zero_value_suffix",
    "service_suffix",
    "rpc_allow_same_request_response",
    "rpc_allow_google_protobuf_empty_requests",
    "rpc_allow_google_protobuf_empty_responses",
    "ignore",
    "ignore_only",
    "allow_comment_ignores",
    "disallow_comment_ignores",
  ]);
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(config)) if (!known.has(k)) extra[k] = v;
  const options: LintOptions = {
    enumZeroValueSuffix: str("enum_zero_value_suffix") ?? DEFAULT_LINT_OPTIONS.enumZeroValueSuffix,
    serviceSuffix: str("service_suffix") ?? DEFAULT_LINT_OPTIONS.serviceSuffix,
    rpcAllowSameRequestResponse: bool("rpc_allow_same_request_response", false),
    rpcAllowGoogleProtobufEmptyRequests: bool("rpc_allow_google_protobuf_empty_requests", false),
    rpcAllowGoogleProtobufEmptyResponses: bool("rpc_allow_google_protobuf_empty_responses", false),
    extra,
  };
  const first = rules[0];
  const version = (str("version") as ConfigVersion | undefined) ?? (first && !first.categories.v2 ? firstVersion(first) : "v2");
  const commentIgnores = version === "v2" ? !bool("disallow_comment_ignores", false) : bool("allow_comment_ignores", false);
  return {
    rules,
    options,
    version,
    commentIgnores,
    ...(Array.isArray(config.ignore) ? { ignore: config.ignore as string[] } : {}),
    ...(config.ignore_only && typeof config.ignore_only === "object" ? { ignoreOnly: config.ignore_only as Record<string, string[]> } : {}),
  };
}

function firstVersion(rule: LintRule): ConfigVersion {
  for (const v of ["v2", "v1", "v1beta1"] as const) if (rule.categories[v]) return v;
  return "v2";
}

/** Compiles an example and runs `rule` (or several rules) over it. */
export async function runExample(rule: LintRule | readonly LintRule[], example: Example): Promise<Finding[]> {
  const model = await compileExample(example);
  return runLint(model, exampleRunOptions(rule, example));
}

/**
 * Compares findings with what the markers expect; returns the differences as readable lines
 * (empty when they agree). Multi-line findings are compared on their start.
 */
export function diffFindings(actual: readonly Finding[], expected: readonly ExpectedFinding[]): string[] {
  const show = (file: string, id: string, line: number, col: number, end: number | "…"): string =>
    line === 0 ? `${file} (no location) ${id}` : `${file}:${line}:${col}-${end} ${id}`;
  const want = expected.map((e) => show(e.file, e.ruleId, e.line, e.column, e.endColumn));
  const got = actual.map((f, i) => {
    const multi = f.endLine !== f.startLine;
    const e = expected.find((x) => x.file === f.file && x.line === f.startLine && x.column === f.startColumn && x.ruleId === f.ruleId);
    const end = multi && e && e.endColumn === e.column + 1 ? e.endColumn : multi ? "…" : f.endColumn;
    void i;
    return show(f.file ?? "<input>", f.ruleId, f.startLine, f.startColumn, end);
  });
  const out: string[] = [];
  const rest = [...got];
  for (const w of want) {
    const i = rest.indexOf(w);
    if (i >= 0) rest.splice(i, 1);
    else out.push(`missing:    ${w}`);
  }
  for (const g of rest) {
    const f = actual[got.indexOf(g)];
    out.push(`unexpected: ${g}${f ? `  "${f.message}"` : ""}`);
  }
  return out;
}
