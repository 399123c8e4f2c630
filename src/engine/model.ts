/**
 * The model the checks read: the descriptors of one build as small, typed, readonly elements
 * with parent links, their source-info paths (worked out when first read), and lazy location
 * lookup.
 *
 * Built from FileDescriptorProtos (so it works the same for a fresh compile and for a buf image
 * read from disk). Locations come from each file's SourceCodeInfo, as buf's checks take them:
 * an element's span is the location at its path (or a sub-path such as `[…, 1]` for its name).
 * The per-file path → location index is built on first use only, so a run that reports nothing
 * in a file never pays for it.
 */
import type {
  DescriptorProto,
  EnumDescriptorProto,
  EnumValueDescriptorProto,
  FieldDescriptorProto,
  FileDescriptorProto,
  MethodDescriptorProto,
  OneofDescriptorProto,
  ServiceDescriptorProto,
  SourceCodeInfo_Location,
} from "@bufbuild/protobuf/wkt";
import { sourceInfoBytes } from "../compiler/sourceinfo.js";

// Field numbers of descriptor.proto used to build source-info paths.
export const FILE_PACKAGE = 2;
export const FILE_DEPENDENCY = 3;
export const FILE_MESSAGE_TYPE = 4;
export const FILE_ENUM_TYPE = 5;
export const FILE_SERVICE = 6;
export const FILE_EXTENSION = 7;
export const FILE_OPTIONS = 8;
export const FILE_SYNTAX = 12;
export const MESSAGE_NAME = 1;
export const MESSAGE_FIELD = 2;
export const MESSAGE_NESTED_TYPE = 3;
export const MESSAGE_ENUM_TYPE = 4;
export const MESSAGE_EXTENSION_RANGE = 5;
export const MESSAGE_EXTENSION = 6;
export const MESSAGE_OPTIONS = 7;
export const MESSAGE_ONEOF_DECL = 8;
export const MESSAGE_RESERVED_RANGE = 9;
export const MESSAGE_RESERVED_NAME = 10;
export const FIELD_NAME = 1;
export const FIELD_EXTENDEE = 2;
export const FIELD_NUMBER = 3;
export const FIELD_LABEL = 4;
export const FIELD_TYPE = 5;
export const FIELD_TYPE_NAME = 6;
export const FIELD_DEFAULT_VALUE = 7;
export const FIELD_OPTIONS = 8;
export const FIELD_JSON_NAME = 10;
export const ONEOF_NAME = 1;
export const ENUM_NAME = 1;
export const ENUM_VALUE = 2;
export const ENUM_OPTIONS = 3;
export const ENUM_RESERVED_RANGE = 4;
export const ENUM_RESERVED_NAME = 5;
export const ENUM_VALUE_NAME = 1;
export const ENUM_VALUE_NUMBER = 2;
export const ENUM_VALUE_OPTIONS = 3;
export const SERVICE_NAME = 1;
export const SERVICE_METHOD = 2;
export const SERVICE_OPTIONS = 3;
export const METHOD_NAME = 1;
export const METHOD_INPUT_TYPE = 2;
export const METHOD_OUTPUT_TYPE = 3;
export const METHOD_OPTIONS = 4;
export const METHOD_CLIENT_STREAMING = 5;
export const METHOD_SERVER_STREAMING = 6;

/** A source location: 0-based lines and display-width columns, end exclusive (as in SourceCodeInfo). */
export interface Location {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly leadingComments: string | undefined;
  readonly trailingComments: string | undefined;
  readonly leadingDetachedComments: readonly string[];
}

/**
 * Path → location index of one file, built on first lookup.
 *
 * A fresh compile keeps each file's SourceCodeInfo as protobuf bytes until something reads
 * `proto.sourceCodeInfo` ({@link sourceInfoBytes}); the index then works on those bytes directly:
 * an open-addressing hash table from the encoded path to the offset of its record, no string or
 * object per location, and only the locations looked up are decoded. A file whose SourceCodeInfo
 * is already objects (an image read from disk) is indexed by joined path strings.
 */
export class FileLocations {
  /** The SourceCodeInfo bytes, if the file had them when the model was built; made a Buffer on first use. */
  private readonly raw: Uint8Array | undefined;
  private buffer: Buffer | undefined;
  /** Record offset + 1 by hash slot (bytes), or the first location by joined path (objects). */
  private table: Int32Array | undefined;
  private index: Map<string, SourceCodeInfo_Location> | undefined;
  /** The last {@link mayContain} question and its answer. */
  private scannedFor: readonly string[] | undefined;
  private scanned = false;

