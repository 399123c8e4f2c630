/**
 * Randomized differential test of file *structure*: modules of random but mostly valid files
 * (proto2, proto3, editions 2023 and 2024; packages, imports between the files, nested types,
 * fields of every kind, maps, oneofs, groups, extensions, reserved ranges, defaults, features,
 * enums, services, comments in random places) are built by buf 1.75 and by us. A small share of
 * the files carries one deliberate mistake, so that error paths are compared too. Files buf
 * accepts must give equal descriptors (source info and custom option bytes included); files buf
 * rejects must give the same `line:col:message` errors.
 *
 * Seeds are fixed, so a failure is reproducible; the generated module is kept under
 * .cache/structure-fuzz/<seed>/all/ for inspection (the files buf accepts, and those whose imports it
 * accepts, are copied to <seed>/accepted/ for the descriptor comparison), with our image of those
 * in <seed>/ours.binpb when
 * descriptors differ: `node ../shared/tools/descriptor-diff.mjs <buf image> ours.binpb --file F`.
 *
 * The generator knows the names it declares and resolves the references it writes the way
 * protobuf scopes them, so that most references are valid; where it is wrong, buf reports an
 * error and the error paths are compared instead.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRegistry, equals } from "@bufbuild/protobuf";
import { FileDescriptorProtoSchema } from "@bufbuild/protobuf/wkt";
import { describe, expect, test } from "vitest";
import { formatDiagnostic, sortDiagnostics } from "../../src/compiler/diagnostics.js";
import { bufBin, bufBuild } from "../util/buf.js";
import { cacheDir } from "../util/files.js";
import { comparable, ourBuild, writeImage } from "../util/ours.js";
import { Random, seedList } from "../util/random.js";

/** Fixed seeds; `STRUCTURE_FUZZ_SEEDS=from-to` runs others (for a longer hunt, not for CI). */
const SEEDS = seedList(process.env.STRUCTURE_FUZZ_SEEDS) ?? [11, 12, 13, 14, 15, 16, 17, 18, 19, 20];
const FILES_PER_SEED = 50;
/** Share of files that get one deliberate mistake. */
const INVALID_SHARE = 0.15;

const random = new Random();
const { next: rnd, pick, chance, int } = random;

type Syntax = "proto2" | "proto3" | "2023" | "2024";
const isEditions = (s: Syntax) => s === "2023" || s === "2024";

const SCALARS = ["double", "float", "int32", "int64", "uint32", "uint64", "sint32", "sint64", "fixed32", "fixed64", "sfixed32", "sfixed64", "bool", "string", "bytes"] as const;
const MAP_KEYS = ["int32", "int64", "uint32", "uint64", "sint32", "sint64", "fixed32", "fixed64", "sfixed32", "sfixed64", "bool", "string"] as const;
const PACKABLE = new Set<string>(SCALARS.filter((s) => s !== "string" && s !== "bytes"));

const DEFAULTS: Record<string, readonly string[]> = {
  double: ["1.5", "-2.25", "inf", "-inf", "nan", "1e10", "0.1", "3", "-0.0", "1e-7", "123456789"],
  float: ["1.5", "0.1", "-inf", "nan", "16777217", "1e39", "2.5e-3"],
  int32: ["0", "-5", "0x1F", "017", "2147483647", "-2147483648", "-0x10"],
  int64: ["9223372036854775807", "-9223372036854775808", "42", "-0x8000000000000000"],
  uint32: ["4294967295", "0xFF", "7"],
  uint64: ["18446744073709551615", "0", "0777"],
  sint32: ["-1", "100"],
  sint64: ["-100000000000", "3"],
  fixed32: ["0", "4294967295"],
  fixed64: ["18446744073709551615", "12"],
  sfixed32: ["-2147483648", "9"],
  sfixed64: ["-1", "0x7FFFFFFFFFFFFFFF"],
  bool: ["true", "false"],
  string: ['"hello"', '"a\\nb\\t\\"q\\""', "'single'", '"con" "cat"', '"\\u00e9\\x41\\101"', '""'],
  bytes: ['"\\000\\377abc"', '"\\x01\\x7f"', '""', "'bytes\\n'"],
};

/** Mistakes injected into a file marked invalid; each applies at the first place it fits. */
const MISTAKES = [
  "dup-message", "dup-field-number", "reserved-number", "reserved-name", "json-conflict", "bad-default",
  "wrong-feature", "proto3-required", "map-in-oneof", "unknown-type", "number-zero", "number-band",
  "enum-dup-number", "enum-first-nonzero", "ext-out-of-range", "default-repeated", "group-in-proto3",
  "missing-semicolon", "float-map-key", "empty-oneof", "packed-string", "overlapping-reserved",
  "missing-import", "dup-enum-value-name", "optional-in-editions", "json-name-on-extension",
  "label-in-oneof", "dup-oneof-name", "unknown-option", "bad-enum-default", "utf8-non-string",
  "presence-on-repeated", "implicit-message", "delimited-scalar", "packed-singular", "unused-alias",
] as const;
type Mistake = (typeof MISTAKES)[number];

