/**
 * Reading protovalidate rules (`(buf.validate.field)` and `(buf.validate.message)`, extension 1159
 * of FieldOptions and MessageOptions; `(buf.validate.predefined)`, 1160 of FieldOptions) from compiled
 * descriptors, checking them for the PROTOVALIDATE lint rule, and finding where in the option a rule
 * was written, as buf does. CEL lives in protovalidate-cel.ts, RE2 patterns in protovalidate-re2.ts,
 * example values in protovalidate-example.ts.
 *
 * The extension value is read straight from the options' unknown fields with a small wire reader,
 * so no registry of buf/validate/validate.proto is built (lint may run on thousands of files that
 * never use protovalidate). Repeated occurrences of a message field merge, as protobuf merges them.
 */
import { isFieldSet } from "@bufbuild/protobuf";
import { FieldDescriptorProtoSchema, FieldDescriptorProto_Label, FieldDescriptorProto_Type, type FieldDescriptorProto } from "@bufbuild/protobuf/wkt";
import type { Field, Message } from "./model.js";
import { checkCelExpression, validRuleId, type CelScope, type CelType, type CelTypes } from "./protovalidate-cel.js";
import { checkExamples, type PredefinedRules } from "./protovalidate-example.js";
import { re2SyntaxError } from "./protovalidate-re2.js";

/** `extend google.protobuf.FieldOptions { optional FieldRules field = 1159; }` */
export const VALIDATE_FIELD_EXTENSION = 1159;

/** `extensions 1000 to max;` of the type rules (StringRules…): where predefined rules live. */
const PREDEFINED_RULES_START = 1000;

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

  /**
   * Distinct standard rules set: field numbers below 1000. Numbers from 1000 up are predefined rule
   * extensions (`extend buf.validate.StringRules`), unknown to buf's compiled-in schema, so buf does not
   * count them next to `const`.
   */
  standardCount(): number {
    return new Set(this.fields.filter((f) => f.no < PREDEFINED_RULES_START).map((f) => f.no)).size;
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
  return extensionRules(field.proto.options, VALIDATE_FIELD_EXTENSION);
}

/** The message's `(buf.validate.message)` rules (extension 1159 of MessageOptions), if it has any. */
export function messageRules(message: Message): WireMessage | undefined {
  return extensionRules(message.proto.options, VALIDATE_FIELD_EXTENSION);
}

/** The extension's `(buf.validate.predefined)` rules (1160 of FieldOptions), if it has any. */
export function predefinedRules(extension: Field): WireMessage | undefined {
  return extensionRules(extension.proto.options, VALIDATE_PREDEFINED_EXTENSION);
}

/** An extension of an options message (1159, 1160), read from its unknown fields. */
function extensionRules(options: object | undefined, extension: number): WireMessage | undefined {
  const unknown = (options as { $unknown?: readonly { no: number; wireType: number; data: Uint8Array }[] } | undefined)?.$unknown;
  if (!unknown) return undefined;
  const parts: Uint8Array[] = [];
  for (const u of unknown) {
    if (u.no !== extension || u.wireType !== 2) continue;
    // protobuf-es keeps the length prefix in `data`.
    let i = 0;
    while (i < u.data.length && (u.data[i]! & 0x80) !== 0) i++;
    parts.push(u.data.subarray(i + 1));
  }
  if (parts.length === 0) return undefined;
  return WireMessage.parse(concat(parts));
}

/**
 * Where a rule at `extra` (a path inside the option: FieldRules for `(buf.validate.field)`) was
 * written: the source-info path of the exact location if recorded, else buf's best match — the first
 * recorded location inside it, or the longest recorded location around it that is at least the
 * extension itself. Relative to the element's path; undefined when the option has no location.
 * `optionsNo` is the element's options field (8 for fields, 7 for messages), `extension` the
 * option's extension number (1160 for `(buf.validate.predefined)`).
 */
