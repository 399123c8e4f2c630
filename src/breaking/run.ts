/**
 * The breaking-change engine: pairs the against side (`previous`) with the input side (`current`)
 * once, hands each rule the pairs of the kind it targets, and turns its reports into findings,
 * applying what the configuration says to silence (buf-rules.md §2.2, §2.3, §3.3).
 *
 * Pairing (rule.ts `BreakingTargets`): files by module-relative path; messages, enums, services by
 * full name wherever they are declared; fields by (message, number); extensions by (extendee,
 * number); oneofs by (message, name); enum values by (enum, number), all names of a number
 * together; methods by (service, name). Only elements present on both sides are paired: a rule
 * finds deletions by looking at the parent pair. Every file of both builds takes part, imports
 * included, as in buf (a dropped import of a well-known type is a deleted file there too); with
 * `excludeImports` only the target files of each side do.
 *
 * A file whose descriptor object is the same on both sides (the CLI reuses the input side's
 * descriptor for a file whose bytes and imports are unchanged) is skipped below the file level:
 * its elements, and everything they reference, are identical, so no pair inside it can differ.
 * `files` rules still see it.
 *
 * Silencing, all here so rules only judge:
 * - `ignore` / `ignore_only`: a finding is dropped when its file on the current side **or** the
 *   file of the previous side it is about lies under an ignored path;
 * - `ignore_unstable_packages`: dropped when either of those files is in an alpha, beta or test
 *   package (naming.ts `parsePackageVersion`); a deleted file counts through its previous side.
 * The previous-side file of a report defaults to the file of the previous element of the pair being
 * checked; rules reporting about something else (a `files` rule) pass `againstFile`.
 *
 * A rule that throws becomes one `INTERNAL` finding naming the rule; everything else is reported.
 */
import { dedupeAndSort } from "../engine/findings.js";
import { nextMajorAdvice } from "../engine/versioning.js";
import { PathIgnores } from "../engine/ignore.js";
import { walk, type Element, type Enum, type EnumValue, type Field, type Message, type Method, type Model, type Oneof, type ProtoFile, type Service } from "../engine/model.js";
import { parsePackageVersion } from "../engine/naming.js";
import type {
  BreakingContext,
  BreakingOptions,
  BreakingRule,
  BreakingTarget,
  BreakingTargets,
  ConfigVersion,
  Finding,
  Pair,
  ReportExtras,
} from "../engine/rule.js";
import { INTERNAL_RULE_ID, toFinding } from "../engine/run.js";

export interface BreakingRunOptions {
  /** Enabled rules, expanded from the config (the FILE category by default). */
  readonly rules: readonly BreakingRule[];
  readonly options: BreakingOptions;
  readonly version: ConfigVersion;
  /** Module-relative file/dir paths: no findings about them (current or previous side). */
  readonly ignore?: readonly string[];
  /** Rule ID → module-relative paths (categories already expanded). */
  readonly ignoreOnly?: Readonly<Record<string, readonly string[]>>;
  /** Compare only the target files of each side (buf `--exclude-imports`). */
  readonly excludeImports?: boolean;
  /** When given, receives each rule's time in ms (pair building counts toward the first rule of a kind). */
  readonly timings?: Map<string, number>;
}

export const DEFAULT_BREAKING_OPTIONS: BreakingOptions = { ignoreUnstablePackages: false, extra: {} };

