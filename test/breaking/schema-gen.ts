/**
 * Random schemas and random edits of them, for the breaking-change differential test
 * (breaking-fuzz.test.ts). A module is held as a small mutable tree (files, messages, enums,
 * fields, services, extensions) whose type references are object links, so moving or renaming a
 * type moves every reference with it; `render` writes the tree as .proto text, every reference
 * fully qualified and the imports worked out from what each file uses.
 *
 * Every edit is applied to a copy and kept only when the rendered module still compiles (our
 * compiler, in memory): the edits may be careless (a proto3 `required`, a default on a message
 * field, an import cycle) and the compiler sorts them out. A growth edit builds the base; every
 * edit, growth included, makes the head.
 *
 * Left out: proto2 groups (editions `message_encoding = DELIMITED` stands in for their wire
 * format), `message_set_wire_format` (buf cannot load MessageSet files for checks), custom options
 * (no breaking rule reads them), and what `compilerAgrees` lists.
 */
import { compile } from "../../src/compiler/compile.js";
import { formatDiagnostic } from "../../src/compiler/diagnostics.js";
import { memoryResolver } from "../../src/engine/examples.js";
import type { Random } from "../util/random.js";

export type Syntax = "proto2" | "proto3" | "2023" | "2024";
export const isEditions = (s: Syntax): boolean => s === "2023" || s === "2024";
/** Cardinality, written per syntax (`render`): proto3 `single` is implicit presence, editions `single` is `field_presence = IMPLICIT`. */
export type Card = "single" | "optional" | "required" | "repeated";

export interface FieldM {
  name: string;
  number: number;
  card: Card;
  /** A scalar type name, a well-known message type (`.google.protobuf.Timestamp`), or "" when `ref` is set. */
  scalar: string;
  ref: MessageM | EnumM | undefined;
  /** Set for a map field: key scalar, and the value (scalar or `ref`) above. */
  mapKey: string | undefined;
  oneof: string | undefined;
  /** Field options as written (`json_name`, `default`, `packed`, `features.field_presence`, …). */
  opts: Record<string, string>;
}
export interface EnumValueM {
  name: string;
  number: number;
}
export interface EnumM {
  readonly kind: "enum";
  name: string;
  values: EnumValueM[];
  opts: Record<string, string>;
  reserved: [number, number][];
  reservedNames: string[];
}
export interface MessageM {
  readonly kind: "message";
  name: string;
  fields: FieldM[];
  nested: TypeM[];
  reserved: [number, number][];
  reservedNames: string[];
  extRanges: [number, number][];
  extends: ExtendM[];
  opts: Record<string, string>;
}
export type TypeM = MessageM | EnumM;
export interface ExtendM {
  extendee: MessageM;
  fields: FieldM[];
}
export interface MethodM {
  name: string;
  req: MessageM;
  res: MessageM;
  clientStreaming: boolean;
  serverStreaming: boolean;
  opts: Record<string, string>;
}
export interface ServiceM {
  name: string;
  methods: MethodM[];
}
export interface FileM {
  path: string;
  syntax: Syntax;
  pkg: string;
  opts: Record<string, string>;
  types: TypeM[];
  extends: ExtendM[];
  services: ServiceM[];
}
export interface ModuleM {
  files: FileM[];
  /** Next number for fresh names (names are unique across the module, so edits never collide). */
  uid: number;
}

const SCALARS = ["double", "float", "int32", "int64", "uint32", "uint64", "sint32", "sint64", "fixed32", "fixed64", "sfixed32", "sfixed64", "bool", "string", "bytes"] as const;
/** Well-known message types fields may use, by full name, with the file that declares them. */
const WKT: Readonly<Record<string, string>> = {
  ".google.protobuf.Timestamp": "google/protobuf/timestamp.proto",
  ".google.protobuf.Duration": "google/protobuf/duration.proto",
  ".google.protobuf.Empty": "google/protobuf/empty.proto",
  ".google.protobuf.Int32Value": "google/protobuf/wrappers.proto",
  ".google.protobuf.Int64Value": "google/protobuf/wrappers.proto",
  ".google.protobuf.StringValue": "google/protobuf/wrappers.proto",
  ".google.protobuf.BytesValue": "google/protobuf/wrappers.proto",
  ".google.protobuf.Struct": "google/protobuf/struct.proto",
  ".google.protobuf.Any": "google/protobuf/any.proto",
};
/** Whether a field is of a message type (written without implicit presence in editions). */
const isMessageField = (f: FieldM): boolean => f.ref?.kind === "message" || f.scalar in WKT;
const MAP_KEYS = ["int32", "int64", "uint32", "sint64", "fixed32", "bool", "string"] as const;
const PACKAGES = ["shop.v1", "shop.v1", "shop.v2", "billing.v1", "billing.v1beta1", ""];

const DEFAULTS: Record<string, readonly string[]> = {
  double: ["1.5", "-2", "inf", "nan", "0"],
  float: ["0.1", "-inf", "3"],
  int32: ["0", "-5", "7", "0x10"],
  int64: ["0", "42", "-9223372036854775808"],
  uint32: ["0", "7", "4294967295"],
  uint64: ["0", "18446744073709551615"],
  sint32: ["-1", "3"],
  sint64: ["-1", "3"],
  fixed32: ["0", "9"],
  fixed64: ["0", "12"],
  sfixed32: ["-2", "9"],
  sfixed64: ["-1", "5"],
  bool: ["true", "false"],
  string: ['"a"', '"b"', '""', '"\\x41"'],
  bytes: ['"a"', '"\\000\\001"', '""'],
};

/** Every type of the module with where it is: file, full name, parent message (if nested). */
export interface TypeIndex {
  readonly where: Map<TypeM, { file: FileM; full: string; parent: MessageM | undefined }>;
  readonly messages: MessageM[];
  readonly enums: EnumM[];
}

export function indexTypes(mod: ModuleM): TypeIndex {
  const where: TypeIndex["where"] = new Map();
  const messages: MessageM[] = [];
  const enums: EnumM[] = [];
  const walk = (file: FileM, t: TypeM, scope: string, parent: MessageM | undefined): void => {
    const full = scope ? `${scope}.${t.name}` : t.name;
    where.set(t, { file, full, parent });
    if (t.kind === "enum") {
      enums.push(t);
      return;
    }
    messages.push(t);
    for (const n of t.nested) walk(file, n, full, t);
  };
  for (const f of mod.files) for (const t of f.types) walk(f, t, f.pkg, undefined);
  return { where, messages, enums };
}

