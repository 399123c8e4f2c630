/**
 * Writes compiled files as a buf image: the binary form (`.binpb`) that `buf build -o` writes and
 * `buf breaking --against` reads, and its JSON form (`.json`).
 *
 * An image is a `FileDescriptorSet` layout (field 1, repeated `FileDescriptorProto`) in which each
 * file also carries buf's `ImageFileExtension` as field 8042 (shared/reference/descriptors.md §1,
 * "Image extras"): is_import (1), module_info (2), is_syntax_unspecified (3) and unused_dependency
 * (4, unpacked). The extension is encoded by hand after `toBinary` of the file, so the bytes are
 * the concatenation of per-file encodings with no generic reflection over the whole set.
 */
import { create, createFileRegistry, fromBinary, toBinary, toJson, type JsonObject, type Registry } from "@bufbuild/protobuf";
import type { DescExtension, DescField, DescMessage, JsonValue } from "@bufbuild/protobuf";
import type { UnknownField } from "@bufbuild/protobuf";
import {
  EmptySchema,
  EnumOptionsSchema,
  EnumValueOptionsSchema,
  ExtensionRangeOptionsSchema,
  FeatureSetSchema,
  FieldDescriptorProtoSchema,
  FieldOptionsSchema,
  FileDescriptorProtoSchema,
  FileDescriptorSetSchema,
  FileOptionsSchema,
  MessageOptionsSchema,
  MethodOptionsSchema,
  OneofOptionsSchema,
  ServiceOptionsSchema,
  type FileDescriptorProto,
  type SourceCodeInfo,
  type SourceCodeInfo_Location,
} from "@bufbuild/protobuf/wkt";
import type { CompiledFile } from "./compile.js";
import { rawStringDefaults } from "./defaults.js";
import { setSourceInfoBytes, sourceInfoBytes } from "./sourceinfo.js";

/** A module name as buf writes it into module_info (`buf.build/acme/petapis`). */
export interface ImageModuleName {
  readonly remote: string;
  readonly owner: string;
  readonly repository: string;
}

export interface ImageOptions {
  /** Leave out files that are only imports (`--exclude-imports`). */
  readonly excludeImports?: boolean;
  /** Drop `source_code_info` (`--exclude-source-info`). */
  readonly excludeSourceInfo?: boolean;
  /** The named module a file belongs to, if any (module_info); WKTs belong to none. */
  readonly moduleName?: (path: string) => ImageModuleName | undefined;
}

/** The fields of a compiled file the image needs (a CompiledFile, or one decoded from an image). */
export type ImageFile = Pick<CompiledFile, "path" | "isImport" | "proto" | "unusedDependencies" | "syntaxUnspecified">;

const IMAGE_EXTENSION_FIELD = 8042;

