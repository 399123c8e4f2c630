/**
 * `example` values of protovalidate's standard rules (`(buf.validate.field).string.example = "x"`),
 * checked as buf checks them: buf sets each example on the field and validates it with protovalidate,
 * so every rule of the field the example breaks is a finding (at the example), named by
 * protovalidate's rule ID (`string.min_len`, `int32.gt_lt`, `required`). The rules are evaluated here
 * natively, as protovalidate's definitions state them: lengths, bounds and their combinations, `const`,
 * `in`, `not_in`, `pattern` (RE2), prefixes, the well-known string formats (URIs and URI references
 * with protovalidate's RFC 3986 reader, protovalidate-formats.ts), enum `defined_only`, durations,
 * timestamps against now, field masks; `required` and `ignore` as protovalidate applies them; map keys
 * and values, repeated items.
 *
 * CEL rules run on each example too (protovalidate-eval.ts): the `cel` and `cel_expression` rules of
 * the value's own level (the field, or its items, keys or values) and the predefined rules its rule
 * message sets, with `rule` and `rules`. A rule yielding `false` or a message is a finding, as in buf.
 * A rule that fails at run time on an example is a finding too (buf stops with protovalidate's error),
 * and so is one that costs more than the evaluation budget (buf may not finish). Not run: the rules of
 * a repeated or map field itself (buf does not report them at an item's example), and rules using
 * what the interpreter lacks (`reverse()`), which give no finding.
 */
import { celUint, type CelInput } from "@bufbuild/cel";
import { create, fromBinary, type Registry } from "@bufbuild/protobuf";
import { DurationSchema, FieldDescriptorProto_Label, FieldDescriptorProto_Type, FieldMaskSchema, TimestampSchema, type FieldDescriptorProto } from "@bufbuild/protobuf/wkt";
import { CEL_BUDGET, compileCelRule, type CelOutcome, type CelRuleProgram } from "./protovalidate-eval.js";
import { isEmail, isHostAndPort, isHostname, isIp, isIpPrefix, isUri, isUriRef } from "./protovalidate-formats.js";
import { re2Matches } from "./protovalidate-re2.js";
import { WireMessage } from "./protovalidate.js";

/** An example's or a rule's value: numbers of 64-bit types as bigint; durations and timestamps in nanoseconds. */
type Value = number | bigint | boolean | string | Uint8Array | readonly string[];

/** How one type's rules are read from the wire and named. */
interface TypeInfo {
  /** protovalidate's prefix of rule IDs: `int32`, `string`. */
  readonly name: string;
  /** The rule message, in package buf.validate: `Int32Rules`. */
  readonly rules: string;
  readonly decode: Decode;
  readonly example: number;
}
type Decode = (field: { readonly int?: bigint; readonly bytes?: Uint8Array }) => Value[];

const signed = (v: bigint): bigint => BigInt.asIntN(64, v);
const zigzag = (v: bigint): bigint => (v >> 1n) ^ -(v & 1n);
const varints = (map: (v: bigint) => Value): Decode => (f) => {
  if (f.int !== undefined) return [map(f.int)];
  const out: Value[] = [];
  const b = f.bytes!;
  let v = 0n;
  let shift = 0n;
  for (const byte of b) {
    v |= BigInt(byte & 0x7f) << shift;
    shift += 7n;
    if ((byte & 0x80) === 0) {
      out.push(map(v));
      v = 0n;
      shift = 0n;
    }
  }
  return out;
};
const fixed = (size: 4 | 8, map: (view: DataView, at: number) => Value): Decode => (f) => {
  if (f.int !== undefined) {
    const view = new DataView(new ArrayBuffer(8));
    view.setBigUint64(0, f.int, true);
    return [map(view, 0)];
  }
  const view = new DataView(f.bytes!.buffer, f.bytes!.byteOffset, f.bytes!.byteLength);
  const out: Value[] = [];
  for (let at = 0; at + size <= view.byteLength; at += size) out.push(map(view, at));
  return out;
};
const text = new TextDecoder();
/** A google.protobuf.Duration or Timestamp: seconds (1) and nanos (2) as total nanoseconds. */
const time: Decode = (f) => {
  const m = WireMessage.parse(f.bytes!);
  return [signed(m?.uint(1) ?? 0n) * 1_000_000_000n + BigInt.asIntN(32, m?.uint(2) ?? 0n)];
};
/** A google.protobuf.FieldMask: its paths (1). */
const fieldMask: Decode = (f) => [(WireMessage.parse(f.bytes!)?.fields ?? []).filter((x) => x.no === 1 && x.bytes).map((x) => text.decode(x.bytes))];