export function optionLocationPath(field: Field | Message, optionsNo: number, extra: readonly number[], extension = VALIDATE_FIELD_EXTENSION): number[] | undefined {
  const base = [...field.path, optionsNo, extension];
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
/** Rules shared by the numeric types (float … sfixed64), and their `example` field number. */
const NUMERIC_NAMES = { 1: "const", 2: "lt", 3: "lte", 4: "gt", 5: "gte", 6: "in", 7: "not_in" };
const TYPE_RULES_NAMES: Readonly<Record<number, Readonly<Record<number, string>>>> = {
  1: { ...NUMERIC_NAMES, 8: "finite", 9: "example" },
  2: { ...NUMERIC_NAMES, 8: "finite", 9: "example" },
  3: { ...NUMERIC_NAMES, 8: "example" },
  4: { ...NUMERIC_NAMES, 9: "example" },
  5: { ...NUMERIC_NAMES, 8: "example" },
  6: { ...NUMERIC_NAMES, 8: "example" },
  7: { ...NUMERIC_NAMES, 8: "example" },
  8: { ...NUMERIC_NAMES, 8: "example" },
  9: { ...NUMERIC_NAMES, 8: "example" },
  10: { ...NUMERIC_NAMES, 8: "example" },
  11: { ...NUMERIC_NAMES, 8: "example" },
  12: { ...NUMERIC_NAMES, 8: "example" },
  13: { 1: "const", 2: "example" },
  [STRING]: {
    1: "const", 2: "min_len", 3: "max_len", 4: "min_bytes", 5: "max_bytes", 6: "pattern", 7: "prefix", 8: "suffix", 9: "contains",
    10: "in", 11: "not_in", 12: "email", 13: "hostname", 14: "ip", 15: "ipv4", 16: "ipv6", 17: "uri", 18: "uri_ref", 19: "len",
    20: "len_bytes", 21: "address", 22: "uuid", 23: "not_contains", 24: "well_known_regex", 25: "strict", 26: "ip_with_prefixlen",
    27: "ipv4_with_prefixlen", 28: "ipv6_with_prefixlen", 29: "ip_prefix", 30: "ipv4_prefix", 31: "ipv6_prefix", 32: "host_and_port",
    33: "tuuid", 34: "example", 35: "ulid", 37: "protobuf_fqn", 38: "protobuf_dot_fqn",
  },
  [BYTES]: { 1: "const", 2: "min_len", 3: "max_len", 4: "pattern", 5: "prefix", 6: "suffix", 7: "contains", 8: "in", 9: "not_in", 10: "ip", 11: "ipv4", 12: "ipv6", 13: "len", 14: "example", 15: "uuid" },
  [ENUM]: { 1: "const", 2: "defined_only", 3: "in", 4: "not_in", 5: "example" },
  20: { 2: "in", 3: "not_in" },
  [DURATION]: { 2: "const", 3: "lt", 4: "lte", 5: "gt", 6: "gte", 7: "in", 8: "not_in", 9: "example" },
  [TIMESTAMP]: { 2: "const", 3: "lt", 4: "lte", 5: "gt", 6: "gte", 7: "lt_now", 8: "gt_now", 9: "within", 10: "example" },
  [FIELD_MASK]: { 1: "const", 2: "in", 3: "not_in", 4: "example" },
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
  /** The CEL types of the model, for what `this` and its fields are; undefined: CEL is not checked. */
  readonly celTypes: CelTypes | undefined;
  /** The field's example checks; undefined: examples are not checked. */
  readonly examples: FieldExamples | undefined;
}

/**
 * The example checks of one field, collected while its rules are checked and run after them (by
 * {@link checkRules} on the field's own rules), unless the rules do not compile for protovalidate — a
 * CEL expression with an error, a pattern RE2 rejects, rules for another type — as buf then checks
 * no example of the field.
 */
export interface FieldExamples {
  compiles: boolean;
  readonly pending: (() => void)[];
  /** The numbers of an enum type by full name (the first is its zero value). */
  readonly enumNumbers: (typeName: string) => readonly number[] | undefined;
  /** The model's predefined rules, run on the examples of the fields that use them. */
  readonly predefined?: PredefinedRules;
}

/**
 * Reports a finding at `path` inside the option. Findings with the same message whose paths resolve
 * to the same place are to be reported once, as buf reports identical findings once.
 */
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
 * field itself, where only repeated/map rules may appear. On the field's own rules (`base` empty),
 * the examples are checked last.
 */
export function checkRules(j: Judged, rules: WireMessage, base: readonly number[], expectRepeated: boolean, report: RuleReporter): void {
  checkLevel(j, rules, base, expectRepeated, report);
  if (base.length > 0 || !j.examples?.compiles || rules.uint(IGNORE) === IGNORE_ALWAYS) return;
  for (const run of j.examples.pending) run();
}

function checkLevel(j: Judged, rules: WireMessage, base: readonly number[], expectRepeated: boolean, report: RuleReporter): void {
  const at = (...p: number[]): number[] => [...base, ...p];
  const name = (...p: number[]): string => ruleName(at(...p));
  const field = `field "${j.field.name}"`;
  const ignore = rules.uint(IGNORE);
  const required = rules.bool(REQUIRED);
  const fails = (): void => {
    if (j.examples) j.examples.compiles = false;
  };
  if (!checkCel(j, rules, base, report)) fails();

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
      fails();
      return;
    }
    pairRule(j, typed, at(MAP), 1, 2, report);
    const [key, value] = j.mapEntry;
    for (const [no, entryField, what] of [[4, key, "keys"], [5, value, "values"]] as const) {
      const sub = typed.message(no);
      if (!sub) continue;
      if (sub.bool(REQUIRED)) report(at(MAP, no, REQUIRED), `${field} has ${name(MAP, no, REQUIRED)}, which cannot be enforced on map ${what}; remove it`);
      const judged: Judged = { ...j, proto: entryField, mapEntry: undefined, hasPresence: presenceOf(entryField, j.field) };
      checkLevel(judged, sub, at(MAP, no), false, report);
    }
    return;
  }
  if (typeRule === REPEATED) {
    if (!isRepeated(j.proto) || j.mapEntry) {
      report(at(REPEATED), `${field} is not repeated; remove ${name(REPEATED)} or use the rules for its type`);
      fails();
      return;
    }
    if (typed.bool(3) && isMessageKind(j.proto) && !WRAPPERS.has((j.proto.typeName ?? "").replace(/^\./, ""))) {
      report(at(REPEATED, 3), `${field} holds ${typeName(j)} messages, which ${name(REPEATED, 3)} cannot compare (only scalars and wrappers); remove it`);
      fails();
    }
    pairRule(j, typed, at(REPEATED), 1, 2, report);
    const items = typed.message(4);
    if (items) {
      if (items.bool(REQUIRED)) {
        report(at(REPEATED, 4, REQUIRED), `${field} has ${name(REPEATED, 4, REQUIRED)}, which cannot be enforced on repeated items; remove it`);
      }
      checkLevel({ ...j, hasPresence: false }, items, at(REPEATED, 4), false, report);
    }
    return;
  }

  // Rules for a single value: they must fit the field's type.
  const ruleName1 = FIELD_RULES_NAMES[typeRule]!;
  if (expectRepeated) {
    const where = j.mapEntry ? `${name(MAP)}.keys / .values` : `${name(REPEATED)}.items.${ruleName1}`;
    report(at(typeRule), `${field} is ${j.mapEntry ? "" : "repeated "}${typeName(j)}, so ${name(typeRule)} cannot apply to it; put them under ${where}`);
    fails();
    return;
  }
  const scalarOk = SCALAR_RULES[typeRule] !== undefined && SCALAR_RULES[typeRule] === j.proto.type;
  const messageOk = MESSAGE_RULES[typeRule] !== undefined && isMessageKind(j.proto) && (j.proto.typeName ?? "").replace(/^\./, "") === MESSAGE_RULES[typeRule];
  if (!scalarOk && !messageOk) {
    report(at(typeRule), `${field} is ${typeName(j)}, but has ${name(typeRule)} rules; use the rules for ${typeName(j)} or remove them`);
    fails();
    return;
  }
  if (j.examples) {
    const enumNumbers = j.proto.type === T.ENUM ? j.examples.enumNumbers((j.proto.typeName ?? "").replace(/^\./, "")) : undefined;
    const target = { what: field, topLevel: base.length === 0, hasPresence: j.hasPresence, enumNumbers, predefined: j.examples.predefined };
    j.examples.pending.push(() => checkExamples(target, rules, typed, typeRule, at(typeRule), report));
  }
  if ((typeRule === STRING || typeRule === BYTES) && !checkPattern(j, typed, at(typeRule), typeRule === STRING ? 6 : 4, report)) fails();
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