/** Encodes files (in image order) as a buf image. Files without a descriptor are skipped. */
export function encodeImage(files: readonly ImageFile[], opts: ImageOptions = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  writeImage(files, opts, (chunk) => {
    parts.push(chunk);
    total += chunk.length;
  });
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Encodes the image as {@link encodeImage} does, handing its bytes to `sink` in order, chunk by
 * chunk (the chunks may share memory with the compiled files: copy or write them before
 * returning), so that a caller can stream the image to a file without holding all of it.
 */
export function writeImage(files: readonly ImageFile[], opts: ImageOptions, sink: (chunk: Uint8Array) => void): void {
  const head = new ByteWriter();
  for (const f of files) {
    if (opts.excludeImports && f.isImport) continue;
    const raw = encodedFiles.get(f);
    let body: Uint8Array[];
    if (raw !== undefined) body = rawBody(raw, f, opts);
    else {
      const proto = f.proto;
      if (!proto) continue;
      body = encodeFile(bufByteLayout(prepare(proto, opts)), f);
    }
    const ext = encodeExtension(f, opts.moduleName?.(f.path));
    let size = ext.length;
    for (const c of body) size += c.length;
    head.reset();
    head.byte(0x0a); // field 1, length-delimited
    head.varint(size);
    sink(head.bytes());
    for (const c of body) sink(c);
    sink(ext);
  }
}

/**
 * A file's descriptor already encoded in buf's byte layout (by {@link encodeFileParts}, e.g. in a
 * compile worker): `desc` is every field but source_code_info, fields below 9 in its first `split`
 * bytes; `sourceInfo` the SourceCodeInfo's locations, as the compiler wrote them.
 */
export interface EncodedFile {
  readonly desc: Uint8Array;
  readonly split: number;
  readonly sourceInfo: Uint8Array | undefined;
}

/** Files whose encoding is known already: {@link writeImage} copies it instead of encoding. */
const encodedFiles = new WeakMap<object, EncodedFile>();

/** Tells {@link writeImage} the bytes of `file`'s descriptor (they must be those of `file.proto`). */
export function setEncodedFile(file: ImageFile, encoded: EncodedFile): void {
  encodedFiles.set(file, encoded);
}

/**
 * A compiled file's encoding, less what depends on the image it goes into or on the file's
 * CompiledFile facts (the SourceCodeInfo's extension and the image extension, which
 * {@link writeImage} adds).
 */
export function encodeFileParts(proto: FileDescriptorProto): EncodedFile {
  const [head, tail] = encodeAroundInfo(bufByteLayout(proto));
  const desc = new Uint8Array(head.length + tail.length);
  desc.set(head, 0);
  desc.set(tail, head.length);
  // The compiler's SourceCodeInfo is still bytes (never decoded here); a file without any has none.
  return { desc, split: head.length, sourceInfo: sourceInfoBytes(proto) };
}

/** Decodes what {@link encodeFileParts} wrote into a descriptor (source info left as bytes). */
export function decodeFileParts(encoded: EncodedFile): FileDescriptorProto {
  const proto = fromBinary(FileDescriptorProtoSchema, encoded.desc);
  if (encoded.sourceInfo !== undefined) setSourceInfoBytes(proto, encoded.sourceInfo);
  return proto;
}

/** {@link encodeFile} for a file encoded already. */
function rawBody(raw: EncodedFile, f: ImageFile, opts: ImageOptions): Uint8Array[] {
  if (raw.sourceInfo === undefined || opts.excludeSourceInfo === true) return [raw.desc];
  const own = sourceInfoExtension(f);
  return withInfo(raw.desc.subarray(0, raw.split), raw.desc.subarray(raw.split), own ? [own, raw.sourceInfo] : [raw.sourceInfo]);
}

/**
 * The image as JSON, in the shape `buf build -o image.json` writes: `{"file":[...]}` with protobuf
 * JSON names, each file followed by `bufExtension`. Custom options are written by name when the
 * image contains their definitions (as buf does), so `descriptor.proto` must be among `files`.
 */
export function imageToJson(files: readonly ImageFile[], opts: ImageOptions = {}): string {
  const registry = optionRegistry(files);
  const out: JsonObject[] = [];
  for (const f of files) {
    const proto = f.proto;
    if (!proto || (opts.excludeImports && f.isImport)) continue;
    const raw = toJson(FileDescriptorProtoSchema, prepare(proto, opts), registry ? { registry } : {}) as JsonObject;
    const json = declarationOrder(raw, FileDescriptorProtoSchema, registry) as JsonObject;
    const ext: JsonObject = { isImport: f.isImport };
    const name = opts.moduleName?.(f.path);
    if (name) ext["moduleInfo"] = { name: { remote: name.remote, owner: name.owner, repository: name.repository } };
    ext["isSyntaxUnspecified"] = f.syntaxUnspecified;
    if (f.unusedDependencies.length > 0) ext["unusedDependency"] = [...f.unusedDependencies];
    json["bufExtension"] = ext;
    out.push(json);
  }
  return JSON.stringify({ file: out });
}

/** Drops what the options leave out, and any image extension already attached to a decoded file. */
function prepare(proto: FileDescriptorProto, opts: ImageOptions): FileDescriptorProto {
  const dropInfo = opts.excludeSourceInfo === true && (sourceInfoBytes(proto) !== undefined || proto.sourceCodeInfo !== undefined);
  const unknown = proto.$unknown;
  const dropExt = unknown !== undefined && unknown.some((u) => u.no === IMAGE_EXTENSION_FIELD);
  if (!dropInfo && !dropExt) return proto;
  const copy = shallowCopy(proto, dropInfo) as FileDescriptorProto;
  if (dropExt) copy.$unknown = unknown!.filter((u) => u.no !== IMAGE_EXTENSION_FIELD);
  return copy;
}

/**
 * `{ ...obj }` (own enumerable properties, plain object), except that a SourceCodeInfo still
 * waiting as bytes (sourceinfo.ts `setSourceInfoBytes`) is carried over as bytes, not decoded, or
 * left out with `dropSourceInfo`.
 */
function shallowCopy(obj: object, dropSourceInfo = false): Record<string, unknown> {
  const src = obj as Record<string, unknown>;
  const pending = sourceInfoBytes(obj as FileDescriptorProto);
  if (pending === undefined && !dropSourceInfo) return { ...src };
  const copy: Record<string, unknown> = {};
  for (const k of Object.keys(src)) if (k !== "sourceCodeInfo") copy[k] = src[k];
  if (!dropSourceInfo && pending !== undefined) setSourceInfoBytes(copy as unknown as FileDescriptorProto, pending);
  else if (!dropSourceInfo && Object.hasOwn(src, "sourceCodeInfo")) copy["sourceCodeInfo"] = src["sourceCodeInfo"];
  return copy;
}

const SOURCE_INFO_EXTENSION_FIELD = 536000000;

/** The messages that carry extensions in a descriptor: custom options and feature extensions. */
const EXTENDED: ReadonlyMap<string, DescMessage> = new Map(
  [
    FileOptionsSchema, MessageOptionsSchema, FieldOptionsSchema, OneofOptionsSchema, EnumOptionsSchema,
    EnumValueOptionsSchema, ServiceOptionsSchema, MethodOptionsSchema, ExtensionRangeOptionsSchema, FeatureSetSchema,
  ].map((s): [string, DescMessage] => [s.typeName, s]),
);

const FD_DEFAULT_VALUE = 7;

/**
 * Where protobuf-es would not write buf's bytes, this returns `value` with the message replaced by
 * an empty one whose unknown fields are the bytes buf writes (`toBinary` writes unknown fields
 * as they are, in order). Objects on the way are shallow copies; `value` itself is not changed.
 * - buf marshals with Go, which writes a message's extensions before its fields; protobuf-es
 *   writes unknown fields (our custom options, `features.(pb.cpp)`) after them: options messages
 *   and FeatureSets with extensions (descriptors.md §9.4).
 * - A `string` default that is not valid UTF-8 (`"\xff"`): buf writes its bytes as they are
 *   (defaults.ts `rawStringDefaults`).
 */
function bufByteLayout<T>(value: T): T {
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (typeof v !== "object" || v === null) return value; // a list of scalars
      const n = bufByteLayout(v);
      if (n !== v) (out ??= value.slice())[i] = n;
    }
    return (out ?? value) as T;
  }
  const obj = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  // Descriptor messages are walked by their schema, through their message-typed fields only;
  // anything else by its own properties (a proto2 message's prototype holds its scalar defaults,
  // and `for..in` over such objects is the slow path).
  const typeName = obj["$typeName"];
  const keys = messageFieldsOf(typeName) ?? Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k === "$unknown" || k === "sourceCodeInfo") continue;
    const v = obj[k];
    if (typeof v !== "object" || v === null || v instanceof Uint8Array) continue;
    const n = bufByteLayout(v);
    if (n !== v) (copy ??= shallowCopy(obj))[k] = n;
  }
  const cur = copy ?? obj;
  const raw = typeName === FieldDescriptorProtoSchema.typeName ? rawStringDefaults.get(obj) : undefined;
  if (raw !== undefined) {
    const out = create(FieldDescriptorProtoSchema);
    out.$unknown = asUnknown(FieldDescriptorProtoSchema, cur).map((u) => (u.no === FD_DEFAULT_VALUE ? { ...u, data: lengthPrefixed(raw) } : u));
    return out as T;
  }
  const schema = typeof typeName === "string" ? EXTENDED.get(typeName) : undefined;
  if (!schema) return cur as T;
  const unknown = cur["$unknown"] as UnknownField[] | undefined;
  if (unknown === undefined || unknown.length === 0) return cur as T;
  const fields: Record<string, unknown> = { ...cur };
  delete fields["$unknown"];
  const out = create(schema);
  out.$unknown = [...unknown!, ...asUnknown(schema, fields)];
  return out as T;
}