  constructor(private readonly proto: FileDescriptorProto) {
    this.raw = sourceInfoBytes(proto);
  }

  private get bytes(): Buffer | undefined {
    const raw = this.raw;
    if (raw === undefined) return undefined;
    return (this.buffer ??= Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength));
  }

  /** The first location recorded at exactly `path`, if any. */
  get(path: readonly number[]): Location | undefined {
    const b = this.bytes;
    if (b) {
      const at = this.find(b, path);
      return at < 0 ? undefined : decodeLocation(b, at, true);
    }
    const loc = this.objectIndex().get(path.join("."));
    if (!loc) return undefined;
    const s = loc.span;
    const four = s.length === 4;
    return {
      startLine: s[0]!,
      startColumn: s[1]!,
      endLine: four ? s[2]! : s[0]!,
      endColumn: four ? s[3]! : s[2]!,
      leadingComments: loc.leadingComments,
      trailingComments: loc.trailingComments,
      leadingDetachedComments: loc.leadingDetachedComments,
    };
  }

  /** The leading comment of the location at exactly `path` (cheaper than `get(path)?.leadingComments`). */
  leadingComments(path: readonly number[]): string | undefined {
    const b = this.bytes;
    if (b) {
      const at = this.find(b, path);
      return at < 0 ? undefined : decodeLocation(b, at, false).leadingComments;
    }
    return this.objectIndex().get(path.join("."))?.leadingComments;
  }

  /**
   * False when no leading comment of the file contains any of `texts` (one scan of the file's
   * source info, cached for the same array): lets ignore-comment checks skip the files without any directive.
   */
  mayContain(texts: readonly string[]): boolean {
    if (this.scannedFor !== texts) {
      const b = this.bytes;
      if (b) this.scanned = texts.some((t) => b.includes(t));
      else {
        const locs = this.proto.sourceCodeInfo?.location ?? [];
        this.scanned = locs.some((l) => l.leadingComments !== undefined && texts.some((t) => l.leadingComments!.includes(t)));
      }
      this.scannedFor = texts;
    }
    return this.scanned;
  }

  /** Whether the file has source info at all. */
  get present(): boolean {
    const b = this.bytes;
    if (b) return b.length > 0;
    return (this.proto.sourceCodeInfo?.location.length ?? 0) > 0;
  }

  private objectIndex(): Map<string, SourceCodeInfo_Location> {
    if (!this.index) {
      this.index = new Map();
      for (const loc of this.proto.sourceCodeInfo?.location ?? []) {
        const key = loc.path.join(".");
        if (!this.index.has(key)) this.index.set(key, loc);
      }
    }
    return this.index;
  }

  /** Offset of the body of the first record at `path`, or -1. */
  private find(b: Buffer, path: readonly number[]): number {
    const table = (this.table ??= buildTable(b));
    const qlen = encodePath(path);
    const mask = table.length - 1;
    for (let slot = hashBytes(query, 0, qlen) & mask; ; slot = (slot + 1) & mask) {
      const v = table[slot]!;
      if (v === 0) return -1;
      const at = v - 1;
      pathRange(b, at);
      if (rangeEnd - rangeStart === qlen && b.compare(query, 0, qlen, rangeStart, rangeEnd) === 0) return at;
    }
  }
}

// ---- SourceCodeInfo bytes ------------------------------------------------------------------------

/** The encoded query path ({@link encodePath}); paths are short, 64 elements × 10 bytes is plenty. */
let query = Buffer.alloc(640);
/** Output of {@link pathRange}: the packed path bytes of one record. */
let rangeStart = 0;
let rangeEnd = 0;
/** Output of {@link readVarint}: the offset after the varint. */
let varintEnd = 0;

function readVarint(b: Uint8Array, p: number): number {
  let v = 0;
  let mul = 1;
  for (;;) {
    const byte = b[p++]!;
    v += (byte & 0x7f) * mul;
    if (byte < 0x80) {
      varintEnd = p;
      return v;
    }
    mul *= 128;
  }
}

