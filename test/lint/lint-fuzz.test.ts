/**
 * Randomized differential test of lint: modules of random files that compile (buf must accept
 * them, the point is lint and not compile errors) but break the lint rules in as many ways as the
 * generator knows — names in every case style and mix, enum values with and without the enum-name
 * prefix and with odd zero values, services with and without the suffix, RPCs with standard, shared,
 * reused, `google.protobuf.Empty` and streaming requests and responses, files in directories that
 * match their package or not, several packages per directory, versioned and unversioned packages,
 * file options consistent or not within a package, imports used, unused, public and weak, package
 * import cycles, comments (leading, trailing, detached, empty, whitespace-only) and
 * `buf:lint:ignore` comments with right and wrong IDs in every position, `reserved`, `deprecated`,
 * maps, extensions, custom options, groups and editions files — each linted by buf 1.75 and by
 * `protoguard lint` (the CLI command, in-process) under a few random buf.yaml files (v1 and v2;
 * `use`, `except`, `ignore`, `ignore_only` and every lint option). Findings are compared as
 * multisets on (path, start line, start column, rule ID), then on the end position.
 *
 * Seeds are fixed, so a failure is reproducible; each module is kept under
 * .cache/lint-fuzz/<seed>/c<config>/ (proto files and buf.yaml) for inspection, and a failure names
 * the seed, the config and the differing findings.
 *
 * What the generator leaves out, and why:
 * - `protoguard:ignore` comments: protoguard's own spelling, which buf does not know (a documented
 *   difference, not a bug);
 * - protoguard's own rules (GO_PACKAGE_*, VERSION_*): buf has none of them; they run by default when
 *   `use` is empty, so our findings of those IDs are dropped before the comparison;
 * - protovalidate constraints: they need the buf.validate dependency, and have their own tests;
 * - edition 2024 (other rules on options, visibility) and `v1beta1` configurations: the compiler fuzz
 *   covers the first, test/rules/ the second.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { LINT_RULES } from "../../rules/lint/index.js";
import { lintCommand } from "../../src/cli/lint.js";
import type { ConfigVersion } from "../../src/engine/rule.js";
import { cacheDir } from "../util/files.js";
import { bufLint, type BufFinding } from "./buf-lint.js";
import { Random, seedList } from "../util/random.js";

/** Fixed seeds; `LINT_FUZZ_SEEDS=from-to` runs others (for a longer hunt, not for CI). */
const SEEDS = seedList(process.env.LINT_FUZZ_SEEDS) ?? Array.from({ length: 20 }, (_, i) => i + 1);
/** buf.yaml files linted per module. */
const CONFIGS_PER_SEED = 3;

const random = new Random();
const { next: rnd, pick, chance, int } = random;
const shuffled = <T,>(a: readonly T[]): T[] => {
  const out = [...a];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};

/** The rules buf 1.75 knows (ours minus protoguard's own), with their categories per version. */
const BUF_RULES = LINT_RULES.filter((r) => r.protoguard !== true);
const BUF_IDS = new Set(BUF_RULES.map((r) => r.id));
const ALL_IDS = BUF_RULES.map((r) => r.id);

// Words of type, field and value names, and of packages: disjoint, so that no type is named like a package.
const WORDS = ["user", "order", "item", "price", "http", "id", "name", "value", "state", "kind", "color", "page", "size", "time", "event", "token", "url", "city"];
const PACKAGES = [
  "acme.weather.v1",
  "acme.weather.v1beta1",
  "acme.weather.v2",
  "acme.billing.v1p1alpha",
  "acme.billing.v1test",
  "acme.billing",
  "acmeBilling.v1",
  "Acme.Geo.v1",
  "acme.geo_v1",
  "acme.store.v1alpha1",
  "acme.store.v3",
  "acme.v2.store",
  "foo",
  "foo__bar.v1",
  "foo_1bar.v1",
  "_foo.v1",
  "foo_.v1",
  "misc.x",
  "",
];

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const norm = (s: string) => s.toLowerCase().replaceAll("_", "");
const upperSnake = (s: string) =>
  s
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/_+/g, "_")
    .replace(/^_|_$/g, "")
    .toUpperCase();

type Style = "snake" | "camel" | "pascal" | "upper" | "mixed";

/** A name from `words` in the wanted style most of the time, otherwise in a random odd one. */
function styled(words: readonly string[], want: Style, p = 0.6): string {
  const w = words.map((x) => x.toLowerCase());
  const forms: Record<Style, () => string> = {
    snake: () => w.join("_"),
    camel: () => w[0]! + w.slice(1).map(cap).join(""),
    pascal: () => w.map(cap).join(""),
    upper: () => w.join("_").toUpperCase(),
    mixed: () => cap(w[0]!) + (w.length > 1 ? `_${w.slice(1).join("_")}` : ""),
  };
  if (chance(p)) return forms[want]();
  const d = String(int(0, 9));
  return pick<() => string>([
    forms.snake,
    forms.camel,
    forms.pascal,
    forms.upper,
    forms.mixed,
    () => w.join("__"),
    () => `${w[0]}_${d}${w.slice(1).join("_")}`,
    () => `${w[0]}${d}_${w.slice(1).join("_")}`,
    () => `${w.join("_")}${d}`,
    () => `${w.join("_")}_${d}`,
    () => `_${w.join("_")}`,
    () => `${w.join("_")}_`,
    () => pick(["a", "B", "x", "Z"]),
    () => w.join("").toUpperCase(),
    () => `${w[0]!.toUpperCase()}${w.slice(1).map(cap).join("")}`,
    () => `${w.map(cap).join("")}${d}`,
    () => `${cap(w[0]!)}__${w.slice(1).map(cap).join("")}`,
    () => `${w.join("_").toUpperCase()}_`,
  ])();
}

