/**
 * Reading protovalidate field rules (`(buf.validate.field)`, extension 1159 of FieldOptions) from
 * compiled descriptors, for the PROTOVALIDATE lint rule, and finding where in the option a rule was
 * written, as buf does.
 *
 * The extension value is read straight from the options' unknown fields with a small wire reader,
 * so no registry of buf/validate/validate.proto is built (lint may run on thousands of files that
 * never use protovalidate). Repeated occurrences of a message field merge, as protobuf merges them.
 */
import { isFieldSet } from "@bufbuild/protobuf";
import { FieldDescriptorProtoSchema, FieldDescriptorProto_Label, FieldDescriptorProto_Type, type FieldDescriptorProto } from "@bufbuild/protobuf/wkt";
import { FIELD_OPTIONS, type Field, type Message } from "./model.js";
import { celProblems, validRuleId, type CelScope, type CelThis } from "./protovalidate-cel.js";

/** `extend google.protobuf.FieldOptions { optional FieldRules field = 1159; }` */
export const VALIDATE_FIELD_EXTENSION = 1159;

interface WireField {
  readonly no: number;
  readonly wireType: number;
  /** Varint and fixed values. */
  readonly int?: bigint;
  /** Length-delimited payloads. */
  readonly bytes?: Uint8Array;
}

/** A protobuf message as read from the wire: its fields by number, in order. */
export class WireMessage {
  private constructor(readonly fields: readonly WireField[]) {}


  static parse(bytes: Uint8Array): WireMessage | undefined {
    const out: WireField[] = [];
    let i = 0;
    const varint = (): bigint | undefined => {
      let v = 0n;
      let shift = 0n;
      while (i < bytes.length) {
        const b = bytes[i++]!;
        v |= BigInt(b & 0x7f) << shift;
        if ((b & 0x80) === 0) return v;
        shift += 7n;
      }
      return undefined;
    };
    while (i < bytes.length) {
      const tag = varint();
      if (tag === undefined) return undefined;
      const no = Number(tag >> 3n);
      const wireType = Number(tag & 7n);
      if (wireType === 0) {
        const v = varint();
        if (v === undefined) return undefined;
        out.push({ no, wireType, int: v });
      } else if (wireType === 1 || wireType === 5) {
        const n = wireType === 1 ? 8 : 4;
        if (i + n > bytes.length) return undefined;
        let v = 0n;
        for (let k = n - 1; k >= 0; k--) v = (v << 8n) | BigInt(bytes[i + k]!);
        i += n;
        out.push({ no, wireType, int: v });
      } else if (wireType === 2) {
        const len = varint();
        if (len === undefined || i + Number(len) > bytes.length) return undefined;
        out.push({ no, wireType, bytes: bytes.subarray(i, i + Number(len)) });
        i += Number(len);
      } else {
        return undefined; // groups do not occur in protovalidate rules
      }
    }
    return new WireMessage(out);
  }

  has(no: number): boolean {
    return this.fields.some((f) => f.no === no);
  }

  /** Distinct field numbers set (known fields and extensions alike). */
  count(): number {
    return new Set(this.fields.map((f) => f.no)).size;
  }

  /** The last varint value of a field (proto semantics for a non-repeated scalar). */
  uint(no: number): bigint | undefined {
    let v: bigint | undefined;
    for (const f of this.fields) if (f.no === no && f.int !== undefined) v = f.int;
    return v;
  }

  bool(no: number): boolean {
    return (this.uint(no) ?? 0n) !== 0n;
  }

  /** The last length-delimited value of a field. */
  bytes(no: number): Uint8Array | undefined {
    let v: Uint8Array | undefined;
    for (const f of this.fields) if (f.no === no && f.bytes !== undefined) v = f.bytes;
    return v;
  }

  string(no: number): string | undefined {
    const b = this.bytes(no);
    return b === undefined ? undefined : new TextDecoder().decode(b);
  }

  /** A message field: every occurrence merged. */
  message(no: number): WireMessage | undefined {
    const parts = this.fields.filter((f) => f.no === no && f.bytes !== undefined).map((f) => f.bytes!);
    if (parts.length === 0) return undefined;
    return WireMessage.parse(concat(parts));
  }

