/**
 * `example` values of protovalidate's standard rules (`(buf.validate.field).string.example = "x"`),
 * checked as buf checks them: buf sets each example on the field and validates it with protovalidate,
 * so every rule of the field the example breaks is a finding (at the example), named by
 * protovalidate's rule ID (`string.min_len`, `int32.gt_lt`, `required`). The rules are evaluated here
 * natively, as protovalidate's definitions state them: lengths, bounds and their combinations, `const`,
 * `in`, `not_in`, `pattern` (RE2), prefixes, the well-known string formats, enum `defined_only`,
 * durations, timestamps against now, field masks; `required` and `ignore` as protovalidate applies
 * them; map keys and values, repeated items.
 *
 * Not evaluated (buf evaluates them): CEL rules of the field and predefined rules, which need a CEL
 * interpreter, and the `uri` / `uri_ref` formats (RFC 3986 parsing).
 */
import { re2ToRegExp } from "./protovalidate-re2.js";
import { WireMessage } from "./protovalidate.js";

/** An example's or a rule's value: numbers of 64-bit types as bigint; durations and timestamps in nanoseconds. */
type Value = number | bigint | boolean | string | Uint8Array | readonly string[];

/** How one type's rules are read from the wire and named. */
interface TypeInfo {
  /** protovalidate's prefix of rule IDs: `int32`, `string`. */
  readonly name: string;
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
  1: { name: "float", decode: fixed(4, (v, at) => v.getFloat32(at, true)), example: 9 },
  2: { name: "double", decode: fixed(8, (v, at) => v.getFloat64(at, true)), example: 9 },
  3: { name: "int32", decode: varints(signed), example: 8 },
  4: { name: "int64", decode: varints(signed), example: 9 },
  5: { name: "uint32", decode: varints((v) => v), example: 8 },
  6: { name: "uint64", decode: varints((v) => v), example: 8 },
  7: { name: "sint32", decode: varints(zigzag), example: 8 },
  8: { name: "sint64", decode: varints(zigzag), example: 8 },
  9: { name: "fixed32", decode: fixed(4, (v, at) => BigInt(v.getUint32(at, true))), example: 8 },
  10: { name: "fixed64", decode: fixed(8, (v, at) => v.getBigUint64(at, true)), example: 8 },
  11: { name: "sfixed32", decode: fixed(4, (v, at) => BigInt(v.getInt32(at, true))), example: 8 },
  12: { name: "sfixed64", decode: fixed(8, (v, at) => v.getBigInt64(at, true)), example: 8 },
  13: { name: "bool", decode: varints((v) => v !== 0n), example: 2 },
  14: { name: "string", decode: (f) => [text.decode(f.bytes)], example: 34 },
  15: { name: "bytes", decode: (f) => [f.bytes!], example: 14 },
  16: { name: "enum", decode: varints(signed), example: 5 },
  21: { name: "duration", decode: time, example: 9 },
  22: { name: "timestamp", decode: time, example: 10 },
  28: { name: "field_mask", decode: fieldMask, example: 4 },
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
}

/** One rule an example breaks: protovalidate's rule ID and what the rule asks for (completing "it must …"). */
interface Violation {
  readonly id: string;
  readonly wants: string;
}

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
      for (const v of found) {
        report(path, `${target.what} has example ${show(value, typeRule)}, which breaks its own rule ${v.id}: it must ${v.wants}; correct the example or the rule`);
      }
    }
  }
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
const STRING_FORMATS: Readonly<Record<number, readonly [string, (s: string) => boolean | undefined]>> = {
  12: ["email", (s) => EMAIL.test(s)],
  13: ["hostname", isHostname],
  14: ["ip", (s) => isIp(s, 0)],
  15: ["ipv4", (s) => isIp(s, 4)],
  16: ["ipv6", (s) => isIp(s, 6)],
  17: ["uri", () => undefined],
  21: ["address", (s) => isHostname(s) || isIp(s, 0)],
  22: ["uuid", (s) => /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(s)],
  26: ["ip_with_prefixlen", (s) => isIpPrefix(s, 0, false)],
  27: ["ipv4_with_prefixlen", (s) => isIpPrefix(s, 4, false)],
  28: ["ipv6_with_prefixlen", (s) => isIpPrefix(s, 6, false)],
  29: ["ip_prefix", (s) => isIpPrefix(s, 0, true)],
  30: ["ipv4_prefix", (s) => isIpPrefix(s, 4, true)],
  31: ["ipv6_prefix", (s) => isIpPrefix(s, 6, true)],
  32: ["host_and_port", isHostAndPort],
  33: ["tuuid", (s) => /^[0-9a-fA-F]{32}$/.test(s)],
  35: ["ulid", (s) => /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/.test(s)],
  37: ["protobuf_fqn", (s) => /^[A-Za-z_][A-Za-z_0-9]*(\.[A-Za-z_][A-Za-z_0-9]*)*$/.test(s)],
  38: ["protobuf_dot_fqn", (s) => /^\.[A-Za-z_][A-Za-z_0-9]*(\.[A-Za-z_][A-Za-z_0-9]*)*$/.test(s)],
};
/** The HTML standard's valid e-mail address, which protovalidate uses. */
const EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
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
    const regexp = re2ToRegExp(pattern);
    if (subject !== undefined && regexp && !regexp.test(subject)) out.push({ id: id("pattern"), wants: `match /${pattern}/` });
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
    if (s === "") out.push({ id: id(`${format}_empty`), wants: `be a valid ${format}, not empty` });
    else if (valid(s!) === false) out.push({ id: id(format), wants: `be a valid ${format}` });
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