const words = (n = int(1, 3)) => Array.from({ length: n }, () => pick(WORDS));

/**
 * Names declared in one scope. Keys are compared lower-cased without underscores: more than
 * protobuf forbids, but it keeps every JSON-name and enum-value-prefix conflict out of the module.
 */
class Scope {
  private readonly taken = new Set<string>();
  /** A fresh name made by `make`; after a few collisions, a counter makes it unique. */
  fresh(make: () => string, extra: (n: string) => string[] = () => []): string {
    for (let k = 0; ; k++) {
      let n = make();
      if (k > 8) n = `${n}${k}`;
      const keys = [norm(n), ...extra(n).map(norm)];
      if (keys.some((x) => this.taken.has(x))) continue;
      keys.forEach((x) => this.taken.add(x));
      return n;
    }
  }
  add(...names: string[]): void {
    for (const n of names) this.taken.add(norm(n));
  }
}

type Syntax = "proto2" | "proto3" | "2023" | "none";

interface TypeInfo {
  readonly full: string;
  readonly kind: "message" | "enum";
  /** A closed enum (proto2): not usable from proto3 files nor as a map value. */
  readonly closed: boolean;
  readonly file: number;
  /** A message with an extension range: the next free extension number, else undefined. */
  nextExt: number | undefined;
}

interface OptionExt {
  readonly full: string;
  readonly file: number;
  readonly target: "FieldOptions" | "MessageOptions";
}

interface FileInfo {
  readonly index: number;
  readonly path: string;
  readonly pkg: string;
  readonly syntax: Syntax;
  readonly types: TypeInfo[];
  readonly optionExts: OptionExt[];
  /** Direct imports of module files, with their kind. */
  readonly imports: { index: number; kind: "" | "public " | "weak " }[];
}

/** Per package: the scope of its top-level names and its "usual" file options. */
interface PackageInfo {
  readonly scope: Scope;
  readonly options: Record<string, string>;
}

/** Extension numbers of the custom options, module-wide per extendee. */
let optionNumber = 50000;

/** IDs a `buf:lint:ignore` comment names: often a rule that fires there, sometimes any, sometimes a near miss. */
function ignoreId(right: readonly string[]): string {
  const r = rnd();
  if (r < 0.55 && right.length) return pick(right);
  if (r < 0.8) return pick(ALL_IDS);
  return pick(["COMMENT_ENUM_VALUE", "FIELD_LOWER_SNAKE", "field_lower_snake_case", "STANDARD", "MESSAGE_PASCAL_CASE,FIELD_LOWER_SNAKE_CASE", "COMMENT_ENUM"]);
}

/** Comment lines before a declaration (detached, leading, empty, whitespace-only, ignores) at `ind`. */
function leading(ind: string, right: readonly string[], pDoc = 0.5): string[] {
  const out: string[] = [];
  if (chance(0.12)) out.push(pick([`${ind}// detached`, `${ind}// buf:lint:ignore ${ignoreId(right)}`, `${ind}/* detached block */`]), "");
  const r = rnd();
  if (r < pDoc) {
    out.push(
      ...pick([
        [`${ind}// Doc comment.`],
        [`${ind}// Two`, `${ind}// lines.`],
        [`${ind}/* Block doc. */`],
        [`${ind}/**`, `${ind} * Javadoc style.`, `${ind} */`],
        [`${ind}//`],
        [`${ind}//   `],
        [`${ind}/* */`],
        [`${ind}/**/`],
        [`${ind}//`, `${ind}//`],
      ]),
    );
  }
  if (chance(0.15)) {
    const id = ignoreId(right);
    out.push(
      pick([
        `${ind}// buf:lint:ignore ${id}`,
        `${ind}//buf:lint:ignore ${id}`,
        `${ind}// buf:lint:ignore ${id} because`,
        `${ind}/* buf:lint:ignore ${id} */`,
        `${ind}//  buf:lint:ignore  ${id}`,
        `${ind}// buf:lint:ignore`,
        `${ind}// see buf:lint:ignore ${id}`,
      ]),
    );
  }
  return out;
}

/** A trailing comment for the line of a declaration, or nothing. */
function trailing(right: readonly string[]): string {
  if (!chance(0.2)) return "";
  return pick([" // trailing", " //", " /* trailing */", ` // buf:lint:ignore ${ignoreId(right)}`]);
}