const TYPES: Readonly<Record<number, TypeInfo>> = {
  1: { name: "float", rules: "FloatRules", decode: fixed(4, (v, at) => v.getFloat32(at, true)), example: 9 },
  2: { name: "double", rules: "DoubleRules", decode: fixed(8, (v, at) => v.getFloat64(at, true)), example: 9 },
  3: { name: "int32", rules: "Int32Rules", decode: varints(signed), example: 8 },
  4: { name: "int64", rules: "Int64Rules", decode: varints(signed), example: 9 },
  5: { name: "uint32", rules: "UInt32Rules", decode: varints((v) => v), example: 8 },
  6: { name: "uint64", rules: "UInt64Rules", decode: varints((v) => v), example: 8 },
  7: { name: "sint32", rules: "SInt32Rules", decode: varints(zigzag), example: 8 },
  8: { name: "sint64", rules: "SInt64Rules", decode: varints(zigzag), example: 8 },
  9: { name: "fixed32", rules: "Fixed32Rules", decode: fixed(4, (v, at) => BigInt(v.getUint32(at, true))), example: 8 },
  10: { name: "fixed64", rules: "Fixed64Rules", decode: fixed(8, (v, at) => v.getBigUint64(at, true)), example: 8 },
  11: { name: "sfixed32", rules: "SFixed32Rules", decode: fixed(4, (v, at) => BigInt(v.getInt32(at, true))), example: 8 },
  12: { name: "sfixed64", rules: "SFixed64Rules", decode: fixed(8, (v, at) => v.getBigInt64(at, true)), example: 8 },
  13: { name: "bool", rules: "BoolRules", decode: varints((v) => v !== 0n), example: 2 },
  14: { name: "string", rules: "StringRules", decode: (f) => [text.decode(f.bytes)], example: 34 },
  15: { name: "bytes", rules: "BytesRules", decode: (f) => [f.bytes!], example: 14 },
  16: { name: "enum", rules: "EnumRules", decode: varints(signed), example: 5 },
  21: { name: "duration", rules: "DurationRules", decode: time, example: 9 },
  22: { name: "timestamp", rules: "TimestampRules", decode: time, example: 10 },
  28: { name: "field_mask", rules: "FieldMaskRules", decode: fieldMask, example: 4 },
};

/** What the example checks need to know about the field (or item, map key or value) the example is for. */
export interface ExampleTarget {
  /** `field "name"`, for messages. */
  readonly what: string;
  /** The rules are the field's own (not its items', keys' or values'). */
  readonly topLevel: boolean;
  /** The value tracks presence (a set example is then never "unset"). */
  readonly hasPresence: boolean;
  /** For enums: the defined numbers, the first being the zero value. */
  readonly enumNumbers: readonly number[] | undefined;
  /** The model's predefined rules, to run those the rules use on the examples. */
  readonly predefined?: PredefinedRules | undefined;
}

/** A CEL rule as written: `cel` entries have all three, `cel_expression` entries only an expression. */
export interface CelRuleText {
  readonly id: string;
  readonly message: string;
  readonly expression: string;
}

/** What running predefined rules on examples needs from the model. */
export interface PredefinedRules {
  /** The extension `number` of `extendee` (`buf.validate.StringRules`) and its `(buf.validate.predefined).cel` rules. */
  find(extendee: string, number: number): { readonly proto: FieldDescriptorProto; readonly cel: readonly CelRuleText[] } | undefined;
  /** The model's messages (for `rules`, a rule message, and message-valued `rule`); undefined when they do not resolve. */
  registry(): Registry | undefined;
}

/**
 * One rule an example breaks: protovalidate's rule ID and what the rule asks for (`wants`, completing
 * "it must …"); for CEL rules, the rule named in words (`CEL rule "id"`) and what it says (`says`: its
 * message or result) or why it gave no verdict (`fails`).
 */
type Violation =
  | { readonly id: string; readonly wants: string }
  | { readonly id: string; readonly says: string }
  | { readonly id: string; readonly fails: string };

