/**
 * Option values: the in-memory tree an options message is built into while its statements are
 * interpreted (options.ts), the encoding of scalar values, and the encoding of the finished tree
 * to wire bytes in buf's order (descriptors.md §9.4): extensions, fields, oneof members, then
 * DELIMITED messages; maps deduplicated and sorted by key; later literals merged.
 *
 * A {@link MessageValue} holds, per field number, the encoded scalar elements or nested message
 * values, plus where each value came from (for source info, source-info.md §5).
 *
 * Also how descriptor and options messages are made without protobuf-es's generic reflection
 * ({@link messageFactory}, {@link decodeOptions}).
 */
import { ScalarType, clone, create, fromBinary } from "@bufbuild/protobuf";
import type { DescField, DescMessage, MessageShape, UnknownField } from "@bufbuild/protobuf";
import {
  FieldDescriptorProto_Label,
  FieldDescriptorProto_Type,
  FeatureSet_MessageEncoding,
  type EnumDescriptorProto,
} from "@bufbuild/protobuf/wkt";
import type { CompactOption, MessageLiteralField, OptionDecl, StringLiteral } from "./ast.js";
import type { EnumSymbol, FieldSymbol, MessageSymbol } from "./symbols.js";
import { WireWriter, WT_END_GROUP, WT_FIXED32, WT_FIXED64, WT_LEN, WT_START_GROUP, WT_VARINT, keepBytes } from "./wire.js";

/**
 * Where one contributing expression of a field value was written: the AST node itself (an
 * `option` statement, whose value location carries its comments, a compact option, or a
 * message-literal entry).
 */
export type ValueSource = OptionDecl | CompactOption | MessageLiteralField;

/**
 * One element of a field value: a nested message; a number, meaning a varint of that
 * non-negative integer (bools, enums, small integers: no allocation); for `string`/`bytes`
 * fields the raw bytes or a string standing for its UTF-8 encoding (the length is written when
 * encoding); otherwise the encoded payload.
 */
export type Elem = Uint8Array | MessageValue | number | string;

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

/**
 * The fields set in a {@link MessageValue}, by number, in the order they were first set: a Map of
 * few entries (an options message sets one or two fields), as a list.
 */
export class FieldValues {
  private list: FieldValue[] = EMPTY_LIST;

  get size(): number {
    return this.list.length;
  }

  get(num: number): FieldValue | undefined {
    const list = this.list;
    for (let i = 0; i < list.length; i++) if (list[i]!.field.proto.number === num) return list[i];
    return undefined;
  }

  /** Sets the value of field `fv.field` (in place when it has one, else last). */
  set(fv: FieldValue): void {
    const list = this.list;
    const num = fv.field.proto.number;
    for (let i = 0; i < list.length; i++) {
      if (list[i]!.field.proto.number === num) {
        list[i] = fv;
        return;
      }
    }
    if (list.length === 0) this.list = [fv];
    else list.push(fv);
  }

  delete(num: number): void {
    const list = this.list;
    for (let i = 0; i < list.length; i++) {
      if (list[i]!.field.proto.number === num) {
        list.splice(i, 1);
        return;
      }
    }
  }

  /** The field values in order (not to be changed). */
  values(): readonly FieldValue[] {
    return this.list;
  }
}