class FileGen {
  private readonly out: string[] = [];
  private visible: TypeInfo[] = [];
  private visibleOpts: OptionExt[] = [];
  /** An editions file with `features.field_presence = IMPLICIT`. */
  private implicit = false;

  constructor(
    private readonly info: FileInfo,
    private readonly pkgInfo: PackageInfo,
    private readonly files: readonly FileInfo[],
    private readonly emptyUsable: boolean,
  ) {
    const seen = new Set<number>();
    const visit = (i: number): void => {
      if (seen.has(i)) return;
      seen.add(i);
      const f = files[i]!;
      this.visible.push(...f.types);
      this.visibleOpts.push(...f.optionExts);
      // public imports of a direct import are visible too (transitively)
      for (const d of f.imports) if (d.kind === "public ") visit(d.index);
    };
    for (const d of info.imports) visit(d.index);
  }

  private get syntax(): Syntax {
    return this.info.syntax;
  }
  private get editions(): boolean {
    return this.syntax === "2023";
  }
  private get proto3(): boolean {
    return this.syntax === "proto3";
  }
  /** proto2 rules (labels required, groups, defaults): `proto2` and no syntax at all. */
  private get proto2(): boolean {
    return this.syntax === "proto2" || this.syntax === "none";
  }

  private push(...lines: string[]): void {
    this.out.push(...lines);
  }

  /** The full name of a declaration in `scope` ("" at the root of an unnamed package). */
  private full(scope: string, name: string): string {
    return scope ? `${scope}.${name}` : name;
  }

  generate(syntaxLine: string, importLines: string[], optionLines: string[], services: number, optionExts: boolean): string {
    const f = this.info;
    this.implicit = optionLines.some((l) => l.includes("IMPLICIT"));
    if (chance(0.3)) this.push(...leading("", ["SYNTAX_SPECIFIED", "FILE_LOWER_SNAKE_CASE"], 0.6));
    if (syntaxLine) this.push(syntaxLine + trailing([]));
    this.push("");
    if (f.pkg) {
      this.push(...leading("", ["PACKAGE_LOWER_SNAKE_CASE", "PACKAGE_VERSION_SUFFIX", "PACKAGE_DIRECTORY_MATCH", "PACKAGE_SAME_DIRECTORY", "DIRECTORY_SAME_PACKAGE"], 0.3));
      this.push(`package ${f.pkg};${trailing(["PACKAGE_LOWER_SNAKE_CASE", "PACKAGE_VERSION_SUFFIX"])}`, "");
    }
    for (const l of importLines) this.push(...leading("", ["IMPORT_USED", "IMPORT_NO_PUBLIC", "PACKAGE_NO_IMPORT_CYCLE", "STABLE_PACKAGE_NO_IMPORT_UNSTABLE"], 0.15), l + trailing(["IMPORT_USED"]));
    if (importLines.length) this.push("");
    for (const l of optionLines) this.push(...leading("", ["PACKAGE_SAME_GO_PACKAGE", "PACKAGE_SAME_JAVA_PACKAGE", "PACKAGE_SAME_CSHARP_NAMESPACE"], 0.1), l);
    if (optionLines.length) this.push("");
    const scope = f.pkg;
    const topCount = int(1, 4);
    for (let k = 0; k < topCount; k++) {
      const r = rnd();
      if (r < 0.6) this.message("", scope, this.pkgInfo.scope, 0);
      else if (r < 0.85) this.enumDecl("", scope, this.pkgInfo.scope);
      else this.extend("", scope, this.pkgInfo.scope);
    }
    if (optionExts) this.optionExtensions(scope);
    for (let k = 0; k < services; k++) this.service(scope);
    return this.out.join("\n") + "\n";
  }

  /** A field type: a scalar, or a visible message or enum (by full name, so that no scope rule can get in the way). */
  private fieldType(forMap = false): { text: string; kind: "scalar" | "message" | "enum" } {
    // Closed enums: not in proto3 files, and never as map values: the compiler takes them in proto2,
    // but `buf lint` (not `buf build`) then stops with "invalid map: map enum value must have zero
    // number for the first value" when the first value is not zero.
    // Nor in editions files whose fields default to implicit presence.
    const usable = this.visible.filter((t) => t.kind === "message" || !t.closed || (!this.proto3 && !forMap && !this.implicit));
    if (usable.length && chance(0.45)) {
      const t = pick(usable);
      return { text: `.${t.full}`, kind: t.kind };
    }
    return { text: pick(["int32", "string", "bool", "bytes", "uint64", "double", "fixed32", "sint64"]), kind: "scalar" };
  }

  private fieldName(scope: Scope): string {
    if (chance(0.03)) return scope.fresh(() => pick(["descriptor", "Descriptor", "_descriptor_", "DESCRIPTOR"]));
    return scope.fresh(() => styled(words(), "snake"));
  }

