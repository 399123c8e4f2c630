/**
 * Reporters by `--error-format` name: pure functions from sorted findings to the text to print.
 * buf's formats (text, json, msvs, junit, github-actions) print what buf prints, apart from our
 * own message wording and github-actions escaping; sarif is protoguard's own.
 */
import type { Finding } from "../engine/rule.js";
import { formatGithub } from "./github.js";
import { formatJson } from "./json.js";
import { formatJunit } from "./junit.js";
import { formatMsvs } from "./msvs.js";
import { formatSarif, type SarifContext } from "./sarif.js";
import { formatText } from "./text.js";

export type { RuleMeta } from "./sarif.js";

export const REPORT_FORMATS = ["text", "json", "msvs", "junit", "github-actions", "sarif"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What a reporter may need besides the findings (rule docs and the version, for SARIF). */
export type ReportContext = SarifContext;

export type Reporter = (findings: readonly Finding[], ctx: ReportContext) => string;

export const REPORTERS: Readonly<Record<ReportFormat, Reporter>> = {
  text: formatText,
  json: formatJson,
  msvs: formatMsvs,
  junit: formatJunit,
  "github-actions": formatGithub,
  sarif: formatSarif,
};

export function isReportFormat(name: string): name is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(name);
}
