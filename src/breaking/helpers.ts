/**
 * Facts the breaking rules compare, computed the way buf computes them (buf-rules.md §2.4, §2.5):
 * a field's cardinality and wire-compatibility groups, resolved editions features (presence,
 * utf8_validation, json_format, enum_type), effective defaults, C++/Java string settings, reserved
 * and extension range coverage with buf's "missing values" text, where a deleted nested element is
 * reported, where an option that may be absent lives, and the same-RPC type and streaming checks.
 * Wording helpers are in describe.ts; the deletion checks in deletions.ts.
 */
import {
  FeatureSet_EnumType,
  FeatureSet_FieldPresence,
  FeatureSet_JsonFormat,
  FeatureSet_Utf8Validation,
  FieldDescriptorProto_Label,
  FieldDescriptorProto_Type,
  FieldOptions_CType,
  FieldOptions_JSType,
  FieldOptionsSchema,
  FileOptionsSchema,
  type FeatureSet,
} from "@bufbuild/protobuf/wkt";
import { isFieldSet } from "@bufbuild/protobuf";
import { BinaryReader, WireType } from "@bufbuild/protobuf/wire";
import type { Element, Enum, Field, Message, Method, Model, Oneof, ProtoFile } from "../engine/model.js";
import type { BreakingContext, ReportTarget } from "../engine/rule.js";
import { fieldKind, nestedName, type FieldKind } from "./describe.js";

// ---- cardinality ------------------------------------------------------------------------------

export type Cardinality = "optional with explicit presence" | "optional with implicit presence" | "required" | "repeated" | "map";

/** A repeated field whose type is its message's synthesized map entry. */
export function isMapField(f: Field): boolean {
  if (f.proto.label !== FieldDescriptorProto_Label.REPEATED || f.typeName === undefined || !f.parent) return false;
  for (const m of f.parent.messages) if (m.isMapEntry && m.fullName === f.typeName) return true;
  return false;
}

/** Whether a singular field tracks presence (protoreflect `HasPresence`). */
export function hasPresence(f: Field): boolean {
  if (f.proto.label === FieldDescriptorProto_Label.REPEATED) return false;
  if (f.isExtension || f.oneof !== undefined) return true;
  const k = fieldKind(f);
  if (k === "message" || k === "group") return true;
  if (f.file.syntax === "proto2") return true;
  if (f.file.syntax === "proto3") return f.proto.proto3Optional === true;
  return fieldPresence(f) !== FeatureSet_FieldPresence.IMPLICIT;
}

function fieldPresence(f: Field): FeatureSet_FieldPresence {
  return resolveFeature(f, "fieldPresence") as FeatureSet_FieldPresence;
}

/** buf's cardinality of a field, as printed in its messages. */
export function cardinality(f: Field): Cardinality {
  if (isMapField(f)) return "map";
  if (f.proto.label === FieldDescriptorProto_Label.REPEATED) return "repeated";
  if (f.proto.label === FieldDescriptorProto_Label.REQUIRED) return "required";
  if (f.file.syntax === "editions" && !f.isExtension && fieldPresence(f) === FeatureSet_FieldPresence.LEGACY_REQUIRED) return "required";
  return hasPresence(f) ? "optional with explicit presence" : "optional with implicit presence";
}

/** Wire groups: a change inside a group keeps the bytes readable. */
export const WIRE_CARDINALITY_GROUP: Readonly<Record<Cardinality, number>> = {
  "optional with explicit presence": 1,
  "optional with implicit presence": 1,
  required: 2,
  repeated: 3,
  map: 3,
};

/** Wire + JSON groups: maps and repeated fields differ in JSON. */
export const WIRE_JSON_CARDINALITY_GROUP: Readonly<Record<Cardinality, number>> = {
  "optional with explicit presence": 1,
  "optional with implicit presence": 1,
  required: 2,
  repeated: 3,
  map: 4,
};

// ---- type groups --------------------------------------------------------------------------------

/** buf-rules.md §2.4, FIELD_WIRE_COMPATIBLE_TYPE. */
export const WIRE_TYPE_GROUP: Readonly<Record<FieldKind, number>> = {
  int32: 1, int64: 1, uint32: 1, uint64: 1, bool: 1,
  sint32: 2, sint64: 2,
  string: 3,
  bytes: 4,
  fixed32: 5, sfixed32: 5,
  fixed64: 6, sfixed64: 6,
  double: 7,
  float: 8,
  group: 9,
  message: 10,
  enum: 11,
};

