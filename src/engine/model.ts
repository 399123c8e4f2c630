/**
 * The model the checks read: the descriptors of one build as small, typed, readonly elements
 * with parent links, their source-info paths, and lazy location lookup.
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
import { FieldDescriptorProtoSchema } from "@bufbuild/protobuf/wkt";
import { isFieldSet } from "@bufbuild/protobuf";
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
  private bytes: Buffer | undefined;
  /** Record offset + 1 by hash slot (bytes), or the first location by joined path (objects). */
  private table: Int32Array | undefined;
  private index: Map<string, SourceCodeInfo_Location> | undefined;
  /** The last {@link mayContain} question and its answer. */
  private scannedFor: readonly string[] | undefined;
  private scanned = false;

  constructor(private readonly proto: FileDescriptorProto) {
    const raw = sourceInfoBytes(proto);
    if (raw) this.bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  }

  /** The first location recorded at exactly `path`, if any. */
  get(path: readonly number[]): Location | undefined {
    if (this.bytes) {
      const at = this.find(path);
      return at < 0 ? undefined : decodeLocation(this.bytes, at, true);
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
    if (this.bytes) {
      const at = this.find(path);
      return at < 0 ? undefined : decodeLocation(this.bytes, at, false).leadingComments;
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
    if (this.bytes) return this.bytes.length > 0;
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
  private find(path: readonly number[]): number {
    const b = this.bytes!;
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
      this.types = new Map();
      for (const f of this.files) for (const t of allTypes(f)) this.types.set(t.fullName, t);
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

function* allTypes(file: ProtoFile): Generator<Message | Enum> {
  for (const el of walk(file)) if (el.kind === "message" || el.kind === "enum") yield el;
}

// ---- building ---------------------------------------------------------------------------------

// One shared `toString` per kind (no closure per element): `message shop.v1.Order`.
function fileToString(this: ProtoFile): string {
  return `file ${this.name}`;
}
function importToString(this: Import): string {
  return `import "${this.name}"`;
}
function messageToString(this: Message): string {
  return `message ${this.fullName}`;
}
function oneofToString(this: Oneof): string {
  return `oneof ${this.parent.fullName}.${this.name}`;
}
function fieldToString(this: Field): string {
  return `${this.isExtension ? "extension" : "field"} ${this.fullName}`;
}
function enumToString(this: Enum): string {
  return `enum ${this.fullName}`;
}
function enumValueToString(this: EnumValue): string {
  return `enum value ${this.fullName}`;
}
function serviceToString(this: Service): string {
  return `service ${this.fullName}`;
}
function methodToString(this: Method): string {
  return `rpc ${this.fullName}`;
}

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

function buildFile(input: ModelInput): ProtoFile {
  const proto = input.proto;
  const syntax: Syntax = proto.syntax === "proto3" ? "proto3" : proto.syntax === "editions" ? "editions" : "proto2";
  const pkg = proto.package;
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
    path: [],
    locations: new FileLocations(proto),
    toString: fileToString,
  } as Partial<ProtoFile> as { -readonly [K in keyof ProtoFile]: ProtoFile[K] };
  const unused = new Set(input.unusedDependencies ?? []);
  const pub = new Set(proto.publicDependency);
  const weak = new Set(proto.weakDependency);
  file.imports = proto.dependency.map((name, index) => ({
    kind: "import" as const,
    file,
    path: [FILE_DEPENDENCY, index],
    index,
    name,
    isPublic: pub.has(index),
    isWeak: weak.has(index),
    isUnused: unused.has(index),
    target: undefined,
    toString: importToString,
  }));
  file.messages = proto.messageType.map((m, i) => buildMessage(file, m, [FILE_MESSAGE_TYPE, i], pkg, undefined));
  file.enums = proto.enumType.map((e, i) => buildEnum(file, e, [FILE_ENUM_TYPE, i], pkg, undefined));
  file.extensions = proto.extension.map((x, i) => buildField(file, x, [FILE_EXTENSION, i], pkg, undefined, true, []));
  file.services = proto.service.map((s, i) => buildService(file, s, [FILE_SERVICE, i], pkg));
  return file;
}

function editionName(edition: number): string {
  // Edition enum values: 2023 = 1000, 2024 = 1001; others are printed by number.
  if (edition === 1000) return "2023";
  if (edition === 1001) return "2024";
  return String(edition);
}

function buildMessage(
  file: ProtoFile,
  proto: DescriptorProto,
  path: number[],
  scope: string,
  parent: Message | undefined,
): Message {
  const fullName = join(scope, proto.name);
  const m = {
    kind: "message",
    file,
    path,
    name: proto.name,
    fullName,
    proto,
    parent,
    isMapEntry: proto.options?.mapEntry === true,
    toString: messageToString,
  } as Partial<Message> as { -readonly [K in keyof Message]: Message[K] };
  const oneofs: Oneof[] = proto.oneofDecl.map((o, i) => ({
    kind: "oneof" as const,
    file,
    path: child(path, MESSAGE_ONEOF_DECL, i),
    name: o.name,
    index: i,
    proto: o,
    parent: m as Message,
    fields: [],
    synthetic: false,
    toString: oneofToString,
  }));
  m.oneofs = oneofs;
  m.fields = proto.field.map((f, i) => buildField(file, f, child(path, MESSAGE_FIELD, i), fullName, m as Message, false, oneofs));
  if (oneofs.length > 0) {
    for (const f of m.fields) if (f.oneof) (f.oneof.fields as Field[]).push(f);
    for (const o of oneofs) (o as { synthetic: boolean }).synthetic = o.fields.length === 1 && o.fields[0]!.proto.proto3Optional === true;
  }
  m.messages = proto.nestedType.map((n, i) => buildMessage(file, n, child(path, MESSAGE_NESTED_TYPE, i), fullName, m as Message));
  m.enums = proto.enumType.map((e, i) => buildEnum(file, e, child(path, MESSAGE_ENUM_TYPE, i), fullName, m as Message));
  m.extensions = proto.extension.map((x, i) => buildField(file, x, child(path, MESSAGE_EXTENSION, i), fullName, m as Message, true, []));
  return m as Message;
}

function buildField(
  file: ProtoFile,
  proto: FieldDescriptorProto,
  path: number[],
  scope: string,
  parent: Message | undefined,
  isExtension: boolean,
  oneofs: readonly Oneof[],
): Field {
  const fullName = join(scope, proto.name);
  return {
    kind: "field",
    file,
    path,
    name: proto.name,
    fullName,
    number: proto.number,
    proto,
    parent,
    isExtension,
    // proto2 presence: an unset oneof_index still reads 0 through the prototype.
    oneof: !isExtension && isFieldSet(proto, FieldDescriptorProtoSchema.field.oneofIndex) ? oneofs[proto.oneofIndex] : undefined,
    typeName: strip(proto.typeName),
    extendee: strip(proto.extendee),
    toString: fieldToString,
  };
}

function buildEnum(file: ProtoFile, proto: EnumDescriptorProto, path: number[], scope: string, parent: Message | undefined): Enum {
  const fullName = join(scope, proto.name);
  const e = {
    kind: "enum",
    file,
    path,
    name: proto.name,
    fullName,
    proto,
    parent,
    toString: enumToString,
  } as Partial<Enum> as { -readonly [K in keyof Enum]: Enum[K] };
  e.values = proto.value.map((v, i) => ({
    kind: "enumValue" as const,
    file,
    path: child(path, ENUM_VALUE, i),
    name: v.name,
    fullName: join(scope, v.name),
    number: v.number,
    proto: v,
    parent: e as Enum,
    toString: enumValueToString,
  }));
  return e as Enum;
}

function buildService(file: ProtoFile, proto: ServiceDescriptorProto, path: number[], scope: string): Service {
  const fullName = join(scope, proto.name);
  const s = {
    kind: "service",
    file,
    path,
    name: proto.name,
    fullName,
    proto,
    toString: serviceToString,
  } as Partial<Service> as { -readonly [K in keyof Service]: Service[K] };
  s.methods = proto.method.map((md, i) => ({
    kind: "method" as const,
    file,
    path: child(path, SERVICE_METHOD, i),
    name: md.name,
    fullName: `${fullName}.${md.name}`,
    proto: md,
    parent: s as Service,
    inputType: strip(md.inputType) ?? "",
    outputType: strip(md.outputType) ?? "",
    clientStreaming: md.clientStreaming === true,
    serverStreaming: md.serverStreaming === true,
    toString: methodToString,
  }));
  return s as Service;
}