/**
 * The field's CEL rules: `this` is the field's value (a list or map when repeated), an item, or a map
 * key or value. False when one does not compile.
 */
function checkCel(j: Judged, rules: WireMessage, base: readonly number[], report: RuleReporter): boolean {
  if (!j.celTypes || (!rules.has(CEL) && !rules.has(CEL_EXPRESSION))) return true;
  const scope = j.celTypes.scope(j.celTypes.field(j.proto, base.length > 0));
  const owner = { what: `field "${j.field.name}"`, within: "field", cel: ruleName([...base, CEL]), celExpression: ruleName([...base, CEL_EXPRESSION]) };
  return checkCelRules(rules, CEL, CEL_EXPRESSION, base, owner, scope, report);
}

/** Who owns CEL rules, for messages: `field "a"` / `message "M"`, and the rules' names. */
export interface CelOwner {
  readonly what: string;
  /** What rule IDs must be unique within: `field`, `message`, `extension`. */
  readonly within: string;
  readonly cel: string;
  /** The `cel_expression` rules' name; undefined where there are none (predefined rules). */
  readonly celExpression?: string;
}

/**
 * CEL rules as buf checks them (fields', messages' and predefined rules' alike): every expression
 * compiles and yields bool or string (reported at its `cel` / `cel_expression` entry), expressions are
 * not blank, a `cel` rule that yields its own message string has no `message` besides, and rule IDs
 * are unique within their owner and use only letters, digits, `.`, `_` and `-`. Empty IDs are
 * accepted, and `cel_expression` entries are not compared with each other, as buf does. False when
 * an expression is blank, does not compile or does not yield bool or string.
 */