interface EnumPlan {
  readonly kind: "enum";
  readonly name: string;
  readonly full: string;
  readonly closed: boolean;
  readonly values: { name: string; num: number }[];
  readonly vis: "" | "export " | "local ";
  /** Not referable from other files (an edition 2024 local type). */
  readonly hidden: boolean;
}
interface MessagePlan {
  readonly kind: "message";
  readonly name: string;
  readonly full: string;
  readonly children: (MessagePlan | EnumPlan)[];
  /** `extensions` range as [start, end] (inclusive), if any. */
  readonly extRange: [number, number] | undefined;
  readonly vis: "" | "export " | "local ";
  readonly hidden: boolean;
  readonly file: number;
  /** Fields named like package components, which references written inside must look past. */
  readonly shadows: string[];
}
type TypePlan = MessagePlan | EnumPlan;

interface FileInfo {
  readonly index: number;
  readonly path: string;
  readonly syntax: Syntax;
  readonly pkg: string;
  readonly types: TypePlan[];
  /** Indexes of the files this one imports directly, with their kind. */
  readonly imports: { index: number; kind: "" | "public " | "weak " }[];
  readonly invalid: Mistake | undefined;
  /** Editions file-level features that change what is valid below. */
  readonly implicitPresence: boolean;
  readonly closedEnums: boolean;
  readonly legacyJson: boolean;
  /** Edition 2024 `default_symbol_visibility`. */
  readonly visibility: Visibility;
  /** Custom options this file declares (extensions of the options messages), for later files. */
  readonly optionExts: OptionExt[];
}

interface OptionExt {
  /** Full name, without a leading dot. */
  readonly full: string;
  readonly target: "FieldOptions" | "MessageOptions" | "FileOptions";
  readonly type: string;
}

const OPTION_VALUES: Record<string, readonly string[]> = {
  int32: ["5", "-3", "0x10"],
  string: ['"opt"', "'q'"],
  bool: ["true", "false"],
  uint64: ["7", "18446744073709551615"],
};

/** Extension numbers already taken per extendee, across the module. */
let extNumbers: Map<string, Set<number>>;
let uid = 0;

function allTypes(types: readonly TypePlan[]): TypePlan[] {
  const out: TypePlan[] = [];
  const walk = (t: TypePlan) => {
    out.push(t);
    if (t.kind === "message") t.children.forEach(walk);
  };
  types.forEach(walk);
  return out;
}

const upper = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();

type Visibility = "EXPORT_TOP_LEVEL" | "EXPORT_ALL" | "LOCAL_ALL";

/** Top-level message names planned so far in the current file, reused now and then for nested types. */
let topNames: string[] = [];

function planTypes(file: number, syntax: Syntax, scope: string, depth: number, top: boolean, closedEnums: boolean, visibility: Visibility): TypePlan[] {
  const out: TypePlan[] = [];
  const taken = new Set<string>();
  const n = top ? int(2, 5) : depth > 3 ? 0 : pick([0, 0, 1, 1, 2, 3]);
  for (let k = 0; k < n; k++) {
    const id = ++uid;
    let vis: "" | "export " | "local " = "";
    if (syntax === "2024" && chance(0.35)) vis = chance(0.5) ? "export " : "local ";
    const hidden = syntax === "2024" && (vis === "local " || (vis === "" && (visibility === "LOCAL_ALL" || (visibility === "EXPORT_TOP_LEVEL" && !top))));
    if (chance(0.3)) {
      const name = `En${id}`;
      const closed = syntax === "proto2" || (isEditions(syntax) && (closedEnums ? !chance(0.2) : chance(0.2)));
      const values: { name: string; num: number }[] = [];
      const count = int(1, 5);
      let num = closed && chance(0.4) ? int(-3, 5) : 0;
      for (let v = 0; v < count; v++) {
        values.push({ name: `${upper(name)}_V${v}`, num });
        num += chance(0.2) ? -int(5, 9) : int(1, 3);
      }
      out.push({ kind: "enum", name, full: `${scope}${name}`, closed, values, vis, hidden });
    } else {
      // a nested type may shadow a top-level one: references must then be written to get past it
      let name = top ? `Msg${id}` : pick(["Inner", "Node", "Leaf", "Item"]) + id;
      if (!top && topNames.length && chance(0.15)) name = pick(topNames);
      if (taken.has(name)) continue;
      taken.add(name);
      if (top) topNames.push(name);
      const full = `${scope}${name}`;
      const shadows = chance(0.15) ? [pick(["alpha", "beta", "gamma", "zeta", "v1", "solo", "other", "inner"])] : [];
      const extRange: [number, number] | undefined = syntax !== "proto3" && chance(0.35) ? [int(100, 200), 0] : undefined;
      if (extRange) extRange[1] = chance(0.2) ? 536870911 : extRange[0] + int(0, 200);
      out.push({ kind: "message", name, full, children: planTypes(file, syntax, `${full}.`, depth + 1, false, closedEnums, visibility), extRange, vis, hidden, file, shadows });
    }
  }
  return out;
}

const isType = (kind: string) => kind === "message" || kind === "enum";

/**
 * Resolves a type reference from `scope` (a full name, "" for the root) as buf does: another
 * file's edition 2024 `local` type ("local" in `syms`) is passed over below the root.
 */
function resolve(ref: string, scope: string, syms: ReadonlyMap<string, string>, simple: (kind: string) => boolean = isType): string | undefined {
  if (ref.startsWith(".")) return syms.has(ref.slice(1)) ? ref.slice(1) : undefined;
  const first = ref.split(".")[0]!;
  let s = scope;
  for (;;) {
    const cand = s ? `${s}.${first}` : first;
    let kind = syms.get(cand);
    if (kind === "local" && s !== "") kind = undefined;
    // a simple name needs a type, a dotted one something to look inside; anything else is passed over
    if (kind !== undefined && (ref === first ? simple(kind) : kind === "message" || kind === "package")) {
      const full = s ? `${s}.${ref}` : ref;
      return syms.has(full) ? full : undefined;
    }
    if (s === "") return undefined;
    s = s.includes(".") ? s.slice(0, s.lastIndexOf(".")) : "";
  }
}