const FIELD_REQUIRED = 25;
const FIELD_IGNORE = 27;
const FIELD_CEL = 23;
const IGNORE_IF_ZERO_VALUE = 1n;
const IGNORE_ALWAYS = 3n;

/**
 * Checks the examples of one type's rules (`typed`, number `typeRule` of FieldRules `rules`, at `base`),
 * reporting each rule an example breaks at the example. Like buf, nothing is checked when the rules
 * hold nothing but examples, or when the value is ignored.
 */
export function checkExamples(
  target: ExampleTarget,
  rules: WireMessage,
  typed: WireMessage,
  typeRule: number,
  base: readonly number[],
  report: (path: readonly number[], message: string) => void,
): void {
  const type = TYPES[typeRule];
  if (!type || !typed.has(type.example)) return;
  if (!rules.has(FIELD_CEL) && typed.numbers().every((no) => no === type.example)) return;
  const ignore = rules.uint(FIELD_IGNORE);
  if (ignore === IGNORE_ALWAYS) return;
  const cel = celPrograms(type, rules, typed, target.predefined);
  let index = 0;
  for (const f of typed.fields) {
    if (f.no !== type.example) continue;
    for (const value of type.decode(f)) {
      const path = [...base, type.example, index++];
      const zero = isZero(value, target);
      if (ignore === IGNORE_IF_ZERO_VALUE && !target.hasPresence && zero) continue;
      const found: Violation[] = [];
      if (target.topLevel && rules.bool(FIELD_REQUIRED) && !target.hasPresence && zero) found.push({ id: "required", wants: "be set (a required field cannot hold its zero value)" });
      found.push(...violations(type, typeRule, typed, value, target));
      if (cel.length > 0) {
        const self = celValue(value, typeRule);
        for (const { id, run } of cel) found.push(...celViolation(id, run({ this: self })));
      }
      const example = `${target.what} has example ${show(value, typeRule)}`;
      for (const v of found) {
        if ("wants" in v) report(path, `${example}, which breaks its own rule ${v.id}: it must ${v.wants}; correct the example or the rule`);
        else if ("says" in v) report(path, `${example}, which breaks its own ${v.id}: ${v.says}; correct the example or the rule`);
        else report(path, `${example}, on which its ${v.id} ${v.fails}`);
      }
    }
  }
}

// FieldRules.cel (Rule: id 1, message 2, expression 3) and FieldRules.cel_expression.
const FIELD_CEL_EXPRESSION = 29;
/** Where predefined rules start in the rule messages (`extensions 1000 to max`). */
const PREDEFINED_START = 1000;

/** A CEL rule ready for examples: how findings name it, and its run on an example (`this`). */
interface ExampleProgram {
  readonly id: string;
  readonly run: (vars: { this: CelInput }) => CelOutcome;
}

/** The CEL rules to run on each example: the field's own (`cel`, `cel_expression`), then the predefined rules set in `typed`. */
function celPrograms(type: TypeInfo, rules: WireMessage, typed: WireMessage, predefined: PredefinedRules | undefined): ExampleProgram[] {
  const out: ExampleProgram[] = [];
  const add = (rule: CelRuleText, run: CelRuleProgram, extra: Readonly<Record<string, CelInput>> = {}): void => {
    // protovalidate names a violation by the rule's ID, a `cel_expression` by its expression.
    out.push({ id: rule.id === "" ? "unnamed CEL rule" : `CEL rule ${JSON.stringify(rule.id)}`, run: (vars) => run({ ...extra, ...vars }) });
  };
  for (const f of rules.fields) {
    if (f.no === FIELD_CEL && f.bytes) {
      const rule = celRuleText(WireMessage.parse(f.bytes));
      add(rule, compileCelRule(rule.expression, rule.message));
    } else if (f.no === FIELD_CEL_EXPRESSION && f.bytes) {
      const expression = text.decode(f.bytes);
      add({ id: expression, message: "", expression }, compileCelRule(expression, ""));
    }
  }
  if (!predefined) return out;
  const extendee = `buf.validate.${type.rules}`;
  for (const no of typed.numbers()) {
    if (no < PREDEFINED_START) continue;
    const extension = predefined.find(extendee, no);
    if (!extension || extension.cel.length === 0) continue;
    const registry = predefined.registry();
    const rulesType = registry?.getMessage(extendee);
    if (!registry || !rulesType) continue;
    let variables: Record<string, CelInput>;
    try {
      variables = { rules: fromBinary(rulesType, encode(typed)), rule: ruleValue(extension.proto, typed.fields.filter((f) => f.no === no), registry) };
    } catch {
      continue; // the model's rule messages do not read these rules (a validate.proto of its own making)
    }
    for (const rule of extension.cel) add(rule, compileCelRule(rule.expression, rule.message, registry), variables);
  }
  return out;
}

