/**
 * SourceCodeInfo, as buf 1.75 writes it (shared/reference/source-info.md).
 *
 * CONTRACT: the descriptor builder and the option interpreter call `add`/`addWithComments` for
 * each location, in any order except for the tie cases of source-info.md §2.2, where creation
 * order must be the documented order. `encode()` (or `finish()`) then stable-sorts by span,
 * attaches the comments and puts the file location first; it ends the collection.
 *
 * Locations are kept as flat records in one Int32Array (handed on to the next collector once this
 * one is encoded) until `encode()`, which works in a few passes over typed arrays reused from file
 * to file, allocating next to nothing: it scans the file's line starts, computes the line and
 * display-width column of just the tokens the locations start and end at (one forward walk,
 * position.ts), orders the locations by span (§1, §2.1: spans compare as integer sequences, so a
 * 3-element span [l, c, endCol] against a 4-element one [l, c, endLine, endCol] compares endCol
 * with endLine; ties keep creation order), attributes the comments (comments.ts) and writes the
 * wire format into a shared arena, comment text included, encoded straight from the source text.
 *
 * The order: a span's start only grows with its first token, so after a stable counting sort by
 * first token, an insertion sort by whole span and creation order has little left to do (the
 * locations sharing a first token, created nearly in order), in linear time. Should it have much
 * more to do (a budget of moves per location), a comparison sort takes over.
 */
import { create } from "@bufbuild/protobuf";
import type { FileDescriptorProto, SourceCodeInfo, SourceCodeInfo_Location } from "@bufbuild/protobuf/wkt";
import { SourceCodeInfo_LocationSchema, SourceCodeInfoSchema } from "@bufbuild/protobuf/wkt";
import type { FileNode, TokenIndex, Tokens } from "./ast.js";
import { NO_COMMENTS, TokenComments } from "./comments.js";
import { ColumnCursor, LineScan } from "./position.js";
import { putInt32, putVarint, varintSize } from "./wire.js";

const NO_TOKEN = -1;
/** No comment paragraph (comments.ts). */
const NONE = -1;
/** Record layout in `data`: first, last, lead, trail, path length, then the path. */
const R_FIRST = 0;
const R_LAST = 1;
const R_LEAD = 2;
const R_TRAIL = 3;
const R_PATH_LEN = 4;
const R_PATH = 5;

/**
 * Locations are built like `create(SourceCodeInfo_LocationSchema, …)` builds them (an object on
 * the message prototype, which holds the proto2 defaults, with its fields as own properties, so
 * field presence is unchanged), without create's per-call generic initialisation: a file can have
 * thousands of locations.
 */
const locationPrototype = Object.getPrototypeOf(create(SourceCodeInfo_LocationSchema)) as object;
const locationTypeName = SourceCodeInfo_LocationSchema.typeName;

function newLocation(path: number[], span: number[], detached: string[]): SourceCodeInfo_Location {
  const loc = Object.create(locationPrototype) as { -readonly [K in keyof SourceCodeInfo_Location]: SourceCodeInfo_Location[K] };
  loc.$typeName = locationTypeName as SourceCodeInfo_Location["$typeName"];
  loc.path = path;
  loc.span = span;
  loc.leadingDetachedComments = detached;
  return loc;
}

/**
 * Scratch reused by every `encode()` (it runs synchronously, one at a time): allocating typed
 * arrays per file costs more than the work done in them, mostly in garbage collection.
 */
const scratch = {
  i32: [] as Int32Array[],
  need: new Uint8Array(1024),
  lines: new LineScan(),
  comments: new TokenComments(),
};

/** Scratch Int32Array number `slot` with room for `size` elements (contents undefined). */
function i32(slot: number, size: number): Int32Array {
  let a = scratch.i32[slot];
  if (a === undefined || a.length < size) {
    a = new Int32Array(Math.max(size, 1024, a ? a.length * 2 : 0));
    scratch.i32[slot] = a;
  }
  return a;
}

/** The records of a collector that has been encoded: empty, so that any further use fails. */
const SPENT = new Int32Array(0);
/** The record array of the last collector encoded, for the next one to fill. */
let spareRecords: Int32Array | undefined;

export class SourceInfoCollector {
  /** Number of locations added. */
  private n = 0;
  /** Flat location records (see R_*), `used` elements of `data`. */
  private data: Int32Array;
  private used = 0;