/** buf-rules.md §2.4, FIELD_WIRE_JSON_COMPATIBLE_TYPE (JSON writes 64-bit integers as strings). */
export const WIRE_JSON_TYPE_GROUP: Readonly<Record<FieldKind, number>> = {
  int32: 1, uint32: 1,
  int64: 2, uint64: 2,
  fixed32: 3, sfixed32: 3,
  fixed64: 4, sfixed64: 4,
  bool: 5,
  sint32: 6,
  sint64: 7,
  string: 8,
  bytes: 9,
  double: 10,
  float: 11,
  group: 12,
  message: 13,
  enum: 14,
};

/** The kind as buf names it: a group in a proto3/editions file is a delimited message. */
export function kindName(f: Field): string {
  const k = fieldKind(f);
  if (k === "group" && f.file.syntax !== "proto2") return "message (delimited encoding)";
  return k;
}

/** Where a type change is reported: the type name for message/enum/group fields, else the type keyword. */
export function typeTarget(f: Field): ReportTarget {
  const k = fieldKind(f);
  return fieldAt(f, [k === "message" || k === "enum" || k === "group" ? 6 : 5]);
}

/**
 * A field's span (or the span at `at` below it). Fields of a synthesized map entry have no source
 * locations; buf reports them at the type of the map field they come from (`map<string, int64>`).
 */
export function fieldAt(f: Field, at?: readonly number[]): ReportTarget {
  if (f.parent?.isMapEntry && !f.file.locations.get([...f.path, ...(at ?? [])]) && !f.file.locations.get(f.path)) {
    const entry = f.parent;
    const mapField = entry.parent?.fields.find((x) => x.typeName === entry.fullName);
    if (mapField) return { element: mapField, at: [6] };
  }
  return at ? { element: f, at } : { element: f };
}

/**
 * A field of enum type moved to another enum: compatible on the wire when the enums share their
 * short name and every old value (name and number) is still there (buf `EnumIsSubset`).
 */
export function enumWireCompatible(previous: Field, current: Field, prevModel: Model, curModel: Model): boolean {
  const was = prevModel.type(previous.typeName ?? "");
  const now = curModel.type(current.typeName ?? "");
  if (!was || !now || was.kind !== "enum" || now.kind !== "enum") return false;
  if (was.name !== now.name) return false;
  const byName = new Map(now.values.map((v) => [v.name, v.number]));
  return was.values.every((v) => byName.get(v.name) === v.number);
}

// ---- features ------------------------------------------------------------------------------------

type CoreFeature = "fieldPresence" | "enumType" | "utf8Validation" | "jsonFormat";

const LEGACY_DEFAULTS: Readonly<Record<"proto2" | "proto3" | "editions", Readonly<Record<CoreFeature, number>>>> = {
  proto2: {
    fieldPresence: FeatureSet_FieldPresence.EXPLICIT,
    enumType: FeatureSet_EnumType.CLOSED,
    utf8Validation: FeatureSet_Utf8Validation.NONE,
    jsonFormat: FeatureSet_JsonFormat.LEGACY_BEST_EFFORT,
  },
  proto3: {
    fieldPresence: FeatureSet_FieldPresence.IMPLICIT,
    enumType: FeatureSet_EnumType.OPEN,
    utf8Validation: FeatureSet_Utf8Validation.VERIFY,
    jsonFormat: FeatureSet_JsonFormat.ALLOW,
  },
  editions: {
    fieldPresence: FeatureSet_FieldPresence.EXPLICIT,
    enumType: FeatureSet_EnumType.OPEN,
    utf8Validation: FeatureSet_Utf8Validation.VERIFY,
    jsonFormat: FeatureSet_JsonFormat.ALLOW,
  },
};

function ownFeatures(el: Element): FeatureSet | undefined {
  switch (el.kind) {
    case "file":
    case "field":
    case "message":
    case "enum":
    case "oneof":
      return el.proto.options?.features;
    default:
      return undefined;
  }
}

