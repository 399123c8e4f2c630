/**
 * A small protobuf wire-format writer: varints, zigzag, fixed 32/64-bit values, length-delimited
 * records, groups. Used by the option interpreter to encode option values to the bytes buf writes
 * (shared/reference/descriptors.md §9.4). One growable buffer per writer, no per-byte allocation.
 */

export const WT_VARINT = 0;
export const WT_FIXED64 = 1;
export const WT_LEN = 2;
export const WT_START_GROUP = 3;
export const WT_END_GROUP = 4;
export const WT_FIXED32 = 5;

const TWO_32 = 4294967296;
const MASK_64 = (1n << 64n) - 1n;

const textEncoder = new TextEncoder();
/** Where {@link WireWriter.lenString} encodes strings of up to 1024 UTF-16 units. */
const stringScratch = new Uint8Array(3 * 1024);

// Scratch space for float/double conversion.
const scratch = new DataView(new ArrayBuffer(8));

export class WireWriter {
  private buf: Uint8Array;
  private pos = 0;

  constructor(initialSize = 64) {
    this.buf = new Uint8Array(initialSize);
  }

  get length(): number {
    return this.pos;
  }

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }

  /** A field key: `(number << 3) | wireType`. */
  tag(fieldNumber: number, wireType: number): this {
    // Field numbers go up to 2^29-1, so the key can exceed 2^31: use arithmetic, not shifts.
    return this.uvarint(fieldNumber * 8 + wireType);
  }

  /** An unsigned varint of a non-negative integer below 2^53. */
  uvarint(v: number): this {
    this.ensure(10);
    const b = this.buf;
    while (v >= 0x80) {
      b[this.pos++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    b[this.pos++] = v;
    return this;
  }

  /** A varint of any 64-bit value (negative values as two's complement, 10 bytes). */
  varint64(v: bigint): this {
    let u = v & MASK_64;
    this.ensure(10);
    const b = this.buf;
    while (u >= 0x80n) {
      b[this.pos++] = Number(u & 0x7fn) | 0x80;
      u >>= 7n;
    }
    b[this.pos++] = Number(u);
    return this;
  }

  /** An int32/enum value: negative numbers are sign-extended to 64 bits (10 bytes). */
  int32(v: number): this {
    if (v >= 0) return this.uvarint(v);
    return this.varint64(BigInt(v));
  }

  /** A sint32/sint64 value, zigzag-encoded. */
  zigzag(v: bigint): this {
    return this.varint64(v >= 0n ? v << 1n : (-v << 1n) - 1n);
  }

  fixed32(v: number): this {
    this.ensure(4);
    const u = v < 0 ? v + TWO_32 : v;
    const b = this.buf;
    b[this.pos++] = u & 0xff;
    b[this.pos++] = (u >>> 8) & 0xff;
    b[this.pos++] = (u >>> 16) & 0xff;
    b[this.pos++] = (u >>> 24) & 0xff;
    return this;
  }

  fixed64(v: bigint): this {
    const u = v & MASK_64;
    this.fixed32(Number(u & 0xffffffffn));
    return this.fixed32(Number(u >> 32n));
  }

  /** A float32; `negativeNaN` sets the sign bit of a NaN (buf keeps the sign of `-nan`). */
  float(v: number, negativeNaN = false): this {
    scratch.setFloat32(0, v, true);
    let u = scratch.getUint32(0, true);
    if (Number.isNaN(v)) u = negativeNaN ? 0xffc00000 : 0x7fc00000;
    return this.fixed32(u);
  }

  /** A float64; `negativeNaN` sets the sign bit of a NaN. */
  double(v: number, negativeNaN = false): this {
    if (Number.isNaN(v)) {
      this.fixed32(0);
      return this.fixed32(negativeNaN ? 0xfff80000 : 0x7ff80000);
    }
    scratch.setFloat64(0, v, true);
    this.fixed32(scratch.getUint32(0, true));
    return this.fixed32(scratch.getUint32(4, true));
  }

  /** Raw bytes, no length prefix. */
  raw(bytes: Uint8Array): this {
    this.ensure(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
    return this;
  }

  /** Length prefix plus bytes. */
  lenBytes(bytes: Uint8Array): this {
    this.uvarint(bytes.length);
    return this.raw(bytes);
  }

  /** Length prefix plus the UTF-8 encoding of `s`. */
  lenString(s: string): this {
    // encodeInto is much faster than a charCodeAt loop over the parser's sliced strings; it
    // writes into a scratch buffer (a view of this one at the right offset would be one more object)
    if (s.length * 3 > stringScratch.length) return this.lenBytes(textEncoder.encode(s));
    const n = textEncoder.encodeInto(s, stringScratch).written;
    this.uvarint(n);
    this.ensure(n);
    const b = this.buf;
    let pos = this.pos;
    for (let i = 0; i < n; i++) b[pos++] = stringScratch[i]!;
    this.pos = pos;
    return this;
  }

  /**
   * Starts a length-delimited record whose length is not known yet: reserves one byte for the
   * length and returns a mark for {@link endLen}.
   */
  beginLen(): number {
    this.ensure(1);
    return this.pos++;
  }

  /** Writes the length of the record begun at `mark`, moving its bytes if it needs more than one. */
  endLen(mark: number): this {
    const len = this.pos - mark - 1;
    if (len < 0x80) {
      this.buf[mark] = len;
      return this;
    }
    let extra = 0;
    for (let v = len; v >= 0x80; v = Math.floor(v / 0x80)) extra++;
    this.ensure(extra);
    this.buf.copyWithin(mark + 1 + extra, mark + 1, this.pos);
    let v = len;
    let i = mark;
    while (v >= 0x80) {
      this.buf[i++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[i] = v;
    this.pos += extra;
    return this;
  }

  /** Drops everything written after position `pos` (see {@link length}). */
  truncate(pos: number): this {
    this.pos = pos;
    return this;
  }

  /** Forgets everything written, keeping the buffer. */
  reset(): this {
    this.pos = 0;
    return this;
  }

  /** The bytes written so far (a copy; see {@link keepBytes}). */
  finish(): Uint8Array {
    return keepBytes(this.buf, 0, this.pos);
  }

  /** The writer's buffer: its first {@link length} bytes are what was written (until the next write). */
  get buffer(): Uint8Array {
    return this.buf;
  }
}

const SLAB_SIZE = 64 * 1024;
let slab = new Uint8Array(0);
let slabUsed = 0;

/**
 * A copy of `src[start..end)`, for small encodings carved out of a shared 64 KiB buffer. A typed
 * array of up to 64 bytes made on its own lives on the V8 heap, and the first read of its
 * `.buffer` (protobuf-es's `fromBinary` makes a DataView over every input) moves it off the heap,
 * which costs more than the decoding; views into a slab are off the heap already. (A slab is kept
 * alive by any view into it: these bytes are kept in the descriptors anyway.)
 */
export function keepBytes(src: Uint8Array, start: number, end: number): Uint8Array {
  const length = end - start;
  if (length > 1024) return src.slice(start, end);
  if (slabUsed + length > slab.length) {
    slab = new Uint8Array(SLAB_SIZE);
    slabUsed = 0;
  }
  const out = slab.subarray(slabUsed, slabUsed + length);
  for (let i = 0; i < length; i++) out[i] = src[start + i]!;
  slabUsed += length;
  return out;
}

// ---- helpers for writers with exact sizes (SourceCodeInfo, the image) ----------------------------

/** Bytes of an unsigned varint of a non-negative integer below 2^53. */
export function varintSize(n: number): number {
  let s = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    s++;
  }
  return s;
}

/** Bytes of an int32 varint (negative values take 10 bytes, as int32 is sign-extended). */
export function int32Size(n: number): number {
  return n < 0 ? 10 : n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : n < 0x10000000 ? 4 : 5;
}

/** Writes an unsigned varint at `at`; returns the position after it. */
export function putVarint(out: Uint8Array, at: number, n: number): number {
  while (n >= 0x80) {
    out[at++] = (n & 0x7f) | 0x80;
    n = Math.floor(n / 128);
  }
  out[at++] = n;
  return at;
}

/** Writes an int32 varint at `at` (negative values sign-extended to 10 bytes). */
export function putInt32(out: Uint8Array, at: number, n: number): number {
  if (n >= 0) return putVarint(out, at, n);
  // Sign-extended to 64 bits: low 32 bits as 5 groups of 7 bits, then all-ones.
  let lo = n >>> 0;
  for (let i = 0; i < 4; i++) {
    out[at++] = (lo & 0x7f) | 0x80;
    lo >>>= 7;
  }
  out[at++] = (lo & 0x0f) | 0x70 | 0x80;
  for (let i = 0; i < 4; i++) out[at++] = 0xff;
  out[at++] = 0x01;
  return at;
}