function allFields(m: MessageM): FieldM[] {
  return [...m.fields, ...m.extends.flatMap((e) => e.fields)];
}

/** Every field of the module (extensions included) with the file it is declared in. */
function fieldsOf(mod: ModuleM): { field: FieldM; file: FileM }[] {
  const out: { field: FieldM; file: FileM }[] = [];
  const walk = (file: FileM, t: TypeM): void => {
    if (t.kind === "enum") return;
    for (const f of allFields(t)) out.push({ field: f, file });
    t.nested.forEach((n) => walk(file, n));
  };
  for (const file of mod.files) {
    file.types.forEach((t) => walk(file, t));
    for (const e of file.extends) for (const f of e.fields) out.push({ field: f, file });
  }
  return out;
}

// ---------------------------------------------------------------- rendering

function optList(opts: Readonly<Record<string, string>>): string {
  const e = Object.entries(opts);
  return e.length ? ` [${e.map(([k, v]) => `${k} = ${v}`).join(", ")}]` : "";
}

class Renderer {
  readonly imports = new Set<string>();
  readonly out: string[] = [];
  constructor(
    readonly file: FileM,
    readonly index: TypeIndex,
  ) {}

  ref(t: TypeM): string {
    const w = this.index.where.get(t);
    if (!w) throw new Error(`dangling reference to ${t.name}`);
    if (w.file !== this.file) this.imports.add(w.file.path);
    return `.${w.full}`;
  }

  fieldLine(f: FieldM, indent: string, extension: boolean): string {
    const syn = this.file.syntax;
    const opts = { ...f.opts };
    const value = f.ref ? this.ref(f.ref) : f.scalar;
    if (f.scalar in WKT) this.imports.add(WKT[f.scalar]!);
    if (f.mapKey !== undefined) return `${indent}map<${f.mapKey}, ${value}> ${f.name} = ${f.number}${optList(opts)};`;
    let label = "";
    if (f.oneof === undefined) {
      if (f.card === "repeated") label = "repeated ";
      else if (syn === "proto2") label = f.card === "required" ? "required " : "optional ";
      else if (syn === "proto3") label = f.card === "optional" ? "optional " : f.card === "required" ? "required " : "";
      else if (f.card === "required") opts["features.field_presence"] = "LEGACY_REQUIRED";
      else if (f.card === "single" && !isMessageField(f) && !extension) opts["features.field_presence"] = "IMPLICIT";
      if (extension && syn !== "proto2" && f.card !== "repeated") label = syn === "proto3" ? "optional " : "";
    }
    return `${indent}${label}${value} ${f.name} = ${f.number}${optList(opts)};`;
  }

  reserved(ranges: readonly [number, number][], names: readonly string[], indent: string, max: number): void {
    if (ranges.length) this.out.push(`${indent}reserved ${ranges.map(([a, b]) => (a === b ? `${a}` : `${a} to ${b === max ? "max" : b}`)).join(", ")};`);
    if (names.length) this.out.push(`${indent}reserved ${names.map((n) => (isEditions(this.file.syntax) ? n : `"${n}"`)).join(", ")};`);
  }

  options(opts: Readonly<Record<string, string>>, indent: string): void {
    for (const [k, v] of Object.entries(opts)) this.out.push(`${indent}option ${k} = ${v};`);
  }

  extend(e: ExtendM, indent: string): void {
    this.out.push(`${indent}extend ${this.ref(e.extendee)} {`);
    for (const f of e.fields) this.out.push(this.fieldLine(f, indent + "  ", true));
    this.out.push(`${indent}}`);
  }

  enumDecl(e: EnumM, indent: string): void {
    const inner = indent + "  ";
    this.out.push(`${indent}enum ${e.name} {`);
    const nums = e.values.map((v) => v.number);
    if (new Set(nums).size !== nums.length) this.out.push(`${inner}option allow_alias = true;`);
    this.options(e.opts, inner);
    for (const v of e.values) this.out.push(`${inner}${v.name} = ${v.number};`);
    this.reserved(e.reserved, e.reservedNames, inner, 2147483647);
    this.out.push(`${indent}}`);
  }

  message(m: MessageM, indent: string): void {
    const inner = indent + "  ";
    this.out.push(`${indent}message ${m.name} {`);
    this.options(m.opts, inner);
    const done = new Set<string>();
    for (const f of m.fields) {
      if (f.oneof === undefined) {
        this.out.push(this.fieldLine(f, inner, false));
        continue;
      }
      if (done.has(f.oneof)) continue;
      done.add(f.oneof);
      this.out.push(`${inner}oneof ${f.oneof} {`);
      for (const g of m.fields) if (g.oneof === f.oneof) this.out.push(this.fieldLine(g, inner + "  ", false));
      this.out.push(`${inner}}`);
    }
    for (const n of m.nested) this.typeDecl(n, inner);
    for (const e of m.extends) this.extend(e, inner);
    if (m.extRanges.length) this.out.push(`${inner}extensions ${m.extRanges.map(([a, b]) => (a === b ? `${a}` : `${a} to ${b === 536870911 ? "max" : b}`)).join(", ")};`);
    this.reserved(m.reserved, m.reservedNames, inner, 536870911);
    this.out.push(`${indent}}`);
  }

  typeDecl(t: TypeM, indent: string): void {
    if (t.kind === "message") this.message(t, indent);
    else this.enumDecl(t, indent);
  }

  service(s: ServiceM): void {
    this.out.push(`service ${s.name} {`);
    for (const m of s.methods) {
      const head = `  rpc ${m.name}(${m.clientStreaming ? "stream " : ""}${this.ref(m.req)}) returns (${m.serverStreaming ? "stream " : ""}${this.ref(m.res)})`;
      const opts = Object.entries(m.opts);
      if (opts.length === 0) this.out.push(`${head};`);
      else this.out.push(`${head} {`, ...opts.map(([k, v]) => `    option ${k} = ${v};`), "  }");
    }
    this.out.push("}");
  }