export class MessageValue {
  readonly fields = new FieldValues();
  /**
   * Later literals written for the same non-repeated message field (`m { a: 1 } m { b: 2 }`).
   * buf keeps them apart from the first: statements that reach into the field by path add to
   * the first, the later ones are merged over it when encoding, and the first's locations are
   * emitted once per literal (the later ones get none).
   */
  later: readonly MessageValue[] = EMPTY_LIST;
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
  // `isFieldSet(p, oneof_index)`, without reflection: proto2 fields are set when they are own properties
  if (f.kind === "extension" || p.oneofIndex === undefined || !Object.prototype.hasOwnProperty.call(p, "oneofIndex")) return -1;
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

/**
 * Element of a `string`/`bytes` value written as `lit`: its text when the bytes are that text's
 * UTF-8 encoding (no invalid sequence was replaced in it), else the bytes themselves (never
 * modified). The text is already there; the bytes of most literals would be made just for this.
 */
export function encodeString(lit: StringLiteral): Elem {
  return lit.value.indexOf("\uFFFD") < 0 ? lit.value : lit.bytes;
}

// ---- merging ---------------------------------------------------------------------------------

/** Records a later literal for the same non-repeated message field (see {@link MessageValue.later}). */
export function mergeLiteralInto(dst: MessageValue, src: MessageValue): void {
  dst.later = [...dst.later, src];
}

/** The value to encode: `m` with every later literal merged over it, at every depth. */
function materialize(m: MessageValue): MessageValue {
  if (!hasLater(m)) return m;
  let changed = m.later.length > 0;
  const elemsByField = new Map<number, Elem[]>();
  for (const fv of m.fields.values()) {
    const num = fv.field.proto.number;
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
  for (const fv of m.fields.values()) out.fields.set({ field: fv.field, elems: elemsByField.get(fv.field.proto.number)!.slice(), sources: [] });
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
  for (const fv of m.fields.values()) out.fields.set({ field: fv.field, elems: fv.elems.slice(), sources: [] });
  return out;
}

/**
 * Protobuf merge of `src` into `dst` (a copy that may be changed): scalars replaced, repeated
 * appended, messages merged, and a oneof member clears its siblings.
 */
function mergeValues(dst: MessageValue, src: MessageValue): void {
  for (const sv of src.fields.values()) {
    const f = sv.field;
    let dv = dst.fields.get(f.proto.number);
    if (!dv) {
      const oi = realOneofIndex(f);
      if (oi >= 0) {
        for (const other of [...dst.fields.values()]) if (realOneofIndex(other.field) === oi) dst.fields.delete(other.field.proto.number);
      }
      dv = { field: f, elems: [], sources: [] };
      dst.fields.set(dv);
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

/** Whether `a` goes after `b` in buf's encoding order. */
function after(a: FieldValue, b: FieldValue): boolean {
  const ra = rank(a.field);
  const rb = rank(b.field);
  return ra > rb || (ra === rb && ra !== 3 && a.field.proto.number > b.field.proto.number);
}

/** Fields of a message value in buf's encoding order (a stable insertion sort: they are few). */
export function orderedFields(m: MessageValue): FieldValue[] {
  const list: FieldValue[] = [];
  for (const fv of m.fields.values()) {
    let i = list.length;
    list.push(fv);
    while (i > 0 && after(list[i - 1]!, fv)) {
      list[i] = list[i - 1]!;
      i--;
    }
    list[i] = fv;
  }
  return list;
}

/** Shared writer for whole messages (encodeMessage is not reentrant). */
const messageWriter = new WireWriter(1024);

/**
 * Encodes `m` into a shared writer and returns it: its first `length` bytes of `buffer` are the
 * encoding, until the next call.
 */
export function encodeMessage(m: MessageValue): WireWriter {
  const w = messageWriter.reset();
  writeMessage(w, materialize(m));
  return w;
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
    } else if (typeof e === "string") {
      w.tag(num, WT_LEN).lenString(e);
    } else if (wt === WT_LEN) {
      w.tag(num, WT_LEN).lenBytes(e);
    } else {
      w.tag(num, wt).raw(e);
    }
  }
}

// ---- maps --------------------------------------------------------------------------------------

const textEncoder = new TextEncoder();

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
  if (typeof e === "string") return textEncoder.encode(e);
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

// ---- messages without reflection -----------------------------------------------------------------

/**
 * The one empty list that the list fields of built messages share once they are known to stay
 * empty (most of a descriptor's lists are). Frozen: adding to it throws instead of changing every
 * message; replace it with a fresh array first.
 */
export const EMPTY_LIST = Object.freeze([]) as unknown as never[];

/**
 * A maker of `schema`'s messages equal to what `create(schema)` returns: the same prototype (proto2
 * keeps field defaults there, so a field is set only when it is an own property), an own
 * `$typeName` and every list field — set by `lists` (fresh arrays for a builder to fill), or
 * without it the shared {@link EMPTY_LIST}. Made by a constructor of their own, the messages of
 * one type share a hidden class with room for the fields set later (V8's slack tracking), and
 * nothing is looked up per field. The result is checked against `create(schema)` once: a schema
 * whose `create()` sets more (implicit-presence scalars, oneofs, maps), or a `lists` that misses
 * one, gets `create()` itself.
 */
export function messageFactory<Desc extends DescMessage>(schema: Desc, lists?: (m: MessageShape<Desc>) => void): () => MessageShape<Desc> {
  const probe = create(schema) as unknown as Record<string, unknown>;
  const listNames: string[] = [];
  for (const k of Object.keys(probe)) {
    if (k === "$typeName") continue;
    if (!Array.isArray(probe[k])) return () => create(schema);
    listNames.push(k);
  }
  const typeName = schema.typeName;
  const Made = function (this: Record<string, unknown>): void {
    this.$typeName = typeName;
    if (lists) lists(this as unknown as MessageShape<Desc>);
    else for (let i = 0; i < listNames.length; i++) this[listNames[i]!] = EMPTY_LIST;
  };
  Made.prototype = Object.getPrototypeOf(probe) as object;
  const Ctor = Made as unknown as new () => MessageShape<Desc>;
  const made = new Ctor() as unknown as Record<string, unknown>;
  const keys = Object.keys(made);
  if (keys.length !== listNames.length + 1 || !listNames.every((k) => Array.isArray(made[k]))) return () => create(schema);
  return () => new Ctor();
}

/** What {@link decodeOptions} knows of an options message type. */
interface OptionsShape {
  readonly make: () => Record<string, unknown>;
  readonly byNumber: ReadonlyMap<number, DescField>;
}

const optionsShapes = new WeakMap<DescMessage, OptionsShape>();

function optionsShape(schema: DescMessage): OptionsShape {
  let s = optionsShapes.get(schema);
  if (!s) {
    const byNumber = new Map<number, DescField>();
    for (const f of schema.fields) byNumber.set(f.number, f);
    s = { make: messageFactory(schema) as () => Record<string, unknown>, byNumber };
    optionsShapes.set(schema, s);
  }
  return s;
}

/** The options message `schema` with nothing set (what `create(schema)` returns). */
export function emptyOptions<Desc extends DescMessage>(schema: Desc): MessageShape<Desc> {
  return optionsShape(schema).make() as MessageShape<Desc>;
}

/**
 * The message `fromBinary(schema, bytes)` returns, for the encoded options of one element: the
 * first `length` bytes of `buf` (which may be reused afterwards: what is kept is copied). The
 * usual options are custom ones, which stay unknown fields, and a few `bool` and `string`
 * standard options: those are read here, record by record as `fromBinary` reads them (one unknown
 * field per record, its data the bytes after the tag); anything else goes to `fromBinary`.
 */
export function decodeOptions<Desc extends DescMessage>(schema: Desc, buf: Uint8Array, length: number): MessageShape<Desc> {
  const shape = optionsShape(schema);
  const msg = shape.make();
  // most options have one unknown field: a list is made for it at the end, of its exact length
  let first: UnknownField | undefined;
  let more: UnknownField[] | undefined;
  let pos = 0;
  while (pos < length) {
    let tag = 0;
    let scale = 1;
    let b: number;
    do {
      b = buf[pos++]!;
      tag += (b & 0x7f) * scale;
      scale *= 128;
    } while (b & 0x80);
    const no = Math.floor(tag / 8);
    const wireType = tag % 8;
    const start = pos;
    let varintSet = false;
    let dataStart = pos;
    switch (wireType) {
      case WT_VARINT:
        do {
          b = buf[pos++]!;
          if (b & 0x7f) varintSet = true;
        } while (b & 0x80);
        break;
      case WT_FIXED64:
        pos += 8;
        break;
      case WT_FIXED32:
        pos += 4;
        break;
      case WT_LEN: {
        let len = 0;
        scale = 1;
        do {
          b = buf[pos++]!;
          len += (b & 0x7f) * scale;
          scale *= 128;
        } while (b & 0x80);
        dataStart = pos;
        pos += len;
        break;
      }
      default:
        return fromBinary(schema, keepBytes(buf, 0, length));
    }
    const field = shape.byNumber.get(no);
    if (field === undefined) {
      const u: UnknownField = { no, wireType, data: keepBytes(buf, start, pos) };
      if (first === undefined) first = u;
      else (more ??= [first]).push(u);
      continue;
    }
    if (field.fieldKind !== "scalar" || field.oneof !== undefined) return fromBinary(schema, keepBytes(buf, 0, length));
    if (field.scalar === ScalarType.BOOL && wireType === WT_VARINT) {
      msg[field.localName] = varintSet;
    } else if (field.scalar === ScalarType.STRING && wireType === WT_LEN) {
      const s = asciiString(buf, dataStart, pos);
      if (s === undefined) return fromBinary(schema, keepBytes(buf, 0, length));
      msg[field.localName] = s;
    } else {
      return fromBinary(schema, keepBytes(buf, 0, length));
    }
  }
  if (pos !== length) return fromBinary(schema, keepBytes(buf, 0, length));
  if (first !== undefined) msg.$unknown = more !== undefined ? more.slice() : [first];
  return msg as MessageShape<Desc>;
}

/**
 * A message equal to `m`, options that {@link decodeOptions} returned for another element: a
 * shallow copy sharing its unknown fields (frozen here, as they are shared) when that is all `m`
 * holds besides scalars and empty lists, else a deep one.
 */
export function copyOptions<Desc extends DescMessage>(schema: Desc, m: MessageShape<Desc>): MessageShape<Desc> {
  const src = m as unknown as Record<string, unknown>;
  const keys = Object.keys(src);
  for (const k of keys) {
    const v = src[k];
    if (typeof v === "object" && v !== null && v !== EMPTY_LIST && k !== "$unknown") return clone(schema, m);
  }
  const unknown = src.$unknown;
  if (unknown !== undefined) Object.freeze(unknown);
  const copy = optionsShape(schema).make();
  for (const k of keys) copy[k] = src[k];
  return copy as MessageShape<Desc>;
}

/**
 * `bytes[start..end)` as a string when they are all ASCII (their UTF-8 decoding), else undefined
 * (also for long ones: the codes go through a call's arguments).
 */
function asciiString(bytes: Uint8Array, start: number, end: number): string | undefined {
  if (end - start > 4096) return undefined;
  const codes = new Array<number>(end - start);
  for (let i = start; i < end; i++) {
    const c = bytes[i]!;
    if (c > 0x7f) return undefined;
    codes[i - start] = c;
  }
  return String.fromCharCode.apply(null, codes);
}
