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
 * A file unchanged between the sides (unchanged.ts: the same descriptor object, which the CLI
 * reuses for a file whose bytes and imports are unchanged, or an equal descriptor whose visible
 * imports are equal too) is skipped below the file level: its elements, and what they reference,
 * are the same, so no pair inside it can differ. `files` rules still see it.
 *
 * The rules of a kind run together, a slice of pairs at a time (see `runBreaking`); a report's
 * wording and location are worked out only when it is made.
 *
 * Silencing, all here so rules only judge:
 * - `ignore` / `ignore_only`: a finding is dropped when its file on the current side **or** the
 *   file of the previous side it is about lies under an ignored path;
 * - `ignore_unstable_packages`: dropped when either of those files is in an alpha, beta or test
 *   package (naming.ts `parsePackageVersion`); a deleted file counts through its previous side.
 * The previous-side file of a report defaults to the file of the previous element of the pair being
 * checked (for a file option, the package or the syntax: only when the previous file wrote it, as
 * buf has no against location otherwise); rules reporting about something else (a `files` rule)
 * pass `againstFile`.
 *
 * A rule that throws becomes one `INTERNAL` finding naming the rule; everything else is reported.
 */
import { isFieldSet } from "@bufbuild/protobuf";
import { FileOptionsSchema } from "@bufbuild/protobuf/wkt";
import { dedupeAndSort } from "../engine/findings.js";
import { nextMajorAdvice } from "../engine/versioning.js";
import { PathIgnores } from "../engine/ignore.js";
import { type Element, type Enum, type EnumValue, type Field, type Message, type Method, type Model, type Oneof, type ProtoFile, type Service } from "../engine/model.js";
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
  ReportTarget,
} from "../engine/rule.js";
import { INTERNAL_RULE_ID, toFinding } from "../engine/run.js";
import { isUnchanged } from "./unchanged.js";

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
  /**
   * When given, receives each rule's time in ms, and under `(pairing KIND)` the time spent
   * building the pairs of each kind (the first kind below the files also finds the unchanged files,
   * unchanged.ts).
   */
  readonly timings?: Map<string, number>;
}

export const DEFAULT_BREAKING_OPTIONS: BreakingOptions = { ignoreUnstablePackages: false, extra: {} };