/**
 * Per descriptor message type reachable from FileDescriptorProto (SourceCodeInfo aside): the
 * local names of its message and message-list fields, the only properties that can lead to
 * something {@link bufByteLayout} changes.
 */
const messageFields = new Map<string, readonly string[]>();
(function plan(desc: DescMessage): void {
  if (messageFields.has(desc.typeName)) return;
  const keys: string[] = [];
  messageFields.set(desc.typeName, keys);
  for (const f of desc.fields) {
    if (f.localName === "sourceCodeInfo") continue;
    if (f.fieldKind === "message" || (f.fieldKind === "list" && f.listKind === "message")) {
      keys.push(f.localName);
      plan(f.message);
    } else if (f.fieldKind === "map" || f.oneof !== undefined) {
      messageFields.delete(desc.typeName); // not expected in descriptor.proto: walk such a type generically
      return;
    }
  }
})(FileDescriptorProtoSchema);

function messageFieldsOf(typeName: unknown): readonly string[] | undefined {
  return typeof typeName === "string" ? messageFields.get(typeName) : undefined;
}

/** A message's encoded fields (and unknown fields) as a list of unknown fields, in order. */
function asUnknown(schema: DescMessage, message: Record<string, unknown>): UnknownField[] {
  return fromBinary(EmptySchema, toBinary(schema, message as never)).$unknown ?? [];
}