  render(): string {
    const f = this.file;
    for (const t of f.types) this.typeDecl(t, "");
    for (const e of f.extends) this.extend(e, "");
    for (const s of f.services) this.service(s);
    const head = [isEditions(f.syntax) ? `edition = "${f.syntax}";` : `syntax = "${f.syntax}";`, ""];
    if (f.pkg) head.push(`package ${f.pkg};`, "");
    const imports = [...this.imports].filter((p) => p !== f.path).sort();
    if (imports.length) head.push(...imports.map((p) => `import "${p}";`), "");
    for (const [k, v] of Object.entries(f.opts)) head.push(`option ${k} = ${v};`);
    if (Object.keys(f.opts).length) head.push("");
    return [...head, ...this.out, ""].join("\n");
  }
}

/** The module as path → .proto text. */
export function render(mod: ModuleM): Record<string, string> {
  const index = indexTypes(mod);
  const out: Record<string, string> = {};
  for (const f of mod.files) out[f.path] = new Renderer(f, index).render();
  return out;
}

/** The first compile errors of a rendered module, or [] when it compiles. */
export async function compileErrors(files: Readonly<Record<string, string>>): Promise<string[]> {
  const result = await compile({ files: Object.keys(files), resolver: memoryResolver(files), sourceInfo: false });
  return result.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic);
}

// ---------------------------------------------------------------- edits

/** An edit: changes `mod` in place and returns a short description, or undefined when it has nothing to work on. */
type Edit = (mod: ModuleM, r: Random, ix: TypeIndex) => string | undefined;

const fresh = (mod: ModuleM, prefix: string): string => `${prefix}${++mod.uid}`;
const fieldName = (mod: ModuleM): string => `f${++mod.uid}_val`;
const without = <T>(a: T[], x: T): void => {
  const i = a.indexOf(x);
  if (i >= 0) a.splice(i, 1);
};

function pickMessage(r: Random, ix: TypeIndex): MessageM | undefined {
  return ix.messages.length ? r.pick(ix.messages) : undefined;
}
function pickEnum(r: Random, ix: TypeIndex): EnumM | undefined {
  return ix.enums.length ? r.pick(ix.enums) : undefined;
}
function pickField(mod: ModuleM, r: Random, pred: (f: FieldM) => boolean = () => true): { field: FieldM; file: FileM } | undefined {
  const all = fieldsOf(mod).filter((x) => pred(x.field));
  return all.length ? r.pick(all) : undefined;
}
function containerOf(mod: ModuleM, f: FieldM): FieldM[] | undefined {
  const ix = indexTypes(mod);
  for (const m of ix.messages) {
    if (m.fields.includes(f)) return m.fields;
    for (const e of m.extends) if (e.fields.includes(f)) return e.fields;
  }
  for (const file of mod.files) for (const e of file.extends) if (e.fields.includes(f)) return e.fields;
  return undefined;
}
function messageOf(ix: TypeIndex, f: FieldM): MessageM | undefined {
  return ix.messages.find((m) => m.fields.includes(f));
}
function usedNumbers(m: MessageM): Set<number> {
  const s = new Set<number>();
  for (const f of m.fields) s.add(f.number);
  for (const [a, b] of m.reserved) for (let n = a; n <= Math.min(b, a + 50); n++) s.add(n);
  return s;
}
function freeNumber(m: MessageM, r: Random): number {
  const used = usedNumbers(m);
  let n = r.int(1, 20);
  while (used.has(n) || m.extRanges.some(([a, b]) => n >= a && n <= b)) n++;
  return n;
}

/** A random field type: scalar, enum or message of the module. */
function randomType(r: Random, ix: TypeIndex): Pick<FieldM, "scalar" | "ref"> {
  const x = r.next();
  if (x < 0.2 && ix.enums.length) return { scalar: "", ref: r.pick(ix.enums) };
  if (x < 0.4 && ix.messages.length) return { scalar: "", ref: r.pick(ix.messages) };
  if (x < 0.47) return { scalar: r.pick(Object.keys(WKT)), ref: undefined };
  return { scalar: r.pick(SCALARS), ref: undefined };
}

function newField(mod: ModuleM, r: Random, ix: TypeIndex, number: number, syntax: Syntax): FieldM {
  const t = randomType(r, ix);
  const cards: Card[] = syntax === "proto2" ? ["single", "single", "repeated", "required"] : ["single", "single", "optional", "repeated"];
  const f: FieldM = { name: fieldName(mod), number, card: r.pick(cards), ...t, mapKey: undefined, oneof: undefined, opts: {} };
  if (r.chance(0.1)) f.opts["json_name"] = `"j${mod.uid}"`;
  if (r.chance(0.15) && syntax !== "proto3" && f.card !== "repeated" && t.scalar in DEFAULTS) f.opts["default"] = r.pick(DEFAULTS[t.scalar]!);
  return f;
}

function fileOf(ix: TypeIndex, t: TypeM): FileM {
  return ix.where.get(t)!.file;
}

/** Points references to types no longer in the module somewhere else (a scalar, another message). */
function repairRefs(mod: ModuleM): void {
  const ix = indexTypes(mod);
  for (const { field } of fieldsOf(mod)) {
    if (field.ref && !ix.where.has(field.ref)) {
      field.scalar = field.ref.kind === "enum" ? "int32" : "bytes";
      field.ref = undefined;
      delete field.opts["default"];
    }
  }
  const dropExtends = (list: ExtendM[]): ExtendM[] => list.filter((e) => ix.where.has(e.extendee));
  for (const m of ix.messages) m.extends = dropExtends(m.extends);
  for (const f of mod.files) {
    f.extends = dropExtends(f.extends);
    for (const s of f.services) {
      for (const m of s.methods) {
        if (!ix.where.has(m.req) && ix.messages.length) m.req = ix.messages[0]!;
        if (!ix.where.has(m.res) && ix.messages.length) m.res = ix.messages[ix.messages.length - 1]!;
      }
      s.methods = s.methods.filter((m) => ix.where.has(m.req) && ix.where.has(m.res));
    }
  }
}

