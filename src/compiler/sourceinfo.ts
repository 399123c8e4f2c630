/**
 * SourceCodeInfo, as buf 1.75 writes it (shared/reference/source-info.md).
 *
 * CONTRACT: the descriptor builder and the option interpreter call `add`/`addWithComments` for
 * each location, in any order except for the tie cases of source-info.md §2.2, where creation
 * order must be the documented order. `finish()` stable-sorts by span, computes comments and
 * inserts the file location first.
 *
 * Locations are kept as flat records in one number array until `finish()`, which computes the
 * line and display-width column of just the tokens the locations start and end at (one pass over
 * the text, position.ts), sorts by span (§1, §2.1: spans compare as integer sequences, so a
 * 3-element span [l, c, endCol] against a 4-element one [l, c, endLine, endCol] compares endCol
 * with endLine; ties keep creation order) and attaches the comments of comments.ts. The sort packs
 * each span and the creation index into one float64 and sorts those natively when they fit in 53
 * bits (nearly every file), with a comparator otherwise.
 */
import { create } from "@bufbuild/protobuf";
import type { FileDescriptorProto, SourceCodeInfo, SourceCodeInfo_Location } from "@bufbuild/protobuf/wkt";
import { SourceCodeInfo_LocationSchema, SourceCodeInfoSchema } from "@bufbuild/protobuf/wkt";
import type { FileNode, TokenIndex } from "./ast.js";
import { NO_COMMENTS, tokenComments } from "./comments.js";
import { ColumnCursor, lineTable } from "./position.js";
import { int32Size, putInt32, putVarint, varintSize } from "./wire.js";

const NO_TOKEN = -1;
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
 * Scratch arrays reused by every `finish()` (it runs synchronously, one at a time): allocating
 * typed arrays per file costs more than the work done in them, mostly in garbage collection.
 */