/** The element whose features an element inherits (field → oneof → message… → file). */
function featureParent(el: Element): Element | undefined {
  switch (el.kind) {
    case "field":
      return el.oneof && !el.oneof.synthetic ? el.oneof : (el.parent ?? el.file);
    case "oneof":
      return el.parent;
    case "message":
    case "enum":
      return el.parent ?? el.file;
    case "file":
      return undefined;
    default:
      return el.file;
  }
}

/** A core feature as resolved for an element: its own, its ancestors', or the file's syntax/edition default. */
export function resolveFeature(el: Field | Message | Enum | Oneof, name: CoreFeature): number {
  for (let at: Element | undefined = el; at; at = featureParent(at)) {
    const v = ownFeatures(at)?.[name];
    if (v !== undefined && v !== 0) return v;
  }
  return LEGACY_DEFAULTS[el.file.syntax][name];
}

export function utf8ValidationName(v: number): string {
  return FeatureSet_Utf8Validation[v] ?? String(v);
}

export function jsonFormatName(v: number): string {
  return FeatureSet_JsonFormat[v] ?? String(v);
}

/**
 * A varint field of a custom feature extension (`(pb.cpp)` = 1000, `(pb.java)` = 1001) set on an
 * element's own features, read from the FeatureSet's unknown fields.
 */
function customFeature(features: FeatureSet | undefined, extension: number, field: number): number | undefined {
  const unknown = (features as { $unknown?: { no: number; wireType: number; data: Uint8Array }[] } | undefined)?.$unknown;
  if (!unknown) return undefined;
  let found: number | undefined;
  for (const u of unknown) {
    if (u.no !== extension || u.wireType !== WireType.LengthDelimited) continue;
    const r = new BinaryReader(u.data);
    r.uint32(); // the length prefix of the extension's message
    while (r.pos < r.len) {
      const [no, wt] = r.tag();
      if (no === field && wt === WireType.Varint) found = r.int32();
      else r.skip(wt);
    }
  }
  return found;
}

function resolveCustom(f: Field, extension: number, field: number): number | undefined {
  for (let at: Element | undefined = f; at; at = featureParent(at)) {
    const v = customFeature(ownFeatures(at), extension, field);
    if (v !== undefined && v !== 0) return v;
  }
  return undefined;
}

const EDITION_2024 = 1001;

/** A C++ string type as {@link cppStringType} gives it. */
export interface CppStringType {
  readonly type: string;
  readonly piece: boolean;
}

const CPP_STRING: CppStringType = { type: "STRING", piece: false };
const CPP_CORD: CppStringType = { type: "CORD", piece: false };
const CPP_VIEW: CppStringType = { type: "VIEW", piece: false };
const CPP_STRING_PIECE: CppStringType = { type: "STRING", piece: true };

/** C++ string type of a string/bytes field: `STRING`, `CORD`, `VIEW`, or `STRING_PIECE` (ctype only). */
export function cppStringType(f: Field): CppStringType {
  const edition = f.file.syntax === "editions" ? f.file.proto.edition : 0;
  const options = f.proto.options;
  if (edition < EDITION_2024 && options && isFieldSet(options, FieldOptionsSchema.field.ctype)) {
    const ctype = options.ctype;
    if (ctype === FieldOptions_CType.CORD) return CPP_CORD;
    if (ctype === FieldOptions_CType.STRING_PIECE) return CPP_STRING_PIECE;
    if (ctype === FieldOptions_CType.STRING || f.file.syntax !== "editions") return CPP_STRING;
  }
  // pb.CppFeatures.string_type (field 2): VIEW = 1, CORD = 2, STRING = 3; default STRING before 2024, VIEW from 2024.
  const v = resolveCustom(f, 1000, 2);
  if (v === 2) return CPP_CORD;
  if (v === 3) return CPP_STRING;
  if (v === 1) return CPP_VIEW;
  return edition >= EDITION_2024 ? CPP_VIEW : CPP_STRING;
}