/** Runs the breaking rules over the two sides; findings deduplicated and sorted as buf sorts. */
export function runBreaking(previous: Model, current: Model, opts: BreakingRunOptions): Finding[] {
  const pairs = new PairSet(previous, current, opts.excludeImports === true);
  const raw: Report[] = [];
  const byKind = new Map<BreakingTarget, RuleRun[]>();
  for (const rule of opts.rules) {
    if (rule.deprecated) continue;
    const run = new RuleRun(rule, previous, current, opts, raw);
    const runs = byKind.get(rule.target);
    if (runs) runs.push(run);
    else byKind.set(rule.target, [run]);
  }
  const timings = opts.timings;
  for (const [kind, runs] of byKind) {
    const t0 = timings ? performance.now() : 0;
    const list = pairs.of(kind);
    if (timings) timings.set(`(pairing ${kind})`, performance.now() - t0);
    // The rules of a kind take the pairs a slice at a time, all of them while the slice's elements
    // are in the processor's cache, rather than each walking all pairs.
    for (let start = 0; start < list.length; start += SLICE) {
      const end = Math.min(start + SLICE, list.length);
      for (const run of runs) {
        const t = timings ? performance.now() : 0;
        run.check(list, start, end);
        if (timings) run.ms += performance.now() - t;
      }
    }
    if (timings) for (const run of runs) timings.set(run.rule.id, (timings.get(run.rule.id) ?? 0) + run.ms);
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

/** A finding as reported, with the previous side's file it is about (for the ignores). */
interface Report {
  readonly finding: Finding;
  readonly against: ProtoFile | undefined;
}

/** Pairs checked by all rules of a kind before the next ones (see {@link runBreaking}). */
const SLICE = 256;

/**
 * One rule's pass over the pairs of its kind, slice by slice, adding its reports to `raw`. A
 * report's default `againstFile` is worked out from the pair being checked only when a report is
 * made. After its first exception, the rule's further exceptions are dropped.
 */
class RuleRun {
  /** Time spent in the rule, for `timings`. */
  ms = 0;
  private readonly ctx: BreakingContext;
  private checking: unknown;
  private failed = false;

  constructor(
    readonly rule: BreakingRule,
    previous: Model,
    current: Model,
    opts: BreakingRunOptions,
    private readonly raw: Report[],
  ) {
    this.ctx = {
      previous,
      current,
      options: opts.options,
      version: opts.version,
      report: (at, message, extras) => {
        const against = extras?.againstFile ?? previousFileOf(rule.target, this.checking, at);
        raw.push({ finding: at === undefined ? filelessFinding(rule.id, message) : toFinding(rule.id, at, message, plainExtras(extras)), against });
      },
    };
  }

  check(pairs: readonly unknown[], start: number, end: number): void {
    const { rule, ctx } = this;
    for (let i = start; i < end; i++) {
      const pair = pairs[i];
      this.checking = pair;
      try {
        if (!rule.only || rule.only(pair as never, ctx)) rule.check(pair as never, ctx);
      } catch (e) {
        if (this.failed) continue;
        this.failed = true;
        const detail = e instanceof Error ? e.message : String(e);
        const el = currentElementOf(rule.target, pair);
        const message = `rule ${rule.id} failed${el ? ` on ${el.toString()}` : ""}: ${detail}. This is a bug in protoguard; please report it with the files involved.`;
        this.raw.push({ finding: el ? toFinding(INTERNAL_RULE_ID, el, message) : filelessFinding(INTERNAL_RULE_ID, message), against: undefined });
      }
    }
    this.checking = undefined;
  }
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

/**
 * The previous side's file a report is about: that of the previous element of the pair checked. A
 * file rule reporting at a path of the file itself (an option, the package, the syntax) is about
 * the previous file only where that file declares the same thing: buf's against location is the
 * previous file's own, and there is none when the previous file did not write it (so an option
 * added while the package left an unstable version is not ignored as unstable). The against side
 * has no source info (cli/breaking.ts), so the descriptor says what was written.
 */
function previousFileOf(target: BreakingTarget, pair: unknown, at: ReportTarget | Element | undefined): ProtoFile | undefined {
  if (target === "files") return undefined;
  if (target === "enumValue") return (pair as BreakingTargets["enumValue"]).enum.previous.file;
  const prev = (pair as Pair<Element>).previous;
  if (prev.kind !== "file") return prev.file;
  if (at && "element" in at && at.element.kind === "file" && at.at && !declares(prev, at.at)) return undefined;
  return prev;
}

/** Whether a file writes what `path` locates: its package, its syntax, a file option. */
function declares(file: ProtoFile, path: readonly number[]): boolean {
  if (path[0] === FILE_PACKAGE) return file.package !== "";
  if (path[0] === FILE_SYNTAX) return !file.syntaxUnspecified;
  if (path[0] === FILE_OPTIONS && path.length > 1) {
    const options = file.proto.options;
    const field = FileOptionsSchema.fields.find((f) => f.number === path[1]);
    return options !== undefined && field !== undefined && isFieldSet(options, field);
  }
  return true;
}

/** FileDescriptorProto field numbers of what file rules report at. */
const FILE_PACKAGE = 2;
const FILE_OPTIONS = 8;
const FILE_SYNTAX = 12;

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
  }

  private comparedFiles: { readonly previous: readonly ProtoFile[]; readonly current: readonly ProtoFile[] } | undefined;
  private types: TypePairs | undefined;

  /**
   * The files compared element by element: all but the unchanged ones (unchanged.ts). Worked out
   * with the first pairs below the files, so a run of `files` rules alone never compares files.
   */
  private compared(): { readonly previous: readonly ProtoFile[]; readonly current: readonly ProtoFile[] } {
    if (!this.comparedFiles) {
      const unchanged = new Set<string>();
      for (const f of this.previousFiles) if (isUnchanged(this.previous, this.current, f)) unchanged.add(f.name);
      this.comparedFiles =
        unchanged.size === 0
          ? { previous: this.previousFiles, current: this.currentFiles }
          : { previous: this.previousFiles.filter((f) => !unchanged.has(f.name)), current: this.currentFiles.filter((f) => !unchanged.has(f.name)) };
    }
    return this.comparedFiles;
  }

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
        const { previous, current } = this.compared();
        const cur = new Map<string, ProtoFile>();
        for (const f of current) cur.set(f.name, f);
        const out: Pair<ProtoFile>[] = [];
        for (const p of previous) {
          const c = cur.get(p.name);
          if (c !== undefined) out.push({ previous: p, current: c });
        }
        return out as Out;
      }
      case "message":
        return this.typePairs().message.pairs() as Out;
      case "enum":
        return this.typePairs().enum.pairs() as Out;
      case "service":
        return this.typePairs().service.pairs() as Out;
      case "field": {
        const out: Pair<Field>[] = [];
        for (const m of this.of("message")) pairFields(m.previous.fields, m.current.fields, out);
        const curExt = new Map<string, Field>();
        for (const f of this.typePairs().currentExtensions) curExt.set(extensionKey(f), f);
        for (const p of this.typePairs().previousExtensions) {
          const c = curExt.get(extensionKey(p));
          if (c !== undefined) out.push({ previous: p, current: c });
        }
        return out as Out;
      }
      case "oneof": {
        const out: Pair<Oneof>[] = [];
        for (const m of this.of("message")) pairByName(m.previous.oneofs, m.current.oneofs, out);
        return out as Out;
      }
      case "enumValue": {
        const out: BreakingTargets["enumValue"][] = [];
        for (const e of this.of("enum")) pairValues(e, out);
        return out as Out;
      }
      case "method": {
        const out: Pair<Method>[] = [];
        for (const s of this.of("service")) pairByName(s.previous.methods, s.current.methods, out);
        return out as Out;
      }
    }
    throw new Error(`unknown breaking target ${String(kind)}`);
  }

  /** Messages, enums and services by full name, and both sides' extensions (built together, once). */
  private typePairs(): TypePairs {
    if (!this.types) {
      const { previous, current } = this.compared();
      this.types = pairTypes(previous, current);
    }
    return this.types;
  }
}

