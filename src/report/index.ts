/**
 * Reporters by `--error-format` name: pure functions from sorted findings to the text to print.
 * buf's formats (text, json, msvs, junit, github-actions, gitlab-code-quality, and lint's
 * config-ignore-yaml) print what buf prints, apart from our own message wording and github-actions
 * escaping; sarif is protoguard's own.
 */
import type { Finding } from "../engine/rule.js";
import { formatGithub } from "./github.js";
import { formatGitlab } from "./gitlab.js";
import { formatConfigIgnoreYaml } from "./ignore-yaml.js";
import { formatJson } from "./json.js";
import { formatJunit } from "./junit.js";
import { formatMsvs } from "./msvs.js";
import { formatSarif, type SarifContext } from "./sarif.js";
import { formatText } from "./text.js";

export type { RuleMeta } from "./sarif.js";

/** The formats every check command takes: buf's, in buf's order, then sarif. */
export const REPORT_FORMATS = ["text", "json", "msvs", "junit", "github-actions", "gitlab-code-quality", "sarif"] as const;

/** The formats of `lint`: also config-ignore-yaml, an ignore block for lint's configuration (buf: lint only). */
export const LINT_REPORT_FORMATS = ["text", "json", "msvs", "junit", "github-actions", "gitlab-code-quality", "config-ignore-yaml", "sarif"] as const;

export type ReportFormat = (typeof LINT_REPORT_FORMATS)[number];

/** What a reporter may need besides the findings (rule docs and the version, for SARIF). */
export type ReportContext = SarifContext;

export type Reporter = (findings: readonly Finding[], ctx: ReportContext) => string;

export const REPORTERS: Readonly<Record<ReportFormat, Reporter>> = {
  text: formatText,
  json: formatJson,
  msvs: formatMsvs,
  junit: formatJunit,
  "github-actions": formatGithub,
  "gitlab-code-quality": formatGitlab,
  "config-ignore-yaml": formatConfigIgnoreYaml,
  sarif: formatSarif,
};

/** Whether `name` is one of `formats` (by default, those of every check command). */
export function isReportFormat(name: string, formats: readonly ReportFormat[] = REPORT_FORMATS): name is ReportFormat {
  return (formats as readonly string[]).includes(name);
}
