/**
 * The lint engine: walks each target file once, hands every element to the rules that judge its
 * kind, turns their reports into findings, and applies what the configuration and the source say
 * to silence (shared/reference/buf-rules.md §3.4, §4). Rules only judge; everything about which
 * rules run, where, and what is ignored lives here.
 *
 * Where a report lands (`ReportTarget` → position):
 * - an element → the span of its declaration (`Model` path); a file element → no location
 *   (buf reports file-level facts at 1:1 without a location);
 * - `{ element, at }` → the span at the element's path + `at` (e.g. `[FIELD_NAME]`); when that has
 *   no location, the element's own span (`fallback: "element"`, default) or no location
 *   (`fallback: "none"`).
 * The source-info path of the span used is kept on the finding: it decides which comments can
 * ignore it. A finding without a location can never be ignored by a comment.
 *
 * A rule that throws does not end the run: it becomes one `INTERNAL` finding per rule and file,
 * naming the rule and the element, and every other finding is still reported.
 */
import { dedupeAndSort, findingAt } from "./findings.js";
import { PathIgnores, ignoredByComment } from "./ignore.js";
import { forEachElement, type Element, type Location, type Model, type ProtoFile } from "./model.js";
import type {
  ConfigVersion,
  Finding,
  LintContext,
  LintOptions,
  LintRule,
  LintTarget,
  ReportExtras,
  ReportTarget,
} from "./rule.js";

export interface LintRunOptions {
  /** Enabled rules, already expanded from the config. */
  readonly rules: readonly LintRule[];
  /** Lint options (rule.ts); defaults in DEFAULT_LINT_OPTIONS. */
  readonly options: LintOptions;
  readonly version: ConfigVersion;
  /** `buf:lint:ignore` / `protoguard:ignore` comments are honoured. */
  readonly commentIgnores: boolean;
  /** Module-relative file/dir paths: no findings there. */
  readonly ignore?: readonly string[];
  /** Rule ID → module-relative paths (categories already expanded). */
  readonly ignoreOnly?: Readonly<Record<string, readonly string[]>>;
  /** Files to lint (default `model.targets`). */
  readonly targets?: readonly ProtoFile[];
}

/** The rule ID of findings that report a rule's own failure. */
export const INTERNAL_RULE_ID = "INTERNAL";