/** protovalidate's hostname: dot-separated labels of letters, digits and inner hyphens; the last not all digits. */
function isHostname(s: string): boolean {
  if (s.length > 253) return false;
  const labels = (s.endsWith(".") ? s.slice(0, -1) : s).split(".");
  return labels.every((l) => /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(l)) && !/^[0-9]+$/.test(labels.at(-1)!);
}

/** A host (hostname, IPv4, or bracketed IPv6) and a port of 0 to 65535 without leading zeros (port required). */
function isHostAndPort(s: string): boolean {
  const colon = s.lastIndexOf(":");
  if (s.startsWith("[")) {
    const end = s.lastIndexOf("]");
    return end + 1 === colon && isIp(s.slice(1, end), 6) && isPort(s.slice(colon + 1));
  }
  if (colon < 0) return false;
  const host = s.slice(0, colon);
  return (isHostname(host) || isIp(host, 4)) && isPort(s.slice(colon + 1));
}

function isPort(s: string): boolean {
  return /^(?:0|[1-9][0-9]{0,4})$/.test(s) && Number(s) <= 65535;
}

/** An IP address of the version (0: either), IPv6 with an optional zone ID (`fe80::1%eth0`). */
function isIp(s: string, version: 0 | 4 | 6): boolean {
  return (version !== 6 && ipv4Bits(s) !== undefined) || (version !== 4 && ipv6Bits(s, true) !== undefined);
}

/** An address and prefix length (`10.0.0.0/8`); `strict`: the host bits are zero. */
function isIpPrefix(s: string, version: 0 | 4 | 6, strict: boolean): boolean {
  const slash = s.indexOf("/");
  if (slash < 0) return false;
  const address = s.slice(0, slash);
  const length = s.slice(slash + 1);
  for (const v of version === 0 ? ([6, 4] as const) : [version]) {
    const bits = v === 4 ? ipv4Bits(address) : ipv6Bits(address, false);
    const width = v === 4 ? 32 : 128;
    if (bits === undefined || !new RegExp(`^(?:0|[1-9][0-9]{0,${v === 4 ? 1 : 2}})$`).test(length) || Number(length) > width) continue;
    const hostBits = BigInt(width - Number(length));
    if (!strict || (bits & ((1n << hostBits) - 1n)) === 0n) return true;
  }
  return false;
}

/** Dotted-decimal IPv4 (octets of one to three digits, no leading zero, at most 255), as its 32 bits. */
function ipv4Bits(s: string): bigint | undefined {
  const octets = s.split(".");
  if (octets.length !== 4 || !octets.every((o) => /^(?:0|[1-9][0-9]{0,2})$/.test(o) && Number(o) <= 255)) return undefined;
  return octets.reduce((acc, o) => (acc << 8n) | BigInt(o), 0n);
}

/**
 * IPv6 text (RFC 4291: groups of one to four hex digits, one `::`, an IPv4 tail) as its 128 bits;
 * with `zone`, a `%zone` suffix is allowed. As in protovalidate, an IPv4 tail after `::` is accepted
 * whatever the number of groups before it.
 */
function ipv6Bits(s: string, zone: boolean): bigint | undefined {
  const percent = s.indexOf("%");
  if (percent >= 0) {
    if (!zone || percent === s.length - 1) return undefined;
    s = s.slice(0, percent);
  }
  const compressed = s.indexOf("::");
  if (compressed >= 0 && s.indexOf("::", compressed + 1) >= 0) return undefined;
  const split = (part: string): string[] => (part === "" ? [] : part.split(":"));
  const head = split(compressed < 0 ? s : s.slice(0, compressed));
  const tail = compressed < 0 ? [] : split(s.slice(compressed + 2));
  const groups = [...head, ...tail];
  let dotted: bigint | undefined;
  const lastGroup = groups.at(-1);
  if (lastGroup?.includes(".")) {
    dotted = ipv4Bits(lastGroup);
    if (dotted === undefined || (compressed < 0 && groups.length !== 7)) return undefined;
    (tail.length > 0 ? tail : head).pop();
    groups.pop();
  }
  if (!groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  const pieces = groups.length + (dotted === undefined ? 0 : 2);
  if (compressed < 0 ? pieces !== 8 : dotted === undefined && pieces >= 8) return undefined;
  const word = (gs: readonly string[]): bigint => gs.reduce((acc, g) => (acc << 16n) | BigInt(`0x${g}`), 0n);
  const bits = (word(head) << BigInt(16 * (8 - head.length))) | (word(tail) << (dotted === undefined ? 0n : 32n)) | (dotted ?? 0n);
  return BigInt.asUintN(128, bits);
}