/** A `buf.validate.Rule` message (id 1, message 2, expression 3) as text. */
export function celRuleText(rule: WireMessage | undefined): CelRuleText {
  return { id: rule?.string(1) ?? "", message: rule?.string(2) ?? "", expression: rule?.string(3) ?? "" };
}

/** What a CEL rule's outcome on an example is worth reporting (nothing when it passes or cannot be told). */
function celViolation(id: string, outcome: CelOutcome): Violation[] {
  switch (outcome.kind) {
    case "violation":
      return [{ id, says: outcome.message }];
    case "error":
      return [{ id, fails: `fails to evaluate (${outcome.error}): protovalidate gives an error instead of a verdict, and buf lint stops on it; correct the expression or the example` }];
    case "costly":
      return [{ id, fails: `takes more than ${CEL_BUDGET} steps to evaluate, so it was not checked; simplify the expression` }];
    default:
      return [];
  }
}

/** The example as CEL sees it: ints and enums as int, unsigned types as uint, time and field masks as their messages. */
function celValue(value: Value, typeRule: number): CelInput {
  if (typeRule === 21 || typeRule === 22) {
    const total = value as bigint;
    const seconds = typeRule === 22 && total < 0n && total % 1_000_000_000n !== 0n ? total / 1_000_000_000n - 1n : total / 1_000_000_000n;
    const nanos = Number(total - seconds * 1_000_000_000n);
    return create(typeRule === 21 ? DurationSchema : TimestampSchema, { seconds, nanos });
  }
  if (typeRule === 28) return create(FieldMaskSchema, { paths: [...(value as readonly string[])] });
  if (typeRule === 5 || typeRule === 6 || typeRule === 9 || typeRule === 10) return celUint(value as bigint);
  return value as CelInput;
}

const FT = FieldDescriptorProto_Type;
/** How a predefined rule's value is read from the wire, by the extension's field type. */
const RULE_DECODERS: Readonly<Partial<Record<FieldDescriptorProto_Type, Decode>>> = {
  [FT.DOUBLE]: decoderOf(2), [FT.FLOAT]: decoderOf(1), [FT.INT64]: decoderOf(4), [FT.UINT64]: decoderOf(6),
  [FT.INT32]: decoderOf(3), [FT.FIXED64]: decoderOf(10), [FT.FIXED32]: decoderOf(9), [FT.BOOL]: decoderOf(13),
  [FT.STRING]: decoderOf(14), [FT.BYTES]: decoderOf(15), [FT.UINT32]: decoderOf(5), [FT.ENUM]: decoderOf(16),
  [FT.SFIXED32]: decoderOf(11), [FT.SFIXED64]: decoderOf(12), [FT.SINT32]: decoderOf(7), [FT.SINT64]: decoderOf(8),
};
const UNSIGNED = new Set([FT.UINT64, FT.FIXED64, FT.FIXED32, FT.UINT32]);

/** The decoder of a type rule's values (`3`: int32), looked up when called. */
function decoderOf(typeRule: number): Decode {
  return (f) => TYPES[typeRule]!.decode(f);
}

/** `rule`: the predefined rule's value on the field (a list when repeated; messages through the registry). */
function ruleValue(proto: FieldDescriptorProto, fields: readonly { readonly int?: bigint; readonly bytes?: Uint8Array }[], registry: Registry): CelInput {
  const messageType = proto.type === FT.MESSAGE ? registry.getMessage((proto.typeName ?? "").replace(/^\./, "")) : undefined;
  const decode = RULE_DECODERS[proto.type];
  const values: CelInput[] = fields.flatMap((f): CelInput[] => {
    if (messageType) return f.bytes ? [fromBinary(messageType, f.bytes)] : [];
    return (decode?.(f) ?? []).map((v) => (UNSIGNED.has(proto.type) ? celUint(v as bigint) : (v as CelInput)));
  });
  return proto.label === FieldDescriptorProto_Label.REPEATED ? values : (values.at(-1) ?? null);
}

