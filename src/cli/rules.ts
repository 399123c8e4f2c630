/**
 * `protoguard rules`: lists every lint rule (ID, categories, whether it runs by default, summary)
 * from the rule files themselves, and renders docs/rules.md (`--format markdown`, written by
 * scripts/gen-docs.mjs), so the documentation cannot drift from the rules.
 *
 *   protoguard rules [--format text|json|markdown] [--version v1beta1|v1|v2] [--all]
 *
 * `--version` picks the config version whose categories are shown (default v2); rules the version
 * does not have are left out. Deprecated rules are listed only with `--all` (as buf's
 * `--include-deprecated`).
 */
import { LINT_RULES } from "../../rules/lint/index.js";
import type { ConfigVersion, Example, LintRule } from "../engine/rule.js";

/** Output channels of a command (a subset of the CLI's `CliIo`). */
export interface RulesIo {
  readonly stdout: (chunk: string) => void;
  readonly stderr: (text: string) => void;
}

const VERSIONS: readonly ConfigVersion[] = ["v1beta1", "v1", "v2"];
const FORMATS = ["text", "json", "markdown"] as const;
type Format = (typeof FORMATS)[number];

/**
 * Whether a rule runs when `lint.use` is empty: buf's default set is its DEFAULT category, plus
 * protoguard's own rules marked `onByDefault`.
 */
export function isDefault(rule: LintRule, version: ConfigVersion): boolean {
  if (rule.categories[version] === undefined) return false;
  return rule.onByDefault === true || rule.categories[version]!.includes("DEFAULT");
}

/** Categories of a rule in a version, without the deprecated `DEFAULT`/`STYLE_DEFAULT` aliases. */
export function shownCategories(rule: LintRule, version: ConfigVersion): string[] {
  return (rule.categories[version] ?? []).filter((c) => c !== "DEFAULT" && c !== "STYLE_DEFAULT");
}

const USAGE = `Usage: protoguard rules [--format text|json|markdown] [--version v1beta1|v1|v2] [--all]\n`;

/** Runs `protoguard rules ARGS`; returns the exit code (0, or 2 for a usage error). */
export function rulesCommand(args: readonly string[], io: RulesIo, rules: readonly LintRule[] = LINT_RULES): number {
  let format: Format = "text";
  let version: ConfigVersion = "v2";
  let all = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string | undefined => (eq > 0 && arg.startsWith("--") ? arg.slice(eq + 1) : args[++i]);
    if (name === "--format") {
      const v = value();
      if (!FORMATS.includes(v as Format)) return usage(io, `--format must be one of ${FORMATS.join(", ")}, not ${JSON.stringify(v ?? "")}`);
      format = v as Format;
    } else if (name === "--version") {
      const v = value();
      if (!VERSIONS.includes(v as ConfigVersion)) return usage(io, `--version must be one of ${VERSIONS.join(", ")}, not ${JSON.stringify(v ?? "")}`);
      version = v as ConfigVersion;
    } else if (name === "--all") {
      all = true;
    } else if (name === "-h" || name === "--help") {
      io.stdout(USAGE);
      return 0;
    } else {
      return usage(io, `unknown argument ${JSON.stringify(arg)}`);
    }
  }
  if (format === "markdown") {
    io.stdout(rulesMarkdown(rules));
    return 0;
  }
  const listed = [...rules]
    .filter((r) => r.categories[version] !== undefined && (all || !r.deprecated))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  io.stdout(format === "json" ? rulesJson(listed, version) : rulesText(listed, version));
  return 0;
}

function usage(io: RulesIo, message: string): number {
  io.stderr(`protoguard rules: ${message}\n${USAGE}`);
  return 2;
}

/** One JSON object a line: id, categories, default, summary, deprecated, protoguard. */
export function rulesJson(rules: readonly LintRule[], version: ConfigVersion): string {
  return rules
    .map(
      (r) =>
        JSON.stringify({
          id: r.id,
          categories: shownCategories(r, version),
          default: isDefault(r, version),
          summary: r.summary,
          deprecated: r.deprecated === true,
          protoguard: r.protoguard === true,
        }) + "\n",
    )
    .join("");
}

/** Aligned columns: ID, CATEGORIES, DEFAULT, SUMMARY. */
export function rulesText(rules: readonly LintRule[], version: ConfigVersion): string {
  const rows = [["ID", "CATEGORIES", "DEFAULT", "SUMMARY"]];
  for (const r of rules) {
    const cats = shownCategories(r, version).join(", ") || "-";
    rows.push([r.id + (r.deprecated ? " (deprecated)" : ""), cats, isDefault(r, version) ? "yes" : "no", r.summary]);
  }
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((row) => row[c]!.length)));
  return rows.map((row) => row.map((cell, c) => (c < 3 ? cell.padEnd(widths[c]! + 2) : cell)).join("").trimEnd() + "\n").join("");
}

// ---- docs/rules.md ---------------------------------------------------------------------------

const V2_ORDER = ["MINIMAL", "BASIC", "STANDARD", "COMMENTS", "UNARY_RPC", "VERSIONING", "GO"];

/** The group a rule is listed under in the docs: its smallest v2 category, else "Other". */
function docGroup(rule: LintRule): string {
  const cats = rule.categories.v2 ?? [];
  for (const c of V2_ORDER) if (cats.includes(c)) return c;
  return rule.categories.v2 ? "Uncategorized" : "Older config versions only";
}