/** Java UTF-8 checking of a string field: `VERIFY` or `NONE` (buf `fieldJavaUTF8Validation`). */
export function javaUtf8Validation(f: Field): string {
  const core = resolveFeature(f, "utf8Validation");
  const opts = f.file.proto.options;
  if (f.file.syntax !== "editions" || (opts && isFieldSet(opts, FileOptionsSchema.field.javaStringCheckUtf8))) {
    return utf8ValidationName(opts?.javaStringCheckUtf8 === true ? FeatureSet_Utf8Validation.VERIFY : core);
  }
  // pb.JavaFeatures.utf8_validation (field 2): VERIFY = 2.
  return utf8ValidationName(resolveCustom(f, 1001, 2) === 2 ? FeatureSet_Utf8Validation.VERIFY : core);
}

export function jsTypeName(f: Field): string {
  return FieldOptions_JSType[f.proto.options?.jstype ?? FieldOptions_JSType.JS_NORMAL] ?? "JS_NORMAL";
}

export function is64BitInteger(f: Field): boolean {
  const t = f.proto.type;
  return (
    t === FieldDescriptorProto_Type.INT64 ||
    t === FieldDescriptorProto_Type.SINT64 ||
    t === FieldDescriptorProto_Type.UINT64 ||
    t === FieldDescriptorProto_Type.FIXED64 ||
    t === FieldDescriptorProto_Type.SFIXED64
  );
}

// ---- option locations ----------------------------------------------------------------------------

/**
 * Where buf reports a value inside an element's options (`optionsPath` + `rest`, e.g. a feature):
 * the exact location, else the longest recorded ancestor at least `keep` elements deep below the
 * element, else a recorded descendant (buf `getBestMatchOptionExtensionLocation`). Returns the
 * sub-path relative to the element, or undefined when nothing is recorded.
 */
export function optionAt(el: Element, rest: readonly number[], keep: number): readonly number[] | undefined {
  const file = el.kind === "file" ? el : el.file;
  const full = [...el.path, ...rest];
  if (file.locations.get(full)) return rest;
  const minLen = el.path.length + keep;
  let best: readonly number[] | undefined;
  for (const loc of file.proto.sourceCodeInfo?.location ?? []) {
    const p = loc.path;
    if (p.length >= minLen && isPrefix(p, full) && p.length > (best?.length ?? 0)) best = p;
    else if (isPrefix(full, p)) return p.slice(el.path.length);
  }
  return best?.slice(el.path.length);
}

function isPrefix(prefix: readonly number[], path: readonly number[]): boolean {
  if (prefix.length > path.length) return false;
  for (let i = 0; i < prefix.length; i++) if (prefix[i] !== path[i]) return false;
  return true;
}

/** A report target at the first of several option paths that has a location, else the element itself. */
export function firstOption(el: Element, ...candidates: (readonly number[] | undefined)[]): ReportTarget {
  for (const c of candidates) if (c) return { element: el, at: c };
  return el.kind === "field" ? fieldAt(el) : el.kind === "message" ? messageAt(el) : { element: el };
}

/**
 * A message's span. A synthesized map entry has no source location; buf reports it at the type of
 * its map field (`map<string, int64>`), as it does the entry's fields (`fieldAt`).
 */
export function messageAt(m: Message): ReportTarget {
  if (m.isMapEntry && !m.file.locations.get(m.path)) {
    const mapField = m.parent?.fields.find((x) => x.typeName === m.fullName);
    if (mapField) return { element: mapField, at: [6] };
  }
  return { element: m };
}

// ---- deletions -----------------------------------------------------------------------------------

/**
 * Where buf reports an element deleted from a file: the closest enclosing message that still
 * exists in the current file (by nested name), else the file without a location.
 */
export function deletedElementTarget(current: ProtoFile, nestedNameOfDeleted: string): Message | ProtoFile {
  const parts = nestedNameOfDeleted.split(".");
  if (parts.length > 1) {
    const messages = messagesByNestedName(current);
    for (let i = parts.length - 1; i > 0; i--) {
      const m = messages.get(parts.slice(0, i).join("."));
      if (m) return m;
    }
  }
  return current;
}

const keptDeclarations = new WeakMap<ProtoFile, { readonly current: ProtoFile; readonly kept: boolean }>();

/**
 * Whether every message, enum and extension of `previous` is still in `current` at the same place
 * under the same name (each list may have grown at its end). Then no nested name of `previous` is
 * missing from `current`, told without building the name maps: most files keep their declarations.
 * Worked out once per pair of files.
 */