  private message(ind: string, parent: string, scope: Scope, depth: number, forcedName?: string): string {
    const name = forcedName ?? scope.fresh(() => styled(words(), "pascal"));
    const full = this.full(parent, name);
    const info: TypeInfo = { full, kind: "message", closed: false, file: this.info.index, nextExt: undefined };
    const right = ["MESSAGE_PASCAL_CASE", "COMMENT_MESSAGE"];
    this.push(...leading(ind, right), `${ind}message ${name} {${trailing(right)}`);
    const inner = `${ind}  `;
    const own = new Scope();
    let num = 1;
    if (chance(0.1)) this.push(`${inner}option deprecated = true;`);
    const custom = this.visibleOpts.filter((o) => o.target === "MessageOptions");
    if (custom.length && chance(0.3)) this.push(`${inner}option (.${pick(custom).full}) = ${int(1, 9)};`);
    const fields = depth > 1 ? int(0, 3) : int(0, 6);
    for (let k = 0; k < fields; k++) {
      const r = rnd();
      if (r < 0.1) num = this.mapField(inner, own, num);
      else if (r < 0.2) num = this.oneof(inner, own, num);
      else if (r < 0.26 && this.proto2) num = this.group(inner, own, num);
      else num = this.field(inner, own, num, false);
    }
    if (depth < 2 && chance(0.3)) this.message(inner, full, own, depth + 1);
    if (depth < 2 && chance(0.25)) this.enumDecl(inner, full, own);
    if (chance(0.2)) {
      const names = Array.from({ length: int(1, 2) }, () => own.fresh(() => `old_${pick(WORDS)}`));
      const quoted = this.editions ? names.join(", ") : names.map((n) => `"${n}"`).join(", ");
      this.push(`${inner}reserved ${pick(["100 to 110", "120", "130, 140 to 150"])};`, `${inner}reserved ${quoted};`);
    }
    if (!this.proto3 && chance(0.3)) {
      this.push(`${inner}extensions 1000 to 1999;`);
      info.nextExt = 1000;
    }
    if (depth < 2 && !this.proto3 && chance(0.1)) this.extend(inner, full, own);
    this.push(`${ind}}`);
    this.info.types.push(info);
    return full;
  }

  private fieldOptions(allowPresence: boolean): string {
    const opts: string[] = [];
    if (chance(0.1)) opts.push("deprecated = true");
    if (allowPresence && this.editions && chance(0.1)) opts.push("features.field_presence = LEGACY_REQUIRED");
    const custom = this.visibleOpts.filter((o) => o.target === "FieldOptions");
    if (custom.length && chance(0.3)) opts.push(`(.${pick(custom).full}) = ${int(1, 9)}`);
    return opts.length ? ` [${opts.join(", ")}]` : "";
  }

  private field(ind: string, scope: Scope, num: number, inOneof: boolean): number {
    const name = this.fieldName(scope);
    const t = this.fieldType();
    let label = "";
    if (!inOneof) {
      if (chance(0.15)) label = "repeated ";
      else if (this.proto2) label = chance(0.2) ? "required " : "optional ";
      else if (this.proto3 && chance(0.3)) label = "optional ";
    }
    const right = ["FIELD_LOWER_SNAKE_CASE", "COMMENT_FIELD", "FIELD_NOT_REQUIRED", "IMPORT_USED"];
    this.push(...leading(ind, right, 0.4), `${ind}${label}${t.text} ${name} = ${num}${this.fieldOptions(!inOneof && label === "")};${trailing(right)}`);
    return num + 1;
  }

  private mapField(ind: string, scope: Scope, num: number): number {
    const name = scope.fresh(() => styled(words(), "snake"), (n) => [`${n}Entry`, `${n}_entry`]);
    const v = this.fieldType(true);
    const right = ["FIELD_LOWER_SNAKE_CASE", "COMMENT_FIELD"];
    this.push(...leading(ind, right, 0.4), `${ind}map<${pick(["string", "int64", "bool"])}, ${v.text}> ${name} = ${num}${chance(0.1) ? " [deprecated = true]" : ""};${trailing(right)}`);
    return num + 1;
  }

  private oneof(ind: string, scope: Scope, num: number): number {
    const name = scope.fresh(() => styled(words(), "snake"));
    const right = ["ONEOF_LOWER_SNAKE_CASE", "COMMENT_ONEOF"];
    this.push(...leading(ind, right), `${ind}oneof ${name} {${trailing(right)}`);
    const n = int(1, 3);
    for (let k = 0; k < n; k++) num = this.field(`${ind}  `, scope, num, true);
    this.push(`${ind}}`);
    return num;
  }

  private group(ind: string, scope: Scope, num: number): number {
    // group names start with a capital letter (a compile error otherwise)
    const name = scope.fresh(() => cap(styled(words(), "pascal")).replace(/^_+/, "G"));
    const right = ["FIELD_LOWER_SNAKE_CASE", "MESSAGE_PASCAL_CASE", "COMMENT_FIELD", "COMMENT_MESSAGE"];
    this.push(...leading(ind, right), `${ind}${pick(["optional", "repeated", "required"])} group ${name} = ${num} {${trailing(right)}`);
    this.push(`${ind}  optional int32 ${styled(["inner", "value"], "snake")} = 1;`, `${ind}}`);
    return num + 1;
  }