const FILE_OPTIONS: Record<string, readonly string[]> = {
  go_package: ['"example.com/shop/v1;shopv1"', '"example.com/shop"', '"example.com/other;other"'],
  java_package: ['"com.example.shop"', '"com.example.other"'],
  java_outer_classname: ['"ShopProto"', '"OtherProto"'],
  java_multiple_files: ["true", "false"],
  java_generic_services: ["true", "false"],
  java_string_check_utf8: ["true", "false"],
  optimize_for: ["SPEED", "CODE_SIZE", "LITE_RUNTIME"],
  cc_enable_arenas: ["true", "false"],
  cc_generic_services: ["true", "false"],
  py_generic_services: ["true", "false"],
  csharp_namespace: ['"Shop.V1"', '"Shop"'],
  objc_class_prefix: ['"SHP"', '"SHX"'],
  php_namespace: ['"Shop\\\\V1"', '"Shop"'],
  php_class_prefix: ['"Sh"', '"Xx"'],
  php_metadata_namespace: ['"Shop\\\\Meta"', '"Meta"'],
  ruby_package: ['"Shop::V1"', '"Shop"'],
  swift_prefix: ['"SH"', '"SX"'],
};

const addFile: Edit = (mod, r) => {
  const pkg = r.pick(PACKAGES);
  const dir = pkg ? pkg.replaceAll(".", "/") + "/" : "";
  const path = `${dir}${fresh(mod, "file")}.proto`;
  mod.files.push({ path, syntax: r.pick<Syntax>(["proto2", "proto3", "proto3", "2023", "2024"]), pkg, opts: {}, types: [], extends: [], services: [] });
  return `add file ${path}`;
};

const addMessage: Edit = (mod, r, ix) => {
  if (mod.files.length === 0) return undefined;
  const m: MessageM = { kind: "message", name: fresh(mod, "Msg"), fields: [], nested: [], reserved: [], reservedNames: [], extRanges: [], extends: [], opts: {} };
  const parent = r.chance(0.25) ? pickMessage(r, ix) : undefined;
  const file = parent ? fileOf(ix, parent) : r.pick(mod.files);
  if (file.syntax !== "proto3" && r.chance(0.4)) m.extRanges.push([100, r.chance(0.3) ? 536870911 : 199]);
  const n = r.int(0, 4);
  for (let k = 0; k < n; k++) m.fields.push(newField(mod, r, ix, k + 1, file.syntax));
  (parent ? parent.nested : file.types).push(m);
  return `add message ${m.name}${parent ? ` in ${parent.name}` : ""}`;
};

const addEnum: Edit = (mod, r, ix) => {
  if (mod.files.length === 0) return undefined;
  const e: EnumM = { kind: "enum", name: fresh(mod, "En"), values: [], opts: {}, reserved: [], reservedNames: [] };
  const n = r.int(1, 4);
  for (let k = 0; k < n; k++) e.values.push({ name: `${e.name.toUpperCase()}_V${k}`, number: k });
  const parent = r.chance(0.3) ? pickMessage(r, ix) : undefined;
  (parent ? parent.nested : r.pick(mod.files).types).push(e);
  return `add enum ${e.name}`;
};

const addField: Edit = (mod, r, ix) => {
  const m = pickMessage(r, ix);
  if (!m) return undefined;
  const f = newField(mod, r, ix, freeNumber(m, r), fileOf(ix, m).syntax);
  if (r.chance(0.15)) {
    f.mapKey = r.pick(MAP_KEYS);
    delete f.opts["default"];
  } else if (r.chance(0.15)) {
    const oneofs = [...new Set(m.fields.flatMap((g) => g.oneof ?? []))];
    f.oneof = oneofs.length && r.chance(0.5) ? r.pick(oneofs) : `choice${++mod.uid}`;
  }
  m.fields.push(f);
  return `add field ${m.name}.${f.name}`;
};

const addService: Edit = (mod, r, ix) => {
  if (ix.messages.length === 0) return undefined;
  const file = r.pick(mod.files);
  const s: ServiceM = { name: fresh(mod, "Svc"), methods: [] };
  for (let k = r.int(1, 3); k > 0; k--) addMethodTo(mod, r, ix, s);
  file.services.push(s);
  return `add service ${s.name}`;
};

function addMethodTo(mod: ModuleM, r: Random, ix: TypeIndex, s: ServiceM): MethodM {
  const m: MethodM = { name: fresh(mod, "Do"), req: r.pick(ix.messages), res: r.pick(ix.messages), clientStreaming: r.chance(0.2), serverStreaming: r.chance(0.2), opts: {} };
  if (r.chance(0.2)) m.opts["idempotency_level"] = r.pick(["NO_SIDE_EFFECTS", "IDEMPOTENT", "IDEMPOTENCY_UNKNOWN"]);
  s.methods.push(m);
  return m;
}

const addMethod: Edit = (mod, r, ix) => {
  const svcs = mod.files.flatMap((f) => f.services);
  if (svcs.length === 0 || ix.messages.length === 0) return undefined;
  const s = r.pick(svcs);
  return `add rpc ${s.name}.${addMethodTo(mod, r, ix, s).name}`;
};

const addExtension: Edit = (mod, r, ix) => {
  const targets = ix.messages.filter((m) => m.extRanges.length);
  if (targets.length === 0) return undefined;
  const target = r.pick(targets);
  const [lo, hi] = r.pick(target.extRanges);
  const taken = new Set(fieldsOf(mod).filter((x) => containerOf(mod, x.field) !== target.fields).map((x) => x.field.number));
  let n = r.int(lo, Math.min(hi, lo + 20));
  while (taken.has(n)) n++;
  const holder = r.chance(0.3) ? pickMessage(r, ix) : undefined;
  const file = holder ? fileOf(ix, holder) : r.pick(mod.files);
  const f = newField(mod, r, ix, n, file.syntax);
  if (f.card === "required") f.card = "optional";
  const list = holder ? holder.extends : file.extends;
  const same = list.find((e) => e.extendee === target);
  if (same && r.chance(0.6)) same.fields.push(f);
  else list.push({ extendee: target, fields: [f] });
  return `add extension ${f.name} of ${target.name}`;
};

const addReserved: Edit = (mod, r, ix) => {
  const t = r.chance(0.6) ? pickMessage(r, ix) : pickEnum(r, ix);
  if (!t) return undefined;
  if (r.chance(0.5)) {
    const a = r.int(30, 60);
    t.reserved.push([a, r.chance(0.5) ? a : a + r.int(1, 5)]);
  } else t.reservedNames.push(`old_${++mod.uid}`);
  return `reserve in ${t.name}`;
};