export function checkCelRules(rules: WireMessage, celNo: number, expressionNo: number | undefined, base: readonly number[], owner: CelOwner, scope: CelScope, report: RuleReporter): boolean {
  const ids = new Map<string, number[]>();
  let compiles = true;
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
    if (expression.trim() === "") {
      report(path, `${owner.what} has an empty ${owner.cel}.expression; write the expression the rule checks`);
      compiles = false;
      continue;
    }
    const check = checkCelExpression(expression, scope);
    for (const problem of check.problems) report(path, `${owner.what} has ${owner.cel} "${id}" whose expression ${problem}`);
    if (check.problems.length > 0) compiles = false;
    if (check.type.kind === "string" && (rule.string(2) ?? "") !== "") {
      report(path, `${owner.what} has ${owner.cel} "${id}" whose expression evaluates to a string, which is the error message, so its message is never shown; remove the message`);
    }
  }
  for (const [id, at] of ids) {
    if (at.length < 2) continue;
    for (const i of at) report([...base, celNo, i], `${owner.what} has ${at.length} ${owner.cel} rules with id "${id}"; rule IDs must be unique within the ${owner.within}`);
  }
  if (expressionNo === undefined) return compiles;
  index = 0;
  for (const f of rules.fields) {
    if (f.no !== expressionNo || !f.bytes) continue;
    const path = [...base, expressionNo, index++];
    const expression = new TextDecoder().decode(f.bytes);
    if (expression.trim() === "") {
      report(path, `${owner.what} has an empty ${owner.celExpression}; write the expression the rule checks`);
      compiles = false;
      continue;
    }
    const problems = checkCelExpression(expression, scope).problems;
    for (const problem of problems) report(path, `${owner.what} has a ${owner.celExpression} that ${problem}`);
    if (problems.length > 0) compiles = false;
  }
  return compiles;
}

/** `extend google.protobuf.FieldOptions { optional PredefinedRules predefined = 1160; }` */
export const VALIDATE_PREDEFINED_EXTENSION = 1160;
// PredefinedRules.cel: repeated Rule.
const PREDEFINED_CEL = 1;

/** What `this` is in a predefined rule extending each of protovalidate's rule messages (buf's table). */
const PREDEFINED_THIS: Readonly<Record<string, CelType | string>> = {
  FloatRules: { kind: "double" }, DoubleRules: { kind: "double" }, Int32Rules: { kind: "int" }, Int64Rules: { kind: "int" },
  UInt32Rules: { kind: "uint" }, UInt64Rules: { kind: "uint" }, SInt32Rules: { kind: "int" }, SInt64Rules: { kind: "int" },
  Fixed32Rules: { kind: "uint" }, Fixed64Rules: { kind: "uint" }, SFixed32Rules: { kind: "int" }, SFixed64Rules: { kind: "int" },
  BoolRules: { kind: "bool" }, StringRules: { kind: "string" }, BytesRules: { kind: "bytes" }, EnumRules: { kind: "int" },
  AnyRules: { kind: "dyn" }, DurationRules: { kind: "duration" }, TimestampRules: { kind: "timestamp" },
  RepeatedRules: { kind: "list", elem: { kind: "dyn" } }, MapRules: { kind: "map", key: { kind: "dyn" }, value: { kind: "dyn" } },
  FieldMaskRules: "google.protobuf.FieldMask",
};

/**
 * A predefined rule: an extension of one of protovalidate's rule messages (`extend
 * buf.validate.StringRules { optional uint64 my_max = 1001 [(buf.validate.predefined).cel = {…}]; }`),
 * whose CEL rules buf checks like other CEL rules, with `this` the value checked (a string for
 * StringRules), `rule` the extension's value and `rules` the rule message.
 */
