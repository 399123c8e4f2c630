/**
 * Option values: the in-memory tree an options message is built into while its statements are
 * interpreted (options.ts), the encoding of scalar values, and the encoding of the finished tree
 * to wire bytes in buf's order (descriptors.md §9.4): extensions, fields, oneof members, then
 * DELIMITED messages; maps deduplicated and sorted by key; later literals merged.
 *
 * A {@link MessageValue} holds, per field number, the encoded scalar elements or nested message
 * values, plus where each value came from (for source info, source-info.md §5).
 */
import { isFieldSet } from "@bufbuild/protobuf";
import {
  FieldDescriptorProtoSchema,
  FieldDescriptorProto_Label,
  FieldDescriptorProto_Type,
  FeatureSet_MessageEncoding,
  type EnumDescriptorProto,
} from "@bufbuild/protobuf/wkt";
import type { CompactOption, MessageLiteralField, OptionDecl } from "./ast.js";
import type { EnumSymbol, FieldSymbol, MessageSymbol } from "./symbols.js";
import { WireWriter, WT_END_GROUP, WT_FIXED32, WT_FIXED64, WT_LEN, WT_START_GROUP, WT_VARINT } from "./wire.js";

/**
 * Where one contributing expression of a field value was written: the AST node itself (an
 * `option` statement, whose value location carries its comments, a compact option, or a
 * message-literal entry).
 */
export type ValueSource = OptionDecl | CompactOption | MessageLiteralField;

/**
 * One element of a field value: a nested message; a number, meaning a varint of that
 * non-negative integer (bools, enums, small integers: no allocation); for `string`/`bytes`
 * fields the raw bytes (the length is written when encoding); otherwise the encoded payload.
 */
export type Elem = Uint8Array | MessageValue | number;

/** The value of one field inside a {@link MessageValue}. */
export interface FieldValue {
  readonly field: FieldSymbol;
  elems: Elem[];
  /**
   * Source locations: for repeated fields and scalars one per contributing expression; for a
   * non-repeated message value none (its contents carry the locations).
   */
  sources: ValueSource[];
}

export class MessageValue {
  readonly fields = new Map<number, FieldValue>();
  /**
   * Later literals written for the same non-repeated message field (`m { a: 1 } m { b: 2 }`).
   * buf keeps them apart from the first: statements that reach into the field by path add to
   * the first, the later ones are merged over it when encoding, and the first's locations are
   * emitted once per literal (the later ones get none).
   */
  readonly later: MessageValue[] = [];
  /** A `google.protobuf.Any` expansion or another value whose interior gets no locations. */
  opaque = false;
  /**
   * The payload of an `Any` expansion (or a message inside one). buf encodes it as written:
   * fields in order of first appearance, a repeated scalar with several values packed and with
   * one value not, whatever the field's own packing; map entries as written (no sorting); a
   * message field written twice as two records.
   */
  asWritten = false;
  /** The payload of an `Any` expansion: left out when it encodes to nothing. */
  isAnyValue = false;
  constructor(readonly type: MessageSymbol) {}

  /** How many times this message's interior locations are emitted. */
  get copies(): number {
    return 1 + this.later.length;
  }
}

// ---- field facts ------------------------------------------------------------------------------

export const T = FieldDescriptorProto_Type;

export function isRepeated(f: FieldSymbol): boolean {
  return f.proto.label === FieldDescriptorProto_Label.REPEATED;
}

export function isMessageField(f: FieldSymbol): boolean {
  const t = f.proto.type;
  return t === T.MESSAGE || t === T.GROUP;
}

/** Index of the field's real oneof (not a proto3-optional synthetic one), or -1. */
export function realOneofIndex(f: FieldSymbol): number {
  const p = f.proto;
  if (f.kind === "extension" || !isFieldSet(p, FieldDescriptorProtoSchema.field.oneofIndex)) return -1;
  if (p.proto3Optional) return -1;
  return p.oneofIndex;
}

/** The wire type one element of a field is written with (ignoring packing). */
function wireTypeOf(type: FieldDescriptorProto_Type): number {
  switch (type) {
    case T.DOUBLE: case T.FIXED64: case T.SFIXED64:
      return WT_FIXED64;
    case T.FLOAT: case T.FIXED32: case T.SFIXED32:
      return WT_FIXED32;
    case T.STRING: case T.BYTES: case T.MESSAGE:
      return WT_LEN;
    case T.GROUP:
      return WT_START_GROUP;
    default:
      return WT_VARINT;
  }
}