const setFileOption: Edit = (mod, r) => {
  if (mod.files.length === 0) return undefined;
  const f = r.pick(mod.files);
  const k = r.pick(Object.keys(FILE_OPTIONS));
  if (k in f.opts && r.chance(0.4)) {
    delete f.opts[k];
    return `file option ${k} removed in ${f.path}`;
  }
  f.opts[k] = r.pick(FILE_OPTIONS[k]!);
  return `file option ${k} = ${f.opts[k]} in ${f.path}`;
};

/** Edits that only add; the base is made of these. */
export const GROWTH: readonly [Edit, number][] = [
  [addFile, 1],
  [addMessage, 4],
  [addEnum, 2],
  [addField, 8],
  [addService, 1],
  [addMethod, 1],
  [addExtension, 2],
  [addReserved, 1],
  [setFileOption, 1],
];

const deleteField: Edit = (mod, r) => {
  const x = pickField(mod, r);
  if (!x) return undefined;
  const list = containerOf(mod, x.field)!;
  without(list, x.field);
  const m = indexTypes(mod).messages.find((m) => m.fields === list);
  if (m && r.chance(0.4)) m.reserved.push([x.field.number, x.field.number]);
  if (m && r.chance(0.3)) m.reservedNames.push(x.field.name);
  return `delete field ${x.field.name}`;
};

const renameField: Edit = (mod, r) => {
  const x = pickField(mod, r);
  if (!x) return undefined;
  const old = x.field.name;
  // the same JSON name (f1_val → f1Val), another one (f1_val → f1val), or a new name
  x.field.name = r.pick([old.replace(/_(.)/, (_, c: string) => c.toUpperCase()), old.replace("_", ""), fieldName(mod)]);
  return `rename field ${old} → ${x.field.name}`;
};

const renumberField: Edit = (mod, r, ix) => {
  const x = pickField(mod, r);
  if (!x) return undefined;
  const m = messageOf(ix, x.field);
  const old = x.field.number;
  x.field.number = m ? freeNumber(m, r) : old + 1;
  return `renumber field ${x.field.name} ${old} → ${x.field.number}`;
};

/** Type changes within and across wire groups. */
const NEIGHBOURS: Record<string, readonly string[]> = {
  int32: ["int64", "uint32", "uint64", "bool", "sint32", "fixed32", "enum"],
  int64: ["int32", "uint64", "sint64", "fixed64"],
  uint32: ["int32", "uint64", "fixed32"],
  uint64: ["int64", "uint32", "bool"],
  sint32: ["sint64", "int32"],
  sint64: ["sint32", "int64"],
  fixed32: ["sfixed32", "fixed64", "int32"],
  sfixed32: ["fixed32", "float"],
  fixed64: ["sfixed64", "double", "fixed32"],
  sfixed64: ["fixed64", "double"],
  double: ["fixed64", "float"],
  float: ["fixed32", "double"],
  bool: ["int32", "uint64"],
  string: ["bytes", "message", ".google.protobuf.StringValue"],
  bytes: ["string", "message", ".google.protobuf.BytesValue"],
  ".google.protobuf.Int32Value": [".google.protobuf.Int64Value", "int32", "message"],
  ".google.protobuf.Int64Value": [".google.protobuf.Int32Value", "int64"],
  ".google.protobuf.StringValue": [".google.protobuf.BytesValue", "string"],
  ".google.protobuf.BytesValue": [".google.protobuf.StringValue", "bytes"],
  ".google.protobuf.Timestamp": [".google.protobuf.Duration", "message", "bytes"],
  ".google.protobuf.Duration": [".google.protobuf.Timestamp", "int64"],
  ".google.protobuf.Empty": [".google.protobuf.Struct", "message"],
  ".google.protobuf.Struct": [".google.protobuf.Any", ".google.protobuf.Empty"],
  ".google.protobuf.Any": [".google.protobuf.Struct", "bytes"],
};

const changeFieldType: Edit = (mod, r, ix) => {
  const x = pickField(mod, r);
  if (!x) return undefined;
  const f = x.field;
  const was = f.ref ? (f.ref.kind === "enum" ? `enum ${f.ref.name}` : `message ${f.ref.name}`) : f.scalar;
  let to = f.ref ? r.pick(f.ref.kind === "enum" ? ["int32", "enum", "uint32"] : ["bytes", "message", "string"]) : r.pick(NEIGHBOURS[f.scalar] ?? ["string"]);
  if (r.chance(0.15)) to = r.pick([...SCALARS, "enum", "message"]);
  if (to === "enum" || to === "message") {
    const t = to === "enum" ? pickEnum(r, ix) : pickMessage(r, ix);
    if (!t) return undefined;
    f.ref = t;
    f.scalar = "";
  } else {
    f.ref = undefined;
    f.scalar = to;
  }
  if (r.chance(0.5)) delete f.opts["default"];
  return `type of ${f.name}: ${was} → ${to}`;
};

const changeCard: Edit = (mod, r) => {
  const x = pickField(mod, r);
  if (!x) return undefined;
  if (x.field.mapKey !== undefined || r.chance(0.1)) {
    // a map made a repeated field of its value type, or a field made a map
    x.field.mapKey = x.field.mapKey === undefined ? r.pick(MAP_KEYS) : undefined;
    x.field.card = "repeated";
    x.field.oneof = undefined;
    delete x.field.opts["default"];
    return `${x.field.name} ${x.field.mapKey ? "made a map" : "no longer a map"}`;
  }
  const old = x.field.card;
  x.field.card = r.pick<Card>(["single", "optional", "required", "repeated"]);
  if (x.field.card === "repeated") delete x.field.opts["default"];
  if (r.chance(0.5)) x.field.oneof = undefined;
  return `cardinality of ${x.field.name}: ${old} → ${x.field.card}`;
};