/** Runs the lint rules over the target files; findings deduplicated and sorted as buf sorts. */
export function runLint(model: Model, opts: LintRunOptions): Finding[] {
  const targets = opts.targets ?? model.targets;
  const ignores = new PathIgnores(opts.ignore, opts.ignoreOnly);
  const raw: Finding[] = [];
  const anyPathIgnores = (opts.ignore?.length ?? 0) > 0 || Object.keys(opts.ignoreOnly ?? {}).length > 0;
  const failed = new Set<string>(); // `${ruleId}\0${file}`: one INTERNAL finding per rule and file

  const fail = (rule: LintRule, element: Element | undefined, file: ProtoFile | undefined, error: unknown): void => {
    const where = file ?? targets[0];
    if (!where) return;
    const key = `${rule.id}\0${where.name}`;
    if (failed.has(key)) return;
    failed.add(key);
    const detail = error instanceof Error ? error.message : String(error);
    const on = element ? ` on ${element.toString()}` : "";
    const loc = element && element.kind !== "file" ? element.file.locations.get(element.path) : undefined;
    raw.push(
      findingAt(
        INTERNAL_RULE_ID,
        `rule ${rule.id} failed${on}: ${detail}. This is a bug in protoguard; please report it with the file involved.`,
        where,
        loc,
        undefined,
      ),
    );
  };

  const contextFor = (rule: LintRule): LintContext => ({
    model,
    options: opts.options,
    version: opts.version,
    report: (target, message, extras) => void raw.push(toFinding(rule.id, target, message, extras)),
  });

  // Rules by the element kind they judge, each with its context; `files` rules run once over
  // every target.
  type Bound = { readonly rule: LintRule; readonly ctx: LintContext };
  const byKind = new Map<LintTarget, Bound[]>();
  for (const rule of opts.rules) {
    if (rule.deprecated) continue;
    const ctx = contextFor(rule);
    for (const kind of typeof rule.target === "string" ? [rule.target] : rule.target) {
      let list = byKind.get(kind);
      if (!list) byKind.set(kind, (list = []));
      list.push({ rule, ctx });
    }
  }

  for (const { rule, ctx } of byKind.get("files") ?? []) {
    try {
      if (!rule.only || rule.only(targets, ctx)) rule.check(targets, ctx);
    } catch (e) {
      fail(rule, undefined, undefined, e);
    }
  }
  byKind.delete("files");
  if (byKind.size === 0) return finish();

  for (const file of targets) {
    let active = byKind;
    if (anyPathIgnores) {
      if (ignores.ignoresFile(file.name)) continue;
      // Per-element rules report inside the element's file, so a rule ignored for this file is skipped.
      active = new Map();
      for (const [kind, bound] of byKind) {
        const live = bound.filter((b) => !ignores.ignores(b.rule.id, file.name));
        if (live.length > 0) active.set(kind, live);
      }
      if (active.size === 0) continue;
    }
    const kinds = active;
    forEachElement(file, (element) => {
      const bound = kinds.get(element.kind);
      if (!bound) return;
      // The element's kind equals each rule's target, so it is of the type the rule expects.
      const el = element as never;
      for (let i = 0; i < bound.length; i++) {
        const { rule, ctx } = bound[i]!;
        try {
          if (!rule.only || rule.only(el, ctx)) rule.check(el, ctx);
        } catch (e) {
          fail(rule, element, file, e);
        }
      }
    });
  }
  return finish();

  function finish(): Finding[] {
    const kept = raw.filter((f) => {
      if (f.ruleId === INTERNAL_RULE_ID) return true;
      if (anyPathIgnores && f.file !== undefined && ignores.ignores(f.ruleId, f.file)) return false;
      if (opts.commentIgnores && f.elementPath && f.file !== undefined) {
        const file = model.file(f.file);
        if (file && ignoredByComment(file.locations, f.elementPath, f.ruleId, file.proto)) return false;
      }
      return true;
    });
    return dedupeAndSort(dropOverlaps(kept, opts.rules));
  }
}

/**
 * Drops a finding of a rule with `overlaps` when an overlapped rule that also ran reported at the
 * same file, line and column (see LintRule.overlaps).
 */
export function dropOverlaps(findings: readonly Finding[], rules: readonly LintRule[]): Finding[] {
  const enabled = new Set(rules.map((r) => r.id));
  const yielding = new Map<string, readonly string[]>();
  for (const r of rules) {
    const live = (r.overlaps ?? []).filter((id) => enabled.has(id));
    if (live.length > 0) yielding.set(r.id, live);
  }
  if (yielding.size === 0) return [...findings];
  const at = (id: string, f: Finding) => `${id}\0${f.file ?? ""}\0${f.startLine}\0${f.startColumn}`;
  const reported = new Set<string>();
  for (const f of findings) reported.add(at(f.ruleId, f));
  return findings.filter((f) => !(yielding.get(f.ruleId) ?? []).some((id) => reported.has(at(id, f))));
}

/** Resolves where a report lands and builds its finding. */
export function toFinding(ruleId: string, target: ReportTarget | Element, message: string, extras?: ReportExtras): Finding {
  const t: ReportTarget = "element" in target ? target : { element: target };
  const el = t.element;
  const file = el.kind === "file" ? el : el.file;
  let path: readonly number[] | undefined;
  let loc: Location | undefined;
  if (t.at && t.at.length > 0) {
    path = [...el.path, ...t.at];
    loc = file.locations.get(path);
    if (!loc && t.fallback !== "none" && el.path.length > 0) {
      path = el.path;
      loc = file.locations.get(path);
    }
  } else if (el.path.length > 0) {
    path = el.path;
    loc = file.locations.get(path);
  }
  return findingAt(ruleId, message, file, loc, loc ? path : undefined, extras);
}