  private enumDecl(ind: string, parent: string, scope: Scope): void {
    const name = scope.fresh(() => styled(words(), "pascal"));
    const closed = this.proto2;
    const right = ["ENUM_PASCAL_CASE", "COMMENT_ENUM", "ENUM_FIRST_VALUE_ZERO", "ENUM_NO_ALLOW_ALIAS"];
    this.push(...leading(ind, right), `${ind}enum ${name} {${trailing(right)}`);
    const inner = `${ind}  `;
    const prefix = upperSnake(name);
    const count = int(1, 5);
    const alias = count > 1 && chance(0.15);
    if (alias) this.push(`${inner}option allow_alias = true;`);
    if (chance(0.1)) this.push(`${inner}option deprecated = true;`);
    let num = closed && chance(0.3) ? int(1, 3) : 0;
    for (let k = 0; k < count; k++) {
      const zero = num === 0 && k === 0;
      // enum values are siblings of their enum: they must not clash with names in the enclosing scope
      const v = scope.fresh(
        () => {
          const body = zero && chance(0.7) ? pick(["UNSPECIFIED", "NONE", "UNKNOWN", "INVALID", "DEFAULT", "ZERO"]) : styled(words(), "upper", 0.75);
          return chance(0.65) ? `${prefix}_${body}` : chance(0.3) ? `${styled([name], "upper", 0.5)}${body}` : body;
        },
        // keep clear of the enum-prefix-stripped conflicts of proto3 and editions
        (n) => (norm(n).startsWith(norm(name)) && norm(n) !== norm(name) ? [norm(n).slice(norm(name).length)] : []),
      );
      const rightV = ["ENUM_VALUE_UPPER_SNAKE_CASE", "ENUM_VALUE_PREFIX", "ENUM_ZERO_VALUE_SUFFIX", "COMMENT_ENUM_VALUE"];
      this.push(...leading(inner, rightV, 0.4), `${inner}${v} = ${num}${chance(0.08) ? " [deprecated = true]" : ""};${trailing(rightV)}`);
      if (alias && k === 0) {
        const a = scope.fresh(() => `${prefix}_ALIAS${int(0, 99)}`);
        this.push(`${inner}${a} = ${num};`);
      }
      num += int(1, 3);
    }
    if (chance(0.15)) this.push(`${inner}reserved 100 to 110;`);
    this.push(`${ind}}`);
    this.info.types.push({ full: this.full(parent, name), kind: "enum", closed, file: this.info.index, nextExt: undefined });
  }

  /** An `extend` of a visible (or own) message with an extension range. */
  private extend(ind: string, parent: string, scope: Scope): void {
    if (this.proto3) return;
    const targets = [...this.visible, ...this.info.types].filter((t) => t.nextExt !== undefined && t.nextExt < 1990);
    if (!targets.length) return;
    const t = pick(targets);
    const right = ["FIELD_LOWER_SNAKE_CASE", "COMMENT_FIELD"];
    this.push(...leading(ind, right, 0.3), `${ind}extend .${t.full} {`);
    const n = int(1, 2);
    for (let k = 0; k < n; k++) {
      const name = scope.fresh(() => styled(words(), "snake"));
      const label = this.proto2 ? (chance(0.2) ? "repeated " : "optional ") : chance(0.2) ? "repeated " : "";
      this.push(...leading(`${ind}  `, right, 0.4), `${ind}  ${label}${this.fieldType().text} ${name} = ${t.nextExt!++};${trailing(right)}`);
    }
    this.push(`${ind}}`);
  }

  /** Custom options (extensions of descriptor.proto messages), which other files may set. */
  private optionExtensions(parent: string): void {
    const target = pick(["FieldOptions", "MessageOptions"] as const);
    const name = this.pkgInfo.scope.fresh(() => styled(["opt", ...words(1)], "snake", 0.8));
    const label = this.proto2 ? "optional " : "";
    this.push(...leading("", ["FIELD_LOWER_SNAKE_CASE", "COMMENT_FIELD"], 0.3), `extend google.protobuf.${target} {`, `  ${label}int32 ${name} = ${optionNumber++};`, "}");
    this.info.optionExts.push({ full: this.full(parent, name), file: this.info.index, target });
  }