  constructor(readonly file: FileNode) {
    this.data = spareRecords ?? new Int32Array(4096);
    spareRecords = undefined;
  }

  /** Number of locations recorded so far. */
  get size(): number {
    return this.n;
  }

  /** A location spanning tokens `first`..`last` (inclusive), without comments. */
  add(path: readonly number[], first: TokenIndex, last: TokenIndex): void {
    this.record(path, first, last, NO_TOKEN, NO_TOKEN);
  }

  /**
   * A location spanning `first`..`last` that carries comments: leading/detached are looked up at
   * token `leadTok`, trailing at token `trailTok` (source-info.md §6.2).
   */
  addWithComments(path: readonly number[], first: TokenIndex, last: TokenIndex, leadTok: TokenIndex, trailTok: TokenIndex): void {
    this.record(path, first, last, leadTok, trailTok);
  }

  /** `add([...path, field], first, last)` without building the path. */
  addSub(path: readonly number[], field: number, first: TokenIndex, last: TokenIndex): void {
    this.record(path, first, last, NO_TOKEN, NO_TOKEN, field);
  }

  /** `addWithComments([...path, field], first, last, first, last)` without building the path. */
  addSubWithComments(path: readonly number[], field: number, first: TokenIndex, last: TokenIndex): void {
    this.record(path, first, last, first, last, field);
  }

  /** One record; `field`, when given, is appended to `path`. */
  private record(path: readonly number[], first: TokenIndex, last: TokenIndex, leadTok: TokenIndex, trailTok: TokenIndex, field?: number): void {
    const extra = field === undefined ? 0 : 1;
    const need = this.used + R_PATH + path.length + extra;
    if (need > this.data.length) this.grow(need);
    const d = this.data;
    let at = this.used;
    d[at++] = first;
    d[at++] = last;
    d[at++] = leadTok;
    d[at++] = trailTok;
    d[at++] = path.length + extra;
    for (let k = 0; k < path.length; k++) d[at++] = path[k]!;
    if (field !== undefined) d[at++] = field;
    this.used = at;
    this.n++;
  }

  private grow(need: number): void {
    if (this.data === SPENT) throw new Error("SourceInfoCollector: locations added after encode()");
    const next = new Int32Array(Math.max(need, this.data.length * 2));
    next.set(this.data.subarray(0, this.used));
    this.data = next;
  }

  /** The locations as protobuf-es objects, sorted, the file's own location first (ends the collection). */
  finish(): SourceCodeInfo {
    return decodeSourceInfo(this.encode());
  }

  /**
   * The locations, sorted, the file's own location first, in protobuf wire format (the bytes of a
   * SourceCodeInfo message with only its `location` field), with no object per location: see
   * {@link setSourceInfoBytes}. The bytes are a view of a buffer shared with other files'. Ends the
   * collection: the record array goes to the next collector.
   */
  encode(): Uint8Array {
    const d = this.data;
    if (d === SPENT) throw new Error("SourceInfoCollector: encode() called twice");
    const bytes = encodeLocations(this.file.tokens, d, this.n);
    this.data = SPENT;
    this.used = 0;
    if (spareRecords === undefined || spareRecords.length < d.length) spareRecords = d;
    return bytes;
  }
}

