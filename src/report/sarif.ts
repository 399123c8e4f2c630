/**
 * `--error-format sarif`: SARIF 2.1.0 (what GitHub code scanning uploads), which buf does not
 * have. One run; `tool.driver.rules` lists every enabled rule (id, `shortDescription` = summary,
 * `help` = docs) plus any other rule ID found (COMPILE, INTERNAL); each result has its `ruleId`,
 * `ruleIndex`, `level` and a physical location whose region uses SARIF's 1-based lines and
 * columns with an exclusive end column, the same numbers as the other formats. A finding without
 * a location has no region; one about no file has no location.
 */
import type { Finding, Severity } from "../engine/rule.js";

/** What SARIF says about a rule. */
export interface RuleMeta {
  readonly id: string;
  readonly summary: string;
  readonly docs: string;
}

export interface SarifContext {
  readonly rules: readonly RuleMeta[];
  readonly toolVersion: string;
}

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

/** Rules that are not rule files but can appear in findings. */
const BUILTIN: readonly RuleMeta[] = [
  { id: "COMPILE", summary: "The file compiles.", docs: "The file could not be compiled: fix the syntax or name error the message points at." },
  { id: "INTERNAL", summary: "A rule failed.", docs: "A rule failed with an internal error: this is a bug in protoguard. Please report it with the file involved." },
];

export function formatSarif(findings: readonly Finding[], ctx: SarifContext): string {
  const rules: RuleMeta[] = [...ctx.rules];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  for (const f of findings) {
    if (index.has(f.ruleId)) continue;
    const meta = BUILTIN.find((b) => b.id === f.ruleId) ?? { id: f.ruleId, summary: f.ruleId, docs: "" };
    index.set(f.ruleId, rules.length);
    rules.push(meta);
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "protoguard",
            version: ctx.toolVersion,
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.summary },
              ...(r.docs ? { help: { text: r.docs, markdown: r.docs } } : {}),
            })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: index.get(f.ruleId)!,
          level: level(f.severity),
          message: { text: f.message },
          ...(f.file === undefined ? {} : { locations: [location(f)] }),
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}

function level(s: Severity): "error" | "warning" | "note" {
  return s === "notice" ? "note" : s;
}

function location(f: Finding) {
  const uri = (f.displayPath ?? f.file!).split("/").map(encodeURIComponent).join("/");
  return {
    physicalLocation: {
      artifactLocation: { uri },
      ...(f.startLine > 0
        ? { region: { startLine: f.startLine, startColumn: Math.max(f.startColumn, 1), endLine: Math.max(f.endLine, f.startLine), endColumn: Math.max(f.endColumn, 1) } }
        : {}),
    },
  };
}