const changeOneof: Edit = (mod, r, ix) => {
  const m = pickMessage(r, ix);
  if (!m || m.fields.length === 0) return undefined;
  const f = r.pick(m.fields);
  const oneofs = [...new Set(m.fields.flatMap((g) => g.oneof ?? []))];
  const what = r.int(0, 3);
  if (what === 0 && f.oneof !== undefined) {
    f.oneof = undefined;
    return `${f.name} out of its oneof`;
  }
  if (what === 1 && oneofs.length) {
    const old = r.pick(oneofs);
    const now = `choice${++mod.uid}`;
    for (const g of m.fields) if (g.oneof === old) g.oneof = now;
    return `oneof ${old} renamed ${now}`;
  }
  f.oneof = oneofs.length && r.chance(0.6) ? r.pick(oneofs) : `choice${++mod.uid}`;
  f.card = "single";
  return `${f.name} into oneof ${f.oneof}`;
};

/** Field options: json_name, default, packed, ctype, jstype, deprecated and the editions features. */
const changeFieldOption: Edit = (mod, r) => {
  const x = pickField(mod, r);
  if (!x) return undefined;
  const f = x.field;
  const key = r.pick(["json_name", "default", "packed", "ctype", "jstype", "deprecated", "features.utf8_validation", "features.message_encoding", "features.repeated_field_encoding", "features.field_presence"]);
  if (key in f.opts && r.chance(0.4)) {
    delete f.opts[key];
    return `option ${key} of ${f.name} removed`;
  }
  const values: Record<string, readonly string[]> = {
    json_name: [`"j${++mod.uid}"`, `"${f.name.replace(/_(.)/g, (_, c: string) => c.toUpperCase())}"`],
    default: f.ref?.kind === "enum" ? f.ref.values.map((v) => v.name) : (DEFAULTS[f.scalar] ?? ['"x"']),
    packed: ["true", "false"],
    ctype: ["STRING", "CORD", "STRING_PIECE"],
    jstype: ["JS_NORMAL", "JS_STRING", "JS_NUMBER"],
    deprecated: ["true", "false"],
    "features.utf8_validation": ["NONE", "VERIFY"],
    "features.message_encoding": ["DELIMITED", "LENGTH_PREFIXED"],
    "features.repeated_field_encoding": ["PACKED", "EXPANDED"],
    "features.field_presence": ["EXPLICIT", "IMPLICIT"],
  };
  f.opts[key] = r.pick(values[key]!);
  return `option ${key} of ${f.name} = ${f.opts[key]}`;
};

const changeEnumValue: Edit = (mod, r, ix) => {
  const e = pickEnum(r, ix);
  if (!e || e.values.length === 0) return undefined;
  const v = r.pick(e.values);
  switch (r.int(0, 4)) {
    case 0:
      without(e.values, v);
      if (r.chance(0.4)) e.reserved.push([v.number, v.number]);
      if (r.chance(0.3)) e.reservedNames.push(v.name);
      return `delete value ${v.name}`;
    case 1: {
      const old = v.name;
      v.name = `${e.name.toUpperCase()}_R${++mod.uid}`;
      return `rename value ${old} → ${v.name}`;
    }
    case 2: {
      const old = v.number;
      v.number = Math.max(...e.values.map((w) => w.number)) + r.int(1, 3);
      return `renumber value ${v.name} ${old} → ${v.number}`;
    }
    case 3:
      e.values.push({ name: `${e.name.toUpperCase()}_A${++mod.uid}`, number: v.number });
      return `alias of ${v.name}`;
    default:
      e.values.push({ name: `${e.name.toUpperCase()}_N${++mod.uid}`, number: Math.max(...e.values.map((w) => w.number)) + 1 });
      return `value added to ${e.name}`;
  }
};

function listOf(ix: TypeIndex, t: TypeM): TypeM[] {
  const w = ix.where.get(t)!;
  return w.parent ? w.parent.nested : w.file.types;
}

const deleteType: Edit = (mod, r, ix) => {
  const t = r.chance(0.5) ? pickMessage(r, ix) : pickEnum(r, ix);
  if (!t) return undefined;
  without(listOf(ix, t), t);
  repairRefs(mod);
  return `delete ${t.kind} ${t.name}`;
};

/** A type moved: to another file (same package or not), into a message, or out to the top level. */
const moveType: Edit = (mod, r, ix) => {
  const t = r.chance(0.6) ? pickMessage(r, ix) : pickEnum(r, ix);
  if (!t) return undefined;
  const from = listOf(ix, t);
  const what = r.int(0, 2);
  let where: string;
  if (what === 0) {
    const file = r.pick(mod.files);
    without(from, t);
    file.types.push(t);
    where = file.path;
  } else {
    const host = pickMessage(r, ix);
    if (!host || host === t) return undefined;
    // not into itself or one of its own nested messages
    for (let p: MessageM | undefined = host; p; p = ix.where.get(p)!.parent) if (p === t) return undefined;
    without(from, t);
    host.nested.push(t);
    where = host.name;
  }
  return `move ${t.kind} ${t.name} to ${where}`;
};

/**
 * A copy of a type under the same short name elsewhere (another file, package or parent), with a
 * value or field more or fewer, and some references moved to it: an enum that keeps every old
 * value is wire-compatible, a message of another full name is not.
 */
const cloneType: Edit = (mod, r, ix) => {
  const t = r.chance(0.6) ? pickEnum(r, ix) : pickMessage(r, ix);
  if (!t) return undefined;
  // (fields keep referring to the module's types; nested types and extensions stay behind)
  const copy: TypeM =
    t.kind === "enum"
      ? { ...t, values: t.values.map((v) => ({ ...v })), opts: { ...t.opts }, reserved: [...t.reserved], reservedNames: [...t.reservedNames] }
      : { ...t, fields: t.fields.map((f) => ({ ...f, opts: { ...f.opts } })), nested: [], extends: [], reserved: [...t.reserved], reservedNames: [...t.reservedNames], extRanges: [...t.extRanges], opts: { ...t.opts } };
  if (copy.kind === "enum") {
    if (r.chance(0.5)) copy.values.push({ name: `${copy.name.toUpperCase()}_C${++mod.uid}`, number: Math.max(...copy.values.map((v) => v.number)) + 1 });
    else if (copy.values.length > 1 && r.chance(0.5)) copy.values.pop();
    // the values of an enum are siblings of it: a copy in the same scope as the original would clash
    for (const v of copy.values) v.name = v.name.replace(/^([A-Z0-9]+)_/, `$1_K${mod.uid}_`);
    const old = new Map((t as EnumM).values.map((v) => [v.number, v.name]));
    if (r.chance(0.5)) for (const v of copy.values) v.name = old.get(v.number) ?? v.name;
  }
  const host = r.chance(0.5) ? pickMessage(r, ix) : undefined;
  if (host && host !== t && !host.nested.some((n) => n.name === t.name)) host.nested.push(copy);
  else r.pick(mod.files).types.push(copy);
  let moved = 0;
  for (const { field } of fieldsOf(mod)) {
    if (field.ref === t && r.chance(0.7)) {
      field.ref = copy;
      moved++;
    }
  }
  for (const s of mod.files.flatMap((f) => f.services)) {
    for (const m of s.methods) {
      if (m.req === t && r.chance(0.7)) m.req = copy as MessageM;
      if (m.res === t && r.chance(0.7)) m.res = copy as MessageM;
    }
  }
  if (r.chance(0.3)) {
    without(listOf(ix, t), t);
    repairRefs(mod);
  }
  return `copy of ${t.kind} ${t.name} (${moved} references moved)`;
};