export function keepsDeclarations(previous: ProtoFile, current: ProtoFile): boolean {
  const known = keptDeclarations.get(previous);
  if (known?.current === current) return known.kept;
  const kept =
    sameNamesInPlace(previous.enums, current.enums) &&
    sameNamesInPlace(previous.extensions, current.extensions) &&
    messagesKeptInPlace(previous.messages, current.messages);
  keptDeclarations.set(previous, { current, kept });
  return kept;
}

function messagesKeptInPlace(previous: readonly Message[], current: readonly Message[]): boolean {
  if (!sameNamesInPlace(previous, current)) return false;
  for (let i = 0; i < previous.length; i++) {
    const p = previous[i]!;
    const c = current[i]!;
    if (!sameNamesInPlace(p.enums, c.enums) || !sameNamesInPlace(p.extensions, c.extensions) || !messagesKeptInPlace(p.messages, c.messages)) return false;
  }
  return true;
}

function sameNamesInPlace(previous: readonly (Message | Enum | Field)[], current: readonly (Message | Enum | Field)[]): boolean {
  if (previous.length > current.length) return false;
  for (let i = 0; i < previous.length; i++) if (previous[i]!.name !== current[i]!.name) return false;
  return true;
}

const byNested = new WeakMap<ProtoFile, Map<string, Message>>();

/** Every message of a file by nested name, map entries included, in declaration order (depth first); built once per file, not to be changed. */
export function messagesByNestedName(file: ProtoFile): Map<string, Message> {
  let out = byNested.get(file);
  if (!out) {
    out = new Map();
    const visit = (m: Message): void => {
      out!.set(nestedName(m), m);
      m.messages.forEach(visit);
    };
    file.messages.forEach(visit);
    byNested.set(file, out);
  }
  return out;
}

const extensionsByNested = new WeakMap<ProtoFile, Map<string, Field>>();

/** Every extension of a file by nested name (`ext` or `Scope.ext`); built once per file, not to be changed. */
export function extensionsByNestedName(file: ProtoFile): Map<string, Field> {
  let out = extensionsByNested.get(file);
  if (!out) {
    out = collectExtensions(file);
    extensionsByNested.set(file, out);
  }
  return out;
}

function collectExtensions(file: ProtoFile): Map<string, Field> {
  const out = new Map<string, Field>();
  const pkg = file.package;
  const rel = (full: string): string => (pkg && full.startsWith(pkg + ".") ? full.slice(pkg.length + 1) : full);
  for (const x of file.extensions) out.set(rel(x.fullName), x);
  const visit = (m: Message): void => {
    for (const x of m.extensions) out.set(rel(x.fullName), x);
    m.messages.forEach(visit);
  };
  file.messages.forEach(visit);
  return out;
}

const enumsByNested = new WeakMap<ProtoFile, Map<string, Enum>>();

/** Every enum of a file by nested name; built once per file, not to be changed. */
export function enumsByNestedName(file: ProtoFile): Map<string, Enum> {
  let out = enumsByNested.get(file);
  if (!out) {
    out = new Map();
    for (const e of file.enums) out.set(nestedName(e), e);
    for (const m of messagesByNestedName(file).values()) for (const e of m.enums) out.set(nestedName(e), e);
    enumsByNested.set(file, out);
  }
  return out;
}

/** The files of one side grouped by package. */
export function filesByPackage(files: readonly ProtoFile[]): Map<string, ProtoFile[]> {
  const out = new Map<string, ProtoFile[]>();
  for (const f of files) {
    const list = out.get(f.package);
    if (list) list.push(f);
    else out.set(f.package, [f]);
  }
  return out;
}

// ---- ranges --------------------------------------------------------------------------------------

/** An inclusive number range. */
export type Range = readonly [start: number, end: number];

export const MESSAGE_MAX = 536870911;
export const MESSAGE_SET_MAX = 2147483646;
export const ENUM_MAX = 2147483647;

/** Message reserved/extension ranges are end-exclusive in descriptors; enum reserved ranges inclusive. */
export function messageReservedRanges(m: Message): Range[] {
  return m.proto.reservedRange.map((r) => [r.start, r.end - 1] as const);
}
export function extensionRanges(m: Message): Range[] {
  return m.proto.extensionRange.map((r) => [r.start, r.end - 1] as const);
}
export function enumReservedRanges(e: Enum): Range[] {
  return e.proto.reservedRange.map((r) => [r.start, r.end] as const);
}
export function messageMax(m: Message): number {
  return m.proto.options?.messageSetWireFormat === true ? MESSAGE_SET_MAX : MESSAGE_MAX;
}