const GROUP_TEXT: Record<string, string> = {
  MINIMAL: "File layout and package sanity. Part of BASIC and STANDARD; on by default.",
  BASIC: "Naming style and a few sensible restrictions. Part of STANDARD; on by default.",
  STANDARD: "Stricter conventions: prefixes, suffixes, versions, RPC naming. On by default.",
  COMMENTS: "Every element carries a documentation comment. Not on by default.",
  UNARY_RPC: "No streaming RPCs. Not on by default.",
  VERSIONING:
    "protoguard's own: versioned packages (`foo.v1`), stable packages that never depend on unstable ones, coherent major versions. On by default when nothing restricts the rule set (no config, or a protoguard.yaml with an empty `lint.use`); a buf.yaml keeps buf's exact rule set and opts in with `use: [STANDARD, VERSIONING]`.",
  GO: "protoguard's own: `go_package` present, well formed, matching the package and the directory, consistent within a package. On by default like VERSIONING; a buf.yaml opts in with `use: [STANDARD, GO]`.",
  Uncategorized: "Opt-in only: name them in `lint.use`.",
  "Older config versions only": "Rules that exist only under `version: v1beta1` or `v1` configs.",
};

function exampleBlocks(label: string, examples: readonly Example[]): string[] {
  const out: string[] = [];
  for (const ex of examples) {
    if (typeof ex === "string") {
      out.push(`${label}:`, "", "```proto", ex.replace(/\n+$/, ""), "```", "");
      continue;
    }
    const config = ex.config && Object.keys(ex.config).length > 0 ? ` (with \`${JSON.stringify(ex.config)}\`)` : "";
    out.push(`${label}${config}:`, "");
    for (const [path, text] of Object.entries(ex.files)) out.push("```proto", `// ${path}`, text.replace(/\n+$/, ""), "```", "");
  }
  return out;
}

function anchor(id: string): string {
  return id.toLowerCase();
}

/** The whole of docs/rules.md. */
export function rulesMarkdown(rules: readonly LintRule[]): string {
  const sorted = [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const groups = new Map<string, LintRule[]>();
  for (const g of [...V2_ORDER, "Uncategorized", "Older config versions only"]) groups.set(g, []);
  for (const r of sorted) groups.get(docGroup(r))!.push(r);

  const out: string[] = [
    "# Lint rules",
    "",
    "<!-- Generated by scripts/gen-docs.mjs from the rule files in rules/lint/; do not edit. -->",
    "",
    "protoguard runs buf's lint rules under buf's IDs and categories, reporting at the same line and column as",
    "`buf lint` (buf 1.75), with messages of its own that say what to write instead. Every example below is",
    "executed by the test suite: a bad example produces exactly the findings marked under it (`^^^ RULE_ID`",
    "under the reported span; a marker on the first line means a finding without a position, shown at 1:1),",
    "a good example none.",
    "",
    "Configure rules as in buf.yaml (`lint.use`, `lint.except`, `lint.ignore`, `lint.ignore_only`). With no",
    "`use`, the default set runs: STANDARD in v2, DEFAULT in v1 and v1beta1.",
    "",
    "## Ignoring a finding in the source",
    "",
    "A leading comment line `buf:lint:ignore RULE_ID` on the declaration a finding points at, or on any",
    "declaration enclosing it (message, enum, service, `extend` block), silences that rule there. protoguard",
    "also accepts its own spelling, `protoguard:ignore RULE_ID`, with exactly the same rules (buf does not",
    "know it, so use it only where protoguard alone lints). As in buf:",
    "",
    "- only leading comments count (not trailing, not detached by a blank line); one rule ID per line;",
    "- the match is a case-sensitive prefix test: `buf:lint:ignore COMMENT_ENUM_VALUE` also silences",
    "  `COMMENT_ENUM`, and `buf:lint:ignore A, B` silences only A;",
    "- findings without a position (`PACKAGE_DEFINED`, `SYNTAX_SPECIFIED`, `FILE_LOWER_SNAKE_CASE`, a",
    "  package option that a file does not set) cannot be silenced by a comment: use `ignore_only`;",
    "- all `extend` blocks of one scope share one source path, so only the first block's comment covers the",
    "  extensions of every block in that scope;",
    "- comment ignores are on by default in v2 (`disallow_comment_ignores: true` turns them off) and off by",
    "  default in v1/v1beta1 (`allow_comment_ignores: true` turns them on).",
    "",
    "## Rules",
    "",
    "| ID | categories (v2) | default | summary |",
    "|---|---|---|---|",
  ];
  for (const r of sorted) {
    const cats = shownCategories(r, "v2").join(", ") || (r.categories.v2 ? "—" : "not in v2");
    out.push(`| [\`${r.id}\`](#${anchor(r.id)}) | ${cats} | ${isDefault(r, "v2") ? "yes" : "no"} | ${r.summary} |`);
  }
  out.push("");
  for (const [group, list] of groups) {
    if (list.length === 0) continue;
    out.push(`## ${group}`, "", GROUP_TEXT[group] ?? "", "");
    for (const r of list) {
      out.push(`### ${r.id}`, "");
      out.push(`${r.summary}${r.deprecated ? " **Deprecated**: accepted in configuration, does nothing." : ""}${r.protoguard ? " (protoguard's own rule)" : ""}`, "");
      out.push("| config version | categories | default |", "|---|---|---|");
      for (const v of [...VERSIONS].reverse()) {
        if (!r.categories[v]) {
          out.push(`| ${v} | not available | — |`);
          continue;
        }
        out.push(`| ${v} | ${shownCategories(r, v).join(", ") || "—"} | ${isDefault(r, v) ? "yes" : "no"} |`);
      }
      out.push("", r.docs.trim(), "");
      out.push(...exampleBlocks("Bad", r.examples.bad), ...exampleBlocks("Good", r.examples.good));
    }
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").replace(/\n*$/, "\n");
}