/** Writes the `n` locations recorded in `d` for a file with these tokens (see the module comment). */
function encodeLocations(tokens: Tokens, d: Int32Array, n: number): Uint8Array {
  const count = tokens.count;

  // Record offsets, locations per first token, and which token starts / ends are needed (bit 1
  // start, bit 2 end).
  const rec = i32(0, n);
  const perToken = i32(1, count + 1);
  perToken.fill(0, 0, count + 1);
  if (scratch.need.length < count) scratch.need = new Uint8Array(Math.max(count, scratch.need.length * 2));
  const need = scratch.need;
  need.fill(0, 0, count);
  const lastTok = count - 2; // the final token is always TK_EOF
  if (lastTok >= 0) {
    need[0] = 1;
    need[lastTok] = need[lastTok]! | 2;
  }
  for (let i = 0, r = 0; i < n; i++) {
    rec[i] = r;
    const f = d[r + R_FIRST]!;
    const l = d[r + R_LAST]!;
    need[f] = need[f]! | 1;
    need[l] = need[l]! | 2;
    perToken[f + 1]!++;
    r += R_PATH + d[r + R_PATH_LEN]!;
  }

  // Line and column of the needed token boundaries, in one forward walk.
  const lines = scratch.lines.scan(tokens.source.text);
  const lineOf = i32(2, count * 2); // [2t] start line, [2t+1] end line
  const colOf = i32(3, count * 2);
  const cursor = new ColumnCursor(lines);
  const { start, end } = tokens;
  for (let t = 0; t < count; t++) {
    const m = need[t]!;
    if (m === 0) continue;
    if (m & 1) {
      cursor.move(start[t]!);
      lineOf[2 * t] = cursor.line;
      colOf[2 * t] = cursor.col;
    }
    if (m & 2) {
      cursor.move(end[t]!);
      lineOf[2 * t + 1] = cursor.line;
      colOf[2 * t + 1] = cursor.col;
    }
  }

  // Spans as sort keys: [k0, k1, k2, k3] with k3 = -1 for a 3-element span (a prefix sorts
  // first) and k2 = endCol there, k2 = endLine and k3 = endCol for a 4-element span.
  const k0 = i32(4, n);
  const k1 = i32(5, n);
  const k2 = i32(6, n);
  const k3 = i32(7, n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    const r = rec[i]!;
    const f = d[r + R_FIRST]!;
    const l = d[r + R_LAST]!;
    const sl = lineOf[2 * f]!;
    const el = lineOf[2 * l + 1]!;
    k0[i] = sl;
    k1[i] = colOf[2 * f]!;
    if (el === sl) {
      k2[i] = colOf[2 * l + 1]!;
      k3[i] = -1;
    } else {
      k2[i] = el;
      k3[i] = colOf[2 * l + 1]!;
    }
    if (sorted && i > 0 && compareKeys(k0, k1, k2, k3, i - 1, i) > 0) sorted = false;
  }
  const order = sorted ? undefined : spanOrder(d, rec, perToken, count, k0, k1, k2, k3, n);

  const comments = scratch.comments.attribute(tokens, lines);
  const w = writer;
  if (lastTok < 0) w.location(d, 0, 0, 0, 0, 0, -1, undefined, NO_TOKEN, NO_TOKEN);
  else {
    const sl = lineOf[0]!;
    const el = lineOf[2 * lastTok + 1]!;
    const ec = colOf[2 * lastTok + 1]!;
    if (sl === el) w.location(d, 0, 0, sl, colOf[0]!, ec, -1, undefined, NO_TOKEN, NO_TOKEN);
    else w.location(d, 0, 0, sl, colOf[0]!, el, ec, undefined, NO_TOKEN, NO_TOKEN);
  }
  for (let j = 0; j < n; j++) {
    const i = order === undefined ? j : order[j]!;
    const r = rec[i]!;
    const lead = d[r + R_LEAD]!;
    w.location(d, r + R_PATH, d[r + R_PATH_LEN]!, k0[i]!, k1[i]!, k2[i]!, k3[i]!, lead === NO_TOKEN ? undefined : comments, lead, d[r + R_TRAIL]!);
  }
  return w.end();
}

function compareKeys(k0: Int32Array, k1: Int32Array, k2: Int32Array, k3: Int32Array, a: number, b: number): number {
  return k0[a]! - k0[b]! || k1[a]! - k1[b]! || k2[a]! - k2[b]! || k3[a]! - k3[b]!;
}

/**
 * Location indices in span order, ties in creation order (see the module comment). `perToken[t +
 * 1]` holds the number of locations whose first token is `t`.
 */
function spanOrder(
  d: Int32Array,
  rec: Int32Array,
  perToken: Int32Array,
  count: number,
  k0: Int32Array,
  k1: Int32Array,
  k2: Int32Array,
  k3: Int32Array,
  n: number,
): ArrayLike<number> {
  // Counting sort by first token: perToken[t] becomes the next slot of token t's locations.
  for (let t = 1; t <= count; t++) perToken[t]! += perToken[t - 1]!;
  const order = i32(8, n);
  for (let i = 0; i < n; i++) order[perToken[d[rec[i]! + R_FIRST]!]!++] = i;
  // Insertion sort by whole span, then creation order; give up after a few moves per location.
  let budget = 8 * n;
  for (let j = 1; j < n; j++) {
    const x = order[j]!;
    let k = j;
    while (k > 0) {
      const y = order[k - 1]!;
      if ((compareKeys(k0, k1, k2, k3, y, x) || y - x) < 0) break;
      order[k] = y;
      k--;
    }
    order[k] = x;
    budget -= j - k;
    if (budget < 0) {
      const all: number[] = new Array<number>(n);
      for (let i = 0; i < n; i++) all[i] = i;
      return all.sort((a, b) => compareKeys(k0, k1, k2, k3, a, b) || a - b);
    }
  }
  return order;
}