function lengthPrefixed(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(varintSize(b.length) + b.length);
  out.set(b, putVarint(out, 0, b.length));
  return out;
}

/**
 * One file's bytes: `toBinary` for the descriptor proper, and a dedicated encoder for its
 * SourceCodeInfo, which is most of an image's bytes and where generic reflection is slowest.
 * SourceCodeInfo also gets buf's extension (field 536000000: is_syntax_unspecified (2) and packed
 * unused_dependency (3), written only when one is set; source-info.md §8) unless the compiler
 * already put it in `$unknown`; extensions go before the locations, where Go's encoder puts them,
 * so the bytes equal buf's. Concatenated encodings of parts of a message are the message: fields
 * 1-8, then 9, then the rest, which is field-number order.
 */
function encodeFile(proto: FileDescriptorProto, f: ImageFile): Uint8Array[] {
  const pending = sourceInfoBytes(proto);
  const info = pending === undefined ? proto.sourceCodeInfo : undefined;
  if (pending === undefined && !info) return [toBinary(FileDescriptorProtoSchema, proto)];
  const [head, tail] = encodeAroundInfo(proto);
  if (pending !== undefined) {
    // the compiler's SourceCodeInfo, already bytes: only locations, so the extension is ours to add
    const own = sourceInfoExtension(f);
    return withInfo(head, tail, own ? [own, pending] : [pending]);
  }
  const unknown = info!.$unknown ?? [];
  const own = unknown.some((u) => u.no === SOURCE_INFO_EXTENSION_FIELD) ? undefined : sourceInfoExtension(f);
  return withInfo(head, tail, [encodeSourceCodeInfo(info!, own)]);
}