export function inRanges(n: number, ranges: readonly Range[]): boolean {
  return ranges.some(([s, e]) => n >= s && n <= e);
}

function collapse(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1] + 1) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** The parts of `range` that `ranges` no longer cover. */
export function missingFrom(range: Range, ranges: readonly Range[]): Range[] {
  let [start] = range;
  const end = range[1];
  const out: Range[] = [];
  for (const [s, e] of collapse(ranges)) {
    if (e < start) continue;
    if (s > end) break;
    if (s > start) out.push([start, s - 1]);
    start = e + 1;
    if (start > end) return out;
  }
  if (start <= end) out.push([start, end]);
  return out;
}

/** `5`, `20 to 25`, `100 to max` (as written in a `reserved`/`extensions` statement). */
export function rangeText([s, e]: Range, max: number): string {
  if (s === e) return String(s);
  return `${s} to ${e === max ? "max" : String(e)}`;
}

// ---- defaults ------------------------------------------------------------------------------------

export type DefaultValue =
  | { readonly kind: "number"; readonly value: number; readonly float32: boolean; readonly text: string }
  | { readonly kind: "bigint"; readonly value: bigint; readonly text: string }
  | { readonly kind: "string"; readonly value: string; readonly text: string }
  | { readonly kind: "bytes"; readonly value: string; readonly text: string };

/** Whether a field has a default at all: singular, not a message or group (buf `canHaveDefault`). */
export function canHaveDefault(f: Field): boolean {
  const k = fieldKind(f);
  return f.proto.label !== FieldDescriptorProto_Label.REPEATED && k !== "message" && k !== "group";
}

/** The effective default: the explicit `[default = …]`, else the zero value (an enum's first value). */
export function effectiveDefault(f: Field, model: Model): DefaultValue {
  const k = fieldKind(f);
  // An explicit empty default equals the zero value, so "" counts as unset.
  const explicit = f.proto.defaultValue !== "" ? f.proto.defaultValue : undefined;
  switch (k) {
    case "string":
      return { kind: "string", value: explicit ?? "", text: JSON.stringify(explicit ?? "") };
    case "bytes": {
      const raw = unescapeBytes(explicit ?? "");
      return { kind: "bytes", value: raw, text: `[${[...raw].map((c) => "0x" + c.charCodeAt(0).toString(16).toUpperCase()).join(",")}]` };
    }
    case "bool": {
      const v = explicit === "true" ? 1 : 0;
      return { kind: "number", value: v, float32: false, text: v ? "true" : "false" };
    }
    case "enum": {
      const e = enumNamed(model, f.file, f.typeName ?? "");
      const values = e ? e.values : [];
      const v = explicit !== undefined ? values.find((x) => x.name === explicit) : values[0];
      const n = v?.number ?? 0;
      return { kind: "number", value: n, float32: false, text: `${e?.name ?? "?"}.${v?.name ?? `${n}(?)`}` };
    }
    case "double":
    case "float": {
      const v = explicit === undefined ? 0 : explicit === "inf" ? Infinity : explicit === "-inf" ? -Infinity : explicit === "nan" ? NaN : Number(explicit);
      return { kind: "number", value: k === "float" ? Math.fround(v) : v, float32: k === "float", text: explicit ?? "0" };
    }
    default: {
      const v = explicit === undefined ? 0n : BigInt(explicit);
      return { kind: "bigint", value: v, text: v.toString() };
    }
  }
}

/**
 * Whether two fields certainly have the same effective default without working it out: the same
 * kind, not an enum (whose default depends on the enum's values), and the same `[default = …]` text.
 */
export function sameDefaultText(a: Field, b: Field): boolean {
  if (a.proto.defaultValue !== b.proto.defaultValue) return false;
  const k = fieldKind(a);
  return k !== "enum" && k === fieldKind(b);
}