// ---- SourceCodeInfo as bytes --------------------------------------------------------------------

/** Size of the buffers encoded SourceCodeInfo is written into, one after the other. */
const CHUNK = 1 << 20;

/**
 * Writes SourceCodeInfo.location records (field 1) into an arena: each file's bytes are a view of
 * a chunk shared with the files written before and after it (a new chunk is started when the
 * current one is full), so a file costs no buffer of its own.
 */
class LocationWriter {
  private buf = new Uint8Array(0);
  /** Where the current file's bytes start. */
  private start = 0;
  private pos = 0;

  /** Room for `n` more bytes; moves the current file's bytes to a new chunk if needed. */
  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const used = this.pos - this.start;
    const next = new Uint8Array(Math.max(CHUNK, (used + n) * 2));
    next.set(this.buf.subarray(this.start, this.pos));
    this.buf = next;
    this.start = 0;
    this.pos = used;
  }

  /**
   * One location: path (packed, `len` elements of `d` from `at`), span [s0, s1, s2] or, when
   * s3 >= 0, [s0, s1, s2, s3], and, with `comments`, the leading/detached comments of token
   * `lead` and the trailing comment of token `trail`.
   */
  location(
    d: Int32Array,
    at: number,
    len: number,
    s0: number,
    s1: number,
    s2: number,
    s3: number,
    comments: TokenComments | undefined,
    lead: number,
    trail: number,
  ): void {
    // At most: 6 bytes of tag and length per length-delimited field, 10 per int32.
    let max = 6 + 6 + 10 * len + 6 + 40;
    let leading = NONE;
    let trailing = NONE;
    let detached = 0;
    let firstDetached = 0;
    if (comments !== undefined) {
      leading = comments.leadingParagraph(lead);
      trailing = comments.trailingParagraph(trail);
      detached = comments.detachedCount(lead);
      if (leading !== NONE) max += 6 + comments.maxParagraphBytes(leading);
      if (trailing !== NONE) max += 6 + comments.maxParagraphBytes(trailing);
      if (detached > 0) {
        firstDetached = comments.detachedFirst(lead);
        for (let k = 0; k < detached; k++) max += 6 + comments.maxParagraphBytes(firstDetached + k);
      }
    }
    this.ensure(max);
    const b = this.buf;
    let p = this.pos;
    b[p++] = 0x0a; // location
    const locLen = p++;
    if (len > 0) {
      b[p++] = 0x0a; // path, packed
      const pathLen = p++;
      for (let k = 0; k < len; k++) p = putInt32(b, p, d[at + k]!);
      p = closeLength(b, pathLen, p);
    }
    b[p++] = 0x12; // span, packed: at most 20 bytes
    const spanLen = p++;
    p = putInt32(b, p, s0);
    p = putInt32(b, p, s1);
    p = putInt32(b, p, s2);
    if (s3 >= 0) p = putInt32(b, p, s3);
    b[spanLen] = p - spanLen - 1;
    if (comments !== undefined) {
      // empty leading/trailing strings are omitted (§6.3); empty detached ones are kept
      if (leading !== NONE) p = paragraph(b, p, 0x1a, comments, leading, true);
      if (trailing !== NONE) p = paragraph(b, p, 0x22, comments, trailing, true);
      for (let k = 0; k < detached; k++) p = paragraph(b, p, 0x32, comments, firstDetached + k, false);
    }
    this.pos = closeLength(b, locLen, p);
  }

  /** The bytes written since the previous `end()`: one file's SourceCodeInfo. */
  end(): Uint8Array {
    const bytes = this.buf.subarray(this.start, this.pos);
    this.start = this.pos;
    return bytes;
  }
}

const writer = new LocationWriter();

/**
 * Writes field `tag` holding the text of comment paragraph `para` at `b[p]`, or nothing when that
 * is empty and `omitEmpty`; returns the position after it.
 */