/** Protobuf's name for a scalar type (`int32`), used in error texts. */
export function scalarTypeName(type: FieldDescriptorProto_Type): string {
  switch (type) {
    case T.DOUBLE: return "double";
    case T.FLOAT: return "float";
    case T.INT64: return "int64";
    case T.UINT64: return "uint64";
    case T.INT32: return "int32";
    case T.FIXED64: return "fixed64";
    case T.FIXED32: return "fixed32";
    case T.BOOL: return "bool";
    case T.STRING: return "string";
    case T.BYTES: return "bytes";
    case T.UINT32: return "uint32";
    case T.SFIXED32: return "sfixed32";
    case T.SFIXED64: return "sfixed64";
    case T.SINT32: return "sint32";
    case T.SINT64: return "sint64";
    default: return "";
  }
}

/** Fully-qualified name of a field's message or enum type, without the leading dot. */
export function typeNameOf(f: FieldSymbol): string {
  const n = f.proto.typeName;
  return n.startsWith(".") ? n.slice(1) : n;
}

const enumValueMaps = new WeakMap<EnumDescriptorProto, Map<string, number>>();

/** The number of an enum value by simple name, or undefined. */
export function enumValueNumber(e: EnumSymbol, name: string): number | undefined {
  let m = enumValueMaps.get(e.proto);
  if (!m) {
    m = new Map();
    for (const v of e.proto.value) if (!m.has(v.name)) m.set(v.name, v.number);
    enumValueMaps.set(e.proto, m);
  }
  return m.get(name);
}

// ---- scalar encoding -------------------------------------------------------------------------

const INT32_MIN = -(2n ** 31n);
const INT32_MAX = 2n ** 31n - 1n;
const UINT32_MAX = 2n ** 32n - 1n;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** Whether an integer fits the field type (integer types only). */
export function intInRange(type: FieldDescriptorProto_Type, v: bigint): boolean {
  switch (type) {
    case T.INT32: case T.SINT32: case T.SFIXED32: case T.ENUM:
      return v >= INT32_MIN && v <= INT32_MAX;
    case T.UINT32: case T.FIXED32:
      return v >= 0n && v <= UINT32_MAX;
    case T.INT64: case T.SINT64: case T.SFIXED64:
      return v >= INT64_MIN && v <= INT64_MAX;
    case T.UINT64: case T.FIXED64:
      return v >= 0n && v <= UINT64_MAX;
    default:
      return false;
  }
}

/** Shared writer for scalar payloads (each result is copied out). */
const scratch = new WireWriter(16);

/** Element of an integer value of an integer or enum field (range already checked). */
export function encodeInt(type: FieldDescriptorProto_Type, v: bigint): Elem {
  const w = scratch.reset();
  switch (type) {
    case T.SINT32: case T.SINT64:
      w.zigzag(v);
      break;
    case T.FIXED32: case T.SFIXED32:
      w.fixed32(Number(v));
      break;
    case T.FIXED64: case T.SFIXED64:
      w.fixed64(v);
      break;
    default:
      if (v >= 0n && v <= 0x7fffffffn) return Number(v);
      w.varint64(v);
  }
  return w.finish();
}

export function encodeFloat(type: FieldDescriptorProto_Type, v: number, negativeNaN: boolean): Uint8Array {
  const w = scratch.reset();
  if (type === T.FLOAT) w.float(Math.fround(v), negativeNaN);
  else w.double(v, negativeNaN);
  return w.finish();
}

export function encodeBool(v: boolean): Elem {
  return v ? 1 : 0;
}

/** Element of a `string`/`bytes` value: the bytes themselves (never modified). */
export function encodeBytes(b: Uint8Array): Elem {
  return b;
}

// ---- merging ---------------------------------------------------------------------------------

/** Records a later literal for the same non-repeated message field (see {@link MessageValue.later}). */
export function mergeLiteralInto(dst: MessageValue, src: MessageValue): void {
  dst.later.push(src);
}

/** The value to encode: `m` with every later literal merged over it, at every depth. */
function materialize(m: MessageValue): MessageValue {
  if (!hasLater(m)) return m;
  let changed = m.later.length > 0;
  const elemsByField = new Map<number, Elem[]>();
  for (const [num, fv] of m.fields) {
    let elems = fv.elems;
    for (let i = 0; i < elems.length; i++) {
      const e = elems[i]!;
      if (!(e instanceof MessageValue)) continue;
      const me = materialize(e);
      if (me !== e) {
        if (elems === fv.elems) elems = elems.slice();
        elems[i] = me;
      }
    }
    if (elems !== fv.elems) changed = true;
    elemsByField.set(num, elems);
  }
  if (!changed) return m;
  const out = new MessageValue(m.type);
  out.opaque = m.opaque;
  out.asWritten = m.asWritten;
  out.isAnyValue = m.isAnyValue;
  for (const [num, fv] of m.fields) out.fields.set(num, { field: fv.field, elems: elemsByField.get(num)!.slice(), sources: [] });
  for (const l of m.later) mergeValues(out, materialize(l));
  return out;
}