/** A wire message's bytes again (fields in their order). */
function encode(m: WireMessage): Uint8Array {
  const out: number[] = [];
  const varint = (v: bigint): void => {
    for (let x = BigInt.asUintN(64, v); ; x >>= 7n) {
      if (x < 0x80n) return void out.push(Number(x));
      out.push(Number(x & 0x7fn) | 0x80);
    }
  };
  for (const f of m.fields) {
    varint(BigInt((f.no << 3) | f.wireType));
    if (f.wireType === 0) varint(f.int!);
    else if (f.wireType === 1 || f.wireType === 5) for (let i = 0; i < (f.wireType === 1 ? 8 : 4); i++) out.push(Number((f.int! >> BigInt(8 * i)) & 0xffn));
    else {
      varint(BigInt(f.bytes!.length));
      out.push(...f.bytes!);
    }
  }
  return new Uint8Array(out);
}

/** The zero value of the example's type (which `IGNORE_IF_ZERO_VALUE` skips and `required` rejects). */
function isZero(value: Value, target: ExampleTarget): boolean {
  if (typeof value === "string") return value === "";
  if (typeof value === "boolean") return !value;
  if (typeof value === "number") return Object.is(value, 0);
  if (typeof value === "bigint") return target.enumNumbers ? value === BigInt(target.enumNumbers[0] ?? 0) : value === 0n;
  return false;
}

/** Every standard rule of `typed` the value breaks. */
function violations(type: TypeInfo, typeRule: number, typed: WireMessage, value: Value, target: ExampleTarget): Violation[] {
  const out: Violation[] = [];
  const values = (no: number): Value[] => typed.fields.filter((f) => f.no === no).flatMap((f) => type.decode(f));
  const last = (no: number): Value | undefined => values(no).at(-1);
  const id = (rule: string): string => `${type.name}.${rule}`;
  // Rule numbers; timestamps have no in / not_in (their 7 and 8 are lt_now and gt_now).
  const NO = typeRule === 21 || typeRule === 22 ? { const: 2, lt: 3, lte: 4, gt: 5, gte: 6, in: 7, notIn: 8 } : { const: 1, lt: 2, lte: 3, gt: 4, gte: 5, in: 6, notIn: 7 };
  if (typeRule === 28) {
    fieldMaskRules(typed, value as readonly string[], out);
    return out;
  }
  if (typeRule === 15 || typeRule === 14) {
    const isString = typeRule === 14;
    stringOrBytesRules(typed, value as string | Uint8Array, isString, last, values, id, out);
    return out;
  }
  const constant = last(NO.const);
  if (constant !== undefined && !equal(value, constant)) out.push({ id: id("const"), wants: `equal ${show(constant, typeRule)}` });
  if (typeRule === 13 || typeRule === 16) {
    if (typeRule === 16) {
      if (typed.bool(2) && target.enumNumbers && !target.enumNumbers.includes(Number(value))) out.push({ id: id("defined_only"), wants: "be one of the enum's values" });
      inRules(value, values(3), values(4), typeRule, id, out);
    }
    return out;
  }
  const nan = typeof value === "number" && Number.isNaN(value);
  // The less_than and greater_than oneofs: the last member on the wire is the one set.
  let upper: number | undefined;
  let lower: number | undefined;
  for (const f of typed.fields) {
    if (f.no === NO.lt || f.no === NO.lte || (typeRule === 22 && f.no === 7)) upper = f.no;
    if (f.no === NO.gt || f.no === NO.gte || (typeRule === 22 && f.no === 8)) lower = f.no;
  }
  const name = (no: number): string => (no === NO.lt ? "lt" : no === NO.lte ? "lte" : no === NO.gt ? "gt" : "gte");
  const hi = upper === NO.lt || upper === NO.lte ? last(upper) : undefined;
  const lo = lower === NO.gt || lower === NO.gte ? last(lower) : undefined;
  const above = (u: Value): boolean => (upper === NO.lt ? value >= u : value > u);
  const below = (l: Value): boolean => (lower === NO.gt ? value <= l : value < l);
  const bound = (no: number, v: Value): string =>
    `${no === NO.lt ? "less than" : no === NO.lte ? "less than or equal to" : no === NO.gt ? "greater than" : "greater than or equal to"} ${show(v, typeRule)}`;
  if (lo !== undefined && hi !== undefined) {
    const inclusive = hi >= lo;
    if (nan || (inclusive ? above(hi) || below(lo) : above(hi) && below(lo))) {
      out.push({
        id: id(`${name(lower!)}_${name(upper!)}${inclusive ? "" : "_exclusive"}`),
        wants: `be ${bound(lower!, lo)} ${inclusive ? "and" : "or"} ${bound(upper!, hi)}`,
      });
    }
  } else if (lo !== undefined) {
    if (nan || below(lo)) out.push({ id: id(name(lower!)), wants: `be ${bound(lower!, lo)}` });
  } else if (hi !== undefined) {
    if (nan || above(hi)) out.push({ id: id(name(upper!)), wants: `be ${bound(upper!, hi)}` });
  }
  if (typeRule !== 22) inRules(value, values(NO.in), values(NO.notIn), typeRule, id, out);
  if ((typeRule === 1 || typeRule === 2) && typed.bool(8) && typeof value === "number" && !Number.isFinite(value)) out.push({ id: id("finite"), wants: "be finite" });
  if (typeRule === 22) {
    const now = BigInt(Date.now()) * 1_000_000n;
    if (upper === 7 && typed.bool(7) && (value as bigint) > now) out.push({ id: id("lt_now"), wants: "be before now" });
    if (lower === 8 && typed.bool(8) && (value as bigint) < now) out.push({ id: id("gt_now"), wants: "be after now" });
    const withinField = typed.fields.filter((f) => f.no === 9 && f.bytes).at(-1);
    const within = withinField ? time(withinField)[0] : undefined;
    if (typeof within === "bigint" && ((value as bigint) < now - within || (value as bigint) > now + within)) {
      out.push({ id: id("within"), wants: `be within ${show(within, 21)} of now` });
    }
  }
  return out;
}