/**
 * Messages, enums and services paired by full name, wherever they are declared, and every
 * extension of each side; all in the order `walk` (model.ts) meets them.
 */
interface TypePairs {
  readonly message: ByFullName<Message>;
  readonly enum: ByFullName<Enum>;
  readonly service: ByFullName<Service>;
  readonly previousExtensions: Field[];
  readonly currentExtensions: Field[];
}

/**
 * Pairs the declarations of the compared files. A file of the same name and package on both sides
 * mostly declares the same types, and a type declared in the same place (the same file, or the same
 * paired message) under the same name has the same full name: those pair without working out or
 * hashing a full name. The rest (types moved to other files, renamed, added, deleted) pair through a
 * map of the current side's leftovers, which finds the partner the full name would, as a full name
 * is declared once in a build.
 */
function pairTypes(previousFiles: readonly ProtoFile[], currentFiles: readonly ProtoFile[]): TypePairs {
  const out: TypePairs = { message: new ByFullName(), enum: new ByFullName(), service: new ByFullName(), previousExtensions: [], currentExtensions: [] };
  const byName = new Map<string, ProtoFile>();
  for (const c of currentFiles) byName.set(c.name, c);
  const seen = new Set<ProtoFile>();
  for (const p of previousFiles) {
    let c = byName.get(p.name);
    if (c !== undefined) seen.add(c);
    if (c !== undefined && c.package !== p.package) {
      leftovers(c, out);
      c = undefined;
    }
    pairMessages(p.messages, c?.messages, out);
    pairInPlace(p.enums, c?.enums, out.enum);
    for (const x of p.extensions) out.previousExtensions.push(x);
    pairInPlace(p.services, c?.services, out.service);
  }
  for (const c of currentFiles) if (!seen.has(c)) leftovers(c, out);
  // The current side's extensions in its own declaration order (a later duplicate key wins).
  for (const c of currentFiles) {
    for (const m of c.messages) messageExtensions(m, out.currentExtensions);
    for (const x of c.extensions) out.currentExtensions.push(x);
  }
  return out;
}

/**
 * The elements of `current` with the names of those of `previous`, by index of `previous`, and the
 * others of `current`. Most lists keep their order, so names are compared in place first.
 */
function byName<T extends Message | Enum | Service>(previous: readonly T[], current: readonly T[] | undefined): { partners: readonly (T | undefined)[]; others: readonly T[] } {
  if (current === undefined) return { partners: NO_PARTNERS, others: [] };
  let i = 0;
  const n = Math.min(previous.length, current.length);
  while (i < n && previous[i]!.name === current[i]!.name) i++;
  if (i === previous.length) return { partners: current, others: current.slice(previous.length) };
  const named = new Map<string, T>();
  for (const c of current) if (!named.has(c.name)) named.set(c.name, c);
  const partners = previous.map((p) => named.get(p.name));
  const wanted = new Set(previous.map((p) => p.name));
  return { partners, others: current.filter((c) => !wanted.has(c.name)) };
}

const NO_PARTNERS: readonly undefined[] = [];

/** Pairs messages, and what they declare, with their counterparts declared in the same place; the current side's others become leftovers. */
function pairMessages(previous: readonly Message[], current: readonly Message[] | undefined, out: TypePairs): void {
  const { partners, others } = byName(previous, current);
  for (let i = 0; i < previous.length; i++) {
    const p = previous[i]!;
    const c = partners[i];
    out.message.add(p, c);
    for (const x of p.extensions) out.previousExtensions.push(x);
    pairMessages(p.messages, c?.messages, out);
    pairInPlace(p.enums, c?.enums, out.enum);
  }
  for (const c of others) leftoverMessage(c, out);
}

/** Pairs enums or services declared in the same place by name; the current side's others become leftovers. */
function pairInPlace<T extends Enum | Service>(previous: readonly T[], current: readonly T[] | undefined, into: ByFullName<T>): void {
  const { partners, others } = byName(previous, current);
  for (let i = 0; i < previous.length; i++) into.add(previous[i]!, partners[i]);
  for (const c of others) into.leftover(c);
}

