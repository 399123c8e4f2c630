/**
 * Byte-level view of a buf image: splits an image (a FileDescriptorSet whose files carry buf's
 * extension 8042) into each file's raw encoded bytes, without decoding them, so the strictest
 * comparison ("our image bytes for this file are buf's") is cheap even for the whole corpus.
 */
import type { DescField, DescMessage } from "@bufbuild/protobuf";
import { FileDescriptorProtoSchema } from "@bufbuild/protobuf/wkt";

function readVarint(b: Uint8Array, pos: number): [value: number, next: number] {
  let v = 0;
  let mul = 1;
  for (;;) {
    const c = b[pos++];
    if (c === undefined) throw new Error("truncated varint");
    v += (c & 0x7f) * mul;
    if (c < 0x80) return [v, pos];
    mul *= 128;
  }
}

/** Skips one field value of the given wire type starting at `pos`; returns the next position. */
function skipField(b: Uint8Array, pos: number, wireType: number): number {
  switch (wireType) {
    case 0:
      return readVarint(b, pos)[1];
    case 1:
      return pos + 8;
    case 2: {
      const [len, p] = readVarint(b, pos);
      return p + len;
    }
    case 5:
      return pos + 4;
    default:
      throw new Error(`unsupported wire type ${wireType}`);
  }
}

const utf8 = new TextDecoder();

/** The `name` (field 1) of an encoded FileDescriptorProto. */
function fileName(b: Uint8Array): string {
  let pos = 0;
  while (pos < b.length) {
    const [tag, p] = readVarint(b, pos);
    if (tag === 0x0a) {
      const [len, q] = readVarint(b, p);
      return utf8.decode(b.subarray(q, q + len));
    }
    pos = skipField(b, p, tag & 7);
  }
  return "";
}

/** Each file's encoded bytes (field 1 records of the set), keyed by file name, in image order. */
export function splitImage(image: Uint8Array): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  let pos = 0;
  while (pos < image.length) {
    const [tag, p] = readVarint(image, pos);
    if (tag !== 0x0a) {
      pos = skipField(image, p, tag & 7);
      continue;
    }
    const [len, q] = readVarint(image, p);
    const file = image.subarray(q, q + len);
    out.set(fileName(file), file);
    pos = q + len;
  }
  return out;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}


interface RawRecord {
  readonly no: number;
  readonly wireType: number;
  /** The whole record (tag and value). */
  readonly bytes: Uint8Array;
  /** For LEN records: the payload. */
  readonly payload: Uint8Array | undefined;
}

function records(b: Uint8Array): RawRecord[] {
  const out: RawRecord[] = [];
  let pos = 0;
  while (pos < b.length) {
    const start = pos;
    const [tag, p] = readVarint(b, pos);
    const wireType = tag & 7;
    let payload: Uint8Array | undefined;
    if (wireType === 2) {
      const [len, q] = readVarint(b, p);
      payload = b.subarray(q, q + len);
      pos = q + len;
    } else pos = skipField(b, p, wireType);
    out.push({ no: Math.floor(tag / 8), wireType, bytes: b.subarray(start, pos), payload });
  }
  return out;
}

/**
 * Where two encodings of the same FileDescriptorProto first differ, guided by the descriptor
 * schema: the path of enclosing fields (`message_type[2].options`) and, at that level, the field
 * numbers of both sides in encoded order. Undefined when the bytes are equal.
 */
export function describeByteDifference(ref: Uint8Array, ours: Uint8Array): string | undefined {
  let schema: DescMessage | undefined = FileDescriptorProtoSchema;
  let a = ref;
  let b = ours;
  const path: string[] = [];
  for (;;) {
    if (bytesEqual(a, b)) return undefined;
    const ra = records(a);
    const rb = records(b);
    const order = (rs: RawRecord[]): string => rs.map((r) => r.no).join(",");
    if (order(ra) !== order(rb)) {
      return `${path.join(".") || "(file)"}: fields in buf's order ${order(ra)} vs ours ${order(rb)}`;
    }
    const counts = new Map<number, number>();
    let i = 0;
    for (; i < ra.length; i++) if (!bytesEqual(ra[i]!.bytes, rb[i]!.bytes)) break;
    for (let j = 0; j < i; j++) counts.set(ra[j]!.no, (counts.get(ra[j]!.no) ?? 0) + 1);
    const r = ra[i]!;
    const field: DescField | undefined = schema?.fields.find((f) => f.number === r.no);
    const name = field ? field.name : `#${r.no}`;
    const index = field?.fieldKind === "list" ? `[${counts.get(r.no) ?? 0}]` : "";
    path.push(name + index);
    const sub: DescMessage | undefined = field && (field.fieldKind === "message" || (field.fieldKind === "list" && field.listKind === "message")) ? field.message : undefined;
    if (!sub || !r.payload || !rb[i]!.payload) {
      const hex = (x: Uint8Array): string => Buffer.from(x.subarray(0, 48)).toString("hex");
      return `${path.join(".")}: buf ${hex(r.bytes)} vs ours ${hex(rb[i]!.bytes)}`;
    }
    schema = sub;
    a = r.payload;
    b = rb[i]!.payload!;
  }
}