class FileGen {
  readonly out: string[] = [];
  private mistake: Mistake | undefined;
  /** Symbols visible to this file (full name → kind), for resolving references. */
  readonly syms = new Map<string, string>();
  /** Referable types: own ones, then those of visible files. */
  readonly targets: TypePlan[] = [];
  private json = new Set<string>();
  /** Custom options usable here: those of visible files and those this file declared so far. */
  private readonly optionExts: OptionExt[] = [];

  constructor(
    readonly info: FileInfo,
    readonly visible: readonly FileInfo[],
  ) {
    this.mistake = info.invalid;
    const addPkg = (pkg: string) => {
      const parts = pkg.split(".");
      for (let i = 1; i <= parts.length; i++) this.syms.set(parts.slice(0, i).join("."), "package");
    };
    if (info.pkg) addPkg(info.pkg);
    for (const f of visible) {
      this.optionExts.push(...f.optionExts);
      for (const e of f.optionExts) this.syms.set(e.full, "extension");
    }
    for (const f of [info, ...visible]) {
      if (f.pkg) addPkg(f.pkg);
      for (const t of allTypes(f.types)) {
        this.syms.set(t.full, f !== info && t.vis === "local " ? "local" : t.kind);
        if (t.kind === "enum") {
          const parent = t.full.includes(".") ? t.full.slice(0, t.full.lastIndexOf(".") + 1) : "";
          for (const v of t.values) this.syms.set(parent + v.name, "value");
        }
        if (f === info || !t.hidden) this.targets.push(t);
        if (t.kind === "message") for (const sh of t.shadows) this.syms.set(`${t.full}.${sh}`, "field");
      }
    }
  }

  /** True once: whether to make the deliberate mistake `m` here. */
  private take(m: Mistake, where = true): boolean {
    if (this.mistake !== m || !where) return false;
    this.mistake = undefined;
    return true;
  }

  private get syntax(): Syntax {
    return this.info.syntax;
  }

  private comment(indent: string): string {
    const r = rnd();
    if (r < 0.7) return "";
    return indent + pick([
      "// leading\n",
      "/* block leading */\n",
      "// one\n// two\n",
      "// detached\n\n",
      "/*\n * multi-line\n * block\n */\n",
      "// detached\n\n// leading after detached\n",
    ]);
  }

  private trailing(): string {
    return chance(0.15) ? pick([" // trailing", " /* trailing block */", " //"]) : "";
  }

  private line(indent: string, text: string): void {
    this.out.push(this.comment(indent) + indent + text + this.trailing());
  }

  /** A reference to `t` from `scope`, in a random resolvable form. */
  private ref(t: TypePlan, scope: string): string {
    const parts = t.full.split(".");
    const cands: string[] = [];
    for (let i = parts.length - 1; i >= 0; i--) {
      const c = parts.slice(i).join(".");
      if (resolve(c, scope, this.syms) === t.full) cands.push(c);
    }
    cands.push(`.${t.full}`);
    return chance(0.5) ? cands[0]! : pick(cands);
  }

  private fieldTypes(scope: string): { text: string; t: TypePlan | undefined; scalar: string | undefined } {
    const r = rnd();
    if (r < 0.55 || this.targets.length === 0) {
      const s = pick(SCALARS);
      return { text: s, t: undefined, scalar: s };
    }
    const candidates = this.targets.filter((t) => this.enumFits(t));
    if (candidates.length === 0) return { text: "string", t: undefined, scalar: "string" };
    const t = pick(candidates);
    return { text: this.ref(t, scope), t, scalar: undefined };
  }

  /** proto3 messages accept only open enums. */
  private enumFits(t: TypePlan): boolean {
    return t.kind !== "enum" || !t.closed || this.syntax !== "proto3";
  }

  private defaultFor(scalar: string | undefined, t: TypePlan | undefined): string | undefined {
    if (t?.kind === "enum") return t.values[int(0, t.values.length - 1)]!.name;
    if (scalar) return pick(DEFAULTS[scalar]!);
    return undefined;
  }

  private jsonNameOf(name: string): string {
    return name.replace(/_([a-z]?)/g, (_, c: string) => c.toUpperCase());
  }