function paragraph(b: Uint8Array, p: number, tag: number, comments: TokenComments, para: number, omitEmpty: boolean): number {
  b[p] = tag;
  const end = comments.putParagraph(b, p + 2, para);
  if (end === p + 2 && omitEmpty) return p;
  return closeLength(b, p + 1, end);
}

/**
 * Fills in the length of the field whose length byte is `b[lenAt]` and whose content ends at
 * `end`, moving the content when the length needs more than one byte; returns the new end.
 */
function closeLength(b: Uint8Array, lenAt: number, end: number): number {
  const len = end - lenAt - 1;
  if (len < 0x80) {
    b[lenAt] = len;
    return end;
  }
  const extra = varintSize(len) - 1;
  b.copyWithin(lenAt + 1 + extra, lenAt + 1, end);
  putVarint(b, lenAt, len);
  return end + extra;
}

/** Decodes what {@link SourceInfoCollector.encode} writes (and any SourceCodeInfo without unknown fields). */
export function decodeSourceInfo(bytes: Uint8Array): SourceCodeInfo {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const locations: SourceCodeInfo_Location[] = [];
  let p = 0;
  const readVarint = (): number => {
    let v = 0;
    let mul = 1;
    for (;;) {
      const byte = buf[p++]!;
      v += (byte & 0x7f) * mul;
      if (byte < 0x80) return v;
      mul *= 128;
    }
  };
  /** An int32 varint: its low 32 bits, signed (negative values are sign-extended to 10 bytes). */
  const readInt32 = (): number => {
    let lo = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = buf[p++]!;
      if (shift < 32) lo |= (byte & 0x7f) << shift;
      if (byte < 0x80) return lo | 0;
    }
  };
  const packed = (end: number): number[] => {
    const out: number[] = [];
    while (p < end) out.push(readInt32());
    return out;
  };
  const string = (): string => {
    const len = readVarint();
    const s = buf.toString("utf8", p, p + len);
    p += len;
    return s;
  };
  while (p < buf.length) {
    const tag = readVarint();
    if (tag !== 0x0a) throw new Error(`SourceCodeInfo bytes: unexpected tag ${tag}`);
    const end = readVarint() + p;
    let path: number[] = [];
    let span: number[] = [];
    let detached: string[] = NO_COMMENTS;
    let leading: string | undefined;
    let trailing: string | undefined;
    while (p < end) {
      const t = readVarint();
      if (t === 0x0a) path = packed(readVarint() + p);
      else if (t === 0x12) span = packed(readVarint() + p);
      else if (t === 0x1a) leading = string();
      else if (t === 0x22) trailing = string();
      else if (t === 0x32) {
        if (detached === NO_COMMENTS) detached = [];
        detached.push(string());
      } else throw new Error(`SourceCodeInfo bytes: unexpected location tag ${t}`);
    }
    const loc = newLocation(path, span, detached);
    if (leading !== undefined) loc.leadingComments = leading;
    if (trailing !== undefined) loc.trailingComments = trailing;
    locations.push(loc);
  }
  return create(SourceCodeInfoSchema, { location: locations });
}

/** Where a file's SourceCodeInfo waits as bytes until something reads it. */
const pendingBytes = new WeakMap<FileDescriptorProto, Uint8Array>();

/**
 * Gives `proto` its SourceCodeInfo as bytes (from {@link SourceInfoCollector.encode}): the
 * `sourceCodeInfo` property becomes an accessor that decodes them into objects on first read (and
 * then turns back into a plain property), so a build that only writes the image never creates an
 * object per location, while lint, `equals` and `toBinary` see the usual message. The image
 * writer copies the bytes ({@link sourceInfoBytes}).
 */
export function setSourceInfoBytes(proto: FileDescriptorProto, bytes: Uint8Array): void {
  pendingBytes.set(proto, bytes);
  const settle = (value: SourceCodeInfo | undefined): SourceCodeInfo | undefined => {
    pendingBytes.delete(proto);
    Object.defineProperty(proto, "sourceCodeInfo", { value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  Object.defineProperty(proto, "sourceCodeInfo", {
    get: () => settle(decodeSourceInfo(bytes)),
    set: (value: SourceCodeInfo | undefined) => void settle(value),
    enumerable: true,
    configurable: true,
  });
}

/** The SourceCodeInfo bytes of a file whose `sourceCodeInfo` has not been read yet, else undefined. */
export function sourceInfoBytes(proto: FileDescriptorProto): Uint8Array | undefined {
  return pendingBytes.get(proto);
}