/** Whether `m` or a message inside it has later literals to merge. */
function hasLater(m: MessageValue): boolean {
  // An `Any` payload is written as it was written: later literals are records of their own.
  if (m.asWritten) return false;
  if (m.later.length > 0) return true;
  for (const fv of m.fields.values()) {
    for (const e of fv.elems) if (e instanceof MessageValue && hasLater(e)) return true;
  }
  return false;
}

/** A copy of `m` whose field list and element arrays may be changed (elements are shared). */
function copyShallow(m: MessageValue): MessageValue {
  const out = new MessageValue(m.type);
  out.opaque = m.opaque;
  out.asWritten = m.asWritten;
  out.isAnyValue = m.isAnyValue;
  for (const [num, fv] of m.fields) out.fields.set(num, { field: fv.field, elems: fv.elems.slice(), sources: [] });
  return out;
}

/**
 * Protobuf merge of `src` into `dst` (a copy that may be changed): scalars replaced, repeated
 * appended, messages merged, and a oneof member clears its siblings.
 */
function mergeValues(dst: MessageValue, src: MessageValue): void {
  for (const [num, sv] of src.fields) {
    const f = sv.field;
    let dv = dst.fields.get(num);
    if (!dv) {
      const oi = realOneofIndex(f);
      if (oi >= 0) {
        for (const [n2, other] of dst.fields) if (realOneofIndex(other.field) === oi) dst.fields.delete(n2);
      }
      dv = { field: f, elems: [], sources: [] };
      dst.fields.set(num, dv);
    }
    if (isRepeated(f)) {
      dv.elems.push(...sv.elems);
    } else if (isMessageField(f) && dv.elems[0] instanceof MessageValue && sv.elems[0] instanceof MessageValue) {
      const c = copyShallow(dv.elems[0]);
      mergeValues(c, sv.elems[0]);
      dv.elems = [c];
    } else {
      dv.elems = sv.elems.slice();
    }
  }
}

// ---- message encoding ------------------------------------------------------------------------

/**
 * Rank of a field in buf's order: extensions, then ordinary fields, then real-oneof members,
 * then (in the order they were set) message fields with editions' DELIMITED encoding. Only a
 * field's own `features.message_encoding` is seen here, not one inherited from its file or
 * message.
 */
function rank(f: FieldSymbol): number {
  if (f.proto.type === T.MESSAGE && f.proto.options?.features?.messageEncoding === FeatureSet_MessageEncoding.DELIMITED) return 3;
  if (f.kind === "extension") return 0;
  return realOneofIndex(f) >= 0 ? 2 : 1;
}

/** Fields of a message value in buf's encoding order. */
export function orderedFields(m: MessageValue): FieldValue[] {
  const list = [...m.fields.values()];
  if (list.length > 1) {
    list.sort((a, b) => {
      const ra = rank(a.field);
      return ra - rank(b.field) || (ra === 3 ? 0 : a.field.proto.number - b.field.proto.number);
    });
  }
  return list;
}

/** Shared writer for whole messages (encodeMessage is not reentrant). */
const messageWriter = new WireWriter(1024);

export function encodeMessage(m: MessageValue): Uint8Array {
  const w = messageWriter.reset();
  writeMessage(w, materialize(m));
  return w.finish();
}

function writeMessage(w: WireWriter, m: MessageValue): void {
  if (m.asWritten) {
    for (const fv of m.fields.values()) writeField(w, fv, true);
    return;
  }
  if (m.fields.size === 1) {
    for (const fv of m.fields.values()) writeField(w, fv);
    return;
  }
  for (const fv of orderedFields(m)) writeField(w, fv);
}