  /** One field declaration (no label handling for maps/groups here). */
  private field(indent: string, scope: string, num: number, inOneof: boolean): void {
    const id = ++uid;
    const syn = this.syntax;
    const r = rnd();
    // maps
    if (!inOneof && r < 0.12) {
      const key = pick(MAP_KEYS);
      const v = this.fieldTypes(scope);
      // closed enums are refused as map values outside proto2 (link-errors/closed-map-value covers it): draw again
      if (v.t?.kind === "enum" && v.t.closed) return this.field(indent, scope, num, inOneof);
      const name = `map${id}_field`;
      const opts: string[] = [];
      const stringy = key === "string" || v.scalar === "string";
      if (isEditions(syn) && chance(0.2)) opts.push(stringy && chance(0.5) ? "features.utf8_validation = NONE" : "deprecated = true");
      this.json.add(this.jsonNameOf(name));
      this.line(indent, `map<${this.take("float-map-key") ? "float" : key}, ${v.text}> ${name} = ${num}${opts.length ? ` [${opts.join(", ")}]` : ""};`);
      return;
    }
    if (this.take("map-in-oneof", inOneof)) {
      this.line(indent, `map<string, int32> bad_map = ${num};`);
      return;
    }
    // groups (proto2)
    if (syn === "proto2" && r < 0.18) {
      const label = inOneof ? "" : pick(["optional ", "repeated ", "required "]);
      const gname = `Grp${id}`;
      this.line(indent, `${label}group ${gname} = ${num} {`);
      this.out.push(`${indent}  optional int32 g${id}_value = 1;`);
      if (chance(0.4)) this.out.push(`${indent}  repeated string g${id}_names = 2;`);
      this.out.push(`${indent}}`);
      this.json.add(`grp${id}`);
      return;
    }
    if (this.take("group-in-proto3", syn === "proto3")) {
      this.line(indent, `group Bad${id} = ${num} { int32 a = 1; }`);
      return;
    }
    const { text, t, scalar } = this.fieldTypes(scope);
    const repeated = !inOneof && chance(0.2);
    let label = "";
    let explicit = true;
    if (inOneof) {
      if (this.take("label-in-oneof")) label = "optional ";
    } else if (repeated) label = "repeated ";
    else if (syn === "proto2") label = chance(0.15) ? "required " : chance(0.8) ? "optional " : "";
    else if (syn === "proto3") {
      if (this.take("proto3-required")) label = "required ";
      else if (chance(0.3)) label = "optional ";
      else explicit = t?.kind === "message";
    } else {
      if (this.take("optional-in-editions")) label = "optional ";
      explicit = !this.info.implicitPresence || t?.kind === "message";
    }
    if (syn === "proto2" && label === "" && !inOneof) label = "optional ";
    const name = `f${id}_${scalar ?? (t?.kind === "enum" ? "enum" : "msg")}`;
    const opts: string[] = [];
    if (isEditions(syn) && !inOneof && !repeated) {
      const f = rnd();
      if (f < 0.08 && t?.kind !== "message") {
        opts.push("features.field_presence = IMPLICIT");
        explicit = false;
      } else if (f < 0.16 && t?.kind !== "message") {
        opts.push("features.field_presence = EXPLICIT");
        explicit = true;
      } else if (f < 0.2) {
        opts.push("features.field_presence = LEGACY_REQUIRED");
        explicit = true;
      }
    }
    if (isEditions(syn) && t?.kind === "message" && chance(0.25)) opts.push("features.message_encoding = DELIMITED");
    if (isEditions(syn) && scalar === "string" && chance(0.2)) opts.push(`features.utf8_validation = ${pick(["NONE", "VERIFY"])}`);
    if (repeated && scalar && PACKABLE.has(scalar) && chance(0.4)) {
      opts.push(isEditions(syn) ? `features.repeated_field_encoding = ${pick(["PACKED", "EXPANDED"])}` : `packed = ${pick(["true", "false"])}`);
    }
    if (this.take("packed-string")) opts.push("packed = true");
    if (chance(0.1)) opts.push(`deprecated = ${pick(["true", "false"])}`);
    const custom = this.customOption("FieldOptions", scope);
    if (custom) opts.push(custom);
    // closed enums are refused in implicit-presence fields (covered by link-errors fixtures): draw again
    if (t?.kind === "enum" && t.closed && !explicit && isEditions(syn)) return this.field(indent, scope, num, inOneof);
    const canDefault = !repeated && t?.kind !== "message" && syn !== "proto3" && explicit;
    if (canDefault && chance(0.3)) {
      if (this.take("bad-default")) opts.push(`default = ${scalar === "string" || scalar === "bytes" ? "1" : '"x"'}`);
      else if (this.take("bad-enum-default", t?.kind === "enum")) opts.push("default = NOT_A_VALUE");
      else opts.push(`default = ${this.defaultFor(scalar, t)}`);
    }
    if (this.take("default-repeated", repeated && !!scalar)) opts.push(`default = ${this.defaultFor(scalar, t)}`);
    let json = this.jsonNameOf(name);
    if (chance(0.08)) {
      json = `custom${id}`;
      opts.push(`json_name = "${json}"`);
    } else if (this.take("json-conflict", this.json.size > 0)) {
      json = [...this.json][0]!;
      opts.push(`json_name = "${json}"`);
    }
    this.json.add(json);
    if (this.take("unknown-option")) opts.push("no_such_option = 1");
    if (this.take("utf8-non-string", isEditions(syn) && scalar !== "string")) opts.push("features.utf8_validation = NONE");
    if (this.take("presence-on-repeated", isEditions(syn) && repeated)) opts.push("features.field_presence = EXPLICIT");
    if (this.take("implicit-message", isEditions(syn) && t?.kind === "message")) opts.push("features.field_presence = IMPLICIT");
    if (this.take("delimited-scalar", isEditions(syn) && t?.kind !== "message")) opts.push("features.message_encoding = DELIMITED");
    if (this.take("packed-singular", !repeated && t?.kind !== "message")) opts.push(isEditions(syn) ? "features.repeated_field_encoding = PACKED" : "packed = true");
    const typeText = this.take("unknown-type") ? "NoSuchType" : text;
    if (this.take("wrong-feature", !isEditions(syn))) opts.push("features.field_presence = IMPLICIT");
    // now and then a declaration broken over lines, or with comments between its tokens
    const optText = opts.length ? (chance(0.15) ? ` [\n${indent}    ${opts.join(`,\n${indent}    `)}\n${indent}  ]` : ` [${opts.join(", ")}]`) : "";
    const gap = () => (chance(0.05) ? pick([" /* c */ ", "\n" + indent + "    ", " // c\n" + indent + "    "]) : " ");
    this.line(indent, `${label}${typeText}${gap()}${name}${gap()}=${gap()}${num}${optText};`);
  }