export function checkPredefinedRule(extension: Field, types: CelTypes, report: RuleReporter): void {
  const extendee = extension.extendee ?? "";
  const self = extendee.startsWith("buf.validate.") ? PREDEFINED_THIS[extendee.slice("buf.validate.".length)] : undefined;
  if (self === undefined) return;
  const rules = extensionRules(extension.proto.options, VALIDATE_PREDEFINED_EXTENSION);
  if (!rules) return;
  const scope = types.scope(typeof self === "string" ? types.message(self) : self, { rule: types.field(extension.proto, false), rules: types.message(extendee) });
  const owner = { what: `extension "${extension.name}"`, within: "extension", cel: "(buf.validate.predefined).cel" };
  checkCelRules(rules, PREDEFINED_CEL, undefined, [], owner, scope, report);
}

// MessageRules.oneof: repeated MessageOneofRule {repeated string fields = 1; optional bool required = 2;}.
const MESSAGE_ONEOF = 4;
const ONEOF_RULE_FIELDS = 1;

/**
 * `(buf.validate.message).oneof` entries, as buf checks them: each names at least one field, none
 * twice, only fields of the message, and no field in two entries (reported at every entry naming it).
 * Like buf, repeated and map fields and members of real oneofs are accepted.
 */
export function checkMessageOneofs(message: Message, rules: WireMessage, report: RuleReporter): void {
  const what = `message "${message.name}"`;
  const oneof = "(buf.validate.message).oneof";
  const fieldNames = new Set(message.fields.map((f) => f.name));
  const entriesNaming = new Map<string, number[]>();
  let index = 0;
  for (const f of rules.fields) {
    if (f.no !== MESSAGE_ONEOF || !f.bytes) continue;
    const i = index++;
    const names = (WireMessage.parse(f.bytes)?.fields ?? []).filter((x) => x.no === ONEOF_RULE_FIELDS && x.bytes).map((x) => new TextDecoder().decode(x.bytes));
    if (names.length === 0) {
      report([MESSAGE_ONEOF, i], `${what} has a ${oneof} entry without fields; list the fields of which at most one may be set, or remove the entry`);
      continue;
    }
    const seen = new Set<string>();
    names.forEach((name, j) => {
      const at = [MESSAGE_ONEOF, i, ONEOF_RULE_FIELDS, j];
      if (seen.has(name)) report(at, `${what} has a ${oneof} entry that names field "${name}" more than once; remove the repetition`);
      else if (!fieldNames.has(name)) report(at, `${what} has a ${oneof} entry naming field "${name}", which ${what} does not have; name one of its fields`);
      else entriesNaming.set(name, [...(entriesNaming.get(name) ?? []), i]);
      seen.add(name);
    });
  }
  for (const [name, entries] of entriesNaming) {
    if (entries.length < 2) continue;
    const text = `${what} names field "${name}" in ${entries.length} ${oneof} entries; a field can belong to one entry only, so merge the entries or drop the field from all but one`;
    for (const i of entries) report([MESSAGE_ONEOF, i], text);
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
  if (typed.has(1) && typed.standardCount() > 1) {
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

/** `pattern` (of string or bytes rules) compiles as buf compiles it: Go's regexp, RE2 syntax. False when it does not. */
function checkPattern(j: Judged, typed: WireMessage, base: readonly number[], patternNo: number, report: RuleReporter): boolean {
  const pattern = typed.string(patternNo);
  const error = pattern === undefined ? undefined : re2SyntaxError(pattern);
  if (error === undefined) return true;
  report(
    [...base, patternNo],
    `field "${j.field.name}" has a ${ruleName([...base, patternNo])} that RE2 cannot compile (${error}); protovalidate patterns are RE2 regular expressions, without lookaround, backreferences or possessive repetition`,
  );
  return false;
}

/** Numeric rules (float … sfixed64): `const` stands alone, bounds are not equal, floats are not NaN. */
function checkNumeric(j: Judged, typed: WireMessage, base: readonly number[], typeRule: number, report: RuleReporter): void {
  const field = `field "${j.field.name}"`;
  const n = (no: number): string => ruleName([...base, no]);
  if (typed.has(1) && typed.standardCount() > 1) report([...base, 1], `${field} has ${n(1)}, so its other ${ruleName(base)} rules never apply; remove them`);
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
  if (typed.has(2) && typed.standardCount() > 1) report([...base, 2], `${field} has ${n(2)}, so its other ${ruleName(base)} rules never apply; remove them`);
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
