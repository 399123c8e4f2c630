/**
 * The breaking side of rule resolution (buf-rules.md §2.5, §3.3): a module's `breaking` block
 * turned into the rules the breaking engine runs, its ignore paths and options.
 *
 * Categories are FILE (the default), PACKAGE, WIRE_JSON, WIRE, and in v2 also CSR. What differs
 * from lint is the deprecated v1/v1beta1 IDs: buf expands `FIELD_SAME_LABEL`, `FIELD_SAME_CTYPE`
 * and `FILE_SAME_JAVA_STRING_CHECK_UTF8` to the rules that replaced them and warns, so they are
 * rewritten here to their replacements (at the same config position) before the shared expansion
 * of rulesets.ts; deprecated IDs without a replacement enable nothing. In v2 those IDs are unknown,
 * as in buf. `disable_builtin: true` leaves no built-in rule.
 */
import type { BreakingOptions, BreakingRule, ConfigVersion } from "../engine/rule.js";
import type { CheckBlock, Located, ModuleCheckConfig } from "./buf-yaml.js";
import { BREAKING_CATEGORIES, resolveRules, type ResolvedRules, type RuleInfo } from "./rulesets.js";

export interface ResolvedBreaking extends ResolvedRules<BreakingRule> {
  readonly version: ConfigVersion;
  readonly options: BreakingOptions;
}

export function resolveBreaking(module: ModuleCheckConfig, all: readonly BreakingRule[]): ResolvedBreaking {
  const block = module.breaking;
  const version = module.version;
  const known = new Map(all.filter((r) => r.categories[version] !== undefined).map((r) => [r.id, r]));
  const warnings: string[] = [];
  const warned = new Set<string>();

  /** A deprecated ID with replacements becomes its replacements (that exist in this version). */
  const rewrite = (ids: readonly Located[]): Located[] =>
    ids.flatMap((id) => {
      const rule = known.get(id.value);
      const replacements = rule?.deprecated ? (rule.replacedBy ?? []).filter((r) => known.has(r)) : [];
      if (!rule || replacements.length === 0) return [id];
      if (!warned.has(id.value)) {
        warned.add(id.value);
        const at = id.line > 0 ? `${id.file}:${id.line}:${id.column}` : id.file;
        warnings.push(`${at}: rule ${id.value} is deprecated; it now means ${replacements.join(", ")} (write those instead)`);
      }
      return replacements.map((value) => ({ ...id, value }));
    });

  const rewritten: CheckBlock = {
    ...block,
    use: rewrite(block.use),
    except: rewrite(block.except),
    ignoreOnly: block.ignoreOnly.flatMap(({ id, paths }) => rewrite([id]).map((r) => ({ id: r, paths }))),
  };
  const infos: (RuleInfo & { rule: BreakingRule })[] = all.map((rule) => ({
    id: rule.id,
    categories: rule.categories,
    ...(rule.deprecated ? { deprecated: true } : {}),
    ...(rule.replacedBy ? { replacements: rule.replacedBy } : {}),
    rule,
  }));
  const base = resolveRules(rewritten, module, module.ownBreaking, infos, BREAKING_CATEGORIES, "breaking");
  return {
    rules: block.disableBuiltin ? [] : base.rules.map((i) => i.rule),
    ignore: base.ignore,
    ignoreOnly: base.ignoreOnly,
    warnings: [...warnings, ...base.warnings],
    version,
    options: { ignoreUnstablePackages: block.ignoreUnstablePackages, extra: {} },
  };
}