  private service(parent: string): void {
    const base = words(int(1, 2));
    const name = this.pkgInfo.scope.fresh(() => {
      const n = styled(base, "pascal", 0.7);
      return pick([`${n}Service`, `${n}Service`, n, `${n}API`, `${n}_service`]);
    });
    const right = ["SERVICE_PASCAL_CASE", "SERVICE_SUFFIX", "COMMENT_SERVICE"];
    this.push(...leading("", right), `service ${name} {${trailing(right)}`);
    if (chance(0.1)) this.push("  option deprecated = true;");
    const rpcs = new Scope();
    const n = int(1, 4);
    const shared: string[] = [];
    const later: (() => void)[] = [];
    for (let k = 0; k < n; k++) {
      const rpc = rpcs.fresh(() => styled([pick(["get", "list", "create", "delete", "update", "watch"]), ...words(int(0, 1))], "pascal", 0.7));
      const side = (suffix: string): string => {
        const r = rnd();
        if (r < 0.65 && r >= 0.5 && this.emptyUsable) return "google.protobuf.Empty";
        if (r < 0.8 && r >= 0.65 && shared.length) return `.${pick(shared)}`;
        const msgs = [...this.visible, ...this.info.types].filter((t) => t.kind === "message");
        if (r >= 0.8 && msgs.length) return `.${pick(msgs).full}`;
        // a message of the standard name (or a near miss), declared at the end of the file
        const std = pick([`${rpc}${suffix}`, `${rpc}${suffix}`, `${name}${rpc}${suffix}`, `${rpc}${suffix.toLowerCase()}`, `${rpc}Req`]);
        const msg = this.pkgInfo.scope.fresh(() => std);
        const full = this.full(parent, msg);
        later.push(() => this.message("", parent, this.pkgInfo.scope, 1, msg));
        shared.push(full);
        return `.${full}`;
      };
      const req = side("Request");
      const res = chance(0.15) ? req : side("Response");
      const rightR = ["RPC_PASCAL_CASE", "RPC_REQUEST_STANDARD_NAME", "RPC_RESPONSE_STANDARD_NAME", "RPC_REQUEST_RESPONSE_UNIQUE", "RPC_NO_CLIENT_STREAMING", "RPC_NO_SERVER_STREAMING", "COMMENT_RPC"];
      const head = `  rpc ${rpc}(${chance(0.15) ? "stream " : ""}${req}) returns (${chance(0.15) ? "stream " : ""}${res})`;
      this.push(...leading("  ", rightR));
      if (chance(0.2)) this.push(`${head} {${trailing(rightR)}`, `    option deprecated = true;`, "  }");
      else this.push(`${head};${trailing(rightR)}`);
    }
    this.push("}", "");
    later.forEach((f) => f());
  }
}

/** File options, per package: usually the package's own values, sometimes a different one or none. */
function fileOptions(pkg: string, info: PackageInfo, syntax: Syntax): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(info.options)) {
    const r = rnd();
    if (r < 0.7) out.push(`option ${key} = ${value};`);
    else if (r < 0.85) out.push(`option ${key} = ${key === "java_multiple_files" ? (value === "true" ? "false" : "true") : `"${pkg.replaceAll(".", "_")}_other"`};`);
  }
  if (syntax === "2023" && chance(0.2)) out.push(`option features.field_presence = ${pick(["EXPLICIT", "IMPLICIT"])};`);
  if (chance(0.05)) out.push("option deprecated = true;");
  return out;
}

function packageOptions(pkg: string): Record<string, string> {
  const opts: Record<string, string> = {};
  const parts = pkg ? pkg.split(".") : ["root"];
  if (chance(0.6)) opts["java_package"] = `"com.${parts.join(".").toLowerCase()}"`;
  if (chance(0.4)) opts["java_multiple_files"] = pick(["true", "false"]);
  if (chance(0.3)) opts["java_outer_classname"] = `"${parts.map(cap).join("")}Proto"`;
  if (chance(0.6)) opts["go_package"] = `"${pick([`github.com/acme/apis/${parts.join("/")}`, `example.com/${parts.at(-1)}`, `github.com/acme/apis/${parts.join("/")};${parts.join("")}`])}"`;
  if (chance(0.4)) opts["csharp_namespace"] = `"${parts.map(cap).join(".")}"`;
  if (chance(0.3)) opts["php_namespace"] = `"${parts.map(cap).join("\\\\")}"`;
  if (chance(0.3)) opts["ruby_package"] = `"${parts.map(cap).join("::")}"`;
  if (chance(0.3)) opts["swift_prefix"] = `"${parts.map((p) => p.charAt(0).toUpperCase()).join("")}"`;
  if (chance(0.2)) opts["objc_class_prefix"] = `"${parts.map((p) => p.charAt(0).toUpperCase()).join("")}X"`;
  return opts;
}

/** The directory of a file in `pkg`: its package path most of the time, else a shared or odd one. */
function directoryFor(pkg: string, used: readonly string[]): string {
  const r = rnd();
  if (r < 0.6) return pkg.replaceAll(".", "/");
  if (r < 0.8 && used.length) return pick(used);
  return pick(["", "misc", "protos/acme", "acme/weather", "acme/weather/v1", "acme/v1", "v1", "foo/v1"]);
}

function fileName(): string {
  const w = words(int(1, 2));
  return `${pick([w.join("_"), w.join("_"), w.join("-"), w.map(cap).join(""), w[0]! + w.slice(1).map(cap).join(""), `${w.join("_")}.v1`, `${w.join("_")}_2`, `${w.join("_")}_`])}.proto`;
}

interface Module {
  readonly paths: string[];
  readonly dirs: string[];
  readonly sources: Map<string, string>;
}