  private message(m: MessagePlan, indent: string): void {
    const syn = this.syntax;
    const inner = indent + "  ";
    this.line(indent, `${m.vis}message ${m.name} {`);
    if (isEditions(syn) && chance(0.2)) this.line(inner, `option features.json_format = ${pick(["ALLOW", "LEGACY_BEST_EFFORT"])};`);
    if (chance(0.1)) this.line(inner, "option deprecated = true;");
    const custom = this.customOption("MessageOptions", m.full);
    if (custom) this.line(inner, `option ${custom};`);
    if (this.take("wrong-feature", isEditions(syn) && chance(0.5))) this.line(inner, "option features.message_encoding = DELIMITED;");
    // reserved numbers / names
    const reservedLo = int(60, 70);
    const reservedNames: string[] = [];
    if (chance(0.35)) {
      const parts = [String(reservedLo), `${reservedLo + 2} to ${reservedLo + int(3, 9)}`];
      if (!m.extRange && chance(0.3)) parts.push(`${int(1000, 2000)} to max`);
      if (this.take("overlapping-reserved")) parts.push(`${reservedLo} to ${reservedLo + 1}`);
      this.line(inner, `reserved ${parts.join(", ")};`);
    }
    if (chance(0.25)) {
      reservedNames.push(`old${++uid}`, `gone${uid}`);
      const q = isEditions(syn) ? (n: string) => n : (n: string) => `"${n}"`;
      this.line(inner, `reserved ${reservedNames.map(q).join(", ")};`);
    }
    if (m.extRange) {
      const [a, b] = m.extRange;
      const opts = chance(0.3) ? ` [${isEditions(syn) && chance(0.5) ? "features.field_presence = EXPLICIT" : "verification = UNVERIFIED"}]` : "";
      const second = chance(0.3) ? `, ${a - int(5, 15)}` : "";
      this.line(inner, `extensions ${a}${b === a ? "" : ` to ${b === 536870911 && chance(0.5) ? "max" : b}`}${second}${opts};`);
    }
    // fields, with nested types, oneofs and extends interleaved
    const children = [...m.children];
    let num = 1;
    const nextNum = () => {
      num += chance(0.2) ? int(2, 5) : 1;
      if (num >= reservedLo && num <= reservedLo + 12) num = reservedLo + 13;
      return num;
    };
    for (const sh of m.shadows) {
      this.json.add(sh);
      this.line(inner, `${syn === "proto2" ? "optional " : ""}int32 ${sh} = ${nextNum()};`);
    }
    const count = int(1, 7);
    const usedNums: number[] = [];
    for (let k = 0; k < count; k++) {
      const r = rnd();
      if (children.length && r < 0.25) {
        this.typeDecl(children.shift()!, inner);
        continue;
      }
      if (r < 0.35) {
        const oname = `choice${++uid}`;
        this.line(inner, `oneof ${oname} {`);
        const nf = this.take("empty-oneof") ? 0 : pick([1, 1, 2, 3]);
        for (let j = 0; j < nf; j++) {
          const n = nextNum();
          usedNums.push(n);
          this.field(inner + "  ", m.full, n, true);
        }
        this.out.push(`${inner}}`);
        if (this.take("dup-oneof-name")) this.out.push(`${inner}oneof ${oname} { int32 dup${uid} = ${nextNum()}; }`);
        continue;
      }
      if (r < 0.42) {
        this.extend(inner, m.full);
        continue;
      }
      const n = nextNum();
      usedNums.push(n);
      this.field(inner, m.full, n, false);
    }
    children.forEach((c) => this.typeDecl(c, inner));
    if (this.take("dup-field-number", usedNums.length > 0)) this.line(inner, `int32 dupnum${++uid} = ${usedNums[0]};`.replace(/^/, syn === "proto2" ? "optional " : ""));
    if (this.take("reserved-number")) this.line(inner, `${syn === "proto2" ? "optional " : ""}int32 inres${++uid} = 1; reserved 1;`);
    if (this.take("reserved-name", reservedNames.length > 0)) this.line(inner, `${syn === "proto2" ? "optional " : ""}int32 ${reservedNames[0]} = ${nextNum()};`);
    if (this.take("number-zero")) this.line(inner, `${syn === "proto2" ? "optional " : ""}int32 zero${++uid} = 0;`);
    if (this.take("number-band")) this.line(inner, `${syn === "proto2" ? "optional " : ""}int32 band${++uid} = 19001;`);
    if (this.take("missing-semicolon")) this.out.push(`${inner}int32 nosemi${++uid} = ${nextNum()}`);
    if (this.take("dup-message")) this.line(inner, `message ${m.name}Dup {} message ${m.name}Dup {}`);
    this.out.push(`${indent}}`);
  }