/** Runs the breaking rules over the two sides; findings deduplicated and sorted as buf sorts. */
export function runBreaking(previous: Model, current: Model, opts: BreakingRunOptions): Finding[] {
  const pairs = new PairSet(previous, current, opts.excludeImports === true);
  const raw: { finding: Finding; against: ProtoFile | undefined }[] = [];
  const failed = new Set<string>();
  // The previous-side file of the pair being checked: the default `againstFile` of a report.
  let againstOfPair: ProtoFile | undefined;

  for (const rule of opts.rules) {
    if (rule.deprecated) continue;
    const ctx: BreakingContext = {
      previous,
      current,
      options: opts.options,
      version: opts.version,
      report: (target, message, extras) => {
        const against = extras?.againstFile ?? againstOfPair;
        raw.push({ finding: target === undefined ? filelessFinding(rule.id, message) : toFinding(rule.id, target, message, plainExtras(extras)), against });
      },
    };
    const t0 = opts.timings ? performance.now() : 0;
    for (const pair of pairs.of(rule.target)) {
      againstOfPair = previousFileOf(rule.target, pair);
      try {
        if (!rule.only || rule.only(pair as never, ctx)) rule.check(pair as never, ctx);
      } catch (e) {
        if (failed.has(rule.id)) continue;
        failed.add(rule.id);
        const detail = e instanceof Error ? e.message : String(e);
        const el = currentElementOf(rule.target, pair);
        const message = `rule ${rule.id} failed${el ? ` on ${el.toString()}` : ""}: ${detail}. This is a bug in protoguard; please report it with the files involved.`;
        raw.push({ finding: el ? toFinding(INTERNAL_RULE_ID, el, message) : filelessFinding(INTERNAL_RULE_ID, message), against: undefined });
      }
    }
    againstOfPair = undefined;
    if (opts.timings) opts.timings.set(rule.id, (opts.timings.get(rule.id) ?? 0) + performance.now() - t0);
  }

  const ignores = new PathIgnores(opts.ignore, opts.ignoreOnly);
  const anyPathIgnores = (opts.ignore?.length ?? 0) > 0 || Object.keys(opts.ignoreOnly ?? {}).length > 0;
  const unstable = opts.options.ignoreUnstablePackages;
  const kept: Finding[] = [];
  for (const { finding: f, against } of raw) {
    if (f.ruleId !== INTERNAL_RULE_ID) {
      if (anyPathIgnores) {
        if (f.file !== undefined && ignores.ignores(f.ruleId, f.file)) continue;
        if (against && ignores.ignores(f.ruleId, against.name)) continue;
      }
      if (unstable) {
        const cur = f.file === undefined ? undefined : current.file(f.file);
        if ((cur && isUnstablePackage(cur.package)) || (against && isUnstablePackage(against.package))) continue;
      }
    }
    kept.push(f.ruleId === INTERNAL_RULE_ID ? f : withMajorVersionAdvice(f, current, against));
  }
  return dedupeAndSort(kept);
}

/**
 * Issue 4: a breaking change inside a stable package (`user.v1`) is a contract break that the
 * versioning convention resolves with a new major version; the finding says so (`… or add user.v2
 * instead of changing user.v1`). Unstable packages (`v1beta1`) get no such advice: breaking them is
 * what they are for, and `ignore_unstable_packages` silences them as in buf.
 */
function withMajorVersionAdvice(f: Finding, current: Model, against: ProtoFile | undefined): Finding {
  const pkg = (f.file === undefined ? undefined : current.file(f.file)?.package) ?? against?.package;
  const advice = pkg ? nextMajorAdvice(pkg) : undefined;
  if (!advice) return f;
  return { ...f, message: `${f.message} If this change is intended, ${advice}.` };
}

/** An alpha, beta or test package (`pay.v1alpha1`, `pay.v1beta`, `pay.v2test`); buf-rules.md §2.3. */
export function isUnstablePackage(pkg: string): boolean {
  const v = parsePackageVersion(pkg);
  return v !== undefined && v.stability !== "stable";
}

/** A finding about no file of the current side (buf prints `<input>` at 1:1). */
export function filelessFinding(ruleId: string, message: string): Finding {
  return { ruleId, severity: "error", message, file: undefined, displayPath: undefined, startLine: 0, startColumn: 0, endLine: 0, endColumn: 0, elementPath: undefined };
}

function plainExtras(extras: (ReportExtras & { readonly againstFile?: ProtoFile }) | undefined): ReportExtras | undefined {
  return extras?.fix ? { fix: extras.fix } : undefined;
}

function previousFileOf(target: BreakingTarget, pair: unknown): ProtoFile | undefined {
  if (target === "files") return undefined;
  if (target === "enumValue") return (pair as BreakingTargets["enumValue"]).enum.previous.file;
  const prev = (pair as Pair<Element>).previous;
  return prev.kind === "file" ? prev : prev.file;
}

function currentElementOf(target: BreakingTarget, pair: unknown): Element | undefined {
  if (target === "files") return undefined;
  if (target === "enumValue") return (pair as BreakingTargets["enumValue"]).current[0];
  return (pair as Pair<Element>).current;
}

// ---- pairing ------------------------------------------------------------------------------------


/**
 * The matched elements of both sides, built per kind on first use (a run with only file rules
 * never indexes fields). Pairs follow the previous side's declaration order.
 */
export class PairSet {
  private readonly cache: Partial<{ -readonly [K in BreakingTarget]: BreakingTargets[K][] }> = {};
  readonly previousFiles: readonly ProtoFile[];
  readonly currentFiles: readonly ProtoFile[];

  constructor(
    readonly previous: Model,
    readonly current: Model,
    excludeImports: boolean,
  ) {
    this.previousFiles = excludeImports ? previous.targets : previous.files;
    this.currentFiles = excludeImports ? current.targets : current.files;
    const shared = new Set<string>();
    for (const f of this.previousFiles) if (current.file(f.name)?.proto === f.proto) shared.add(f.name);
    if (shared.size > 0) {
      this.previousCompared = this.previousFiles.filter((f) => !shared.has(f.name));
      this.currentCompared = this.currentFiles.filter((f) => !shared.has(f.name));
    } else {
      this.previousCompared = this.previousFiles;
      this.currentCompared = this.currentFiles;
    }
  }