/** Every type a current file declares, none paired by place. */
function leftovers(c: ProtoFile, out: TypePairs): void {
  for (const m of c.messages) leftoverMessage(m, out);
  for (const e of c.enums) out.enum.leftover(e);
  for (const s of c.services) out.service.leftover(s);
}

function leftoverMessage(m: Message, out: TypePairs): void {
  out.message.leftover(m);
  for (const n of m.messages) leftoverMessage(n, out);
  for (const e of m.enums) out.enum.leftover(e);
}

function messageExtensions(m: Message, into: Field[]): void {
  for (const x of m.extensions) into.push(x);
  for (const n of m.messages) messageExtensions(n, into);
}

/**
 * Previous elements with their partner by full name: found by place, or looked up among the
 * current side's leftovers once every file has been seen.
 */
class ByFullName<T extends Message | Enum | Service> {
  private readonly previous: T[] = [];
  private readonly current: (T | undefined)[] = [];
  private readonly rest: T[] = [];

  add(previous: T, current: T | undefined): void {
    this.previous.push(previous);
    this.current.push(current);
  }

  leftover(current: T): void {
    this.rest.push(current);
  }

  pairs(): Pair<T>[] {
    let rest: Map<string, T> | undefined;
    const out: Pair<T>[] = [];
    for (let i = 0; i < this.previous.length; i++) {
      const p = this.previous[i]!;
      let c = this.current[i];
      if (c === undefined && this.rest.length > 0) {
        if (!rest) {
          rest = new Map();
          for (const r of this.rest) if (!rest.has(r.fullName)) rest.set(r.fullName, r);
        }
        c = rest.get(p.fullName);
      }
      if (c !== undefined) out.push({ previous: p, current: c });
    }
    return out;
  }
}

function extensionKey(x: Field): string {
  return `${x.extendee ?? ""}\0${x.number}`;
}

/**
 * Fields by number. Most messages keep their fields in place, so the fields are paired by position
 * while the numbers agree, and through a map only from the first difference on.
 */
function pairFields(previous: readonly Field[], current: readonly Field[], out: Pair<Field>[]): void {
  let i = 0;
  const n = Math.min(previous.length, current.length);
  while (i < n && previous[i]!.number === current[i]!.number) i++;
  if (i === previous.length && i === current.length) {
    for (let k = 0; k < n; k++) out.push({ previous: previous[k]!, current: current[k]! });
    return;
  }
  const byNumber = new Map<number, Field>();
  for (const c of current) byNumber.set(c.number, c);
  for (const p of previous) {
    const c = byNumber.get(p.number);
    if (c !== undefined) out.push({ previous: p, current: c });
  }
}

/** Oneofs or methods by name, by position while the names agree (as {@link pairFields}). */
function pairByName<T extends Oneof | Method>(previous: readonly T[], current: readonly T[], out: Pair<T>[]): void {
  let i = 0;
  const n = Math.min(previous.length, current.length);
  while (i < n && previous[i]!.name === current[i]!.name) i++;
  if (i === previous.length && i === current.length) {
    for (let k = 0; k < n; k++) out.push({ previous: previous[k]!, current: current[k]! });
    return;
  }
  const byName = new Map<string, T>();
  for (const c of current) byName.set(c.name, c);
  for (const p of previous) {
    const c = byName.get(p.name);
    if (c !== undefined) out.push({ previous: p, current: c });
  }
}

/**
 * Enum values by number, all names of a number together, in the order the previous side first
 * declares each number. Without aliases and with the numbers in place (nearly every enum), each
 * value is its own group.
 */
function pairValues(e: Pair<Enum>, out: BreakingTargets["enumValue"][]): void {
  const previous = e.previous.values;
  const current = e.current.values;
  if (previous.length === current.length && sameNumbersWithoutAliases(previous, current)) {
    for (let k = 0; k < previous.length; k++) out.push({ previous: [previous[k]!], current: [current[k]!], number: previous[k]!.number, enum: e });
    return;
  }
  const cur = groupByNumber(current);
  for (const [number, group] of groupByNumber(previous)) {
    const c = cur.get(number);
    if (c) out.push({ previous: group, current: c, number, enum: e });
  }
}

/** The same number at each position on both sides, and no number twice. */
function sameNumbersWithoutAliases(previous: readonly EnumValue[], current: readonly EnumValue[]): boolean {
  let ascending = true;
  for (let k = 0; k < previous.length; k++) {
    if (previous[k]!.number !== current[k]!.number) return false;
    if (k > 0 && previous[k]!.number <= previous[k - 1]!.number) ascending = false;
  }
  // Ascending numbers cannot repeat.
  return ascending || new Set(previous.map((v) => v.number)).size === previous.length;
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