  private enumDecl(e: EnumPlan, indent: string): void {
    const inner = indent + "  ";
    const syn = this.syntax;
    this.line(indent, `${e.vis}enum ${e.name} {`);
    const nums = e.values.map((v) => v.num);
    if (chance(0.15)) {
      // an alias: a second name for an existing number
      const v = pick(e.values);
      e.values.push({ name: `${upper(e.name)}_ALIAS${e.values.length}`, num: v.num });
      nums.push(v.num);
    }
    const alias = new Set(nums).size !== nums.length;
    if (alias || this.take("unused-alias")) this.line(inner, "option allow_alias = true;");
    if (isEditions(syn) && e.closed !== this.info.closedEnums) this.line(inner, `option features.enum_type = ${e.closed ? "CLOSED" : "OPEN"};`);
    if (isEditions(syn) && chance(0.1)) this.line(inner, `option features.json_format = ${pick(["ALLOW", "LEGACY_BEST_EFFORT"])};`);
    const reserved = chance(0.3);
    let first = true;
    for (const v of e.values) {
      const num = first && this.take("enum-first-nonzero", !e.closed) ? 7 : v.num;
      first = false;
      const opt = chance(0.1) ? " [deprecated = true]" : "";
      this.line(inner, `${v.name} = ${num}${opt};`);
    }
    if (this.take("enum-dup-number", !alias)) this.line(inner, `${upper(e.name)}_DUP = ${e.values[0]!.num};`);
    if (this.take("dup-enum-value-name")) this.line(inner, `${e.values[0]!.name} = 1000;`);
    if (reserved) {
      const parts = [`${500} to ${510}`, "-100", chance(0.3) ? "600 to max" : "520"];
      this.line(inner, `reserved ${parts.join(", ")};`);
      if (chance(0.5)) this.line(inner, `reserved ${isEditions(syn) ? "OLD_VALUE" : '"OLD_VALUE"'};`);
    }
    this.out.push(`${indent}}`);
  }

  private typeDecl(t: TypePlan, indent: string): void {
    if (t.kind === "message") this.message(t, indent);
    else this.enumDecl(t, indent);
  }

  /** An `extend` block of a visible message with an extension range, or of an options message. */
  private extend(indent: string, scope: string): void {
    const syn = this.syntax;
    const candidates = this.targets.filter((t): t is MessagePlan => t.kind === "message" && t.extRange !== undefined);
    const inner = indent + "  ";
    if (syn === "proto3" || candidates.length === 0 || chance(0.3)) {
      if (!this.info.imports.some((i) => i.index === -1)) return;
      const target = pick(["google.protobuf.FieldOptions", "google.protobuf.MessageOptions", "google.protobuf.FileOptions"] as const);
      const set = extNumbers.get(target) ?? extNumbers.set(target, new Set()).get(target)!;
      let n = int(50000, 59999);
      while (set.has(n)) n++;
      set.add(n);
      this.line(indent, `extend ${chance(0.5) ? "." : ""}${target} {`);
      const label = syn === "proto2" ? "optional " : "";
      const type = pick(["int32", "string", "bool", "uint64"]);
      const name = `ext${++uid}_opt`;
      this.line(inner, `${label}${type} ${name} = ${n};`);
      const ext: OptionExt = { full: scope ? `${scope}.${name}` : name, target: target.slice("google.protobuf.".length) as OptionExt["target"], type };
      this.info.optionExts.push(ext);
      this.optionExts.push(ext);
      this.syms.set(ext.full, "extension");
      this.out.push(`${indent}}`);
      return;
    }
    const target = pick(candidates);
    const set = extNumbers.get(target.full) ?? extNumbers.set(target.full, new Set()).get(target.full)!;
    const start = this.out.length;
    this.line(indent, `extend ${this.ref(target, scope)} {`);
    const jsonName = this.take("json-name-on-extension");
    let count = 0;
    for (let j = jsonName ? 1 : int(1, 3); j > 0; j--) {
      const [lo, hi] = target.extRange!;
      let n = this.take("ext-out-of-range") ? lo - 1 : int(lo, Math.min(hi, lo + 50));
      while (set.has(n) && n < hi) n++;
      if (set.has(n)) break;
      set.add(n);
      const id = ++uid;
      count++;
      if (syn === "proto2" && chance(0.2) && !jsonName) {
        this.line(inner, `${pick(["optional", "repeated"])} group Ext${id} = ${n} { optional string x${id} = 1; }`);
        continue;
      }
      const { text, t, scalar } = this.fieldTypes(scope);
      const label = syn === "proto2" ? pick(["optional ", "repeated "]) : chance(0.2) ? "repeated " : "";
      // a singular extension inherits the file's implicit presence, which closed enums refuse
      if (t?.kind === "enum" && t.closed && label === "" && this.info.implicitPresence) {
        set.delete(n);
        count--;
        continue;
      }
      const opts: string[] = [];
      if (jsonName) opts.push(`json_name = "j${id}"`);
      if (syn === "proto2" && label === "optional " && chance(0.3)) {
        const d = this.defaultFor(scalar, t);
        if (d !== undefined) opts.push(`default = ${d}`);
      }
      this.line(inner, `${label}${text} ext${id}_${scalar ?? "t"} = ${n}${opts.length ? ` [${opts.join(", ")}]` : ""};`);
    }
    // an empty `extend` is an error: leave the block out when no number was left
    if (count === 0) this.out.length = start;
    else this.out.push(`${indent}}`);
  }

  /** Now and then a custom option of `target` as `(name) = value`, written by a random resolvable name. */
  private customOption(target: OptionExt["target"], scope: string): string | undefined {
    const exts = this.optionExts.filter((e) => e.target === target);
    if (exts.length === 0 || !chance(0.2)) return undefined;
    const e = pick(exts);
    const parts = e.full.split(".");
    const cands = [`.${e.full}`];
    for (let i = 0; i < parts.length; i++) {
      const c = parts.slice(i).join(".");
      if (resolve(c, scope, this.syms, (k) => k === "extension") === e.full) cands.push(c);
    }
    return `(${pick(cands)}) = ${pick(OPTION_VALUES[e.type]!)}`;
  }