/** Writes `path` into `query` as packed int32 varints (as SourceCodeInfo encodes it); returns the length. */
function encodePath(path: readonly number[]): number {
  if (path.length * 10 > query.length) query = Buffer.alloc(path.length * 10);
  const q = query;
  let p = 0;
  for (let i = 0; i < path.length; i++) {
    let v = path[i]!;
    if (v < 0) {
      // Negative int32: ten bytes, sign-extended (never in practice).
      let big = BigInt.asUintN(64, BigInt(v));
      for (let k = 0; k < 9; k++) {
        q[p++] = Number(big & 0x7fn) | 0x80;
        big >>= 7n;
      }
      q[p++] = Number(big);
      continue;
    }
    while (v >= 0x80) {
      q[p++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    q[p++] = v;
  }
  return p;
}

function hashBytes(b: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ b[i]!, 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}

/** Sets rangeStart/rangeEnd to the packed path of the record whose body starts at `at` (its length varint). */
function pathRange(b: Uint8Array, at: number): void {
  const len = readVarint(b, at);
  let p = varintEnd;
  const end = p + len;
  while (p < end) {
    const tag = readVarint(b, p);
    p = varintEnd;
    const wire = tag & 7;
    if (wire === 2) {
      const l = readVarint(b, p);
      p = varintEnd;
      if (tag === 0x0a) {
        rangeStart = p;
        rangeEnd = p + l;
        return;
      }
      p += l;
    } else if (wire === 0) {
      readVarint(b, p);
      p = varintEnd;
    } else {
      break; // not written by any encoder of SourceCodeInfo
    }
  }
  rangeStart = rangeEnd = 0; // the empty path
}

/** The hash table of a file's records: slot → offset + 1 of the first record with that path. */
function buildTable(b: Buffer): Int32Array {
  let n = 0;
  for (let p = 0; p < b.length; n++) {
    const len = readVarint(b, p + 1); // after the record's tag, 0x0a
    p = varintEnd + len;
  }
  let size = 16;
  while (size < n * 2) size *= 2;
  const table = new Int32Array(size);
  const mask = size - 1;
  for (let p = 0; p < b.length; ) {
    const at = p + 1;
    pathRange(b, at);
    const s = rangeStart;
    const e = rangeEnd;
    for (let slot = hashBytes(b, s, e) & mask; ; slot = (slot + 1) & mask) {
      const v = table[slot]!;
      if (v === 0) {
        table[slot] = at + 1;
        break;
      }
      pathRange(b, v - 1);
      if (rangeEnd - rangeStart === e - s && b.compare(b, s, e, rangeStart, rangeEnd) === 0) break; // keep the first
    }
    const len = readVarint(b, at);
    p = varintEnd + len;
  }
  return table;
}

const NO_DETACHED: readonly string[] = Object.freeze([]);

/** Decodes the record whose body starts at `at`; comments other than the leading one only if `all`. */
function decodeLocation(b: Buffer, at: number, all: boolean): Location {
  const len = readVarint(b, at);
  let p = varintEnd;
  const end = p + len;
  const span: number[] = [];
  let leading: string | undefined;
  let trailing: string | undefined;
  let detached: string[] | undefined;
  while (p < end) {
    const tag = readVarint(b, p);
    p = varintEnd;
    const l = readVarint(b, p);
    p = varintEnd;
    if (tag === 0x12) {
      for (let q = p; q < p + l; ) {
        // int32 varints: the low 32 bits, signed.
        let v = 0;
        for (let shift = 0; ; shift += 7) {
          const byte = b[q++]!;
          if (shift < 32) v |= (byte & 0x7f) << shift;
          if (byte < 0x80) break;
        }
        span.push(v | 0);
      }
    } else if (tag === 0x1a) leading = b.toString("utf8", p, p + l);
    else if (all && tag === 0x22) trailing = b.toString("utf8", p, p + l);
    else if (all && tag === 0x32) (detached ??= []).push(b.toString("utf8", p, p + l));
    p += l;
  }
  const four = span.length === 4;
  return {
    startLine: span[0] ?? 0,
    startColumn: span[1] ?? 0,
    endLine: four ? span[2]! : (span[0] ?? 0),
    endColumn: four ? span[3]! : (span[2] ?? 0),
    leadingComments: leading,
    trailingComments: trailing,
    leadingDetachedComments: detached ?? NO_DETACHED,
  };
}

export type Syntax = "proto2" | "proto3" | "editions";

interface ElementBase {
  /** The file that declares the element. */
  readonly file: ProtoFile;
  /** Source-info path of the element inside its file (`[]` for the file). */
  readonly path: readonly number[];
  toString(): string;
}

export interface ProtoFile extends ElementBase {
  readonly kind: "file";
  /** Module-relative path (= descriptor name), e.g. `acme/user/v1/user.proto`. */
  readonly name: string;
  /** The path to show users (relative to the working directory, module directory included). */
  readonly displayPath: string;
  readonly proto: FileDescriptorProto;
  readonly syntax: Syntax;
  /** `"2023"`, `"2024"` for editions files. */
  readonly edition: string | undefined;
  /** The file has no syntax/edition statement. */
  readonly syntaxUnspecified: boolean;
  readonly package: string;
  /** True for files reached only as imports (not linted). */
  readonly isImport: boolean;
  readonly imports: readonly Import[];
  /** Top-level declarations. */
  readonly messages: readonly Message[];
  readonly enums: readonly Enum[];
  readonly services: readonly Service[];
  readonly extensions: readonly Field[];
  readonly locations: FileLocations;
}

export interface Import extends ElementBase {
  readonly kind: "import";
  /** Index in `dependency`. */
  readonly index: number;
  /** The imported path as written. */
  readonly name: string;
  readonly isPublic: boolean;
  readonly isWeak: boolean;
  /** Nothing in the importing file uses it (from the compiler or the image extension). */
  readonly isUnused: boolean;
  /** The imported file, when it is part of the model. */
  readonly target: ProtoFile | undefined;
}

export interface Message extends ElementBase {
  readonly kind: "message";
  readonly name: string;
  /** Fully-qualified name without a leading dot. */
  readonly fullName: string;
  readonly proto: DescriptorProto;
  /** The enclosing message, if nested. */
  readonly parent: Message | undefined;
  readonly fields: readonly Field[];
  readonly oneofs: readonly Oneof[];
  readonly messages: readonly Message[];
  readonly enums: readonly Enum[];
  readonly extensions: readonly Field[];
  /** A synthesized map entry message. */
  readonly isMapEntry: boolean;
}

export interface Field extends ElementBase {
  readonly kind: "field";
  readonly name: string;
  /** Fully-qualified name (for extensions, `pkg.ext_name` or `pkg.Scope.ext_name`). */
  readonly fullName: string;
  readonly number: number;
  readonly proto: FieldDescriptorProto;
  /** The message holding the field; for an extension, the message it is declared in (if any). */
  readonly parent: Message | undefined;
  readonly isExtension: boolean;
  /** The real or synthetic oneof containing it. */
  readonly oneof: Oneof | undefined;
  /** For message/enum/group fields: the referenced type's full name without a leading dot. */
  readonly typeName: string | undefined;
  /** For extensions: the extendee's full name without a leading dot. */
  readonly extendee: string | undefined;
}

export interface Oneof extends ElementBase {
  readonly kind: "oneof";
  readonly name: string;
  readonly index: number;
  readonly proto: OneofDescriptorProto;
  readonly parent: Message;
  readonly fields: readonly Field[];
  /** The synthetic oneof of a proto3 `optional` field. */
  readonly synthetic: boolean;
}

export interface Enum extends ElementBase {
  readonly kind: "enum";
  readonly name: string;
  readonly fullName: string;
  readonly proto: EnumDescriptorProto;
  readonly parent: Message | undefined;
  readonly values: readonly EnumValue[];
}

export interface EnumValue extends ElementBase {
  readonly kind: "enumValue";
  readonly name: string;
  /** Enum values are scoped as siblings of their enum: `pkg.VALUE` or `pkg.Msg.VALUE`. */
  readonly fullName: string;
  readonly number: number;
  readonly proto: EnumValueDescriptorProto;
  readonly parent: Enum;
}

export interface Service extends ElementBase {
  readonly kind: "service";
  readonly name: string;
  readonly fullName: string;
  readonly proto: ServiceDescriptorProto;
  readonly methods: readonly Method[];
}

export interface Method extends ElementBase {
  readonly kind: "method";
  readonly name: string;
  readonly fullName: string;
  readonly proto: MethodDescriptorProto;
  readonly parent: Service;
  /** Request/response full names without a leading dot. */
  readonly inputType: string;
  readonly outputType: string;
  readonly clientStreaming: boolean;
  readonly serverStreaming: boolean;
}

export type Element = ProtoFile | Import | Message | Field | Oneof | Enum | EnumValue | Service | Method;
export type ElementKind = Element["kind"];

/** What the model is built from: one file of a build or of an image. */
export interface ModelInput {
  readonly proto: FileDescriptorProto;
  readonly isImport: boolean;
  /** Defaults to `proto.name`. */
  readonly displayPath?: string;
  /** Indexes of unused imports; undefined when unknown. */
  readonly unusedDependencies?: readonly number[];
  readonly syntaxUnspecified?: boolean;
}

/** All files of one build (targets and imports), linked together. */
export class Model {
  readonly files: readonly ProtoFile[];
  private readonly byName = new Map<string, ProtoFile>();
  private types: Map<string, Message | Enum> | undefined;
  private targetFiles: readonly ProtoFile[] | undefined;

  constructor(inputs: readonly ModelInput[]) {
    this.files = inputs.map((i) => buildFile(i));
    for (const f of this.files) this.byName.set(f.name, f);
    for (const f of this.files) {
      for (const imp of f.imports) (imp as { target: ProtoFile | undefined }).target = this.byName.get(imp.name);
    }
  }

  /** The files checked (not imports). */
  get targets(): readonly ProtoFile[] {
    return (this.targetFiles ??= this.files.filter((f) => !f.isImport));
  }

  file(name: string): ProtoFile | undefined {
    return this.byName.get(name);
  }

  /** A message or enum by full name (no leading dot), across every file of the build. */
  type(fullName: string): Message | Enum | undefined {
    if (!this.types) {
      const types = new Map<string, Message | Enum>();
      for (const f of this.files) {
        for (const m of f.messages) indexTypes(m, types);
        for (const e of f.enums) types.set(e.fullName, e);
      }
      this.types = types;
    }
    return this.types.get(fullName.startsWith(".") ? fullName.slice(1) : fullName);
  }
}

/** Every element of a file, depth first in declaration order (file first). */
export function* walk(file: ProtoFile): Generator<Element> {
  yield file;
  yield* file.imports;
  for (const m of file.messages) yield* walkMessage(m);
  for (const e of file.enums) yield* walkEnum(e);
  for (const x of file.extensions) yield x;
  for (const s of file.services) {
    yield s;
    yield* s.methods;
  }
}

function* walkMessage(m: Message): Generator<Element> {
  yield m;
  for (const f of m.fields) yield f;
  for (const o of m.oneofs) yield o;
  for (const x of m.extensions) yield x;
  for (const n of m.messages) yield* walkMessage(n);
  for (const e of m.enums) yield* walkEnum(e);
}

function* walkEnum(e: Enum): Generator<Element> {
  yield e;
  yield* e.values;
}

/**
 * Calls `visit` on every element of a file in {@link walk}'s order, without a generator per
 * level (the lint engine's hot loop: ~1M elements on the corpus).
 */
export function forEachElement(file: ProtoFile, visit: (element: Element) => void): void {
  visit(file);
  for (const i of file.imports) visit(i);
  for (const m of file.messages) visitMessage(m, visit);
  for (const e of file.enums) visitEnum(e, visit);
  for (const x of file.extensions) visit(x);
  for (const s of file.services) {
    visit(s);
    for (const m of s.methods) visit(m);
  }
}

function visitMessage(m: Message, visit: (element: Element) => void): void {
  visit(m);
  for (const f of m.fields) visit(f);
  for (const o of m.oneofs) visit(o);
  for (const x of m.extensions) visit(x);
  for (const n of m.messages) visitMessage(n, visit);
  for (const e of m.enums) visitEnum(e, visit);
}

function visitEnum(e: Enum, visit: (element: Element) => void): void {
  visit(e);
  for (const v of e.values) visit(v);
}

/** Adds a message and the types nested in it, in {@link walk}'s order (a later duplicate wins, as it would there). */
function indexTypes(m: Message, into: Map<string, Message | Enum>): void {
  into.set(m.fullName, m);
  for (const n of m.messages) indexTypes(n, into);
  for (const e of m.enums) into.set(e.fullName, e);
}

// ---- building ---------------------------------------------------------------------------------

function strip(name: string | undefined): string | undefined {
  if (!name) return undefined;
  return name.startsWith(".") ? name.slice(1) : name;
}

/** `[...path, tag, index]` without a spread. */
function child(path: readonly number[], tag: number, index: number): number[] {
  const n = path.length;
  const out = new Array<number>(n + 2);
  for (let i = 0; i < n; i++) out[i] = path[i]!;
  out[n] = tag;
  out[n + 1] = index;
  return out;
}

function join(prefix: string, name: string): string {
  return prefix ? `${prefix}.${name}` : name;
}

/**
 * The list of every element kind that has none: one shared empty array, never to be changed. (Not
 * frozen: V8 iterates frozen arrays through its slow path, and lists are iterated a lot.)
 */
const NONE: readonly never[] = [];

/*
 * Elements below the file are instances of one class per kind: every property set in the
 * constructor (one shape per kind), `kind` and `toString` on the prototype, and the source-info
 * path and the full name worked out on first read, from the parent's and the element's place in
 * its list. A build makes ~400k elements, and most paths and full names are never read (outside a
 * finding), so they are neither built nor kept.
 */

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * What messages, enums, fields and extensions share: declared at the top of a file or inside a
 * message, their path and full name follow from the parent's and their place in its list.
 */
abstract class DeclNode<P extends { readonly name: string }> {
  readonly name: string;
  readonly #tag: number;
  readonly #index: number;
  #path: number[] | undefined;
  #fullName: string | undefined;

  constructor(
    readonly file: ProtoFile,
    readonly proto: P,
    readonly parent: Message | undefined,
    tag: number,
    index: number,
  ) {
    this.name = proto.name;
    this.#tag = tag;
    this.#index = index;
  }

  get path(): readonly number[] {
    return (this.#path ??= child(this.parent ? this.parent.path : NONE, this.#tag, this.#index));
  }

  get fullName(): string {
    return (this.#fullName ??= join(this.parent ? this.parent.fullName : this.file.package, this.name));
  }
}

class MessageNode extends DeclNode<DescriptorProto> implements Message {
  declare readonly kind: "message";
  readonly isMapEntry: boolean;
  fields: readonly Field[] = NONE;
  oneofs: readonly Oneof[] = NONE;
  messages: readonly Message[] = NONE;
  enums: readonly Enum[] = NONE;
  extensions: readonly Field[] = NONE;

  constructor(file: ProtoFile, proto: DescriptorProto, parent: Message | undefined, tag: number, index: number) {
    super(file, proto, parent, tag, index);
    this.isMapEntry = proto.options?.mapEntry === true;
  }

  override toString(): string {
    return `message ${this.fullName}`;
  }
}

class FieldNode extends DeclNode<FieldDescriptorProto> implements Field {
  declare readonly kind: "field";
  readonly number: number;
  readonly oneof: Oneof | undefined;
  readonly typeName: string | undefined;
  readonly extendee: string | undefined;

  constructor(
    file: ProtoFile,
    proto: FieldDescriptorProto,
    parent: Message | undefined,
    readonly isExtension: boolean,
    oneofs: readonly Oneof[],
    tag: number,
    index: number,
  ) {
    super(file, proto, parent, tag, index);
    this.number = proto.number;
    // proto2 presence (as isFieldSet tells it): an unset oneof_index still reads 0 through the prototype.
    this.oneof = !isExtension && hasOwn.call(proto, "oneofIndex") && proto.oneofIndex !== undefined ? oneofs[proto.oneofIndex] : undefined;
    this.typeName = strip(proto.typeName);
    this.extendee = strip(proto.extendee);
  }

  override toString(): string {
    return `${this.isExtension ? "extension" : "field"} ${this.fullName}`;
  }
}

class OneofNode implements Oneof {
  declare readonly kind: "oneof";
  readonly name: string;
  readonly fields: Field[] = [];
  synthetic = false;
  #path: number[] | undefined;

  constructor(
    readonly file: ProtoFile,
    readonly proto: OneofDescriptorProto,
    readonly parent: Message,
    readonly index: number,
  ) {
    this.name = proto.name;
  }

  get path(): readonly number[] {
    return (this.#path ??= child(this.parent.path, MESSAGE_ONEOF_DECL, this.index));
  }

  toString(): string {
    return `oneof ${this.parent.fullName}.${this.name}`;
  }
}

class EnumNode extends DeclNode<EnumDescriptorProto> implements Enum {
  declare readonly kind: "enum";
  values: readonly EnumValue[] = NONE;

  override toString(): string {
    return `enum ${this.fullName}`;
  }
}

class EnumValueNode implements EnumValue {
  declare readonly kind: "enumValue";
  readonly name: string;
  readonly number: number;
  readonly #index: number;
  #path: number[] | undefined;
  #fullName: string | undefined;

  constructor(
    readonly file: ProtoFile,
    readonly proto: EnumValueDescriptorProto,
    readonly parent: Enum,
    index: number,
  ) {
    this.name = proto.name;
    this.number = proto.number;
    this.#index = index;
  }

  get path(): readonly number[] {
    return (this.#path ??= child(this.parent.path, ENUM_VALUE, this.#index));
  }

  /** Enum values are scoped as siblings of their enum. */
  get fullName(): string {
    const e = this.parent;
    return (this.#fullName ??= join(e.parent ? e.parent.fullName : this.file.package, this.name));
  }

  toString(): string {
    return `enum value ${this.fullName}`;
  }
}

class ServiceNode implements Service {
  declare readonly kind: "service";
  readonly name: string;
  readonly fullName: string;
  methods: readonly Method[] = NONE;
  readonly path: readonly number[];

  constructor(
    readonly file: ProtoFile,
    readonly proto: ServiceDescriptorProto,
    scope: string,
    index: number,
  ) {
    this.name = proto.name;
    this.fullName = join(scope, proto.name);
    this.path = [FILE_SERVICE, index];
  }

  toString(): string {
    return `service ${this.fullName}`;
  }
}

class MethodNode implements Method {
  declare readonly kind: "method";
  readonly name: string;
  readonly inputType: string;
  readonly outputType: string;
  readonly clientStreaming: boolean;
  readonly serverStreaming: boolean;
  readonly #index: number;
  #path: number[] | undefined;
  #fullName: string | undefined;

  constructor(
    readonly file: ProtoFile,
    readonly proto: MethodDescriptorProto,
    readonly parent: Service,
    index: number,
  ) {
    this.name = proto.name;
    this.inputType = strip(proto.inputType) ?? "";
    this.outputType = strip(proto.outputType) ?? "";
    this.clientStreaming = proto.clientStreaming === true;
    this.serverStreaming = proto.serverStreaming === true;
    this.#index = index;
  }

  get path(): readonly number[] {
    return (this.#path ??= child(this.parent.path, SERVICE_METHOD, this.#index));
  }

  get fullName(): string {
    return (this.#fullName ??= `${this.parent.fullName}.${this.name}`);
  }

  toString(): string {
    return `rpc ${this.fullName}`;
  }
}

for (const [node, kind] of [
  [MessageNode, "message"],
  [FieldNode, "field"],
  [OneofNode, "oneof"],
  [EnumNode, "enum"],
  [EnumValueNode, "enumValue"],
  [ServiceNode, "service"],
  [MethodNode, "method"],
] as const) {
  Object.defineProperty(node.prototype, "kind", { value: kind });
}

function fileToString(this: ProtoFile): string {
  return `file ${this.name}`;
}
function importToString(this: Import): string {
  return `import "${this.name}"`;
}

function buildFile(input: ModelInput): ProtoFile {
  const proto = input.proto;
  const syntax: Syntax = proto.syntax === "proto3" ? "proto3" : proto.syntax === "editions" ? "editions" : "proto2";
  const pkg = proto.package;
  // A file element has no `file` property.
  const file = {
    kind: "file",
    name: proto.name,
    displayPath: input.displayPath ?? proto.name,
    proto,
    syntax,
    edition: syntax === "editions" ? editionName(proto.edition) : undefined,
    syntaxUnspecified: input.syntaxUnspecified ?? false,
    package: pkg,
    isImport: input.isImport,
    imports: NONE,
    messages: NONE,
    enums: NONE,
    services: NONE,
    extensions: NONE,
    path: [],
    locations: new FileLocations(proto),
    toString: fileToString,
  } as Omit<ProtoFile, "file"> as { -readonly [K in keyof ProtoFile]: ProtoFile[K] };
  const deps = proto.dependency;
  if (deps.length > 0) {
    const unused = input.unusedDependencies ?? NONE;
    const imports = new Array<Import>(deps.length);
    for (let i = 0; i < deps.length; i++) {
      imports[i] = {
        kind: "import",
        file,
        path: [FILE_DEPENDENCY, i],
        index: i,
        name: deps[i]!,
        isPublic: proto.publicDependency.includes(i),
        isWeak: proto.weakDependency.includes(i),
        isUnused: unused.includes(i),
        target: undefined,
        toString: importToString,
      };
    }
    file.imports = imports;
  }
  const messages = proto.messageType;
  if (messages.length > 0) {
    const out = new Array<Message>(messages.length);
    for (let i = 0; i < messages.length; i++) out[i] = buildMessage(file, messages[i]!, undefined, FILE_MESSAGE_TYPE, i);
    file.messages = out;
  }
  file.enums = buildEnums(file, proto.enumType, undefined, FILE_ENUM_TYPE);
  file.extensions = buildExtensions(file, proto.extension, undefined, FILE_EXTENSION);
  const services = proto.service;
  if (services.length > 0) {
    const out = new Array<Service>(services.length);
    for (let i = 0; i < services.length; i++) out[i] = buildService(file, services[i]!, pkg, i);
    file.services = out;
  }
  return file;
}

function editionName(edition: number): string {
  // Edition enum values: 2023 = 1000, 2024 = 1001; others are printed by number.
  if (edition === 1000) return "2023";
  if (edition === 1001) return "2024";
  return String(edition);
}

function buildMessage(file: ProtoFile, proto: DescriptorProto, parent: Message | undefined, tag: number, index: number): Message {
  const m = new MessageNode(file, proto, parent, tag, index);
  const decls = proto.oneofDecl;
  if (decls.length > 0) {
    const oneofs = new Array<OneofNode>(decls.length);
    for (let i = 0; i < decls.length; i++) oneofs[i] = new OneofNode(file, decls[i]!, m, i);
    m.oneofs = oneofs;
  }
  const fields = proto.field;
  if (fields.length > 0) {
    const out = new Array<Field>(fields.length);
    for (let i = 0; i < fields.length; i++) {
      const f = new FieldNode(file, fields[i]!, m, false, m.oneofs, MESSAGE_FIELD, i);
      if (f.oneof) (f.oneof.fields as Field[]).push(f);
      out[i] = f;
    }
    m.fields = out;
    for (const o of m.oneofs as readonly OneofNode[]) o.synthetic = o.fields.length === 1 && o.fields[0]!.proto.proto3Optional === true;
  }
  const nested = proto.nestedType;
  if (nested.length > 0) {
    const out = new Array<Message>(nested.length);
    for (let i = 0; i < nested.length; i++) out[i] = buildMessage(file, nested[i]!, m, MESSAGE_NESTED_TYPE, i);
    m.messages = out;
  }
  m.enums = buildEnums(file, proto.enumType, m, MESSAGE_ENUM_TYPE);
  m.extensions = buildExtensions(file, proto.extension, m, MESSAGE_EXTENSION);
  return m;
}

function buildExtensions(file: ProtoFile, protos: readonly FieldDescriptorProto[], parent: Message | undefined, tag: number): readonly Field[] {
  if (protos.length === 0) return NONE;
  const out = new Array<Field>(protos.length);
  for (let i = 0; i < protos.length; i++) out[i] = new FieldNode(file, protos[i]!, parent, true, NONE, tag, i);
  return out;
}

function buildEnums(file: ProtoFile, protos: readonly EnumDescriptorProto[], parent: Message | undefined, tag: number): readonly Enum[] {
  if (protos.length === 0) return NONE;
  const out = new Array<Enum>(protos.length);
  for (let i = 0; i < protos.length; i++) {
    const e = new EnumNode(file, protos[i]!, parent, tag, i);
    const values = e.proto.value;
    if (values.length > 0) {
      const list = new Array<EnumValue>(values.length);
      for (let k = 0; k < values.length; k++) list[k] = new EnumValueNode(file, values[k]!, e, k);
      e.values = list;
    }
    out[i] = e;
  }
  return out;
}

function buildService(file: ProtoFile, proto: ServiceDescriptorProto, scope: string, index: number): Service {
  const s = new ServiceNode(file, proto, scope, index);
  const protos = proto.method;
  if (protos.length > 0) {
    const methods = new Array<Method>(protos.length);
    for (let i = 0; i < protos.length; i++) methods[i] = new MethodNode(file, protos[i]!, s, i);
    s.methods = methods;
  }
  return s;
}