/**
 * An enum by full name, as `Model.type` finds it. A field's enum is declared in the field's file or
 * in a file it imports (directly, or through public imports), where it is found by walking the
 * names of its full name through the file's declarations: no index of every type of the model, and
 * no full name worked out. An index of the model's enums remains for what is declared elsewhere.
 * Answers are kept per file, as a file's fields often share an enum.
 */
function enumNamed(model: Model, from: ProtoFile, fullName: string): Enum | undefined {
  let known = enumsSeenFrom.get(from);
  if (!known) enumsSeenFrom.set(from, (known = new Map()));
  let e = known.get(fullName);
  if (e === undefined) {
    e = enumIn(from, fullName) ?? enumInImports(from, fullName, 0) ?? enumIndex(model).get(fullName);
    if (e) known.set(fullName, e);
  }
  return e;
}

const enumsSeenFrom = new WeakMap<ProtoFile, Map<string, Enum>>();

function enumInImports(file: ProtoFile, fullName: string, depth: number): Enum | undefined {
  for (const imp of file.imports) {
    const t = imp.target;
    if (t === undefined || (depth > 0 && !imp.isPublic)) continue;
    const found = enumIn(t, fullName) ?? (depth < MAX_PUBLIC_IMPORT_DEPTH && t.proto.publicDependency.length > 0 ? enumInImports(t, fullName, depth + 1) : undefined);
    if (found) return found;
  }
  return undefined;
}

/** How far public imports are followed before the index of every enum takes over. */
const MAX_PUBLIC_IMPORT_DEPTH = 8;

/** The enum `fullName` declared in `file`, found through the file's package and nested names. */
function enumIn(file: ProtoFile, fullName: string): Enum | undefined {
  const pkg = file.package;
  let start = 0;
  if (pkg) {
    if (!(fullName.length > pkg.length + 1 && fullName.charCodeAt(pkg.length) === DOT && fullName.startsWith(pkg))) return undefined;
    start = pkg.length + 1;
  }
  let messages = file.messages;
  let enums = file.enums;
  for (;;) {
    const dot = fullName.indexOf(".", start);
    if (dot < 0) {
      for (const e of enums) if (isNameAt(e.name, fullName, start, fullName.length)) return e;
      return undefined;
    }
    let next: Message | undefined;
    for (const m of messages) {
      if (isNameAt(m.name, fullName, start, dot)) {
        next = m;
        break;
      }
    }
    if (!next) return undefined;
    messages = next.messages;
    enums = next.enums;
    start = dot + 1;
  }
}

const DOT = 46;

/** Whether `text` from `start` to `end` is `name`. */
function isNameAt(name: string, text: string, start: number, end: number): boolean {
  return name.length === end - start && text.startsWith(name, start);
}

const enumIndexes = new WeakMap<Model, Map<string, Enum>>();

/** The model's enums by full name (built once per model; a later duplicate wins, as in `Model.type`). */
function enumIndex(model: Model): Map<string, Enum> {
  let index = enumIndexes.get(model);
  if (!index) {
    index = new Map();
    for (const f of model.files) {
      for (const m of f.messages) indexEnums(m, index);
      for (const e of f.enums) index.set(e.fullName, e);
    }
    enumIndexes.set(model, index);
  }
  return index;
}

/** Adds the enums declared in a message and in the messages nested in it, in `walk`'s order. */
function indexEnums(m: Message, into: Map<string, Enum>): void {
  for (const n of m.messages) indexEnums(n, into);
  for (const e of m.enums) into.set(e.fullName, e);
}

export function isZeroDefault(d: DefaultValue): boolean {
  switch (d.kind) {
    case "number":
      return d.value === 0 && !Object.is(d.value, -0);
    case "bigint":
      return d.value === 0n;
    default:
      return d.value === "";
  }
}

/** Defaults equal as buf compares them: numbers by value across types, float vs double at float precision, NaN = NaN. */
export function defaultsEqual(a: DefaultValue, b: DefaultValue): boolean {
  const aText = a.kind === "string" || a.kind === "bytes";
  const bText = b.kind === "string" || b.kind === "bytes";
  if (aText || bText) return aText && bText && a.value === b.value;
  if (a.kind === "bigint" && b.kind === "bigint") return a.value === b.value;
  const an = a.kind === "bigint" ? Number(a.value) : a.value;
  const bn = b.kind === "bigint" ? Number(b.value) : b.value;
  if (Number.isNaN(an) || Number.isNaN(bn)) return Number.isNaN(an) && Number.isNaN(bn);
  if (a.kind === "number" && b.kind === "number" && a.float32 !== b.float32) return Math.fround(an) === Math.fround(bn);
  return an === bn;
}