/** A file's fields below source_code_info (9) and above it, encoded apart. */
function encodeAroundInfo(proto: FileDescriptorProto): [Uint8Array, Uint8Array] {
  return [toBinary(FileDescriptorProtoSchema, onlyFields(proto, (n) => n < 9)), toBinary(FileDescriptorProtoSchema, onlyFields(proto, (n) => n > 9))];
}

/** A file's bytes with the SourceCodeInfo parts as field 9 between the fields around it. */
function withInfo(head: Uint8Array, tail: Uint8Array, info: readonly Uint8Array[]): Uint8Array[] {
  let length = 0;
  for (const p of info) length += p.length;
  const tag = new Uint8Array(1 + varintSize(length));
  tag[0] = 0x4a; // field 9, length-delimited
  putVarint(tag, 1, length);
  return [head, tag, ...info, tail];
}

/**
 * SourceCodeInfo in protobuf wire format: extensions (`own`, then `$unknown`), then each location
 * (path 1 and span 2 packed, leading 3, trailing 4, detached 6, its own `$unknown`). Sizes are
 * computed first so the bytes are written once into one exact buffer.
 */
export function encodeSourceCodeInfo(info: SourceCodeInfo, own?: Uint8Array): Uint8Array {
  const locs = info.location;
  const unknown = info.$unknown ?? [];
  const sizes = new Int32Array(locs.length);
  let total = own ? own.length : 0;
  for (const u of unknown) total += varintSize(u.no * 8 + u.wireType) + u.data.length;
  for (let i = 0; i < locs.length; i++) {
    const loc = locs[i]!;
    let n = 0;
    if (loc.path.length > 0) n += packedSize(loc.path);
    if (loc.span.length > 0) n += packedSize(loc.span);
    if (isSet(loc, "leadingComments")) n += stringSize(loc.leadingComments);
    if (isSet(loc, "trailingComments")) n += stringSize(loc.trailingComments);
    for (const d of loc.leadingDetachedComments) n += stringSize(d);
    if (loc.$unknown) for (const u of loc.$unknown) n += varintSize(u.no * 8 + u.wireType) + u.data.length;
    sizes[i] = n;
    total += 1 + varintSize(n) + n;
  }
  const out = Buffer.allocUnsafe(total);
  let at = 0;
  if (own) {
    out.set(own, at);
    at += own.length;
  }
  for (const u of unknown) {
    at = putVarint(out, at, u.no * 8 + u.wireType);
    out.set(u.data, at);
    at += u.data.length;
  }
  for (let i = 0; i < locs.length; i++) {
    const loc = locs[i]!;
    out[at++] = 0x0a; // location
    at = putVarint(out, at, sizes[i]!);
    if (loc.path.length > 0) at = putPacked(out, at, 0x0a, loc.path);
    if (loc.span.length > 0) at = putPacked(out, at, 0x12, loc.span);
    if (isSet(loc, "leadingComments")) at = putString(out, at, 0x1a, loc.leadingComments);
    if (isSet(loc, "trailingComments")) at = putString(out, at, 0x22, loc.trailingComments);
    for (const d of loc.leadingDetachedComments) at = putString(out, at, 0x32, d);
    if (loc.$unknown)
      for (const u of loc.$unknown) {
        at = putVarint(out, at, u.no * 8 + u.wireType);
        out.set(u.data, at);
        at += u.data.length;
      }
  }
  if (at !== total) throw new Error(`SourceCodeInfo encoder wrote ${at} bytes, computed ${total}`);
  return out;
}

/** Explicit presence as protobuf-es tracks it for proto2 fields: an own, defined property. */
function isSet(loc: SourceCodeInfo_Location, key: "leadingComments" | "trailingComments"): boolean {
  return Object.hasOwn(loc, key) && loc[key] !== undefined;
}

/** Bytes of an int32 varint (negative values take 10 bytes, as int32 is sign-extended). */
function int32Size(n: number): number {
  return n < 0 ? 10 : n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : n < 0x10000000 ? 4 : 5;
}

function packedSize(list: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < list.length; i++) n += int32Size(list[i]!);
  return 1 + varintSize(n) + n;
}