  /** The field numbers set, in first-seen order. */
  numbers(): number[] {
    return [...new Set(this.fields.map((f) => f.no))];
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The field's `(buf.validate.field)` rules, if it has any. */
export function fieldRules(field: Field): WireMessage | undefined {
  return extensionRules(field.proto.options);
}

/** The message's `(buf.validate.message)` rules (extension 1159 of MessageOptions), if it has any. */
export function messageRules(message: Message): WireMessage | undefined {
  return extensionRules(message.proto.options);
}

/** Extension 1159 of an options message, read from its unknown fields. */
function extensionRules(options: object | undefined): WireMessage | undefined {
  const unknown = (options as { $unknown?: readonly { no: number; wireType: number; data: Uint8Array }[] } | undefined)?.$unknown;
  if (!unknown) return undefined;
  const parts: Uint8Array[] = [];
  for (const u of unknown) {
    if (u.no !== VALIDATE_FIELD_EXTENSION || u.wireType !== 2) continue;
    // protobuf-es keeps the length prefix in `data`.
    let i = 0;
    while (i < u.data.length && (u.data[i]! & 0x80) !== 0) i++;
    parts.push(u.data.subarray(i + 1));
  }
  if (parts.length === 0) return undefined;
  return WireMessage.parse(concat(parts));
}

/**
 * Where a rule at `extra` (a path inside FieldRules) was written: the source-info path of the
 * exact location if recorded, else buf's best match — the first recorded location inside it, or
 * the longest recorded location around it that is at least the extension itself. Relative to the
 * field's path; undefined when the option has no location.
 */
export function ruleLocationPath(field: Field, extra: readonly number[]): number[] | undefined {
  return optionLocationPath(field, FIELD_OPTIONS, extra);
}

/** {@link ruleLocationPath} for any element: `optionsNo` is its options field (7 for messages). */
export function optionLocationPath(field: Field | Message, optionsNo: number, extra: readonly number[]): number[] | undefined {
  const base = [...field.path, optionsNo, VALIDATE_FIELD_EXTENSION];
  const full = [...base, ...extra];
  if (field.file.locations.get(full)) return full.slice(field.path.length);
  let best: readonly number[] | undefined;
  for (const loc of field.file.proto.sourceCodeInfo?.location ?? []) {
    const p = loc.path;
    if (p.length >= base.length && startsWith(full, p) && p.length > (best?.length ?? 0)) best = p;
    else if (startsWith(p, full)) return p.slice(field.path.length);
  }
  return best?.slice(field.path.length);
}

function startsWith(path: readonly number[], prefix: readonly number[]): boolean {
  if (path.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (path[i] !== prefix[i]) return false;
  return true;
}

// ---- facts about the field a rule set applies to ----------------------------------------------------

/** The field a rule set judges: the field itself, a repeated field's items, or a map's key/value. */
export interface RuleTarget {
  readonly proto: FieldDescriptorProto;
  /** Syntax of the file (for presence). */
  readonly syntax: "proto2" | "proto3" | "editions";
}

export function isMessageKind(proto: FieldDescriptorProto): boolean {
  return proto.type === FieldDescriptorProto_Type.MESSAGE || proto.type === FieldDescriptorProto_Type.GROUP;
}

export function inOneof(proto: FieldDescriptorProto): boolean {
  return isFieldSet(proto, FieldDescriptorProtoSchema.field.oneofIndex);
}

export function isRepeated(proto: FieldDescriptorProto): boolean {
  return proto.label === FieldDescriptorProto_Label.REPEATED;
}

// ---- the checks ---------------------------------------------------------------------------------------

// FieldRules field numbers.
const REQUIRED = 25;
const IGNORE = 27;
const STRING = 14;
const BYTES = 15;
const ENUM = 16;
const REPEATED = 18;
const MAP = 19;
const DURATION = 21;
const TIMESTAMP = 22;
const FIELD_MASK = 28;
// Ignore enum values.
const IGNORE_IF_ZERO_VALUE = 1n;
const IGNORE_ALWAYS = 3n;

const T = FieldDescriptorProto_Type;
/** Type-rule field number → the scalar field type it is for. */
const SCALAR_RULES: Readonly<Record<number, FieldDescriptorProto_Type>> = {
  1: T.FLOAT, 2: T.DOUBLE, 3: T.INT32, 4: T.INT64, 5: T.UINT32, 6: T.UINT64, 7: T.SINT32, 8: T.SINT64,
  9: T.FIXED32, 10: T.FIXED64, 11: T.SFIXED32, 12: T.SFIXED64, 13: T.BOOL, 14: T.STRING, 15: T.BYTES, 16: T.ENUM,
};
/** Type-rule field number → the message type it is for (wrappers and well-known types). */
const MESSAGE_RULES: Readonly<Record<number, string>> = {
  1: "google.protobuf.FloatValue", 2: "google.protobuf.DoubleValue", 3: "google.protobuf.Int32Value",
  4: "google.protobuf.Int64Value", 5: "google.protobuf.UInt32Value", 6: "google.protobuf.UInt64Value",
  13: "google.protobuf.BoolValue", 14: "google.protobuf.StringValue", 15: "google.protobuf.BytesValue",
  20: "google.protobuf.Any", 21: "google.protobuf.Duration", 22: "google.protobuf.Timestamp", 28: "google.protobuf.FieldMask",
};
const WRAPPERS = new Set(["FloatValue", "DoubleValue", "Int32Value", "Int64Value", "UInt32Value", "UInt64Value", "BoolValue", "StringValue", "BytesValue"].map((n) => `google.protobuf.${n}`));

const FIELD_RULES_NAMES: Readonly<Record<number, string>> = {
  1: "float", 2: "double", 3: "int32", 4: "int64", 5: "uint32", 6: "uint64", 7: "sint32", 8: "sint64", 9: "fixed32",
  10: "fixed64", 11: "sfixed32", 12: "sfixed64", 13: "bool", 14: "string", 15: "bytes", 16: "enum", 18: "repeated",
  19: "map", 20: "any", 21: "duration", 22: "timestamp", 23: "cel", 25: "required", 27: "ignore", 28: "field_mask",
  29: "cel_expression",
};
const TYPE_RULES_NAMES: Readonly<Record<number, Readonly<Record<number, string>>>> = {
  [STRING]: { 1: "const", 2: "min_len", 3: "max_len", 4: "min_bytes", 5: "max_bytes", 6: "pattern", 7: "prefix", 8: "suffix", 9: "contains", 19: "len", 20: "len_bytes", 23: "not_contains", 24: "well_known_regex", 25: "strict" },
  [BYTES]: { 1: "const", 2: "min_len", 3: "max_len", 4: "pattern", 5: "prefix", 6: "suffix", 7: "contains", 13: "len" },
  [ENUM]: { 1: "const" },
  [DURATION]: { 2: "const", 3: "lt", 4: "lte", 5: "gt", 6: "gte", 7: "in", 8: "not_in" },
  [TIMESTAMP]: { 2: "const", 3: "lt", 4: "lte", 5: "gt", 6: "gte", 7: "lt_now", 8: "gt_now", 9: "within" },
  [FIELD_MASK]: { 1: "const", 2: "in", 3: "not_in" },
  [REPEATED]: { 1: "min_items", 2: "max_items", 3: "unique", 4: "items" },
  [MAP]: { 1: "min_pairs", 2: "max_pairs", 4: "keys", 5: "values" },
};

/** `(buf.validate.field).repeated.items.string.min_len` for a path inside FieldRules. */
export function ruleName(path: readonly number[]): string {
  let name = "(buf.validate.field)";
  let level: "field" | number = "field";
  for (const no of path) {
    if (level === "field") {
      const n = FIELD_RULES_NAMES[no];
      if (!n) return name;
      name += `.${n}`;
      level = no;
    } else {
      const n = TYPE_RULES_NAMES[level]?.[no];
      if (!n) return name;
      name += `.${n}`;
      level = (level === REPEATED && no === 4) || (level === MAP && (no === 4 || no === 5)) ? "field" : -1;
    }
  }
  return name;
}

/** What the checks need to know about the field (or repeated item, map key or value) under rules. */
export interface Judged {
  /** The declared field, for names and locations. */
  readonly field: Field;
  /** The descriptor the rules apply to: the field, or a map entry's key or value field. */
  readonly proto: FieldDescriptorProto;
  /** Map entry fields of a map field (undefined otherwise). */
  readonly mapEntry: readonly [FieldDescriptorProto, FieldDescriptorProto] | undefined;
  /** Whether the field tracks presence (for the IGNORE_IF_ZERO_VALUE check). */
  readonly hasPresence: boolean;
  /**
   * What CEL expressions may refer to, given what `this` is (a message's full name, or a non-message
   * value); undefined: CEL expressions are not checked.
   */
  readonly celScope: ((self: CelThis | string) => CelScope) | undefined;
}

export type RuleReporter = (path: readonly number[], message: string) => void;

/** A short type name for messages: `int32`, `repeated string`, `map<string, int32>`, `acme.v1.Money`. */
function typeName(j: Judged): string {
  const one = (p: FieldDescriptorProto): string =>
    isMessageKind(p) ? (p.typeName ?? "").replace(/^\./, "") : (T[p.type] ?? "").toLowerCase();
  if (j.mapEntry) return `map<${one(j.mapEntry[0])}, ${one(j.mapEntry[1])}>`;
  return one(j.proto);
}

/**
 * Checks one FieldRules value (`base` = its path inside the field's rules: `[]`, or the items/keys/
 * values of repeated and map rules). `expectRepeated` is true when the rules sit on a repeated or map
 * field itself, where only repeated/map rules may appear.
 */
export function checkRules(j: Judged, rules: WireMessage, base: readonly number[], expectRepeated: boolean, report: RuleReporter): void {
  const at = (...p: number[]): number[] => [...base, ...p];
  const name = (...p: number[]): string => ruleName(at(...p));
  const field = `field "${j.field.name}"`;
  const ignore = rules.uint(IGNORE);
  const required = rules.bool(REQUIRED);
  checkCel(j, rules, base, report);

  if (j.proto === j.field.proto && j.field.isExtension) {
    if (required) report(at(REQUIRED), `${field} is an extension and cannot be required; remove ${name(REQUIRED)}`);
    if (ignore === IGNORE_IF_ZERO_VALUE) report(at(IGNORE), `${field} is an extension and cannot use ${name(IGNORE)} = IGNORE_IF_ZERO_VALUE; remove it`);
  }
  if (base.length === 0 && inOneof(j.proto) && !j.proto.proto3Optional && required) {
    report(at(REQUIRED), `${field} is in a oneof, where ${name(REQUIRED)} cannot apply; remove it and set (buf.validate.oneof).required on the oneof instead`);
  }
  if (ignore === IGNORE_ALWAYS && rules.count() > 1) {
    report(at(IGNORE), `${field} has ${name(IGNORE)} = IGNORE_ALWAYS, so its other rules never apply; remove them or the ignore`);
  }
  if (required && ignore === IGNORE_IF_ZERO_VALUE) {
    const msg = `${field} is required and also ignored when empty (IGNORE_IF_ZERO_VALUE); a required field cannot be empty, so remove one of the two`;
    const paths = [at(REQUIRED), at(IGNORE)];
    for (const p of paths) report(p, msg);
  }
  if (ignore === IGNORE_IF_ZERO_VALUE && j.hasPresence && !j.field.isExtension) {
    report(at(IGNORE), `${field} tracks presence, so ${name(IGNORE)} = IGNORE_IF_ZERO_VALUE is what already happens; remove it`);
  }

  // The `type` oneof: the last member on the wire wins, as protobuf decodes oneofs.
  let typeRule: number | undefined;
  for (const f of rules.fields) if (FIELD_RULES_NAMES[f.no] !== undefined && ![23, 25, 27, 29].includes(f.no)) typeRule = f.no;
  if (typeRule === undefined) return;
  const typed = rules.message(typeRule);
  if (!typed) return;

  if (typeRule === MAP) {
    if (!j.mapEntry) {
      report(at(MAP), `${field} is not a map; remove ${name(MAP)} or use the rules for its type`);
      return;
    }
    pairRule(j, typed, at(MAP), 1, 2, report);
    const [key, value] = j.mapEntry;
    for (const [no, entryField, what] of [[4, key, "keys"], [5, value, "values"]] as const) {
      const sub = typed.message(no);
      if (!sub) continue;
      if (sub.bool(REQUIRED)) report(at(MAP, no, REQUIRED), `${field} has ${name(MAP, no, REQUIRED)}, which cannot be enforced on map ${what}; remove it`);
      const judged: Judged = { field: j.field, proto: entryField, mapEntry: undefined, hasPresence: presenceOf(entryField, j.field), celScope: j.celScope };
      checkRules(judged, sub, at(MAP, no), false, report);
    }
    return;
  }
  if (typeRule === REPEATED) {
    if (!isRepeated(j.proto) || j.mapEntry) {
      report(at(REPEATED), `${field} is not repeated; remove ${name(REPEATED)} or use the rules for its type`);
      return;
    }
    if (typed.bool(3) && isMessageKind(j.proto) && !WRAPPERS.has((j.proto.typeName ?? "").replace(/^\./, ""))) {
      report(at(REPEATED, 3), `${field} holds ${typeName(j)} messages, which ${name(REPEATED, 3)} cannot compare (only scalars and wrappers); remove it`);
    }
    pairRule(j, typed, at(REPEATED), 1, 2, report);
    const items = typed.message(4);
    if (items) {
      if (items.bool(REQUIRED)) {
        report(at(REPEATED, 4, REQUIRED), `${field} has ${name(REPEATED, 4, REQUIRED)}, which cannot be enforced on repeated items; remove it`);
      }
      checkRules({ ...j, hasPresence: false }, items, at(REPEATED, 4), false, report);
    }
    return;
  }

  // Rules for a single value: they must fit the field's type.
  const ruleName1 = FIELD_RULES_NAMES[typeRule]!;
  if (expectRepeated) {
    const where = j.mapEntry ? `${name(MAP)}.keys / .values` : `${name(REPEATED)}.items.${ruleName1}`;
    report(at(typeRule), `${field} is ${j.mapEntry ? "" : "repeated "}${typeName(j)}, so ${name(typeRule)} cannot apply to it; put them under ${where}`);
    return;
  }
  const scalarOk = SCALAR_RULES[typeRule] !== undefined && SCALAR_RULES[typeRule] === j.proto.type;
  const messageOk = MESSAGE_RULES[typeRule] !== undefined && isMessageKind(j.proto) && (j.proto.typeName ?? "").replace(/^\./, "") === MESSAGE_RULES[typeRule];
  if (!scalarOk && !messageOk) {
    report(at(typeRule), `${field} is ${typeName(j)}, but has ${name(typeRule)} rules; use the rules for ${typeName(j)} or remove them`);
    return;
  }
  if (typeRule <= 12) checkNumeric(j, typed, at(typeRule), typeRule, report);
  else if (typeRule === STRING) checkString(j, typed, at(STRING), report);
  else if (typeRule === BYTES) checkBytes(j, typed, at(BYTES), report);
  else if (typeRule === ENUM) checkConst(j, typed, at(ENUM), report);
  else if (typeRule === DURATION || typeRule === TIMESTAMP) checkTime(j, typed, at(typeRule), typeRule, report);
  else if (typeRule === FIELD_MASK) checkFieldMask(j, typed, at(FIELD_MASK), report);
}

// FieldRules.cel (repeated Rule {id = 1, message = 2, expression = 3}) and FieldRules.cel_expression.
const CEL = 23;
const CEL_EXPRESSION = 29;

const CEL_TYPES: Readonly<Partial<Record<FieldDescriptorProto_Type, string>>> = {
  [T.DOUBLE]: "double", [T.FLOAT]: "double", [T.INT64]: "int", [T.UINT64]: "uint", [T.INT32]: "int", [T.FIXED64]: "uint",
  [T.FIXED32]: "uint", [T.BOOL]: "bool", [T.STRING]: "string", [T.BYTES]: "bytes", [T.UINT32]: "uint", [T.ENUM]: "int",
  [T.SFIXED32]: "int", [T.SFIXED64]: "int", [T.SINT32]: "int", [T.SINT64]: "int",
};

/** The CEL type name of a scalar or enum field's values (`int`, `string`…; `dyn` for messages). */
export function celTypeName(proto: FieldDescriptorProto): string {
  return CEL_TYPES[proto.type] ?? "dyn";
}

/** The field's CEL rules: `this` is the field's value (a list when repeated), an item, or a map key or value. */
function checkCel(j: Judged, rules: WireMessage, base: readonly number[], report: RuleReporter): void {
  if (!j.celScope || (!rules.has(CEL) && !rules.has(CEL_EXPRESSION))) return;
  const element = base.length > 0;
  let scope: CelScope;
  if (j.mapEntry) scope = j.celScope({ kind: "unknown" });
  else if (isRepeated(j.proto) && !element) scope = j.celScope({ kind: "value", type: "list" });
  else if (isMessageKind(j.proto)) scope = j.celScope((j.proto.typeName ?? "").replace(/^\./, ""));
  else scope = j.celScope({ kind: "value", type: celTypeName(j.proto) });
  const owner = { what: `field "${j.field.name}"`, within: "field" as const, cel: ruleName([...base, CEL]), celExpression: ruleName([...base, CEL_EXPRESSION]) };
  checkCelRules(rules, CEL, CEL_EXPRESSION, base, owner, scope, report);
}

/** Who owns CEL rules, for messages: `field "a"` / `message "M"`, and the rules' names. */
export interface CelOwner {
  readonly what: string;
  readonly within: "field" | "message";
  readonly cel: string;
  readonly celExpression: string;
}

/**
 * CEL rules as buf checks them (fields' and messages' alike): every expression compiles and yields
 * bool or string (reported at its `cel` / `cel_expression` entry), `cel` expressions are not empty,
 * and rule IDs are unique within their owner and use only letters, digits, `.`, `_` and `-`. Empty
 * IDs are accepted, and `cel_expression` entries are not compared with each other, as buf does.
 */
export function checkCelRules(rules: WireMessage, celNo: number, expressionNo: number, base: readonly number[], owner: CelOwner, scope: CelScope, report: RuleReporter): void {
  const ids = new Map<string, number[]>();
  let index = 0;
  for (const f of rules.fields) {
    if (f.no !== celNo || !f.bytes) continue;
    const i = index++;
    const rule = WireMessage.parse(f.bytes);
    if (!rule) continue;
    const id = rule.string(1) ?? "";
    const expression = rule.string(3) ?? "";
    const path = [...base, celNo, i];
    if (id !== "") ids.set(id, [...(ids.get(id) ?? []), i]);
    if (!validRuleId(id)) report(path, `${owner.what} has ${owner.cel}.id "${id}" with characters other than a-z, A-Z, 0-9, '.', '_', '-'; rename it`);
    if (expression === "") {
      report(path, `${owner.what} has an empty ${owner.cel}.expression; write the expression the rule checks`);
      continue;
    }
    for (const problem of celProblems(expression, scope)) report(path, `${owner.what} has ${owner.cel} "${id}" whose expression ${problem}`);
  }
  for (const [id, at] of ids) {
    if (at.length < 2) continue;
    for (const i of at) report([...base, celNo, i], `${owner.what} has ${at.length} ${owner.cel} rules with id "${id}"; rule IDs must be unique within the ${owner.within}`);
  }
  index = 0;
  for (const f of rules.fields) {
    if (f.no !== expressionNo || !f.bytes) continue;
    const i = index++;
    for (const problem of celProblems(new TextDecoder().decode(f.bytes), scope)) {
      report([...base, expressionNo, i], `${owner.what} has a ${owner.celExpression} that ${problem}`);
    }
  }
}

/** min > max (two findings), or min == max (use the exact rule). Only for repeated and map here. */
function pairRule(j: Judged, typed: WireMessage, base: readonly number[], minNo: number, maxNo: number, report: RuleReporter): void {
  const min = typed.uint(minNo);
  const max = typed.uint(maxNo);
  if (min === undefined || max === undefined || min <= max) return;
  const minName = ruleName([...base, minNo]);
  const maxName = ruleName([...base, maxNo]);
  const msg = `field "${j.field.name}" has ${minName} = ${min} above ${maxName} = ${max}, so no value can pass; lower the minimum or raise the maximum`;
  report([...base, minNo], msg);
  report([...base, maxNo], msg);
}

/** `const` together with other rules of the same type: the others never apply. */
function checkConst(j: Judged, typed: WireMessage, base: readonly number[], report: RuleReporter): void {
  if (typed.has(1) && typed.count() > 1) {
    report([...base, 1], `field "${j.field.name}" has ${ruleName([...base, 1])}, so its other ${ruleName(base)} rules never apply; remove them`);
  }
}

/** `len` with `min_len`/`max_len`, and `min_len` against `max_len` (same for the byte variants). */
function checkLen(j: Judged, typed: WireMessage, base: readonly number[], lenNo: number, minNo: number, maxNo: number, report: RuleReporter): void {
  const len = typed.uint(lenNo);
  const min = typed.uint(minNo);
  const max = typed.uint(maxNo);
  const n = (no: number): string => ruleName([...base, no]);
  const field = `field "${j.field.name}"`;
  if (len !== undefined && min !== undefined) report([...base, minNo], `${field} has ${n(lenNo)}, so ${n(minNo)} is redundant; remove it`);
  if (len !== undefined && max !== undefined) report([...base, maxNo], `${field} has ${n(lenNo)}, so ${n(maxNo)} is redundant; remove it`);
  if (min === undefined || max === undefined) return;
  if (min > max) {
    const msg = `${field} has ${n(minNo)} = ${min} above ${n(maxNo)} = ${max}, so no value can pass; lower the minimum or raise the maximum`;
    report([...base, minNo], msg);
    report([...base, maxNo], msg);
  } else if (min === max) {
    const lenName = TYPE_RULES_NAMES[base[base.length - 1]!]?.[lenNo] ?? "len";
    const msg = `${field} has ${n(minNo)} equal to ${TYPE_RULES_NAMES[base[base.length - 1]!]?.[maxNo] ?? "max"} (${min}); write ${ruleName(base)}.${lenName} = ${min} instead`;
    report([...base, minNo], msg);
    report([...base, maxNo], msg);
  }
}

function checkString(j: Judged, s: WireMessage, base: readonly number[], report: RuleReporter): void {
  checkConst(j, s, base, report);
  checkLen(j, s, base, 19, 2, 3, report);
  checkLen(j, s, base, 20, 4, 5, report);
  const n = (no: number): string => ruleName([...base, no]);
  const field = `field "${j.field.name}"`;
  const minLen = s.uint(2);
  const maxLen = s.uint(3);
  const minBytes = s.uint(4);
  const maxBytes = s.uint(5);
  if (minLen !== undefined && maxBytes !== undefined && maxBytes < minLen) {
    const msg = `${field} has ${n(2)} = ${minLen} but ${n(5)} = ${maxBytes}: ${minLen} characters take at least ${minLen} bytes, so no value can pass`;
    report([...base, 2], msg);
    report([...base, 5], msg);
  }
  if (maxLen !== undefined && minBytes !== undefined && maxLen * 4n < minBytes) {
    const msg = `${field} has ${n(4)} = ${minBytes} but ${n(3)} = ${maxLen}: ${maxLen} characters take at most ${maxLen * 4n} bytes, so no value can pass`;
    report([...base, 4], msg);
    report([...base, 3], msg);
  }
  const notContains = s.string(23);
  for (const no of [7, 8, 9]) {
    const sub = s.string(no);
    if (sub === undefined) continue;
    const runes = BigInt([...sub].length);
    const bytes = BigInt(new TextEncoder().encode(sub).length);
    if (maxLen !== undefined && runes > maxLen) {
      report([...base, no], `${field} has ${n(no)} "${sub}" of ${runes} characters, more than its max_len ${maxLen}, so no value can pass; shorten it or raise max_len`);
    }
    if (maxBytes !== undefined && bytes > maxBytes) {
      report([...base, no], `${field} has ${n(no)} "${sub}" of ${bytes} bytes, more than its max_bytes ${maxBytes}, so no value can pass; shorten it or raise max_bytes`);
    }
    if (notContains !== undefined && sub.includes(notContains)) {
      report([...base, no], `${field} has ${n(no)} "${sub}", which contains its not_contains "${notContains}", so no value can pass; change one of them`);
    }
  }
  const strict = s.uint(25);
  if (strict !== undefined && strict === 0n && (s.uint(24) ?? 0n) === 0n) {
    report([...base, 25], `${field} has ${n(25)} = false without ${n(24)}; strict only applies to well_known_regex, so remove it`);
  }
}

function checkBytes(j: Judged, b: WireMessage, base: readonly number[], report: RuleReporter): void {
  checkConst(j, b, base, report);
  checkLen(j, b, base, 13, 2, 3, report);
  const maxLen = b.uint(3);
  if (maxLen === undefined) return;
  for (const no of [5, 6, 7]) {
    const sub = b.bytes(no);
    // buf compares every one of prefix/suffix/contains, set or not, against max_len.
    const len = BigInt(sub?.length ?? 0);
    if (len > maxLen) {
      report([...base, no], `field "${j.field.name}" has ${ruleName([...base, no])} of ${len} bytes, more than its max_len ${maxLen}, so no value can pass; shorten it or raise max_len`);
    }
  }
}

/** Numeric rules (float … sfixed64): `const` stands alone, bounds are not equal, floats are not NaN. */
function checkNumeric(j: Judged, typed: WireMessage, base: readonly number[], typeRule: number, report: RuleReporter): void {
  const field = `field "${j.field.name}"`;
  const n = (no: number): string => ruleName([...base, no]);
  if (typed.has(1) && typed.count() > 1) report([...base, 1], `${field} has ${n(1)}, so its other ${ruleName(base)} rules never apply; remove them`);
  const float = typeRule === 1 ? 32 : typeRule === 2 ? 64 : 0;
  // Values compare by their wire form for integers (one type, one encoding) and as numbers for floats.
  const value = (f: { int?: bigint }): bigint | number | undefined =>
    f.int === undefined ? undefined : float ? toFloat(f.int, float) : f.int;
  let lower: { no: number; v: bigint | number } | undefined;
  let upper: { no: number; v: bigint | number } | undefined;
  for (const f of typed.fields) {
    const v = value(f);
    if (v === undefined) continue;
    if (f.no === 4 || f.no === 5) lower = { no: f.no, v };
    if (f.no === 2 || f.no === 3) upper = { no: f.no, v };
  }
  if (lower && upper && lower.v === upper.v) {
    const paths = [[...base, lower.no], [...base, upper.no]];
    const msg =
      lower.no === 5 && upper.no === 3
        ? `${field} has ${n(5)} equal to ${n(3)}; write ${ruleName(base)}.const instead`
        : `${field} has ${n(lower.no)} equal to ${n(upper.no)}, so every value is rejected; widen the range`;
    for (const p of paths) report(p, msg);
  }
  if (!float) return;
  for (const no of [1, 2, 3, 4, 5]) {
    const f = [...typed.fields].reverse().find((x) => x.no === no && x.int !== undefined);
    if (f && Number.isNaN(value(f))) report([...base, no], `${field} has ${n(no)} set to NaN, and comparisons with NaN are always false; use a number`);
  }
  for (const no of [6, 7]) {
    let index = 0;
    for (const f of typed.fields) {
      if (f.no !== no) continue;
      const items: number[] = [];
      if (f.int !== undefined) items.push(toFloat(f.int, float));
      else if (f.bytes) {
        const view = new DataView(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength);
        const size = float / 8;
        for (let k = 0; k + size <= f.bytes.length; k += size) items.push(float === 32 ? view.getFloat32(k, true) : view.getFloat64(k, true));
      }
      for (const item of items) {
        if (Number.isNaN(item)) {
          const effect = no === 7 ? "has no effect" : "can never match";
          report([...base, no, index], `${field} has NaN in ${n(no)}; comparisons with NaN are always false, so the entry ${effect}: remove it`);
        }
        index++;
      }
    }
  }
}

function toFloat(bits: bigint, width: 32 | 64 | number): number {
  const view = new DataView(new ArrayBuffer(8));
  if (width === 32) {
    view.setUint32(0, Number(bits & 0xffffffffn), true);
    return view.getFloat32(0, true);
  }
  view.setBigUint64(0, bits & 0xffffffffffffffffn, true);
  return view.getFloat64(0, true);
}

/** A google.protobuf.Duration or Timestamp value: seconds (1) and nanos (2), signed. */
function secondsNanos(m: WireMessage): { s: bigint; n: bigint } {
  const signed = (v: bigint | undefined): bigint => (v === undefined ? 0n : v >= 1n << 63n ? v - (1n << 64n) : v);
  return { s: signed(m.uint(1)), n: signed(m.uint(2)) };
}

/** Why a Duration is not one protovalidate can use (buf's limits), or undefined. */
function durationProblem({ s, n }: { s: bigint; n: bigint }): string | undefined {
  if (n <= -1_000_000_000n || n >= 1_000_000_000n) return "its nanos must be between -999999999 and 999999999";
  if ((s > 0n && n < 0n) || (s < 0n && n > 0n)) return "its seconds and nanos have different signs";
  const total = s * 1_000_000_000n + n;
  if (total > 9_223_372_036_854_775_428n || total < -9_223_372_036_854_775_428n) return "it is outside ±9223372036.854775428s";
  return undefined;
}

/** Why a Timestamp is not valid (years 1 to 9999, nanos 0 to 999999999), or undefined. */
function timestampProblem({ s, n }: { s: bigint; n: bigint }): string | undefined {
  if (s < -62_135_596_800n) return "it is before 0001-01-01";
  if (s > 253_402_300_799n) return "it is after 9999-12-31";
  if (n < 0n || n >= 1_000_000_000n) return "its nanos must be between 0 and 999999999";
  return undefined;
}

/** Duration and timestamp rules: valid values, `const` alone, bounds not equal, lt_now/gt_now, within. */
function checkTime(j: Judged, typed: WireMessage, base: readonly number[], typeRule: number, report: RuleReporter): void {
  const field = `field "${j.field.name}"`;
  const n = (no: number): string => ruleName([...base, no]);
  const problem = typeRule === DURATION ? durationProblem : timestampProblem;
  const valid = new Map<number, { s: bigint; n: bigint }>();
  for (const no of [2, 3, 4, 5, 6]) {
    const m = typed.has(no) ? typed.message(no) : undefined;
    if (!m) continue;
    const v = secondsNanos(m);
    const why = problem(v);
    if (why) report([...base, no], `${field} has an invalid ${n(no)}: ${why}`);
    else valid.set(no, v);
  }
  if (typed.has(2) && typed.count() > 1) report([...base, 2], `${field} has ${n(2)}, so its other ${ruleName(base)} rules never apply; remove them`);
  // The less_than (lt, lte, lt_now) and greater_than (gt, gte, gt_now) oneofs: the last one set wins.
  let upper: number | undefined;
  let lower: number | undefined;
  for (const f of typed.fields) {
    if (f.no === 3 || f.no === 4 || (typeRule === TIMESTAMP && f.no === 7)) upper = f.no;
    if (f.no === 5 || f.no === 6 || (typeRule === TIMESTAMP && f.no === 8)) lower = f.no;
  }
  const lo = lower === undefined ? undefined : valid.get(lower);
  const hi = upper === undefined ? undefined : valid.get(upper);
  if (lo && hi && lo.s === hi.s && lo.n === hi.n) {
    const msg =
      lower === 6 && upper === 4
        ? `${field} has ${n(6)} equal to ${n(4)}; write ${ruleName(base)}.const instead`
        : `${field} has ${n(lower!)} equal to ${n(upper!)}, so every value is rejected; widen the range`;
    report([...base, lower!], msg);
    report([...base, upper!], msg);
  }
  if (typeRule !== TIMESTAMP) return;
  if (upper === 7 && lower === 8 && typed.bool(7) && typed.bool(8)) {
    const msg = `${field} has both ${n(8)} and ${n(7)}, and no timestamp is both after and before now; keep one`;
    report([...base, 8], msg);
    report([...base, 7], msg);
  }
  const within = typed.message(9);
  if (within) {
    const v = secondsNanos(within);
    const why = durationProblem(v);
    if (why) report([...base, 9], `${field} has an invalid ${n(9)}: ${why}`);
    else if (v.s <= 0n && v.n <= 0n) report([...base, 9], `${field} has ${n(9)} of zero or less; use a positive duration`);
  }
}

/** Field mask rules: `const` alone, and no path both in `in` and `not_in`. */
function checkFieldMask(j: Judged, typed: WireMessage, base: readonly number[], report: RuleReporter): void {
  checkConst(j, typed, base, report);
  const list = (no: number): string[] =>
    typed.fields.filter((f) => f.no === no && f.bytes !== undefined).map((f) => new TextDecoder().decode(f.bytes));
  const notIn = list(3);
  if (notIn.length === 0) return;
  for (const path of list(2)) {
    if (notIn.includes(path)) report([...base, 2], `field "${j.field.name}" has path "${path}" in both in and not_in, so it can never pass; remove it from one`);
  }
}

/** Whether a field tracks presence (protoreflect's HasPresence), `owner` giving the file and scopes. */
export function presenceOf(proto: FieldDescriptorProto, owner: Field): boolean {
  if (isRepeated(proto)) return false;
  if (isMessageKind(proto) || inOneof(proto)) return true;
  const syntax = owner.file.syntax;
  if (syntax === "proto2") return true;
  if (syntax === "proto3") return proto.proto3Optional === true;
  // Editions: the nearest field_presence feature (field, enclosing messages, file); EXPLICIT by default.
  const IMPLICIT = 2;
  let presence = proto.options?.features?.fieldPresence;
  for (let m = owner.parent; presence === undefined || presence === 0; m = m.parent) {
    if (!m) break;
    presence = m.proto.options?.features?.fieldPresence;
  }
  if (presence === undefined || presence === 0) presence = owner.file.proto.options?.features?.fieldPresence;
  return presence !== IMPLICIT;
}