/** Decodes a C-escaped default (`\101`, `\x41`, `\n`) into a byte string. */
function unescapeBytes(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== "\\") {
      out += c;
      continue;
    }
    const n = s[++i] ?? "";
    if (/[0-7]/.test(n)) {
      let oct = n;
      while (oct.length < 3 && /[0-7]/.test(s[i + 1] ?? "")) oct += s[++i];
      out += String.fromCharCode(parseInt(oct, 8) & 0xff);
    } else if (n === "x" || n === "X") {
      let hex = "";
      while (hex.length < 2 && /[0-9a-fA-F]/.test(s[i + 1] ?? "")) hex += s[++i];
      out += String.fromCharCode(parseInt(hex || "0", 16));
    } else {
      const map: Record<string, string> = { n: "\n", r: "\r", t: "\t", a: "\x07", b: "\b", f: "\f", v: "\v", "\\": "\\", "'": "'", '"': '"', "?": "?" };
      out += map[n] ?? n;
    }
  }
  return out;
}

// ---- file options --------------------------------------------------------------------------------

/**
 * The FILE_SAME_<option> check: the option's effective value (unset = its default) must not
 * change. Reported at the option on the current side, or at the file without a location when the
 * option was removed (as buf does).
 */
export function checkFileOption(
  pair: { readonly previous: ProtoFile; readonly current: ProtoFile },
  ctx: { report(target: ReportTarget, message: string): void },
  option: string,
  fieldNumber: number,
  value: (file: ProtoFile) => string,
): void {
  const was = value(pair.previous);
  const now = value(pair.current);
  if (was === now) return;
  const quote = (v: string): string => (UNQUOTED.has(option) ? v : JSON.stringify(v));
  const fix = pair.previous.proto.options && was !== value({ ...pair.previous, proto: { ...pair.previous.proto, options: undefined } } as ProtoFile)
    ? `set it back with \`option ${option} = ${quote(was)};\``
    : `remove the option (or set it to its default, ${quote(was)})`;
  ctx.report(
    { element: pair.current, at: [8, fieldNumber], fallback: "none" },
    `File option "${option}" changed from "${was}" to "${now}", which changes the generated code's names or shape for this file. To stay compatible, ${fix}.`,
  );
}

/** File options whose values are written unquoted (booleans and optimize_for's enum). */
const UNQUOTED = new Set(["java_multiple_files", "java_generic_services", "cc_enable_arenas", "cc_generic_services", "py_generic_services", "optimize_for"]);

// ---- RPCs --------------------------------------------------------------------------------------

/** Reports a changed request or response type, on that type. */
export function checkRpcType(previous: Method, current: Method, ctx: BreakingContext, side: "request" | "response"): void {
  const [was, now] = side === "request" ? [previous.inputType, current.inputType] : [previous.outputType, current.outputType];
  if (was === now) return;
  ctx.report(
    { element: current, at: [side === "request" ? 2 : 3] },
    `The ${side} type of RPC "${current.name}" of service "${current.parent.name}" changed from "${was}" to "${now}"; existing callers ${side === "request" ? "send" : "expect"} the old type. Restore ${was}, or add a new RPC for the new type.`,
  );
}

/** Reports a changed client (request) or server (response) streaming mode, on the RPC. */
export function checkRpcStreaming(previous: Method, current: Method, ctx: BreakingContext, side: "client" | "server"): void {
  const was = side === "client" ? previous.clientStreaming : previous.serverStreaming;
  const now = side === "client" ? current.clientStreaming : current.serverStreaming;
  if (was === now) return;
  const mode = (s: boolean): string => (s ? "streaming" : "unary");
  ctx.report(
    current,
    `RPC "${current.name}" of service "${current.parent.name}" changed from ${side} ${mode(was)} to ${side} ${mode(now)}, which changes its stubs and protocol. ${was ? "Restore the `stream` keyword" : "Remove the `stream` keyword"} on the ${side === "client" ? "request" : "response"}, or add a new RPC.`,
  );
}