function writeField(w: WireWriter, fv: FieldValue, asWritten = false): void {
  const f = fv.field;
  const num = f.proto.number;
  const type = f.proto.type;
  const wt = wireTypeOf(type);
  if (fv.elems.length === 0) return;
  const packed = asWritten ? fv.elems.length > 1 : f.packed;
  if (isRepeated(f) && packed && (wt === WT_VARINT || wt === WT_FIXED32 || wt === WT_FIXED64)) {
    const mark = w.tag(num, WT_LEN).beginLen();
    for (const e of fv.elems) {
      if (typeof e === "number") w.uvarint(e);
      else w.raw(e as Uint8Array);
    }
    w.endLen(mark);
    return;
  }
  if (!asWritten && type === T.MESSAGE && isRepeated(f) && fv.elems[0] instanceof MessageValue && fv.elems[0].type.proto.options?.mapEntry) {
    writeMap(w, num, fv.elems as MessageValue[]);
    return;
  }
  for (const e of fv.elems) {
    if (e instanceof MessageValue) {
      if (type === T.GROUP) {
        w.tag(num, WT_START_GROUP);
        writeMessage(w, e);
        w.tag(num, WT_END_GROUP);
      } else {
        const start = w.length;
        const mark = w.tag(num, WT_LEN).beginLen();
        writeMessage(w, e);
        // An empty `Any.value` is left out (it has implicit presence).
        if (e.isAnyValue && w.length === mark + 1) w.truncate(start);
        else w.endLen(mark);
        if (asWritten) {
          for (const l of e.later) {
            const m2 = w.tag(num, WT_LEN).beginLen();
            writeMessage(w, l);
            w.endLen(m2);
          }
        }
      }
    } else if (typeof e === "number") {
      w.tag(num, WT_VARINT).uvarint(e);
    } else if (wt === WT_LEN) {
      w.tag(num, WT_LEN).lenBytes(e);
    } else {
      w.tag(num, wt).raw(e);
    }
  }
}

// ---- maps --------------------------------------------------------------------------------------

/**
 * A map field, as Go's deterministic marshaling writes it (buf 1.75): one entry per key (the
 * last one written wins), sorted by key, each with both its key and its value (zero if absent).
 */
function writeMap(w: WireWriter, num: number, entries: readonly MessageValue[]): void {
  const type = entries[0]!.type;
  const keyField = type.fieldsByNumber.get(1);
  const valueField = type.fieldsByNumber.get(2);
  if (!keyField || !valueField) return;
  const byKey = new Map<string | bigint, { key: bigint | Uint8Array; entry: MessageValue }>();
  for (const e of entries) {
    const key = mapKey(keyField, e.fields.get(1));
    byKey.set(typeof key === "bigint" ? key : bytesKey(key), { key, entry: e });
  }
  const sorted = [...byKey.values()].sort((a, b) => compareKeys(a.key, b.key));
  for (const { entry } of sorted) {
    const mark = w.tag(num, WT_LEN).beginLen();
    for (const [n, f] of [[1, keyField], [2, valueField]] as const) {
      const fv = entry.fields.get(n);
      if (fv && fv.elems.length > 0) writeField(w, fv);
      else writeZero(w, f);
    }
    w.endLen(mark);
  }
}

/** A map key as a comparable value: integers as bigint, strings as their bytes. */
function mapKey(f: FieldSymbol, fv: FieldValue | undefined): bigint | Uint8Array {
  const e = fv?.elems[fv.elems.length - 1];
  const type = f.proto.type;
  if (e === undefined) return type === T.STRING ? new Uint8Array(0) : 0n;
  if (typeof e === "number") {
    return type === T.SINT32 || type === T.SINT64 ? (BigInt(e) >> 1n) ^ -(BigInt(e) & 1n) : BigInt(e);
  }
  if (e instanceof MessageValue || type === T.STRING) return e instanceof MessageValue ? 0n : e;
  let u = 0n;
  switch (type) {
    case T.FIXED32: case T.SFIXED32: case T.FIXED64: case T.SFIXED64:
      for (let i = e.length - 1; i >= 0; i--) u = (u << 8n) | BigInt(e[i]!);
      if (type === T.SFIXED32) return BigInt.asIntN(32, u);
      if (type === T.SFIXED64) return BigInt.asIntN(64, u);
      return u;
    default:
      for (let i = e.length - 1; i >= 0; i--) u = (u << 7n) | BigInt(e[i]! & 0x7f);
      if (type === T.SINT32 || type === T.SINT64) return (u >> 1n) ^ -(u & 1n);
      if (type === T.INT32 || type === T.INT64) return BigInt.asIntN(64, u);
      return u;
  }
}

function bytesKey(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
}

function compareKeys(a: bigint | Uint8Array, b: bigint | Uint8Array): number {
  if (typeof a === "bigint" && typeof b === "bigint") return a < b ? -1 : a > b ? 1 : 0;
  const x = a as Uint8Array;
  const y = b as Uint8Array;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/** The zero value of a map key or value field. */
function writeZero(w: WireWriter, f: FieldSymbol): void {
  const num = f.proto.number;
  const wt = wireTypeOf(f.proto.type);
  w.tag(num, wt === WT_START_GROUP ? WT_LEN : wt);
  if (wt === WT_FIXED32) w.fixed32(0);
  else if (wt === WT_FIXED64) w.fixed32(0).fixed32(0);
  else w.uvarint(0);
}