  private service(indent: string): void {
    const msgs = this.targets.filter((t) => t.kind === "message");
    if (msgs.length === 0) return;
    const id = ++uid;
    this.line(indent, `service Svc${id} {`);
    const inner = indent + "  ";
    if (chance(0.2)) this.line(inner, "option deprecated = true;");
    const scope = this.info.pkg ? `${this.info.pkg}.Svc${id}` : `Svc${id}`;
    for (let k = int(0, 3); k > 0; k--) {
      const req = this.ref(pick(msgs), scope);
      const res = this.ref(pick(msgs), scope);
      const body = pick([";", " {}", " { option deprecated = true; }", " { option idempotency_level = NO_SIDE_EFFECTS; }", " { ; }"]);
      this.line(inner, `rpc Do${++uid}(${chance(0.3) ? "stream " : ""}${req}) returns (${chance(0.3) ? "stream " : ""}${res})${body}`);
    }
    this.out.push(`${indent}}`);
  }

  generate(files: readonly FileInfo[]): string {
    const info = this.info;
    const syn = info.syntax;
    const head: string[] = [];
    head.push(this.comment(""));
    // now and then no syntax statement: proto2 by default
    if (syn !== "proto2" || !chance(0.1)) head.push(isEditions(syn) ? `edition = "${syn}";` : `syntax = "${syn}";`);
    this.out.push(head.join("") || "");
    if (info.pkg) this.line("", `package ${info.pkg};`);
    for (const imp of info.imports) {
      if (imp.index === -1) this.line("", `import "google/protobuf/descriptor.proto";`);
      else this.line("", `import ${imp.kind}"${files[imp.index]!.path}";`);
    }
    if (this.take("missing-import")) this.line("", `import "no/such/file.proto";`);
    if (syn === "2024" && chance(0.3)) this.line("", `import option "google/protobuf/cpp_features.proto";`);
    if (chance(0.3)) this.line("", `option java_package = "com.example.f${info.index}";`);
    const custom = this.customOption("FileOptions", info.pkg);
    if (custom) this.line("", `option ${custom};`);
    if (isEditions(syn)) {
      if (info.implicitPresence) this.line("", "option features.field_presence = IMPLICIT;");
      if (info.closedEnums) this.line("", "option features.enum_type = CLOSED;");
      if (info.legacyJson) this.line("", "option features.json_format = LEGACY_BEST_EFFORT;");
      if (info.visibility !== "EXPORT_TOP_LEVEL") this.line("", `option features.default_symbol_visibility = ${info.visibility};`);
      if (chance(0.2)) this.line("", `option features.repeated_field_encoding = ${pick(["PACKED", "EXPANDED"])};`);
      if (chance(0.2)) this.line("", `option features.utf8_validation = ${pick(["NONE", "VERIFY"])};`);
    }
    this.out.push("");
    for (const t of info.types) {
      this.typeDecl(t, "");
      if (chance(0.3)) this.extend("", info.pkg);
    }
    if (chance(0.6)) this.service("");
    // a mistake with no place to go lands in a message of its own
    if (this.mistake !== undefined) {
      const id = ++uid;
      const m: MessagePlan = { kind: "message", name: `Extra${id}`, full: info.pkg ? `${info.pkg}.Extra${id}` : `Extra${id}`, children: [], extRange: undefined, vis: "", hidden: false, file: info.index, shadows: [] };
      this.message(m, "");
    }
    return this.out.join("\n") + "\n";
  }
}

/** The files of `f` visible to it: itself excluded, direct imports plus public re-exports, transitively. */
function visibleFiles(f: FileInfo, files: readonly FileInfo[]): FileInfo[] {
  const out = new Set<FileInfo>();
  const addPublic = (g: FileInfo) => {
    for (const i of g.imports) {
      if (i.index < 0 || i.kind !== "public ") continue;
      const h = files[i.index]!;
      if (!out.has(h)) {
        out.add(h);
        addPublic(h);
      }
    }
  };
  for (const i of f.imports) {
    if (i.index < 0) continue;
    const g = files[i.index]!;
    out.add(g);
    addPublic(g);
  }
  return [...out];
}

const PACKAGES = ["", "alpha", "alpha.beta", "alpha.beta.gamma", "alpha.other", "zeta.v1", "zeta.v1.inner", "solo"];