function stringSize(s: string): number {
  const n = Buffer.byteLength(s, "utf8");
  return 1 + varintSize(n) + n;
}

function putVarint(out: Uint8Array, at: number, n: number): number {
  while (n >= 0x80) {
    out[at++] = (n & 0x7f) | 0x80;
    n = Math.floor(n / 128);
  }
  out[at++] = n;
  return at;
}

function putInt32(out: Uint8Array, at: number, n: number): number {
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

function putPacked(out: Uint8Array, at: number, tag: number, list: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < list.length; i++) n += int32Size(list[i]!);
  out[at++] = tag;
  at = putVarint(out, at, n);
  for (let i = 0; i < list.length; i++) at = putInt32(out, at, list[i]!);
  return at;
}

function putString(out: Buffer, at: number, tag: number, s: string): number {
  out[at++] = tag;
  const n = Buffer.byteLength(s, "utf8");
  at = putVarint(out, at, n);
  return at + out.write(s, at, n, "utf8");
}

/** A shallow copy of a file with only the fields whose number passes `keep` ($unknown goes last). */
function onlyFields(proto: FileDescriptorProto, keep: (no: number) => boolean): FileDescriptorProto {
  // Property by property, never reading the dropped ones (sourceCodeInfo may be a decoding getter).
  const src = proto as unknown as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const k of Object.keys(src)) {
    const f = fieldsByLocalName.get(k);
    if (f === undefined ? k !== "$unknown" || keep(Number.MAX_SAFE_INTEGER) : keep(f.number)) copy[k] = src[k];
    else if (f?.fieldKind === "list") copy[k] = [];
  }
  return copy as unknown as FileDescriptorProto;
}

const fieldsByLocalName = new Map(FileDescriptorProtoSchema.fields.map((f) => [f.localName, f]));

/** The tagged SourceCodeInfo extension for a file, or undefined when it would be empty. */
function sourceInfoExtension(f: ImageFile): Uint8Array | undefined {
  if (!f.syntaxUnspecified && f.unusedDependencies.length === 0) return undefined;
  const p = new ByteWriter();
  if (f.syntaxUnspecified) {
    p.byte(0x10);
    p.byte(1);
  }
  if (f.unusedDependencies.length > 0) {
    const list = new ByteWriter();
    for (const i of f.unusedDependencies) list.varint(i);
    const l = list.bytes();
    p.byte(0x1a);
    p.varint(l.length);
    p.raw(l);
  }
  const payload = p.bytes();
  const w = new ByteWriter();
  w.varint(SOURCE_INFO_EXTENSION_FIELD * 8 + 2);
  w.varint(payload.length);
  w.raw(payload);
  return w.bytes();
}

function unknownField(w: ByteWriter, u: UnknownField): void {
  w.varint(u.no * 8 + u.wireType);
  w.raw(u.data);
}

/**
 * Reorders the keys of a message's JSON to the fields' declaration order, as Go's protojson writes
 * them (protobuf-es writes field-number order); extension keys (`[pkg.ext]`) stay after the
 * fields, and message-typed extensions are reordered too when the registry knows them.
 */
function declarationOrder(json: JsonValue, desc: DescMessage, registry?: Registry): JsonValue {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return json;
  const out: JsonObject = {};
  for (const f of desc.fields) {
    const v = json[f.jsonName];
    if (v !== undefined) out[f.jsonName] = orderValue(v, f, registry);
  }
  for (const k in json) {
    if (k in out) continue;
    const ext = registry && k.startsWith("[") ? registry.getExtension(k.slice(1, -1)) : undefined;
    out[k] = ext ? orderValue(json[k]!, ext, registry) : json[k]!;
  }
  return out;
}