function genModule(): Module {
  optionNumber = 50000;
  const count = int(20, 40);
  const pkgs = shuffled(PACKAGES).slice(0, int(5, 8));
  const pkgInfo = new Map<string, PackageInfo>(pkgs.map((p) => [p, { scope: new Scope(), options: packageOptions(p) }]));
  const files: FileInfo[] = [];
  const sources = new Map<string, string>();
  const dirs: string[] = [];
  for (let i = 0; i < count; i++) {
    const pkg = pick(pkgs);
    const dir = directoryFor(pkg, dirs);
    if (!dirs.includes(dir)) dirs.push(dir);
    let path = "";
    while (path === "" || sources.has(path) || [...sources.keys()].some((p) => p.toLowerCase() === path.toLowerCase())) path = dir ? `${dir}/${fileName()}` : fileName();
    const syntax = pick<Syntax>(["proto3", "proto3", "proto3", "proto2", "proto2", "2023", "none"]);
    const imports: FileInfo["imports"] = [];
    for (let k = Math.min(i, pick([0, 1, 1, 2, 3])); k > 0; k--) {
      // a file only imports earlier ones (no file cycles), but packages may still import each other both ways
      const j = int(0, i - 1);
      if (imports.some((x) => x.index === j)) continue;
      imports.push({ index: j, kind: chance(0.15) ? "public " : chance(0.05) ? "weak " : "" });
    }
    const info: FileInfo = { index: i, path, pkg, syntax, types: [], optionExts: [], imports };
    files.push(info);
    const importLines = imports.map((d) => `import ${d.kind}"${files[d.index]!.path}";`);
    const services = chance(0.4) ? int(1, 2) : 0;
    // google.protobuf imports: Empty for RPCs, descriptor.proto for custom options, and now and then an unused one
    const emptyUsable = services > 0 && chance(0.5);
    // (inserted anywhere, the module imports keeping their order: import order decides which one a use is credited to)
    const insert = (line: string) => importLines.splice(int(0, importLines.length), 0, line);
    if (emptyUsable) insert(`import "google/protobuf/empty.proto";`);
    const optionExts = chance(0.25);
    if (optionExts || chance(0.15)) insert(`import "google/protobuf/descriptor.proto";`);
    if (chance(0.1)) insert(`import "google/protobuf/timestamp.proto";`);
    const syntaxLine = syntax === "none" ? "" : syntax === "2023" ? `edition = "2023";` : `syntax = "${syntax}";`;
    const gen = new FileGen(info, pkgInfo.get(pkg)!, files, emptyUsable);
    const text = gen.generate(syntaxLine, importLines, fileOptions(pkg, pkgInfo.get(pkg)!, syntax), services, optionExts);
    sources.set(path, text);
  }
  return { paths: [...sources.keys()], dirs, sources };
}

const CATEGORIES = ["MINIMAL", "BASIC", "STANDARD", "DEFAULT", "COMMENTS", "UNARY_RPC"];

function yamlList(items: readonly string[], ind: string): string {
  return items.map((x) => `\n${ind}- ${JSON.stringify(x)}`).join("");
}

/** A random buf.yaml: version, `use`, `except`, `ignore`, `ignore_only` and the lint options. */
function genConfig(module: Module): string {
  const version: ConfigVersion = chance(0.4) ? "v1" : "v2";
  const known = (id: string) => {
    const rule = BUF_RULES.find((r) => r.id === id);
    return rule !== undefined && rule.categories[version] !== undefined && rule.deprecated !== true;
  };
  const ids = ALL_IDS.filter(known);
  const lines = [`version: ${version}`, "lint:"];
  const use: string[] = [];
  if (!chance(0.25)) {
    for (const c of shuffled(CATEGORIES).slice(0, int(1, 3))) use.push(c);
    for (const id of shuffled(ids).slice(0, int(0, 4))) use.push(id);
    if (!use.some((u) => u !== "UNARY_RPC" && u !== "MINIMAL")) use.push("STANDARD");
    // the uncategorized rules are named alone or not at all
    if (version === "v2" && chance(0.3) && !use.includes("STABLE_PACKAGE_NO_IMPORT_UNSTABLE")) use.push("STABLE_PACKAGE_NO_IMPORT_UNSTABLE");
    if (chance(0.1)) use.push("IMPORT_NO_WEAK");
  }
  if (use.length) lines.push(`  use:${yamlList(use, "    ")}`);
  const except = chance(0.4) ? shuffled(ids).slice(0, int(1, 4)) : [];
  // buf fails ("resultRules was empty") when no rule is left: keep `except` only when some rule stays
  const inUse = (r: (typeof BUF_RULES)[number]) =>
    (use.length ? use : ["STANDARD"]).some((u) => u === r.id || (r.categories[version] ?? []).includes(u === "DEFAULT" ? "STANDARD" : u));
  if (except.length && BUF_RULES.some((r) => inUse(r) && r.deprecated !== true && !except.includes(r.id))) lines.push(`  except:${yamlList(except, "    ")}`);
  const paths = [...module.dirs.filter((d) => d !== ""), ...module.paths];
  if (chance(0.3)) lines.push(`  ignore:${yamlList(shuffled(paths).slice(0, int(1, 2)), "    ")}`);
  if (chance(0.4)) {
    lines.push("  ignore_only:");
    for (const id of shuffled([...ids, ...CATEGORIES.filter((c) => c !== "DEFAULT")]).slice(0, int(1, 3))) lines.push(`    ${id}:${yamlList(shuffled(paths).slice(0, int(1, 2)), "      ")}`);
  }
  if (chance(0.3)) lines.push(`  enum_zero_value_suffix: ${pick(["_NONE", "_UNKNOWN", "_ZERO", "UNSPECIFIED", "_INVALID"])}`);
  if (chance(0.3)) lines.push(`  service_suffix: ${pick(["API", "Svc", "Service", "_service", "Api"])}`);
  for (const key of ["rpc_allow_same_request_response", "rpc_allow_google_protobuf_empty_requests", "rpc_allow_google_protobuf_empty_responses"]) if (chance(0.3)) lines.push(`  ${key}: ${pick(["true", "false"])}`);
  if (chance(0.5)) lines.push(`  ${version === "v1" ? "allow_comment_ignores" : "disallow_comment_ignores"}: ${pick(["true", "false"])}`);
  if (lines.length === 2) lines.pop();
  return lines.join("\n") + "\n";
}