const renameType: Edit = (mod, r, ix) => {
  const t = r.chance(0.6) ? pickMessage(r, ix) : pickEnum(r, ix);
  if (!t) return undefined;
  const old = t.name;
  t.name = fresh(mod, t.kind === "enum" ? "En" : "Msg");
  if (t.kind === "enum") for (const v of t.values) v.name = v.name.replace(old.toUpperCase(), t.name.toUpperCase());
  return `rename ${old} → ${t.name}`;
};

const changeService: Edit = (mod, r, ix) => {
  if (mod.files.length === 0) return undefined;
  const file = r.pick(mod.files);
  const s = file.services.length ? r.pick(file.services) : undefined;
  if (!s) return undefined;
  const m = s.methods.length ? r.pick(s.methods) : undefined;
  switch (r.int(0, 8)) {
    case 0:
      without(file.services, s);
      return `delete service ${s.name}`;
    case 1: {
      const old = s.name;
      s.name = fresh(mod, "Svc");
      return `rename service ${old} → ${s.name}`;
    }
    case 2: {
      without(file.services, s);
      r.pick(mod.files).services.push(s);
      return `move service ${s.name}`;
    }
    default:
      if (!m) return undefined;
  }
  switch (r.int(0, 6)) {
    case 0:
      without(s.methods, m);
      return `delete rpc ${m.name}`;
    case 1: {
      const old = m.name;
      m.name = fresh(mod, "Do");
      return `rename rpc ${old} → ${m.name}`;
    }
    case 2:
      m.req = r.pick(ix.messages);
      return `request of ${m.name} changed`;
    case 3:
      m.res = r.pick(ix.messages);
      return `response of ${m.name} changed`;
    case 4:
      m.clientStreaming = !m.clientStreaming;
      return `client streaming of ${m.name} toggled`;
    case 5:
      m.serverStreaming = !m.serverStreaming;
      return `server streaming of ${m.name} toggled`;
    default:
      if ("idempotency_level" in m.opts && r.chance(0.4)) delete m.opts["idempotency_level"];
      else m.opts["idempotency_level"] = r.pick(["NO_SIDE_EFFECTS", "IDEMPOTENT", "IDEMPOTENCY_UNKNOWN"]);
      return `idempotency of ${m.name} changed`;
  }
};

const changeReserved: Edit = (_mod, r, ix) => {
  const t = r.chance(0.6) ? pickMessage(r, ix) : pickEnum(r, ix);
  if (!t) return undefined;
  if (t.reserved.length && r.chance(0.5)) {
    const i = r.int(0, t.reserved.length - 1);
    const [a, b] = t.reserved[i]!;
    if (a < b && r.chance(0.5)) t.reserved[i] = [a, b - 1];
    else t.reserved.splice(i, 1);
    return `reserved range of ${t.name} shrunk`;
  }
  if (t.reservedNames.length) {
    t.reservedNames.splice(r.int(0, t.reservedNames.length - 1), 1);
    return `reserved name of ${t.name} dropped`;
  }
  return undefined;
};

const changeExtRange: Edit = (_mod, r, ix) => {
  const m = pickMessage(r, ix);
  if (!m) return undefined;
  if (m.extRanges.length === 0) {
    m.extRanges.push([100, 199]);
    return `extension range added to ${m.name}`;
  }
  const i = r.int(0, m.extRanges.length - 1);
  const [a, b] = m.extRanges[i]!;
  if (r.chance(0.5)) m.extRanges.splice(i, 1);
  else m.extRanges[i] = [a, b === 536870911 ? 1000 : b - 10];
  return `extension range of ${m.name} cut`;
};

const changeFile: Edit = (mod, r) => {
  if (mod.files.length === 0) return undefined;
  const f = r.pick(mod.files);
  switch (r.int(0, 4)) {
    case 4: {
      const old = f.path;
      f.path = `${r.pick(["", "shop/", "other/v1/"])}${f.path.slice(f.path.lastIndexOf("/") + 1)}`;
      return `move file ${old} → ${f.path}`;
    }
    case 0:
      without(mod.files, f);
      repairRefs(mod);
      return `delete file ${f.path}`;
    case 1: {
      const old = f.path;
      f.path = f.path.replace(/[^/]*\.proto$/, `${fresh(mod, "file")}.proto`);
      return `rename file ${old} → ${f.path}`;
    }
    case 2: {
      const old = f.pkg;
      f.pkg = r.pick(PACKAGES);
      if (r.chance(0.5)) f.path = `${f.pkg ? f.pkg.replaceAll(".", "/") + "/" : ""}${fresh(mod, "file")}.proto`;
      return `package of ${f.path}: ${old} → ${f.pkg}`;
    }
    default: {
      const old = f.syntax;
      f.syntax = r.pick<Syntax>(["proto2", "proto3", "2023", "2024"]);
      return `syntax of ${f.path}: ${old} → ${f.syntax}`;
    }
  }
};