const scratch = {
  i32: [] as Int32Array[],
  need: new Uint8Array(1024),
  keys: new Float64Array(1024),
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

export class SourceInfoCollector {
  /** Number of locations added. */
  private n = 0;
  /** Flat location records (see R_*), `used` elements of `data`. */
  private data = new Int32Array(1024);
  private used = 0;

  constructor(readonly file: FileNode) {}

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
    if (need > this.data.length) {
      const next = new Int32Array(Math.max(need, this.data.length * 2));
      next.set(this.data.subarray(0, this.used));
      this.data = next;
    }
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

  /** The locations as protobuf-es objects, sorted, the file's own location first. */
  finish(): SourceCodeInfo {
    const lay = this.layout();
    const { n, rec, order, k0, k1, k2, k3, comments } = lay;
    const d = this.data;
    const locations: SourceCodeInfo_Location[] = new Array<SourceCodeInfo_Location>(n + 1);
    locations[0] = newLocation([], lay.fileSpan, NO_COMMENTS);
    for (let j = 0; j < n; j++) {
      const i = order === undefined ? j : order[j]!;
      const r = rec[i]!;
      const path = Array.from(d.subarray(r + R_PATH, r + R_PATH + d[r + R_PATH_LEN]!));
      const span = k3[i] === -1 ? [k0[i]!, k1[i]!, k2[i]!] : [k0[i]!, k1[i]!, k2[i]!, k3[i]!];
      const lead = d[r + R_LEAD]!;
      if (lead === NO_TOKEN) {
        locations[j + 1] = newLocation(path, span, NO_COMMENTS);
        continue;
      }
      const trail = d[r + R_TRAIL]!;
      const loc = newLocation(path, span, comments.detached(lead));
      const leading = comments.leading(lead);
      const trailing = comments.trailing(trail);
      // empty leading/trailing strings are omitted (§6.3); empty detached ones are kept
      if (leading) loc.leadingComments = leading;
      if (trailing) loc.trailingComments = trailing;
      locations[j + 1] = loc;
    }
    return create(SourceCodeInfoSchema, { location: locations });
  }

  /**
   * The same locations as {@link finish}, written straight to protobuf wire format (the bytes of
   * a SourceCodeInfo message with only its `location` field), with no object per location: see
   * {@link setSourceInfoBytes}.
   */
  encode(): Uint8Array {
    const lay = this.layout();
    const { n, rec, order, k0, k1, k2, k3, comments } = lay;
    const d = this.data;
    const w = new LocationWriter(n * 24 + 64);
    w.location(d, 0, 0, lay.fileSpan, undefined, undefined, NO_COMMENTS);
    const span: number[] = [0, 0, 0];
    const span4: number[] = [0, 0, 0, 0];
    for (let j = 0; j < n; j++) {
      const i = order === undefined ? j : order[j]!;
      const r = rec[i]!;
      let sp: number[];
      if (k3[i] === -1) {
        sp = span;
        sp[0] = k0[i]!;
        sp[1] = k1[i]!;
        sp[2] = k2[i]!;
      } else {
        sp = span4;
        sp[0] = k0[i]!;
        sp[1] = k1[i]!;
        sp[2] = k2[i]!;
        sp[3] = k3[i]!;
      }
      const lead = d[r + R_LEAD]!;
      if (lead === NO_TOKEN) {
        w.location(d, r + R_PATH, d[r + R_PATH_LEN]!, sp, undefined, undefined, NO_COMMENTS);
        continue;
      }
      const trail = d[r + R_TRAIL]!;
      w.location(d, r + R_PATH, d[r + R_PATH_LEN]!, sp, comments.leading(lead) || undefined, comments.trailing(trail) || undefined, comments.detached(lead));
    }
    return w.finish();
  }

  /** Line/column of every location, their sorted order and the file's comments. */
  private layout() {
    const tokens = this.file.tokens;
    const n = this.n;
    const d = this.data;

    // Record offsets, and which token starts / ends are needed (bit 1 start, bit 2 end).
    const rec = i32(0, n);
    if (scratch.need.length < tokens.count) scratch.need = new Uint8Array(Math.max(tokens.count, scratch.need.length * 2));
    const need = scratch.need;
    need.fill(0, 0, tokens.count);
    const lastTok = tokens.count - 2; // the final token is always TK_EOF
    if (lastTok >= 0) {
      need[0] = 1;
      need[lastTok] = need[lastTok]! | 2;
    }
    for (let i = 0, r = 0; i < n; i++) {
      rec[i] = r;
      need[d[r + R_FIRST]!] = need[d[r + R_FIRST]!]! | 1;
      need[d[r + R_LAST]!] = need[d[r + R_LAST]!]! | 2;
      r += R_PATH + d[r + R_PATH_LEN]!;
    }

    // Line and column of the needed token boundaries, in one forward walk.
    const lineOf = i32(1, tokens.count * 2); // [2t] start line, [2t+1] end line
    const colOf = i32(2, tokens.count * 2);
    const cursor = new ColumnCursor(lineTable(tokens.source));
    const { start, end } = tokens;
    for (let t = 0; t < tokens.count; t++) {
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
    const k0 = i32(3, n);
    const k1 = i32(4, n);
    const k2 = i32(5, n);
    const k3 = i32(6, n);
    let sorted = true;
    let maxLine = 0;
    let maxCol = 0;
    for (let i = 0; i < n; i++) {
      const r = rec[i]!;
      const f = d[r + R_FIRST]!;
      const l = d[r + R_LAST]!;
      const sl = lineOf[2 * f]!;
      const el = lineOf[2 * l + 1]!;
      const sc = colOf[2 * f]!;
      const ec = colOf[2 * l + 1]!;
      k0[i] = sl;
      k1[i] = sc;
      if (el === sl) {
        k2[i] = ec;
        k3[i] = -1;
      } else {
        k2[i] = el;
        k3[i] = ec;
      }
      if (el > maxLine) maxLine = el;
      if (sc > maxCol) maxCol = sc;
      if (ec > maxCol) maxCol = ec;
      if (sorted && i > 0 && compareKeys(k0, k1, k2, k3, i - 1, i) > 0) sorted = false;
    }
    const order = sorted ? undefined : sortOrder(k0, k1, k2, k3, n, maxLine, maxCol);

    let fileSpan: number[] = [0, 0, 0];
    if (lastTok >= 0) {
      const sl = lineOf[0]!;
      const el = lineOf[2 * lastTok + 1]!;
      const ec = colOf[2 * lastTok + 1]!;
      fileSpan = sl === el ? [sl, colOf[0]!, ec] : [sl, colOf[0]!, el, ec];
    }
    return { n, rec, order, k0, k1, k2, k3, fileSpan, comments: tokenComments(tokens) };
  }
}

// ---- SourceCodeInfo as bytes --------------------------------------------------------------------

/** Writes SourceCodeInfo.location records (field 1) into one growing buffer. */
class LocationWriter {
  private buf: Buffer;
  private pos = 0;

  constructor(size: number) {
    this.buf = Buffer.allocUnsafe(size);
  }

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  /** One location: path (packed, `path.length` elements of `d` from `at`), span, comments. */
  location(d: Int32Array, at: number, len: number, span: readonly number[], leading: string | undefined, trailing: string | undefined, detached: readonly string[]): void {
    let pathBytes = 0;
    for (let k = 0; k < len; k++) pathBytes += int32Size(d[at + k]!);
    let spanBytes = 0;
    for (let k = 0; k < span.length; k++) spanBytes += int32Size(span[k]!);
    let size = 1 + varintSize(spanBytes) + spanBytes;
    if (len > 0) size += 1 + varintSize(pathBytes) + pathBytes;
    const leadLen = leading === undefined ? 0 : Buffer.byteLength(leading, "utf8");
    const trailLen = trailing === undefined ? 0 : Buffer.byteLength(trailing, "utf8");
    if (leading !== undefined) size += 1 + varintSize(leadLen) + leadLen;
    if (trailing !== undefined) size += 1 + varintSize(trailLen) + trailLen;
    for (let k = 0; k < detached.length; k++) {
      const l = Buffer.byteLength(detached[k]!, "utf8");
      size += 1 + varintSize(l) + l;
    }
    this.ensure(1 + varintSize(size) + size);
    const b = this.buf;
    let p = this.pos;
    b[p++] = 0x0a; // location
    p = putVarint(b, p, size);
    if (len > 0) {
      b[p++] = 0x0a; // path, packed
      p = putVarint(b, p, pathBytes);
      for (let k = 0; k < len; k++) p = putInt32(b, p, d[at + k]!);
    }
    b[p++] = 0x12; // span, packed
    p = putVarint(b, p, spanBytes);
    for (let k = 0; k < span.length; k++) p = putInt32(b, p, span[k]!);
    if (leading !== undefined) {
      b[p++] = 0x1a;
      p = putVarint(b, p, leadLen);
      p += b.write(leading, p, leadLen, "utf8");
    }
    if (trailing !== undefined) {
      b[p++] = 0x22;
      p = putVarint(b, p, trailLen);
      p += b.write(trailing, p, trailLen, "utf8");
    }
    for (let k = 0; k < detached.length; k++) {
      const s = detached[k]!;
      const l = Buffer.byteLength(s, "utf8");
      b[p++] = 0x32;
      p = putVarint(b, p, l);
      p += b.write(s, p, l, "utf8");
    }
    this.pos = p;
  }

  finish(): Uint8Array {
    // A copy of the exact size: the growing buffer may be twice as large as needed.
    return Uint8Array.prototype.slice.call(this.buf, 0, this.pos);
  }
}

/** Decodes what {@link LocationWriter} writes (and any SourceCodeInfo without unknown fields). */
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

function compareKeys(k0: Int32Array, k1: Int32Array, k2: Int32Array, k3: Int32Array, a: number, b: number): number {
  return k0[a]! - k0[b]! || k1[a]! - k1[b]! || k2[a]! - k2[b]! || k3[a]! - k3[b]!;
}

/** Location indices in span order, ties in creation order. */
function sortOrder(k0: Int32Array, k1: Int32Array, k2: Int32Array, k3: Int32Array, n: number, maxLine: number, maxCol: number): ArrayLike<number> {
  // Mixed radix: k0 < lines, k1 < cols, k2 < max(lines, cols), k3 + 1 < cols + 1, index < n.
  const lines = maxLine + 1;
  const cols = maxCol + 1;
  const mid = Math.max(lines, cols);
  if (lines * cols * mid * (cols + 1) * n < Number.MAX_SAFE_INTEGER) {
    if (scratch.keys.length < n) scratch.keys = new Float64Array(Math.max(n, scratch.keys.length * 2));
    const keys = scratch.keys.subarray(0, n);
    for (let i = 0; i < n; i++) keys[i] = (((k0[i]! * cols + k1[i]!) * mid + k2[i]!) * (cols + 1) + (k3[i]! + 1)) * n + i;
    keys.sort();
    const order = i32(7, n);
    for (let j = 0; j < n; j++) order[j] = keys[j]! % n;
    return order;
  }
  const order: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((a, b) => compareKeys(k0, k1, k2, k3, a, b) || a - b);
}