const key = (f: BufFinding) => `${f.path}:${f.start_line}:${f.start_column} ${f.type}`;
const keyEnd = (f: BufFinding) => `${key(f)} -${f.end_line}:${f.end_column}`;

/** The findings of one list that the other lacks, as a multiset difference of `fmt` rows. */
function missingFrom(a: readonly BufFinding[], b: readonly BufFinding[], fmt: (f: BufFinding) => string): string[] {
  const counts = new Map<string, number>();
  for (const f of b) counts.set(fmt(f), (counts.get(fmt(f)) ?? 0) + 1);
  const out: string[] = [];
  for (const f of a) {
    const n = counts.get(fmt(f)) ?? 0;
    if (n > 0) counts.set(fmt(f), n - 1);
    else out.push(fmt(f));
  }
  return out;
}

async function ourLint(dir: string): Promise<BufFinding[]> {
  const out: string[] = [];
  const err: string[] = [];
  await lintCommand([".", "--error-format", "json"], {
    stdout: (c) => void out.push(typeof c === "string" ? c : new TextDecoder().decode(c)),
    stderr: (t) => void err.push(t),
    cwd: dir,
  });
  return out
    .join("")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as BufFinding)
    .filter((f) => BUF_IDS.has(f.type) || f.type === "COMPILE");
}

describe("random modules linted by buf and by protoguard", () => {
  for (const s of SEEDS) {
    test(`seed ${s}`, async () => {
      random.seed(s);
      const root = join(cacheDir, "lint-fuzz", String(s));
      rmSync(root, { recursive: true, force: true });
      const module = genModule();
      const diffs: string[] = [];
      let total = 0;
      for (let c = 0; c < CONFIGS_PER_SEED; c++) {
        const yaml = genConfig(module);
        const dir = join(root, `c${c}`);
        for (const [p, text] of module.sources) {
          mkdirSync(dirname(join(dir, p)), { recursive: true });
          writeFileSync(join(dir, p), text);
        }
        writeFileSync(join(dir, "buf.yaml"), yaml);
        // a config buf refuses (one ignore path inside another, say) must be refused by both
        const refused = (e: unknown) => (e instanceof Error ? e.message.split("\n").find((l) => l.includes("buf.yaml")) ?? e.message : String(e));
        const theirs = await bufLint(dir).catch((e: unknown) => refused(e));
        if (typeof theirs === "string") {
          const ours = await ourLint(dir).then(
            (f) => `accepted (${f.length} findings)`,
            (e: unknown) => `refused: ${refused(e)}`,
          );
          if (!ours.startsWith("refused")) diffs.push(`${dir}: buf refuses the config (${theirs}), protoguard ${ours}`);
          continue;
        }
        expect(theirs.filter((f) => f.type === "COMPILE").map(key), `the generator wrote a module buf rejects (${dir})`).toEqual([]);
        const ours = await ourLint(dir);
        total += theirs.length;
        const missing = missingFrom(theirs, ours, key);
        const extra = missingFrom(ours, theirs, key);
        const ends = missing.length || extra.length ? [] : missingFrom(theirs, ours, keyEnd);
        if (missing.length || extra.length || ends.length) {
          diffs.push(`${dir} (buf ${theirs.length}, ours ${ours.length}):`, ...missing.map((m) => `  only buf:  ${m}`), ...extra.map((m) => `  only ours: ${m}`), ...ends.map((m) => `  end differs: ${m}`));
        }
      }
      expect(diffs, `seed ${s}`).toEqual([]);
      expect(total).toBeGreaterThan(0);
    }, 120_000);
  }
});