/** `in` (when it lists anything) and `not_in`. */
function inRules(value: Value, list: readonly Value[], notIn: readonly Value[], typeRule: number, id: (rule: string) => string, out: Violation[]): void {
  if (list.length > 0 && !list.some((v) => equal(v, value))) out.push({ id: id("in"), wants: `be one of ${list.map((v) => show(v, typeRule)).join(", ")}` });
  if (notIn.some((v) => equal(v, value))) out.push({ id: id("not_in"), wants: `be none of ${notIn.map((v) => show(v, typeRule)).join(", ")}` });
}

// StringRules well-known formats (a oneof of bools): field number → name and check.
const STRING_FORMATS: Readonly<Record<number, readonly [string, (s: string) => boolean]>> = {
  12: ["email", isEmail],
  13: ["hostname", isHostname],
  14: ["ip", (s) => isIp(s, 0)],
  15: ["ipv4", (s) => isIp(s, 4)],
  16: ["ipv6", (s) => isIp(s, 6)],
  17: ["uri", isUri],
  18: ["uri_ref", isUriRef],
  21: ["address", (s) => isHostname(s) || isIp(s, 0)],
  22: ["uuid", (s) => /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(s)],
  26: ["ip_with_prefixlen", (s) => isIpPrefix(s, 0, false)],
  27: ["ipv4_with_prefixlen", (s) => isIpPrefix(s, 4, false)],
  28: ["ipv6_with_prefixlen", (s) => isIpPrefix(s, 6, false)],
  29: ["ip_prefix", (s) => isIpPrefix(s, 0, true)],
  30: ["ipv4_prefix", (s) => isIpPrefix(s, 4, true)],
  31: ["ipv6_prefix", (s) => isIpPrefix(s, 6, true)],
  32: ["host_and_port", (s) => isHostAndPort(s, true)],
  33: ["tuuid", (s) => /^[0-9a-fA-F]{32}$/.test(s)],
  35: ["ulid", (s) => /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/.test(s)],
  37: ["protobuf_fqn", (s) => /^[A-Za-z_][A-Za-z_0-9]*(\.[A-Za-z_][A-Za-z_0-9]*)*$/.test(s)],
  38: ["protobuf_dot_fqn", (s) => /^\.[A-Za-z_][A-Za-z_0-9]*(\.[A-Za-z_][A-Za-z_0-9]*)*$/.test(s)],
};
/** HTTP header names and values (well_known_regex), strict and not. */
const HEADER_NAME = /^:?[0-9a-zA-Z!#$%&'*+,\-.^_|~`]+$/;
const HEADER_VALUE = /^[^\u0000-\u0008\u000A-\u001F\u007F]*$/;
const HEADER_LOOSE = /^[^\u0000\u000A\u000D]*$/;
// BytesRules well-known formats: field number → name and the lengths allowed.
const BYTES_FORMATS: Readonly<Record<number, readonly [string, readonly number[]]>> = { 10: ["ip", [4, 16]], 11: ["ipv4", [4]], 12: ["ipv6", [16]], 15: ["uuid", [16]] };

function stringOrBytesRules(
  typed: WireMessage,
  value: string | Uint8Array,
  isString: boolean,
  last: (no: number) => Value | undefined,
  values: (no: number) => Value[],
  id: (rule: string) => string,
  out: Violation[],
): void {
  const typeRule = isString ? 14 : 15;
  const s = typeof value === "string" ? value : undefined;
  const b = typeof value === "string" ? new TextEncoder().encode(value) : value;
  const NO = isString ? { len: 19, prefix: 7, suffix: 8, contains: 9, in: 10, notIn: 11, pattern: 6 } : { len: 13, prefix: 5, suffix: 6, contains: 7, in: 8, notIn: 9, pattern: 4 };
  const constant = last(1);
  if (constant !== undefined && !equal(value, constant)) out.push({ id: id("const"), wants: `equal ${show(constant, typeRule)}` });
  const length = s === undefined ? b.length : [...s].length;
  const unit = isString ? "characters" : "bytes";
  // [rule number, name, measured length, whether the limit is broken, what is wanted (% = the limit)]
  const sizes: [number, string, number, (n: number, limit: number) => boolean, string][] = [
    [NO.len, "len", length, (n, l) => n !== l, `be exactly % ${unit} long`],
    [2, "min_len", length, (n, l) => n < l, `be at least % ${unit} long`],
    [3, "max_len", length, (n, l) => n > l, `be at most % ${unit} long`],
  ];
  if (isString) {
    sizes.push([20, "len_bytes", b.length, (n, l) => n !== l, "be exactly % bytes long"], [4, "min_bytes", b.length, (n, l) => n < l, "be at least % bytes long"], [5, "max_bytes", b.length, (n, l) => n > l, "be at most % bytes long"]);
  }
  for (const [no, rule, n, breaks, wants] of sizes) {
    const limit = typed.uint(no);
    if (limit !== undefined && breaks(n, Number(limit))) out.push({ id: id(rule), wants: wants.replace("%", String(limit)) });
  }
  const pattern = typed.string(NO.pattern);
  if (pattern !== undefined) {
    const subject = s ?? decodeUtf8(b);
    if (subject !== undefined && re2Matches(pattern, subject) === false) out.push({ id: id("pattern"), wants: `match /${pattern}/` });
  }
  const affixes: [number, string, (x: Uint8Array) => boolean, string][] = [
    [NO.prefix, "prefix", (x) => startsWithBytes(b, x, 0), "start with"],
    [NO.suffix, "suffix", (x) => startsWithBytes(b, x, b.length - x.length), "end with"],
    [NO.contains, "contains", (x) => indexOfBytes(b, x) >= 0, "contain"],
  ];
  for (const [no, rule, holds, wants] of affixes) {
    const x = typed.bytes(no);
    if (x !== undefined && !holds(x)) out.push({ id: id(rule), wants: `${wants} ${show(isString ? text.decode(x) : x, typeRule)}` });
  }
  const notContains = isString ? typed.string(23) : undefined;
  if (notContains !== undefined && s !== undefined && s.includes(notContains)) out.push({ id: id("not_contains"), wants: `not contain ${show(notContains, 14)}` });
  inRules(value, values(NO.in), values(NO.notIn), typeRule, id, out);
  // The well_known oneof: the last member on the wire is the one set.
  let known: number | undefined;
  const formats = isString ? STRING_FORMATS : BYTES_FORMATS;
  for (const f of typed.fields) if (formats[f.no] !== undefined || (isString && f.no === 24)) known = f.no;
  if (known === undefined) return;
  if (isString && known === 24) {
    const which = typed.uint(24);
    const strict = typed.uint(25) === undefined || typed.bool(25);
    if (which === 1n && s === "") out.push({ id: id("well_known_regex.header_name_empty"), wants: "be a non-empty HTTP header name" });
    else if (which === 1n && !(strict ? HEADER_NAME : HEADER_LOOSE).test(s!)) out.push({ id: id("well_known_regex.header_name"), wants: "be a valid HTTP header name" });
    if (which === 2n && !(strict ? HEADER_VALUE : HEADER_LOOSE).test(s!)) out.push({ id: id("well_known_regex.header_value"), wants: "be a valid HTTP header value" });
    return;
  }
  if (!typed.bool(known)) return;
  if (isString) {
    const [format, valid] = STRING_FORMATS[known]!;
    // An empty string is a (relative) URI reference; every other format has its own `_empty` rule.
    if (s === "" && format !== "uri_ref") out.push({ id: id(`${format}_empty`), wants: `be a valid ${format}, not empty` });
    else if (!valid(s!)) out.push({ id: id(format), wants: `be a valid ${format === "uri_ref" ? "URI reference" : format}` });
  } else {
    const [format, lengths] = BYTES_FORMATS[known]!;
    if (b.length === 0) out.push({ id: id(`${format}_empty`), wants: `be a valid ${format}, not empty` });
    else if (!lengths.includes(b.length)) out.push({ id: id(format), wants: `be a valid ${format} (${lengths.join(" or ")} bytes)` });
  }
}

/** Field mask `const` (the same paths), `in` (paths within those listed), `not_in`. */
function fieldMaskRules(typed: WireMessage, paths: readonly string[], out: Violation[]): void {
  const constant = typed.has(1) ? fieldMask(typed.fields.filter((f) => f.no === 1).at(-1)!)[0] : undefined;
  if (constant !== undefined && !equal(paths, constant)) out.push({ id: "field_mask.const", wants: `hold the paths ${show(constant, 28)}` });
  const list = (no: number): string[] => typed.fields.filter((f) => f.no === no && f.bytes).map((f) => text.decode(f.bytes));
  const covered = (p: string, by: readonly string[]): boolean => by.some((f) => p === f || p.startsWith(`${f}.`));
  const inList = list(2);
  const notIn = list(3);
  if (inList.length > 0 && !paths.every((p) => covered(p, inList))) out.push({ id: "field_mask.in", wants: `hold only paths within ${inList.join(", ")}` });
  if (notIn.length > 0 && paths.some((p) => covered(p, notIn))) out.push({ id: "field_mask.not_in", wants: `hold no path within ${notIn.join(", ")}` });
}

function equal(a: Value, b: Value): boolean {
  if (a instanceof Uint8Array && b instanceof Uint8Array) return a.length === b.length && startsWithBytes(a, b, 0);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

function startsWithBytes(b: Uint8Array, x: Uint8Array, at: number): boolean {
  if (at < 0 || at + x.length > b.length) return false;
  for (let i = 0; i < x.length; i++) if (b[at + i] !== x[i]) return false;
  return true;
}

function indexOfBytes(b: Uint8Array, x: Uint8Array): number {
  for (let at = 0; at + x.length <= b.length; at++) if (startsWithBytes(b, x, at)) return at;
  return -1;
}

function decodeUtf8(b: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(b);
  } catch {
    return undefined;
  }
}

/** A value as written in messages: strings quoted, bytes in hex, durations in seconds, timestamps in UTC. */
function show(value: Value, typeRule: number): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value instanceof Uint8Array) return `0x${[...value].map((x) => x.toString(16).padStart(2, "0")).join("")}`;
  if (Array.isArray(value)) return `[${value.map((p) => JSON.stringify(p)).join(", ")}]`;
  if (typeof value === "bigint" && typeRule === 21) {
    const sign = value < 0n ? "-" : "";
    const abs = value < 0n ? -value : value;
    const nanos = (abs % 1_000_000_000n).toString().padStart(9, "0").replace(/0+$/, "");
    return `${sign}${abs / 1_000_000_000n}${nanos === "" ? "" : `.${nanos}`}s`;
  }
  if (typeof value === "bigint" && typeRule === 22) {
    const ms = value / 1_000_000n;
    return ms >= -8_640_000_000_000_000n && ms <= 8_640_000_000_000_000n ? new Date(Number(ms)).toISOString() : `${value}ns`;
  }
  return Object.is(value, -0) ? "-0" : String(value);
}