/** Editions features and other options of files, messages and enums. */
const changeFeature: Edit = (mod, r, ix) => {
  const x = r.next();
  const toggle = (opts: Record<string, string>, key: string, values: readonly string[], name: string): string => {
    if (key in opts && r.chance(0.4)) delete opts[key];
    else opts[key] = r.pick(values);
    return `${key} of ${name}: ${opts[key] ?? "removed"}`;
  };
  if (x < 0.4 && mod.files.length) {
    const f = r.pick(mod.files);
    const [key, values] = r.pick<[string, string[]]>([
      // (not LEGACY_REQUIRED: our compiler accepts it at the file level, buf rejects it)
      ["features.field_presence", ["EXPLICIT", "IMPLICIT"]],
      ["features.enum_type", ["OPEN", "CLOSED"]],
      ["features.json_format", ["ALLOW", "LEGACY_BEST_EFFORT"]],
      ["features.utf8_validation", ["NONE", "VERIFY"]],
      ["features.repeated_field_encoding", ["PACKED", "EXPANDED"]],
      ["features.message_encoding", ["DELIMITED", "LENGTH_PREFIXED"]],
    ]);
    return toggle(f.opts, key, values, f.path);
  }
  if (x < 0.7) {
    const m = pickMessage(r, ix);
    if (!m) return undefined;
    const [key, values] = r.pick<[string, string[]]>([
      ["features.json_format", ["ALLOW", "LEGACY_BEST_EFFORT"]],
      ["no_standard_descriptor_accessor", ["true", "false"]],
      ["deprecated", ["true", "false"]],
    ]);
    return toggle(m.opts, key, values, m.name);
  }
  const e = pickEnum(r, ix);
  if (!e) return undefined;
  const [key, values] = r.pick<[string, string[]]>([
    ["features.enum_type", ["OPEN", "CLOSED"]],
    ["features.json_format", ["ALLOW", "LEGACY_BEST_EFFORT"]],
    ["deprecated", ["true", "false"]],
  ]);
  return toggle(e.opts, key, values, e.name);
};

/** Every edit, for the head. */
export const EDITS: readonly [Edit, number][] = [
  ...GROWTH,
  [deleteField, 3],
  [renameField, 2],
  [renumberField, 2],
  [changeFieldType, 4],
  [changeCard, 3],
  [changeOneof, 2],
  [changeFieldOption, 4],
  [changeEnumValue, 3],
  [deleteType, 2],
  [moveType, 2],
  [renameType, 1],
  [cloneType, 2],
  [changeService, 3],
  [changeReserved, 1],
  [changeExtRange, 1],
  [changeFile, 2],
  [changeFeature, 3],
];

function pickWeighted(r: Random, edits: readonly [Edit, number][]): Edit {
  const total = edits.reduce((s, [, w]) => s + w, 0);
  let x = r.next() * total;
  for (const [e, w] of edits) if ((x -= w) < 0) return e;
  return edits[edits.length - 1]![0];
}

/**
 * Applies up to `count` random edits from `edits` to `mod` (in place), each kept only if the
 * module still compiles. Returns the descriptions of the kept edits.
 */
export async function applyEdits(mod: ModuleM, r: Random, edits: readonly [Edit, number][], count: number, maxTries = count * 6): Promise<{ mod: ModuleM; log: string[] }> {
  const log: string[] = [];
  let current = mod;
  for (let tries = 0; log.length < count && tries < maxTries; tries++) {
    const next = structuredClone(current);
    const what = pickWeighted(r, edits)(next, r, indexTypes(next));
    if (what === undefined) continue;
    const files = render(next);
    if (!compilerAgrees(next, files) || (await compileErrors(files)).length) continue;
    current = next;
    log.push(what);
  }
  return { mod: current, log };
}

/**
 * False for modules buf cannot check though they compile:
 * - constructs our compiler accepts and buf rejects (compiler bugs, left to the compiler's owners):
 *   extension ranges in a proto3 message, `java_string_check_utf8` in an editions file, a file
 *   importing a `LITE_RUNTIME` file without being `LITE_RUNTIME` itself; a default on a map field;
 *   in edition 2024, `ctype` and field or extension names that are not snake_case
 *   (`enforce_naming_style`);
 * - an editions field with a default and implicit presence: `buf build` accepts it, but `buf
 *   breaking` stops before any rule ("input image: … has invalid default: cannot be specified
 *   with implicit field presence"), and likewise a map whose value enum does not start at zero;
 * - no file at all (buf: "had no .proto files").
 */
function compilerAgrees(mod: ModuleM, files: Readonly<Record<string, string>>): boolean {
  const ix = indexTypes(mod);
  if (mod.files.length === 0) return false;
  if (ix.messages.some((m) => m.extRanges.length > 0 && ix.where.get(m)!.file.syntax === "proto3")) return false;
  for (const { field, file } of fieldsOf(mod)) {
    if (file.syntax === "2024" && ("ctype" in field.opts || /[A-Z]/.test(field.name))) return false;
    if (field.mapKey !== undefined && ("default" in field.opts || (field.ref?.kind === "enum" && field.ref.values[0]?.number !== 0))) return false;
  }
  const lite = new Set(mod.files.filter((f) => f.opts["optimize_for"] === "LITE_RUNTIME").map((f) => f.path));
  for (const f of mod.files) {
    if (isEditions(f.syntax) && "java_string_check_utf8" in f.opts) return false;
    if (!lite.has(f.path) && [...files[f.path]!.matchAll(/^import "(.*)";$/gm)].some((m) => lite.has(m[1]!))) return false;
  }
  const implicit = (o: Readonly<Record<string, string>>): boolean => o["features.field_presence"] === "IMPLICIT";
  // (a singular non-message field is written with `field_presence = IMPLICIT`, an extension never)
  const bad = (f: FieldM, inherited: boolean, extension: boolean): boolean =>
    "default" in f.opts && f.card !== "repeated" && (inherited || implicit(f.opts) || (f.card === "single" && !isMessageField(f) && !extension));
  for (const m of ix.messages) {
    const w = ix.where.get(m)!;
    if (!isEditions(w.file.syntax)) continue;
    let inherited = implicit(w.file.opts);
    for (let p: MessageM | undefined = m; p; p = ix.where.get(p)!.parent) inherited ||= implicit(p.opts);
    if (m.fields.some((f) => bad(f, inherited, false)) || m.extends.some((e) => e.fields.some((f) => bad(f, inherited, true)))) return false;
  }
  return !mod.files.some((file) => isEditions(file.syntax) && file.extends.some((e) => e.fields.some((f) => bad(f, implicit(file.opts), true))));
}

/** An empty module. */
export function emptyModule(): ModuleM {
  return { files: [], uid: 0 };
}