  /** The files compared element by element: all but those sharing one descriptor on both sides. */
  private readonly previousCompared: readonly ProtoFile[];
  private readonly currentCompared: readonly ProtoFile[];

  of<K extends BreakingTarget>(kind: K): readonly BreakingTargets[K][] {
    let got = this.cache[kind] as BreakingTargets[K][] | undefined;
    if (!got) {
      got = this.build(kind);
      (this.cache as Record<string, unknown>)[kind] = got;
    }
    return got;
  }

  private build<K extends BreakingTarget>(kind: K): BreakingTargets[K][] {
    type Out = BreakingTargets[K][];
    switch (kind) {
      case "files":
        return [{ previous: this.previousFiles, current: this.currentFiles }] as Out;
      case "file": {
        const cur = new Map(this.currentCompared.map((f) => [f.name, f]));
        return matchBy(this.previousCompared, cur, (f) => f.name) as Out;
      }
      case "message":
        return byFullName(this.elements(this.previousCompared, "message"), this.elements(this.currentCompared, "message")) as Out;
      case "enum":
        return byFullName(this.elements(this.previousCompared, "enum"), this.elements(this.currentCompared, "enum")) as Out;
      case "service":
        return byFullName(this.elements(this.previousCompared, "service"), this.elements(this.currentCompared, "service")) as Out;
      case "field": {
        const out: Pair<Field>[] = [];
        for (const m of this.of("message")) {
          const cur = new Map(m.current.fields.map((f) => [f.number, f]));
          for (const p of matchBy(m.previous.fields, cur, (f) => f.number)) out.push(p);
        }
        const key = (x: Field): string => `${x.extendee ?? ""}\0${x.number}`;
        const curExt = new Map(this.elements(this.currentCompared, "field").filter((f) => f.isExtension).map((f) => [key(f), f]));
        const prevExt = this.elements(this.previousCompared, "field").filter((f) => f.isExtension);
        for (const p of matchBy(prevExt, curExt, key)) out.push(p);
        return out as Out;
      }
      case "oneof": {
        const out: Pair<Oneof>[] = [];
        for (const m of this.of("message")) {
          const cur = new Map(m.current.oneofs.map((o) => [o.name, o]));
          for (const p of matchBy(m.previous.oneofs, cur, (o) => o.name)) out.push(p);
        }
        return out as Out;
      }
      case "enumValue": {
        const out: BreakingTargets["enumValue"][] = [];
        for (const e of this.of("enum")) {
          const cur = groupByNumber(e.current.values);
          for (const [number, previous] of groupByNumber(e.previous.values)) {
            const current = cur.get(number);
            if (current) out.push({ previous, current, number, enum: e });
          }
        }
        return out as Out;
      }
      case "method": {
        const out: Pair<Method>[] = [];
        for (const s of this.of("service")) {
          const cur = new Map(s.current.methods.map((m) => [m.name, m]));
          for (const p of matchBy(s.previous.methods, cur, (m) => m.name)) out.push(p);
        }
        return out as Out;
      }
    }
    throw new Error(`unknown breaking target ${String(kind)}`);
  }

  private readonly walked = new Map<readonly ProtoFile[], Map<string, Element[]>>();

  /** Every element of a kind in the files, in declaration order (one walk per side). */
  private elements<K extends "message" | "enum" | "service" | "field">(files: readonly ProtoFile[], kind: K): Extract<Element, { kind: K }>[] {
    let byKind = this.walked.get(files);
    if (!byKind) {
      byKind = new Map();
      for (const f of files) {
        for (const el of walk(f)) {
          let list = byKind.get(el.kind);
          if (!list) byKind.set(el.kind, (list = []));
          list.push(el);
        }
      }
      this.walked.set(files, byKind);
    }
    return (byKind.get(kind) ?? []) as Extract<Element, { kind: K }>[];
  }
}

function matchBy<T, K>(previous: readonly T[], current: ReadonlyMap<K, T>, key: (x: T) => K): Pair<T>[] {
  const out: Pair<T>[] = [];
  for (const p of previous) {
    const c = current.get(key(p));
    if (c !== undefined) out.push({ previous: p, current: c });
  }
  return out;
}

function byFullName<T extends Message | Enum | Service>(previous: readonly T[], current: readonly T[]): Pair<T>[] {
  const cur = new Map<string, T>();
  for (const c of current) if (!cur.has(c.fullName)) cur.set(c.fullName, c);
  return matchBy(previous, cur, (x) => x.fullName);
}

function groupByNumber(values: readonly EnumValue[]): Map<number, EnumValue[]> {
  const out = new Map<number, EnumValue[]>();
  for (const v of values) {
    const list = out.get(v.number);
    if (list) list.push(v);
    else out.set(v.number, [v]);
  }
  return out;
}