function orderValue(v: JsonValue, f: DescField | DescExtension, registry: Registry | undefined): JsonValue {
  if (f.fieldKind === "message") return declarationOrder(v, f.message, registry);
  if (f.fieldKind === "list" && f.listKind === "message" && Array.isArray(v)) return v.map((e) => declarationOrder(e, f.message, registry));
  if (f.fieldKind === "map" && f.mapKind === "message" && typeof v === "object" && v !== null && !Array.isArray(v)) {
    const out: JsonObject = {};
    for (const k in v) out[k] = declarationOrder(v[k]!, f.message, registry);
    return out;
  }
  return v;
}

/** Field 8042 with its tag: `buf.alpha.image.v1.ImageFileExtension`. */
function encodeExtension(f: ImageFile, name: ImageModuleName | undefined): Uint8Array {
  const w = new ByteWriter();
  w.byte(0x08); // is_import
  w.byte(f.isImport ? 1 : 0);
  if (name) {
    const n = new ByteWriter();
    n.string(0x0a, name.remote);
    n.string(0x12, name.owner);
    n.string(0x1a, name.repository);
    const nameBytes = n.bytes();
    w.byte(0x12); // module_info
    w.varint(nameBytes.length + 1 + varintSize(nameBytes.length));
    w.byte(0x0a); // module_info.name
    w.varint(nameBytes.length);
    w.raw(nameBytes);
  }
  w.byte(0x18); // is_syntax_unspecified
  w.byte(f.syntaxUnspecified ? 1 : 0);
  for (const i of f.unusedDependencies) {
    w.byte(0x20); // unused_dependency, unpacked
    w.varint(i);
  }
  const payload = w.bytes();
  const out = new ByteWriter();
  out.varint((IMAGE_EXTENSION_FIELD << 3) | 2);
  out.varint(payload.length);
  out.raw(payload);
  return out.bytes();
}

/**
 * A registry to print custom options by name, built only when some file has options with unknown
 * fields (custom options) and the image holds every dependency; undefined otherwise.
 */
function optionRegistry(files: readonly ImageFile[]): Registry | undefined {
  let custom = false;
  for (const f of files) if (f.proto && hasCustomOptions(f.proto)) custom = true;
  if (!custom) return undefined;
  const set = create(FileDescriptorSetSchema, { file: files.flatMap((f) => (f.proto ? [f.proto] : [])) });
  try {
    return createFileRegistry(set);
  } catch {
    return undefined; // e.g. --exclude-imports left a dependency out: print options without them
  }
}

function hasCustomOptions(value: unknown): boolean {
  // A walk over the descriptor objects looking for options messages that carry unknown fields.
  if (Array.isArray(value)) {
    for (const v of value) if (typeof v === "object" && v !== null && hasCustomOptions(v)) return true;
    return false;
  }
  const obj = value as Record<string, unknown>;
  const t = obj["$typeName"];
  if (typeof t === "string" && t.endsWith("Options") && obj["$unknown"] !== undefined) return true;
  if (t === "google.protobuf.SourceCodeInfo") return false;
  for (const k in obj) {
    const v = obj[k];
    if (typeof v === "object" && v !== null && k !== "$unknown" && hasCustomOptions(v)) return true;
  }
  return false;
}

function varintSize(n: number): number {
  let s = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    s++;
  }
  return s;
}

/** A small growable byte buffer for the hand-written parts of the encoding. */
/** A growing byte buffer (also the compile worker's packing buffer). */
export class ByteWriter {
  private buf = new Uint8Array(64);
  private len = 0;

  /** Bytes written so far. */
  get length(): number {
    return this.len;
  }

  reset(): void {
    this.len = 0;
  }

  private ensure(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  byte(b: number): void {
    this.ensure(1);
    this.buf[this.len++] = b;
  }

  varint(n: number): void {
    this.ensure(10);
    while (n >= 0x80) {
      this.buf[this.len++] = (n & 0x7f) | 0x80;
      n = Math.floor(n / 128);
    }
    this.buf[this.len++] = n;
  }

  raw(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }

  string(tag: number, s: string): void {
    const b = new TextEncoder().encode(s);
    this.byte(tag);
    this.varint(b.length);
    this.raw(b);
  }

  /** A copy of the bytes written so far. */
  bytes(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}