function genModule(dir: string): { paths: string[]; sources: Map<string, string>; importers: Map<string, string[]> } {
  extNumbers = new Map();
  uid = 0;
  const files: FileInfo[] = [];
  const sources: string[] = [];
  const texts = new Map<string, string>();
  for (let i = 0; i < FILES_PER_SEED; i++) {
    const syntax = pick<Syntax>(["proto2", "proto2", "proto3", "proto3", "2023", "2024"]);
    const pkg = pick(PACKAGES);
    const path = chance(0.3) ? `sub${i % 3}/f${i}.proto` : `f${i}.proto`;
    const invalid = chance(INVALID_SHARE) ? pick(MISTAKES) : undefined;
    const imports: FileInfo["imports"] = [];
    // the deliberately invalid files are imported by nobody, so their errors stay theirs
    const importable = files.filter((f) => f.invalid === undefined);
    for (let k = Math.min(importable.length, pick([0, 1, 2, 2, 3, 4])); k > 0; k--) {
      const g = pick(importable);
      if (imports.some((x) => x.index === g.index)) continue;
      const kind = chance(0.2) ? "public " : chance(0.05) && syntax !== "2024" ? "weak " : "";
      imports.push({ index: g.index, kind });
    }
    if (chance(0.3)) imports.splice(int(0, imports.length), 0, { index: -1, kind: "" });
    const editions = isEditions(syntax);
    const closedEnums = editions && chance(0.15);
    topNames = [];
    // (STRICT is left out: its rules on nested exports would make most 2024 files invalid)
    const visibility: Visibility = syntax === "2024" && chance(0.3) ? pick(["EXPORT_ALL", "LOCAL_ALL"]) : "EXPORT_TOP_LEVEL";
    const info: FileInfo = {
      index: i, path, syntax, pkg, imports, invalid, closedEnums, visibility,
      types: planTypes(i, syntax, pkg ? `${pkg}.` : "", 0, true, closedEnums, visibility),
      implicitPresence: editions && chance(0.2),
      legacyJson: editions && chance(0.15),
      optionExts: [],
    };
    files.push(info);
    const gen = new FileGen(info, visibleFiles(info, files));
    sources.push(gen.generate(files));
  }
  const importers = new Map<string, string[]>();
  for (const f of files) {
    writeFileSync(join(dir, f.path), sources[f.index]!);
    texts.set(f.path, sources[f.index]!);
    for (const i of f.imports) if (i.index >= 0) (importers.get(files[i.index]!.path) ?? importers.set(files[i.index]!.path, []).get(files[i.index]!.path)!).push(f.path);
  }
  return { paths: files.map((f) => f.path), sources: texts, importers };
}

/** buf's errors per file, as `line:col:message`. */
function bufErrors(dir: string): Map<string, string[]> {
  const r = spawnSync(bufBin, ["build", dir, "-o", "/dev/null"], { encoding: "utf8" });
  const out = new Map<string, string[]>();
  const prefix = dir + "/";
  for (const line of (r.stderr + r.stdout).split("\n")) {
    const rel = line.startsWith(prefix) ? line.slice(prefix.length) : line;
    const m = /^((?:sub\d\/)?f\d+\.proto):(\d+:\d+:.*)$/.exec(rel);
    if (m) (out.get(m[1]!) ?? out.set(m[1]!, []).get(m[1]!)!).push(m[2]!);
    else if (line.trim() !== "") (out.get("?") ?? out.set("?", []).get("?")!).push(line);
  }
  return out;
}

describe("random file structures against buf", () => {
  for (const s of SEEDS) {
    test(`seed ${s}`, async () => {
      random.seed(s);
      const root = join(cacheDir, "structure-fuzz", String(s));
      const dir = join(root, "all");
      const accepted = join(root, "accepted");
      rmSync(root, { recursive: true, force: true });
      for (const d of [dir, accepted]) {
        for (let k = 0; k < 3; k++) mkdirSync(join(d, `sub${k}`), { recursive: true });
        writeFileSync(join(d, "buf.yaml"), "version: v2\n");
      }
      const { paths, sources, importers } = genModule(dir);

      // Errors: every file buf rejects, compared one by one.
      const theirs = bufErrors(dir);
      expect(theirs.get("?") ?? [], "buf output lines not attributed to a file").toEqual([]);
      const ours = await ourBuild(dir, { sourceInfo: true });
      const mine = new Map<string, string[]>();
      for (const d of sortDiagnostics(ours.result.diagnostics.filter((x) => x.severity === "error"))) {
        const m = /^(.*?\.proto):(.*)$/.exec(formatDiagnostic(d));
        if (m) (mine.get(m[1]!) ?? mine.set(m[1]!, []).get(m[1]!)!).push(m[2]!);
      }
      const errorDiffs: string[] = [];
      for (const n of paths) {
        const b = theirs.get(n) ?? [];
        const o = mine.get(n) ?? [];
        if (JSON.stringify(b) !== JSON.stringify(o)) errorDiffs.push(`${n}: buf ${JSON.stringify(b)} ours ${JSON.stringify(o)}`);
      }

      // Descriptors: the files buf accepts (and whose imports it accepts), built again without the others.
      const dropped = new Set<string>();
      const drop = (p: string): void => {
        if (dropped.has(p)) return;
        dropped.add(p);
        for (const q of importers.get(p) ?? []) drop(q);
      };
      for (const n of theirs.keys()) drop(n);
      const good = paths.filter((n) => !dropped.has(n));
      for (const n of good) writeFileSync(join(accepted, n), sources.get(n)!);
      const refImage = await bufBuild(accepted, { sourceInfo: true });
      const ref = new Map(refImage.set.file.map((f) => [f.name, f]));
      const ours2 = await ourBuild(accepted, { sourceInfo: true });
      const registry = createRegistry();
      const unequal: string[] = [];
      for (const n of good) {
        const o = ours2.files.find((f) => f.name === n);
        if (!o || !equals(FileDescriptorProtoSchema, comparable(ref.get(n)!), comparable(o), { registry, unknown: true })) unequal.push(n);
      }
      if (unequal.length) writeImage(join(root, "ours.binpb"), ours2.files);
      expect(unequal, `unequal descriptors (module in ${accepted}, buf image ${refImage.file})`).toEqual([]);
      expect(errorDiffs, `different errors (module in ${dir})`).toEqual([]);
      expect(good.length).toBeGreaterThan(FILES_PER_SEED / 3);
    }, 120_000);
  }
});

