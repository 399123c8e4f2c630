/**
 * The descriptor builder: one file's AST → FileDescriptorProto, the way buf 1.75 writes it
 * (shared/reference/descriptors.md), plus the non-option SourceCodeInfo locations
 * (shared/reference/source-info.md §4) and the checks that need the tree (§13 of descriptors.md).
 *
 * A file goes through three steps, driven by the linker in dependency order:
 * 1. `declare()`: walk the AST, create every descriptor proto in source order (synthesized map
 *    entries and group messages in place), register symbols, check numbers, names and labels.
 * 2. `resolve()`: resolve type names, extendees and method types through the symbol table,
 *    format `default` values, check what depends on resolved types.
 * 3. `interpret()`: hand every element's options to the option interpreter, which returns the
 *    options message.
 */
import { clone } from "@bufbuild/protobuf";
import {
  DescriptorProtoSchema,
  DescriptorProto_ExtensionRangeSchema,
  DescriptorProto_ReservedRangeSchema,
  Edition,
  EnumDescriptorProtoSchema,
  EnumDescriptorProto_EnumReservedRangeSchema,
  EnumValueDescriptorProtoSchema,
  FeatureSetSchema,
  FieldDescriptorProtoSchema,
  FieldDescriptorProto_Label as L,
  FieldDescriptorProto_Type as T,
  FieldOptionsSchema,
  FileDescriptorProtoSchema,
  MessageOptionsSchema,
  MethodDescriptorProtoSchema,
  OneofDescriptorProtoSchema,
  ServiceDescriptorProtoSchema,
  SymbolVisibility,
} from "@bufbuild/protobuf/wkt";
import type {
  DescriptorProto,
  DescriptorProto_ExtensionRange,
  EnumDescriptorProto,
  EnumValueDescriptorProto,
  FeatureSet,
  FieldDescriptorProto,
  FileDescriptorProto,
  MethodDescriptorProto,
  ServiceDescriptorProto,
} from "@bufbuild/protobuf/wkt";
import type {
  CompactOption,
  EnumDecl,
  ExtendDecl,
  FieldDecl,
  FileNode,
  GroupDecl,
  IntLiteral,
  MapFieldDecl,
  MessageBodyDecl,
  MessageDecl,
  OneofDecl,
  OptionDecl,
  OptionValue,
  QualifiedName,
  RangeNode,
  ReservedDecl,
  ReservedName,
  ServiceDecl,
  SourceText,
  TokenIndex,
  Tokens,
} from "./ast.js";
import { formatDefault, mismatch, rawStringDefaults, type NameResolves } from "./defaults.js";
import type { Diagnostics } from "./diagnostics.js";
import { interpretOptions, noOptions } from "./options.js";
import type { OptionsMessageName } from "./options.js";
import { EMPTY_LIST, messageFactory } from "./optvalues.js";
import type { SourceInfoCollector } from "./sourceinfo.js";
import type {
  EnumSymbol,
  EnumValueSymbol,
  FieldSymbol,
  FileInfo,
  MessageSymbol,
  OtherSymbol,
  Symbol,
  SyntaxKind,
} from "./symbols.js";
import type { Container, DeclaredAt, FileScope, SymbolTableImpl } from "./symtab.js";

// ---- field numbers of descriptor.proto used in source-info paths ---------------------------------

const F_PACKAGE = 2, F_DEPENDENCY = 3, F_MESSAGE = 4, F_ENUM = 5, F_SERVICE = 6, F_EXTENSION = 7,
  F_FILE_OPTIONS = 8, F_PUBLIC = 10, F_WEAK = 11, F_SYNTAX = 12, F_OPTION_DEP = 15;
const M_NAME = 1, M_FIELD = 2, M_NESTED = 3, M_ENUM = 4, M_EXT_RANGE = 5, M_EXTENSION = 6, M_OPTIONS = 7,
  M_ONEOF = 8, M_RESERVED_RANGE = 9, M_RESERVED_NAME = 10;
const FD_NAME = 1, FD_EXTENDEE = 2, FD_NUMBER = 3, FD_LABEL = 4, FD_TYPE = 5, FD_TYPE_NAME = 6, FD_DEFAULT = 7,
  FD_OPTIONS = 8, FD_JSON = 10;
const RANGE_START = 1, RANGE_END = 2, ER_OPTIONS = 3;
const ONEOF_NAME = 1, ONEOF_OPTIONS = 2;
const E_NAME = 1, E_VALUE = 2, E_OPTIONS = 3, E_RESERVED_RANGE = 4, E_RESERVED_NAME = 5;
const EV_NAME = 1, EV_NUMBER = 2, EV_OPTIONS = 3;
const S_NAME = 1, S_METHOD = 2, S_OPTIONS = 3;
const MD_NAME = 1, MD_INPUT = 2, MD_OUTPUT = 3, MD_OPTIONS = 4, MD_CLIENT_STREAM = 5, MD_SERVER_STREAM = 6;

const MAX_FIELD = 536870911;
const NO_PATH: number[] = [];
const MAX_MESSAGE_SET = 2147483646;

const SCALARS: ReadonlyMap<string, T> = new Map([
  ["double", T.DOUBLE], ["float", T.FLOAT], ["int64", T.INT64], ["uint64", T.UINT64], ["int32", T.INT32],
  ["fixed64", T.FIXED64], ["fixed32", T.FIXED32], ["bool", T.BOOL], ["string", T.STRING], ["bytes", T.BYTES],
  ["uint32", T.UINT32], ["sfixed32", T.SFIXED32], ["sfixed64", T.SFIXED64], ["sint32", T.SINT32], ["sint64", T.SINT64],
]);

// ---- descriptor messages ---------------------------------------------------------------------------
// Made without `create()` (see messageFactory). The lists of what the builder fills start as fresh
// arrays; once an element is finished they are settled (see `settled`).

const newFile = messageFactory(FileDescriptorProtoSchema, (f) => {
  f.dependency = [];
  f.messageType = [];
  f.enumType = [];
  f.service = [];
  f.extension = [];
  f.publicDependency = [];
  f.weakDependency = [];
  f.optionDependency = [];
});
const newMessage = messageFactory(DescriptorProtoSchema, (m) => {
  m.field = [];
  m.nestedType = [];
  m.enumType = [];
  m.extensionRange = [];
  m.extension = [];
  m.oneofDecl = [];
  m.reservedRange = [];
  m.reservedName = [];
});
const newField = messageFactory(FieldDescriptorProtoSchema);
const newOneof = messageFactory(OneofDescriptorProtoSchema);
const newEnum = messageFactory(EnumDescriptorProtoSchema, (e) => {
  e.value = [];
  e.reservedRange = [];
  e.reservedName = [];
});
const newEnumValue = messageFactory(EnumValueDescriptorProtoSchema);
const newService = messageFactory(ServiceDescriptorProtoSchema, (s) => {
  s.method = [];
});
const newMethod = messageFactory(MethodDescriptorProtoSchema);
const newExtensionRange = messageFactory(DescriptorProto_ExtensionRangeSchema);
const newReservedRange = messageFactory(DescriptorProto_ReservedRangeSchema);
const newEnumReservedRange = messageFactory(EnumDescriptorProto_EnumReservedRangeSchema);
const newMessageOptions = messageFactory(MessageOptionsSchema);
const newFieldOptions = messageFactory(FieldOptionsSchema);

/**
 * A finished list as the descriptor keeps it: the shared {@link EMPTY_LIST} when empty (most lists
 * are), otherwise a copy of exactly its length (an array filled by `push` keeps room for at least
 * 16 elements, and descriptors live as long as the compile's result).
 */
function settled<E>(list: E[]): E[] {
  return list.length === 0 ? EMPTY_LIST : list.slice();
}

function settleFileLists(f: FileDescriptorProto): void {
  f.dependency = settled(f.dependency);
  f.messageType = settled(f.messageType);
  f.enumType = settled(f.enumType);
  f.service = settled(f.service);
  f.extension = settled(f.extension);
  f.publicDependency = settled(f.publicDependency);
  f.weakDependency = settled(f.weakDependency);
  f.optionDependency = settled(f.optionDependency);
}

function settleMessageLists(m: DescriptorProto): void {
  m.field = settled(m.field);
  m.nestedType = settled(m.nestedType);
  m.enumType = settled(m.enumType);
  m.extensionRange = settled(m.extensionRange);
  m.extension = settled(m.extension);
  m.oneofDecl = settled(m.oneofDecl);
  m.reservedRange = settled(m.reservedRange);
  m.reservedName = settled(m.reservedName);
}

function settleEnumLists(e: EnumDescriptorProto): void {
  e.value = settled(e.value);
  e.reservedRange = settled(e.reservedRange);
  e.reservedName = settled(e.reservedName);
}

function settleServiceLists(s: ServiceDescriptorProto): void {
  s.method = settled(s.method);
}

/** The default JSON name of a field (protoc's ToJsonName). */
export function defaultJsonName(name: string): string {
  let u = name.indexOf("_");
  if (u < 0) return name;
  // copy the runs between underscores, upper-casing a lower-case letter right after one
  let out = name.slice(0, u);
  while (u < name.length) {
    let i = u;
    while (i < name.length && name.charCodeAt(i) === 95) i++;
    if (i === name.length) break;
    const c = name.charCodeAt(i);
    let next = name.indexOf("_", i);
    if (next < 0) next = name.length;
    out += c >= 97 && c <= 122 ? String.fromCharCode(c - 32) + name.slice(i + 1, next) : name.slice(i, next);
    u = next;
  }
  return out;
}

/** The `key` or `value` field of a synthesized map entry. */
function entryField(name: string, number: number): FieldDescriptorProto {
  const f = newField();
  f.name = name;
  f.number = number;
  f.label = L.OPTIONAL;
  f.jsonName = name;
  return f;
}

/** Name of the synthesized map-entry message: `foo_bar` → `FooBarEntry`. */
export function mapEntryName(field: string): string {
  const j = defaultJsonName(field);
  return (j.length > 0 ? j[0]!.toUpperCase() + j.slice(1) : "") + "Entry";
}

// ---- symbols ---------------------------------------------------------------------------------------

class MessageSym implements MessageSymbol, Container {
  readonly kind = "message";
  /** Whether other files may use it (edition 2024 `export`/`local`, see {@link FileBuilder.exported}). */
  exported = true;
  readonly members = new Map<string, Symbol & DeclaredAt>();
  /** `.` + full name, as written into type_name. */
  readonly typeName: string;
  /** Fields in declaration order (settled with the message); the maps are built on first use (few messages are ever asked). */
  fields: FieldSym[] = [];
  private byName: Map<string, FieldSymbol> | undefined;
  private byNumber: Map<number, FieldSymbol> | undefined;
  constructor(
    readonly fullName: string,
    readonly file: FileInfo,
    readonly proto: DescriptorProto,
    readonly messageSet: boolean,
    readonly declTokens: Tokens,
    readonly declTok: TokenIndex,
    readonly parentScope: Container,
  ) {
    this.typeName = "." + fullName;
  }
  get fieldsByName(): ReadonlyMap<string, FieldSymbol> {
    if (!this.byName) {
      this.byName = new Map();
      for (const f of this.fields) this.byName.set(f.proto.name!, f);
    }
    return this.byName;
  }
  get fieldsByNumber(): ReadonlyMap<number, FieldSymbol> {
    if (!this.byNumber) {
      this.byNumber = new Map();
      for (const f of this.fields) if (!this.byNumber.has(f.proto.number!)) this.byNumber.set(f.proto.number!, f);
    }
    return this.byNumber;
  }
}

class EnumSym implements EnumSymbol {
  readonly kind = "enum";
  exported = true;
  readonly typeName: string;
  constructor(
    readonly fullName: string,
    readonly file: FileInfo,
    readonly proto: EnumDescriptorProto,
    readonly closed: boolean,
    readonly declTokens: Tokens,
    readonly declTok: TokenIndex,
  ) {
    this.typeName = "." + fullName;
  }
}

/** Enum values are members of the scope that holds their enum; the full name is built on demand. */
class EnumValueSym implements EnumValueSymbol {
  readonly kind = "enumValue";
  constructor(
    readonly scope: Container,
    readonly file: FileInfo,
    readonly proto: EnumValueDescriptorProto,
    readonly parent: EnumSymbol,
    readonly declTokens: Tokens,
    readonly declTok: TokenIndex,
  ) {}
  get fullName(): string {
    const p = this.scope.fullName;
    return p === "" ? this.proto.name! : p + "." + this.proto.name!;
  }
}

class ServiceSym implements OtherSymbol, Container {
  readonly kind = "service";
  readonly members = new Map<string, Symbol & DeclaredAt>();
  constructor(
    readonly fullName: string,
    readonly file: FileInfo,
    readonly parentScope: Container,
    readonly declTokens: Tokens,
    readonly declTok: TokenIndex,
  ) {}
}

class FieldSym implements FieldSymbol {
  packed = false;
  constructor(
    readonly kind: "field" | "extension",
    readonly scope: Container,
    readonly file: FileInfo,
    readonly proto: FieldDescriptorProto,
    public message: MessageSymbol | undefined,
    readonly declTokens: Tokens,
    readonly declTok: TokenIndex,
  ) {}
  get fullName(): string {
    const p = this.scope.fullName;
    return p === "" ? this.proto.name! : p + "." + this.proto.name!;
  }
}

/** Symbol kinds a field type may name (the rest produce "expected type"). */
const acceptTypeSimple = (s: Symbol): boolean => s.kind === "message" || s.kind === "enum" || s.kind === "service";
const acceptTypeQualified = (s: Symbol): boolean => s.kind !== "package";

function kindPhrase(s: Symbol): string {
  switch (s.kind) {
    case "service": return "service definition";
    case "method": return "service method";
    case "field": return "message field";
    case "extension": return "message extension";
    case "enumValue": return "enum value";
    case "oneof": return "oneof definition";
    case "message": return "message type";
    case "enum": return "enum type";
    default: return "package";
  }
}

// ---- pending work ----------------------------------------------------------------------------------

interface TypeRef {
  readonly field: FieldDescriptorProto;
  readonly sym: FieldSym | undefined;
  readonly node: QualifiedName;
  readonly scope: Container;
  /** The key of a map (only scalars and no float/bytes allowed). */
  readonly mapKey: boolean;
  /** Set for fields whose default must be formatted once the type is known. */
  readonly defaultOpt: CompactOption | undefined;
  readonly packedOpt: boolean | undefined;
  /** The type is a scalar keyword (already set on the field). */
  readonly scalar: boolean;
  /** An editions field with implicit presence (closed enums are not allowed there). */
  readonly implicit: boolean;
}

interface ExtendRef {
  readonly decl: ExtendDecl;
  readonly scope: Container;
  readonly fields: { proto: FieldDescriptorProto; sym: FieldSym; number: IntLiteral | undefined }[];
}

interface MethodRef {
  readonly proto: MethodDescriptorProto;
  readonly input: QualifiedName;
  readonly output: QualifiedName;
}

interface OptionJob {
  readonly message: OptionsMessageName;
  readonly options: readonly (OptionDecl | CompactOption)[];
  readonly path: readonly number[];
  readonly scope: string;
  /** The scope `scope` names, when the symbol table finds it by that name (see {@link FileBuilder.within}). */
  readonly within: Container | undefined;
  readonly target: { options?: unknown };
  /** Give the element an empty options message even when nothing is set (method bodies). */
  readonly alwaysSet: boolean;
  /** Map entry whose key/value receive a copy of the field's `features` (editions). */
  readonly mapEntry: DescriptorProto | undefined;
}

interface RangeInfo {
  readonly start: number;
  /** Inclusive end. */
  readonly end: number;
  readonly node: RangeNode;
}

/** What the builder knows about the message it is filling. */
interface MessageCtx {
  readonly fullName: string;
  readonly proto: DescriptorProto;
  readonly sym: MessageSym;
  readonly path: readonly number[];
  /** Fields with their number node, for the number checks at the end of the message. */
  readonly fieldNodes: { proto: FieldDescriptorProto; number: IntLiteral | undefined; name: TokenIndex; jsonTok: CompactOption | undefined }[];
  readonly reserved: RangeInfo[];
  readonly extRanges: RangeInfo[];
  /** Reserved names → first occurrence (null once reported as repeated). */
  reservedNames: Map<string, ReservedName | null> | undefined;
  /** `features.json_format = LEGACY_BEST_EFFORT` applies (set here or on an enclosing element). */
  readonly legacyJson: boolean;
  firstReserved: boolean;
  firstReservedName: boolean;
}

export class FileBuilder {
  readonly proto: FileDescriptorProto;
  readonly info: FileInfo;
  readonly source: SourceText;
  private readonly tokens: Tokens;
  private readonly pkg: string;
  /** The package's scope (the root without a package); set by declareAll. */
  private pkgScope!: Container;
  private readonly syntax: SyntaxKind;
  private readonly typeRefs: TypeRef[] = [];
  private readonly extendRefs: ExtendRef[] = [];
  private readonly methodRefs: MethodRef[] = [];
  /** Fields whose standard options or features depend on the resolved type (see {@link hasTypedOption}). */
  /** `default` on map fields, with the field's scope. */
  private readonly mapDefaults: { decl: MapFieldDecl; proto: FieldDescriptorProto; value: OptionValue; scope: Container }[] = [];
  private readonly typedOptions: { decl: FieldDecl | MapFieldDecl | GroupDecl; proto: FieldDescriptorProto; options: readonly CompactOption[]; ext: boolean; oneof: boolean }[] = [];
  private readonly jobs: OptionJob[] = [];
  /** Scopes the symbol table does not find by their full name (see {@link declareScope}). */
  private readonly detached = new Set<Container>();
  /** Symbols declared directly in the package scope, by simple name (kept for caching). */
  readonly topLevel: [string, Symbol & DeclaredAt][] = [];
  readonly extensions: FieldSym[] = [];
  /** Whether the file enables `features.json_format = LEGACY_BEST_EFFORT` at file level. */
  private readonly legacyJson: boolean;
  /** Whether the file's enums default to closed (editions `features.enum_type = CLOSED`). */
  private readonly fileClosedEnums: boolean;
  private readonly fileExpanded: boolean;
  private readonly fileImplicit: boolean;
  private readonly fileDelimited: boolean;
  /** `features.default_symbol_visibility` of the file, if set. */
  private readonly defaultVisibility: string | undefined;

  constructor(
    readonly ast: FileNode,
    readonly path: string,
    private readonly table: SymbolTableImpl,
    private readonly diags: Diagnostics,
    private readonly si: SourceInfoCollector | undefined,
  ) {
    this.tokens = ast.tokens;
    this.source = ast.tokens.source;
    let syntax: SyntaxKind = "proto2";
    let edition: string | undefined;
    const sd = ast.syntax;
    if (sd) {
      const v = sd.value.value;
      if (sd.kind === "syntax") {
        if (v === "proto3") syntax = "proto3";
        else if (v !== "proto2") this.err(sd.value.first, sd.value.last, "unrecognized `syntax` declaration value");
      } else {
        syntax = "editions";
        edition = v;
        if (v !== "2023" && v !== "2024" && v !== "2026") this.err(sd.value.first, sd.value.last, "unrecognized `edition` declaration value");
      }
    }
    this.syntax = syntax;
    let pkg = "";
    for (const d of ast.decls) if (d.kind === "package") { pkg = d.name.text; break; }
    this.pkg = pkg;
    this.info = { path, syntax, edition, package: pkg };
    this.proto = newFile();
    this.proto.name = path;
    if (pkg !== "") this.proto.package = pkg;
    if (syntax === "proto3") this.proto.syntax = "proto3";
    else if (syntax === "editions") {
      this.proto.syntax = "editions";
      if (edition === "2023") this.proto.edition = Edition.EDITION_2023;
      else if (edition === "2024") this.proto.edition = Edition.EDITION_2024;
      else if (edition === "2026") this.proto.edition = Edition.EDITION_2026;
    }
    const fileOpts: OptionDecl[] = [];
    for (const d of ast.decls) if (d.kind === "option") fileOpts.push(d);
    this.legacyJson = hasFeature(fileOpts, "json_format", "LEGACY_BEST_EFFORT");
    this.fileClosedEnums = hasFeature(fileOpts, "enum_type", "CLOSED");
    this.fileExpanded = hasFeature(fileOpts, "repeated_field_encoding", "EXPANDED");
    this.fileImplicit = hasFeature(fileOpts, "field_presence", "IMPLICIT");
    this.fileDelimited = hasFeature(fileOpts, "message_encoding", "DELIMITED");
    this.defaultVisibility = featureValue(fileOpts, "default_symbol_visibility");
  }

  private err(first: TokenIndex, last: TokenIndex, msg: string): void {
    this.diags.error(this.source, this.tokens.start[first]!, this.tokens.end[last]!, msg);
  }

  /**
   * `path` extended by `a` (and `b`, `c` when not negative): a source-info path, used by source info
   * and the option interpreter's locations only, so not built without source info.
   */
  private at(path: readonly number[], a: number, b = -1, c = -1): number[] {
    if (this.si === undefined) return NO_PATH;
    const p = path.slice();
    p.push(a);
    if (b >= 0) p.push(b);
    if (c >= 0) p.push(c);
    return p;
  }

  /**
   * Registers a symbol; its name token is carried by the symbol (`declTokens`/`declTok`). False
   * when the name was taken (reported later as declared multiple times).
   */
  private declare(scope: Container, name: string, sym: Symbol & DeclaredAt): boolean {
    const ok = this.table.declare(scope, name, sym);
    if (scope === this.pkgScope) this.topLevel.push([name, sym]);
    return ok;
  }

  /**
   * Declares a message or service, which is a scope too: one the symbol table does not find by
   * its full name (its name was taken, here or in an enclosing scope) is remembered as detached.
   */
  private declareScope(parent: Container, name: string, sym: Symbol & DeclaredAt & Container): void {
    if (!this.declare(parent, name, sym) || this.detached.has(parent)) this.detached.add(sym);
  }

  /**
   * `c` for an options job whose names are resolved in `c`, unless it is detached: the option
   * interpreter then starts from the scope the symbol table finds by `c`'s name, as for any name.
   */
  private within(c: Container): Container | undefined {
    return this.detached.has(c) ? undefined : c;
  }

  // ---- step 1: declare ------------------------------------------------------------------------

  declareAll(): void {
    const ast = this.ast;
    const proto = this.proto;
    const si = this.si;
    const pkg = this.pkg;
    if (si && ast.syntax) si.addWithComments([F_SYNTAX], ast.syntax.first, ast.syntax.last, ast.syntax.first, ast.syntax.last);
    let pkgDecl: TokenIndex | undefined;
    for (const d of ast.decls) if (d.kind === "package") { pkgDecl = d.first; break; }
    const pkgScope = this.table.packageScope(pkg, pkgDecl === undefined ? undefined : { declTokens: this.tokens, declTok: pkgDecl, file: this.info });
    this.pkgScope = pkgScope;
    if (this.table.scopeNamed(pkg) !== pkgScope) this.detached.add(pkgScope);
    let importIdx = 0;
    let optImportIdx = 0;
    const fileOpts: OptionDecl[] = [];
    for (const d of ast.decls) {
      switch (d.kind) {
        case "package":
          si?.addWithComments([F_PACKAGE], d.first, d.last, d.first, d.last);
          break;
        case "import": {
          const m = d.modifier?.text;
          if (m === "option") {
            proto.optionDependency.push(d.path.value);
            si?.addWithComments([F_OPTION_DEP, optImportIdx++], d.first, d.last, d.first, d.last);
            break;
          }
          const i = proto.dependency.length;
          proto.dependency.push(d.path.value);
          si?.addWithComments([F_DEPENDENCY, importIdx++], d.first, d.last, d.first, d.last);
          if (m === "public") {
            si?.add([F_PUBLIC, proto.publicDependency.length], d.modifier!.tok, d.modifier!.tok);
            proto.publicDependency.push(i);
          } else if (m === "weak") {
            si?.add([F_WEAK, proto.weakDependency.length], d.modifier!.tok, d.modifier!.tok);
            proto.weakDependency.push(i);
          }
          break;
        }
        case "option":
          fileOpts.push(d);
          break;
        case "message": {
          const idx = proto.messageType.length;
          proto.messageType.push(this.buildMessage(d, pkgScope, [F_MESSAGE, idx]));
          break;
        }
        case "enum": {
          const idx = proto.enumType.length;
          proto.enumType.push(this.buildEnum(d, pkgScope, [F_ENUM, idx]));
          break;
        }
        case "service":
          this.buildService(d, [F_SERVICE, proto.service.length]);
          break;
        case "extend":
          this.buildExtend(d, pkgScope, undefined);
          break;
        case "empty":
          break;
      }
    }
    if (this.syntax === "editions" && this.info.edition !== "2023") this.checkNamingStyle(fileOpts);
    if (fileOpts.length > 0) {
      this.jobs.push({
        message: "google.protobuf.FileOptions",
        options: fileOpts,
        path: [F_FILE_OPTIONS],
        scope: pkg,
        within: this.within(pkgScope),
        target: proto,
        alwaysSet: false,
        mapEntry: undefined,
      });
    }
    settleFileLists(proto);
  }

  /**
   * Edition 2024's naming style: where the feature `enforce_naming_style` is STYLE2024 (its
   * default), buf requires lower_snake_case packages, PascalCase messages, enums, services and
   * methods, snake_case fields, extensions and oneofs, and SCREAMING_SNAKE_CASE enum values. Each
   * element inherits the feature from its parent (a field in a oneof, from the oneof; an extension,
   * from the scope of its `extend`) unless it sets it itself.
   */
  private checkNamingStyle(fileOpts: readonly OptionDecl[]): void {
    const on = namingStyle(featureValue(fileOpts, "enforce_naming_style"), true);
    for (const d of this.ast.decls) {
      switch (d.kind) {
        case "package":
          if (on && !d.name.text.split(".").every(isSnakeCase)) this.err(d.name.first, d.name.last, "package name should be lower_snake_case");
          break;
        case "message":
        case "enum":
        case "extend":
          this.namingIn(d, on);
          break;
        case "service": {
          const svc = namingStyle(featureValue(d.body, "enforce_naming_style"), on);
          if (svc && !isPascalCase(d.name.text)) this.err(d.name.first, d.name.last, "service name should be PascalCase");
          for (const r of d.body) {
            if (r.kind !== "rpc") continue;
            if (namingStyle(featureValue(r.body ?? [], "enforce_naming_style"), svc) && !isPascalCase(r.name.text)) {
              this.err(r.name.first, r.name.last, "RPC method name should be PascalCase");
            }
          }
          break;
        }
      }
    }
  }

  /** {@link checkNamingStyle} for a message, enum or `extend` block and what it holds. */
  private namingIn(d: MessageDecl | EnumDecl | ExtendDecl | OneofDecl, inherited: boolean): void {
    if (d.kind === "enum") {
      const on = namingStyle(featureValue(d.body, "enforce_naming_style"), inherited);
      if (on && !isPascalCase(d.name.text)) this.err(d.name.first, d.name.last, "enum type name should be PascalCase");
      for (const v of d.body) {
        if (v.kind === "enumValue" && namingStyle(compactFeature(v.options?.options, "enforce_naming_style"), on) && !isScreamingSnakeCase(v.name.text)) {
          this.err(v.name.first, v.name.last, "enum value name should be SCREAMING_SNAKE_CASE");
        }
      }
      return;
    }
    const on = d.kind === "extend" ? inherited : namingStyle(featureValue(d.body, "enforce_naming_style"), inherited);
    if (d.kind === "message" && on && !isPascalCase(d.name.text)) this.err(d.name.first, d.name.last, "message type name should be PascalCase");
    if (d.kind === "oneof" && on && !isSnakeCase(d.name.text)) this.err(d.name.first, d.name.last, "oneof name should be snake_case");
    for (const b of d.body) {
      if (b.kind === "field" || b.kind === "map") {
        if (namingStyle(compactFeature(b.options?.options, "enforce_naming_style"), on) && !isSnakeCase(b.name.text)) {
          this.err(b.name.first, b.name.last, `${d.kind === "extend" ? "extension" : "field"} name should be snake_case`);
        }
      } else if (b.kind === "message" || b.kind === "enum" || b.kind === "oneof" || b.kind === "extend") this.namingIn(b, on);
    }
  }

  /**
   * Whether a message or enum can be used from other files: an explicit `export`/`local` decides;
   * otherwise, from edition 2024 on, `features.default_symbol_visibility` (default
   * EXPORT_TOP_LEVEL: top-level types are exported, nested ones are local); before 2024, always.
   */
  private exported(v: { text: string } | undefined, parent: Container): boolean {
    if (v) return v.text === "export";
    if (this.syntax !== "editions" || this.info.edition === "2023") return true;
    const mode = this.defaultVisibility;
    if (mode === "EXPORT_ALL") return true;
    if (mode === "LOCAL_ALL") return false;
    return parent === this.pkgScope;
  }

  private visibilityOf(v: { text: string } | undefined): SymbolVisibility | undefined {
    if (!v) return undefined;
    return v.text === "export" ? SymbolVisibility.VISIBILITY_EXPORT : SymbolVisibility.VISIBILITY_LOCAL;
  }

  /** A message (or the message of a group). `parent` is the enclosing scope's full name. */
  private buildMessage(d: MessageDecl | GroupDecl, parent: Container, path: number[], into?: DescriptorProto, legacy = this.legacyJson): DescriptorProto {
    const si = this.si;
    const name = d.name.text;
    const fullName = parent.fullName === "" ? name : parent.fullName + "." + name;
    const proto = into ?? newMessage();
    proto.name = name;
    if (d.kind === "message") {
      const vis = this.visibilityOf(d.visibility);
      if (vis !== undefined) proto.visibility = vis;
      if (si) {
        si.addWithComments(path, d.first, d.last, d.visibility ? d.visibility.tok : d.first, d.open);
        si.addSub(path, M_NAME, d.name.first, d.name.last);
      }
    }
    const messageSet = hasOption(d.body, "message_set_wire_format", "true");
    const sym = new MessageSym(fullName, this.info, proto, messageSet, this.tokens, d.name.first, parent);
    sym.exported = this.exported(d.kind === "message" ? d.visibility : undefined, parent);
    this.declareScope(parent, name, sym);
    const ctx: MessageCtx = {
      fullName, proto, sym, path, fieldNodes: [], reserved: [], extRanges: [], reservedNames: undefined,
      legacyJson: legacy || hasFeature(d.body, "json_format", "LEGACY_BEST_EFFORT"),
      firstReserved: true, firstReservedName: true,
    };
    const opts: OptionDecl[] = [];
    for (const b of d.body) {
      switch (b.kind) {
        case "field":
        case "map":
        case "group":
          this.buildField(b, ctx, undefined);
          break;
        case "oneof": {
          const oi = proto.oneofDecl.length;
          const oneof = newOneof();
          oneof.name = b.name.text;
          proto.oneofDecl.push(oneof);
          const opath = this.at(path, M_ONEOF, oi);
          if (si) {
            si.addWithComments(opath, b.first, b.last, b.first, b.open);
            si.addSub(opath, ONEOF_NAME, b.name.first, b.name.last);
          }
          this.declare(sym, b.name.text, { kind: "oneof", fullName: fullName + "." + b.name.text, file: this.info, declTokens: this.tokens, declTok: b.name.first });
          const oopts: OptionDecl[] = [];
          let members = 0;
          for (const m of b.body) {
            if (m.kind === "option") oopts.push(m);
            else if (m.kind !== "empty") {
              members++;
              if (m.kind === "map") this.err(m.first, m.last, "map fields are not allowed inside of a oneof definition");
              this.buildField(m, ctx, oi);
            }
          }
          if (members === 0) this.err(b.first, b.last, "oneof must define at least one member");
          if (oopts.length > 0) {
            this.jobs.push({
              message: "google.protobuf.OneofOptions", options: oopts,
              path: this.at(opath, ONEOF_OPTIONS), scope: fullName, within: this.within(sym), target: oneof, alwaysSet: false, mapEntry: undefined,
            });
          }
          break;
        }
        case "message": {
          const j = proto.nestedType.length;
          proto.nestedType.push(this.buildMessage(b, sym, this.at(path, M_NESTED, j), undefined, ctx.legacyJson));
          break;
        }
        case "enum": {
          const j = proto.enumType.length;
          proto.enumType.push(this.buildEnum(b, sym, this.at(path, M_ENUM, j), ctx.legacyJson));
          break;
        }
        case "extend":
          this.buildExtend(b, sym, ctx);
          break;
        case "extensions":
          this.buildExtensionRanges(b, ctx);
          break;
        case "reserved":
          this.buildReserved(b, ctx);
          break;
        case "option":
          opts.push(b);
          break;
        case "empty":
          break;
      }
    }
    this.finishMessage(ctx);
    settleMessageLists(proto);
    sym.fields = settled(sym.fields);
    if (opts.length > 0) {
      this.jobs.push({
        message: "google.protobuf.MessageOptions", options: opts,
        path: this.at(path, M_OPTIONS), scope: fullName, within: this.within(sym), target: proto, alwaysSet: false, mapEntry: undefined,
      });
    }
    return proto;
  }

  /** Label checks and the descriptor label of a field (descriptors.md §4). */
  private labelOf(d: FieldDecl | MapFieldDecl | GroupDecl, inOneof: boolean, extension: boolean): L {
    const lab = d.label;
    if (d.kind === "map") {
      if (lab) this.err(d.typeFirst, d.typeLast, `unexpected type after \`${lab.text}\``);
      return L.REPEATED;
    }
    if (inOneof) {
      if (lab) this.err(lab.tok, lab.tok, `unexpected \`${lab.text}\``);
      return L.OPTIONAL;
    }
    if (this.syntax === "proto2") {
      if (!lab) {
        if (d.kind === "field") this.err(d.type.first, d.type.last, "unexpected type name");
        else this.err(d.keyword, d.keyword, "unexpected type name");
        return L.OPTIONAL;
      }
      if (extension && lab.text === "required") this.err(lab.tok, lab.tok, "message extension cannot be required");
      return lab.text === "required" ? L.REQUIRED : lab.text === "repeated" ? L.REPEATED : L.OPTIONAL;
    }
    if (!lab) return L.OPTIONAL;
    if (lab.text === "repeated") return L.REPEATED;
    if (lab.text === "required" || this.syntax === "editions") {
      this.err(lab.tok, lab.tok, `unexpected \`${lab.text}\``);
      return L.OPTIONAL;
    }
    return L.OPTIONAL;
  }

  private numberOf(n: IntLiteral | undefined): number | undefined {
    if (!n) return undefined;
    const m = n.magnitude;
    const v = m > 0xffffffffn ? Number.MAX_SAFE_INTEGER : Number(m);
    return n.negative ? -v : v;
  }

  /**
   * A field, map field or group inside a message (`ctx`), possibly in oneof `oneofIndex`, or an
   * extension (`ext` set: the extension list, paths and scope of the extend block).
   */
  private buildField(
    d: FieldDecl | MapFieldDecl | GroupDecl,
    ctx: MessageCtx | undefined,
    oneofIndex: number | undefined,
    ext?: { list: FieldDescriptorProto[]; path: number[]; scope: Container; nested: DescriptorProto[]; nestedPath: number[]; topLevel: boolean; extendee: QualifiedName },
  ): FieldSym {
    const si = this.si;
    const isGroup = d.kind === "group";
    const name = isGroup ? d.name.text.toLowerCase() : d.name.text;
    const scope: Container = ext ? ext.scope : ctx!.sym;
    const label = this.labelOf(d, oneofIndex !== undefined, ext !== undefined);
    // `optional` is proto3_optional in proto3 outside a oneof (and reported or plain elsewhere)
    const proto3Optional = this.syntax === "proto3" && d.kind !== "map" && oneofIndex === undefined && d.label?.text === "optional";
    const num = this.numberOf(d.number);
    const proto = newField();
    proto.name = name;
    if (num !== undefined) proto.number = num; // a missing number was reported by the parser
    proto.label = label;
    if (oneofIndex !== undefined) proto.oneofIndex = oneofIndex;
    if (proto3Optional) proto.proto3Optional = true;
    const list = ext ? ext.list : ctx!.proto.field;
    const index = list.length;
    list.push(proto);

    // pseudo-options and real options
    let jsonOpt: CompactOption | undefined;
    let defaultOpt: CompactOption | undefined;
    let packedOpt: boolean | undefined;
    let real: readonly CompactOption[] | undefined;
    const copts = d.options;
    if (copts) {
      let pseudo = 0;
      for (const o of copts.options) {
        const p = o.name.parts;
        if (p.length === 1 && !p[0]!.extension) {
          const n = p[0]!.name;
          if (n === "json_name") { jsonOpt = o; pseudo++; continue; }
          if (n === "default") { defaultOpt = o; pseudo++; continue; }
          if (n === "packed" && o.value.kind === "identValue") packedOpt = o.value.name === "true";
        }
      }
      // the options proper: the list as written, unless it has pseudo-options to leave out
      const all = copts.options;
      if (all.length > pseudo) real = pseudo === 0 ? all : all.filter((o) => !isPseudoOption(o));
    }
    // source-info path (empty without source info)
    const fpath = ext ? this.at(ext.path, index) : this.at(ctx!.path, M_FIELD, index);
    const sym = new FieldSym(ext ? "extension" : "field", scope, this.info, proto, ext ? undefined : ctx!.sym, this.tokens, d.name.first);

    // JSON name
    const defJson = defaultJsonName(name);
    proto.jsonName = defJson;
    if (jsonOpt) {
      const v = jsonOpt.value;
      if (v.kind !== "string") this.err(v.first, v.last, "mismatched types");
      else if (ext) {
        if (v.value !== defJson) this.err(jsonOpt.first, jsonOpt.last, "message extension cannot specify `json_name`");
      } else proto.jsonName = v.value;
    }
    if (defaultOpt && d.kind === "map") {
      // judged once names resolve, in any syntax (buf does not report a custom default in "proto3")
      this.mapDefaults.push({ decl: d, proto, value: defaultOpt.value, scope });
      defaultOpt = undefined;
    }
    if (defaultOpt && this.syntax === "proto3") this.err(defaultOpt.first, defaultOpt.last, 'custom default in "proto3"');
    // a repeated field's default: reported here for scalars, once resolved for named types
    if (defaultOpt && label === L.REPEATED && d.kind === "field" && SCALARS.has(d.type.text) && d.type.parts.length === 1 && !d.type.absolute) {
      this.err(d.type.first, d.type.last, `expected singular scalar- or enum-typed field, found scalar type \`${d.type.text}\``);
      defaultOpt = undefined;
    }

    // source info for the field itself (before the group's message: tie order, source-info §2.2)
    const topExtGroup = isGroup && ext !== undefined && ext.topLevel;
    let groupMsgPath: number[] | undefined;
    let groupProto: DescriptorProto | undefined;
    const groupParent: Container = ext ? ext.scope : ctx!.sym;
    if (isGroup) {
      const nested = ext ? ext.nested : ctx!.proto.nestedType;
      groupMsgPath = ext ? this.at(ext.nestedPath, nested.length) : this.at(ctx!.path, M_NESTED, nested.length);
      if (this.syntax !== "proto2") this.err(d.keyword, d.keyword, "group syntax is not supported");
      const c0 = d.name.text.charCodeAt(0);
      if (!(c0 >= 65 && c0 <= 90)) this.err(d.name.first, d.name.last, "group names must start with an uppercase letter");
      if (topExtGroup) this.groupMessageInfo(d, groupMsgPath);
      // reserve the nested slot now so the index is right; fill after the field's locations
      groupProto = newMessage();
      nested.push(groupProto);
    }
    if (si) {
      if (ext) si.addSub(fpath, FD_EXTENDEE, ext.extendee.first, ext.extendee.last);
      if (d.label) si.addSub(fpath, FD_LABEL, d.label.tok, d.label.tok);
      if (isGroup) si.add(fpath, d.first, d.last);
      else si.addWithComments(fpath, d.first, d.last, d.first, d.last);
      if (d.kind === "field") {
        si.addSub(fpath, SCALARS.has(d.type.text) ? FD_TYPE : FD_TYPE_NAME, d.type.first, d.type.last);
      } else if (d.kind === "map") si.addSub(fpath, FD_TYPE_NAME, d.typeFirst, d.typeLast);
      else si.addSub(fpath, FD_TYPE_NAME, d.keyword, d.keyword);
      si.addSub(fpath, FD_NAME, d.name.first, d.name.last);
      if (d.number) si.addSub(fpath, FD_NUMBER, d.number.first, d.number.last);
      if (real && copts) si.addSub(fpath, FD_OPTIONS, copts.first, copts.last);
      if (defaultOpt) si.addSub(fpath, FD_DEFAULT, defaultOpt.first, defaultOpt.last);
      if (jsonOpt) si.addSub(fpath, FD_JSON, jsonOpt.first, jsonOpt.last);
    }

    let mapEntry: DescriptorProto | undefined;
    if (d.kind === "group") {
      proto.type = T.GROUP;
      proto.typeName = "." + (groupParent.fullName === "" ? d.name.text : groupParent.fullName + "." + d.name.text);
      this.buildMessage(d, groupParent, groupMsgPath!, groupProto, ctx ? ctx.legacyJson : this.legacyJson);
      if (!topExtGroup) this.groupMessageInfo(d, groupMsgPath!);
    } else if (d.kind === "map") {
      const entryName = mapEntryName(name);
      const parent: Container = ctx ? ctx.sym : scope;
      const entryFull = parent.fullName === "" ? entryName : parent.fullName + "." + entryName;
      proto.type = T.MESSAGE;
      proto.typeName = "." + entryFull;
      const key = entryField("key", 1);
      const value = entryField("value", 2);
      mapEntry = newMessage();
      mapEntry.name = entryName;
      mapEntry.field.push(key, value);
      mapEntry.options = newMessageOptions();
      mapEntry.options.mapEntry = true;
      settleMessageLists(mapEntry);
      const esym = new MessageSym(entryFull, this.info, mapEntry, false, this.tokens, d.name.first, parent);
      this.declareScope(parent, entryName, esym);
      const ks = new FieldSym("field", esym, this.info, key, esym, this.tokens, d.name.first);
      const vs = new FieldSym("field", esym, this.info, value, esym, this.tokens, d.name.first);
      esym.fields = [ks, vs];
      (ctx ? ctx.proto.nestedType : ext!.nested).push(mapEntry);
      this.setType(key, undefined, d.keyType, esym, true, undefined, undefined);
      this.setType(value, vs, d.valueType, parent, false, undefined, undefined);
    } else {
      // a singular extension inherits the file's presence here too (buf and protoc, probed), and
      // features count outside editions as well, where setting them is an error of its own
      let implicit = false;
      if (oneofIndex === undefined && label === L.OPTIONAL) {
        const fp = compactFeature(real, "field_presence");
        implicit = fp === undefined ? this.fileImplicit : fp === "IMPLICIT";
      }
      if (this.syntax === "editions" && label === L.REPEATED) {
        // the field's own feature overrides the file's (it cannot be set on messages)
        const enc = compactFeature(real, "repeated_field_encoding");
        if (enc !== undefined) packedOpt = enc === "PACKED";
      }
      this.setType(proto, sym, d.type, scope, false, defaultOpt, packedOpt, implicit);
    }

    // a lower-case group name (already an error) would clash with its own message
    if (!isGroup || name !== d.name.text) this.declare(scope, name, sym);
    if (!ext) {
      ctx!.sym.fields.push(sym);
      ctx!.fieldNodes.push({ proto, number: d.number, name: d.name.first, jsonTok: jsonOpt });
      if (num !== undefined) this.checkFieldNumber(num, d.number!, ctx!.sym.messageSet);
    } else {
      this.extensions.push(sym);
    }
    if (real) {
      this.checkFeatureSupport(real);
      if (hasTypedOption(real)) this.typedOptions.push({ decl: d, proto, options: real, ext: ext !== undefined, oneof: oneofIndex !== undefined });
      this.jobs.push({
        message: "google.protobuf.FieldOptions", options: real,
        path: this.at(fpath, FD_OPTIONS), scope: scope.fullName, within: this.within(scope), target: proto, alwaysSet: false,
        mapEntry: this.syntax === "editions" ? mapEntry : undefined,
      });
    }
    return sym;
  }

  /** Source info of a group's synthesized message: same span as the field, comments, name. */
  private groupMessageInfo(d: GroupDecl, path: number[]): void {
    if (!this.si) return;
    this.si.addWithComments(path, d.first, d.last, d.first, d.open);
    this.si.addSub(path, M_NAME, d.name.first, d.name.last);
  }

  private checkFieldNumber(n: number, node: IntLiteral, messageSet: boolean): void {
    if (n < 1 || n > (messageSet ? MAX_MESSAGE_SET : MAX_FIELD) || (n >= 19000 && n <= 19999)) {
      this.err(node.first, node.last, "field number out of range");
    }
  }

  /** Records a type reference; scalars are set immediately. */
  private setType(
    proto: FieldDescriptorProto,
    sym: FieldSym | undefined,
    node: QualifiedName,
    scope: Container,
    mapKey: boolean,
    defaultOpt: CompactOption | undefined,
    packedOpt: boolean | undefined,
    implicit = false,
  ): void {
    const scalar = node.absolute || node.parts.length > 1 ? undefined : SCALARS.get(node.text);
    if (scalar !== undefined) {
      proto.type = scalar;
      if (mapKey && (scalar === T.FLOAT || scalar === T.DOUBLE || scalar === T.BYTES)) {
        this.err(node.first, node.last, `expected map key type, found scalar type \`${node.text}\``);
      }
      if (defaultOpt === undefined) {
        // nothing left to resolve
        if (sym) sym.packed = this.packedFor(proto, packedOpt, false);
        return;
      }
    }
    this.typeRefs.push({ field: proto, sym, node, scope, mapKey, defaultOpt, packedOpt, scalar: scalar !== undefined, implicit });
  }

  /** The `extend` block `d`, in scope `scope` (the package, or message `ctx`). */
  private buildExtend(d: ExtendDecl, scope: Container, ctx: MessageCtx | undefined): void {
    const si = this.si;
    const extPath = ctx ? this.at(ctx.path, M_EXTENSION) : [F_EXTENSION];
    si?.addWithComments(extPath, d.first, d.last, d.first, d.open);
    const list = ctx ? ctx.proto.extension : this.proto.extension;
    const nested = ctx ? ctx.proto.nestedType : this.proto.messageType;
    const nestedPath = ctx ? this.at(ctx.path, M_NESTED) : [F_MESSAGE];
    const ref: ExtendRef = { decl: d, scope, fields: [] };
    let members = 0;
    for (const b of d.body) {
      if (b.kind === "empty") continue;
      members++;
      if (b.kind === "map") this.err(b.first, b.last, "unsupported map-typed extension");
      const sym = this.buildField(b, ctx, undefined, { list, path: extPath, scope, nested, nestedPath, topLevel: !ctx, extendee: d.extendee });
      ref.fields.push({ proto: sym.proto, sym, number: b.number });
    }
    if (members === 0) this.err(d.first, d.last, "message extension block must declare at least one message extension");
    this.extendRefs.push(ref);
  }

  /** Parses a range node; `enumMode` uses enum limits and inclusive ends. */
  private rangeOf(r: RangeNode, maxValue: number): RangeInfo {
    const start = this.numberOf(r.start)!;
    const end = r.end === undefined ? start : r.end.kind === "max" ? maxValue : this.numberOf(r.end)!;
    return { start, end, node: r };
  }

  private addRangeInfo(path: number[], r: RangeNode): void {
    const si = this.si!;
    si.add(path, r.first, r.last);
    si.addSub(path, RANGE_START, r.start.first, r.start.last);
    if (r.end) si.addSub(path, RANGE_END, r.end.first, r.end.last);
    else si.addSub(path, RANGE_END, r.start.first, r.start.last);
  }

  private buildExtensionRanges(d: Extract<MessageBodyDecl, { kind: "extensions" }>, ctx: MessageCtx): void {
    const si = this.si;
    const max = ctx.sym.messageSet ? MAX_MESSAGE_SET : MAX_FIELD;
    const opts = d.options && d.options.options.length > 0 ? d.options : undefined;
    const first = ctx.proto.extensionRange.length;
    const created: DescriptorProto_ExtensionRange[] = [];
    for (const r of d.ranges) {
      if (this.syntax === "proto3") this.err(r.first, r.last, 'extension range in "proto3"');
      const ri = this.rangeOf(r, max);
      this.checkRange(ri, 1, max, ctx, false, true);
      ctx.extRanges.push(ri);
      const er = newExtensionRange();
      er.start = ri.start;
      er.end = ri.end + 1;
      ctx.proto.extensionRange.push(er);
      created.push(er);
      if (si) si.addSubWithComments(ctx.path, M_EXT_RANGE, d.first, d.last);
    }
    if (si) {
      for (let i = 0; i < d.ranges.length; i++) this.addRangeInfo([...ctx.path, M_EXT_RANGE, first + i], d.ranges[i]!);
      if (opts) for (let i = 0; i < d.ranges.length; i++) si.add([...ctx.path, M_EXT_RANGE, first + i, ER_OPTIONS], opts.first, opts.last);
    }
    if (opts) {
      for (let i = 0; i < created.length; i++) {
        this.jobs.push({
          message: "google.protobuf.ExtensionRangeOptions", options: opts.options,
          path: this.at(ctx.path, M_EXT_RANGE, first + i, ER_OPTIONS), scope: ctx.fullName, within: this.within(ctx.sym), target: created[i]!, alwaysSet: false,
          mapEntry: undefined,
        });
      }
    }
  }

  /** Checks a message range (reserved or extensions) against limits and earlier ranges. */
  /**
   * Checks a range's ends against `min`..`max` (and, for extension ranges, the reserved band
   * 19000–19999 at either end), then that it is not empty, then overlaps with earlier ranges.
   */
  private checkRange(ri: RangeInfo, min: number, max: number, ctx: MessageCtx | undefined, enumMode: boolean, extension = false): void {
    const r = ri.node;
    const msg = enumMode ? "literal out of range for `int32`" : "field number out of range";
    const bad = (n: number) => n < min || n > max || (extension && n >= 19000 && n <= 19999);
    const startBad = bad(ri.start);
    const endBad = r.end !== undefined && r.end.kind !== "max" && bad(ri.end);
    if (startBad) this.err(r.start.first, r.start.last, msg);
    if (endBad) this.err(r.end!.first, r.end!.last, msg);
    // buf 1.75's text really is this (a Go format string missing its arguments)
    if (!startBad && !endBad && ri.end < ri.start) this.err(r.start.first, r.start.last, `empty ${extension ? "extension" : "reserved"} range %!v(MISSING) %!v(MISSING)`);
    if (ctx) {
      if (overlaps(ctx.reserved, ri) || overlaps(ctx.extRanges, ri)) this.err(r.first, r.last, "overlapping field number ranges");
    }
  }

  private buildReserved(d: ReservedDecl, ctx: MessageCtx): void {
    const si = this.si;
    for (const r of d.ranges) {
      const ri = this.rangeOf(r, MAX_FIELD);
      this.checkRange(ri, 1, MAX_FIELD, ctx, false);
      ctx.reserved.push(ri);
      const i = ctx.proto.reservedRange.length;
      const rr = newReservedRange();
      rr.start = ri.start;
      rr.end = ri.end + 1;
      ctx.proto.reservedRange.push(rr);
      if (si) this.addRangeInfo(this.at(ctx.path, M_RESERVED_RANGE, i), r);
    }
    if (d.names.length > 0) {
      ctx.reservedNames ??= new Map();
      this.reservedNames(d, ctx.proto.reservedName, ctx.reservedNames, this.at(ctx.path, M_RESERVED_NAME), "message field name");
    }
    if (si) {
      if (d.ranges.length > 0 && ctx.firstReserved) {
        ctx.firstReserved = false;
        si.addSubWithComments(ctx.path, M_RESERVED_RANGE, d.first, d.last);
      } else if (d.names.length > 0 && ctx.firstReservedName) {
        ctx.firstReservedName = false;
        si.addSubWithComments(ctx.path, M_RESERVED_NAME, d.first, d.last);
      }
    }
  }

  private reservedNames(d: ReservedDecl, out: string[], seen: Map<string, ReservedName | null>, path: number[], what: string): void {
    for (const n of d.names) {
      if (this.syntax === "editions" && n.quoted) this.err(n.first, n.last, "cannot use string literals in reserved range in editions mode");
      else if (this.syntax !== "editions" && !n.quoted) this.err(n.first, n.last, "cannot use identifiers in reserved range in syntax mode");
      else if (n.quoted && !ASCII_IDENT.test(n.name)) this.err(n.first, n.last, `reserved ${what.endsWith(" name") ? what : `${what} name`} is not a valid identifier`);
      if (this.si) this.si.addSub(path, out.length, n.first, n.last);
      out.push(n.name);
      const first = seen.get(n.name);
      if (first === undefined) seen.set(n.name, n);
      else if (first !== null) {
        // reported once, at the first occurrence
        this.err(first.first, first.last, `${what} \`${n.name}\` reserved more than once`);
        seen.set(n.name, null);
      }
    }
  }

  /** Checks that need every field of the message; synthetic oneofs. */
  private finishMessage(ctx: MessageCtx): void {
    const proto = ctx.proto;
    // numbers: duplicates, reserved, extension ranges (small messages compare pairwise: no Map)
    const nodes = ctx.fieldNodes;
    const count = nodes.length;
    const seen = count > 12 ? new Set<number>() : undefined;
    const maxNumber = ctx.sym.messageSet ? MAX_MESSAGE_SET : MAX_FIELD;
    for (let i = 0; i < count; i++) {
      const f = nodes[i]!;
      if (ctx.reservedNames !== undefined && ctx.reservedNames.has(f.proto.name!)) this.err(f.name, f.name, "use of reserved message field name");
      if (!f.number) continue;
      const n = f.proto.number!;
      // out of range: already reported, and not a duplicate to buf
      if (n < 1 || n > maxNumber || (n >= 19000 && n <= 19999)) continue;
      let dup = false;
      if (seen) {
        dup = seen.has(n);
        seen.add(n);
      } else {
        for (let j = 0; j < i; j++) if (nodes[j]!.number && nodes[j]!.proto.number === n) { dup = true; break; }
      }
      if (dup) this.err(f.number.first, f.number.last, `field number \`${n}\` used more than once`);
      if (contains(ctx.reserved, n) || contains(ctx.extRanges, n)) this.err(f.number.first, f.number.last, `use of reserved field number \`${n}\``);
    }
    // JSON names: default names clash only in proto3 / editions (unless legacy); custom ones always
    if (count > 1) {
      const strict = this.syntax === "proto3" || (this.syntax === "editions" && !ctx.legacyJson);
      const byJson = count > 12 ? new Map<string, boolean>() : undefined;
      for (let i = 0; i < count; i++) {
        const f = nodes[i]!;
        const j = f.proto.jsonName!;
        const custom = f.jsonTok !== undefined && f.jsonTok.value.kind === "string";
        let prevCustom: boolean | undefined;
        if (byJson) {
          prevCustom = byJson.get(j);
          if (prevCustom === undefined) byJson.set(j, custom);
        } else {
          for (let k = 0; k < i; k++) {
            const g = nodes[k]!;
            if (g.proto.jsonName === j) {
              prevCustom = g.jsonTok !== undefined && g.jsonTok.value.kind === "string";
              break;
            }
          }
        }
        if (prevCustom !== undefined && (strict || custom || prevCustom)) {
          const at = custom ? f.jsonTok!.value : undefined;
          this.err(at ? at.first : f.name, at ? at.last : f.name, "message fields have the same JSON name");
        }
      }
    }
    // synthetic oneofs for proto3 optional (descriptors.md §4.1)
    let any = false;
    for (const f of proto.field) if (f.proto3Optional) { any = true; break; }
    if (any) {
      const taken = new Set<string>();
      for (const f of proto.field) taken.add(f.name!);
      for (const o of proto.oneofDecl) taken.add(o.name!);
      for (const m of proto.nestedType) taken.add(m.name!);
      for (const e of proto.enumType) {
        taken.add(e.name!);
        for (const v of e.value) taken.add(v.name!);
      }
      for (const x of proto.extension) taken.add(x.name!);
      for (const f of proto.field) {
        if (!f.proto3Optional) continue;
        let n = f.name!.charCodeAt(0) === 95 ? f.name! : "_" + f.name!;
        while (taken.has(n)) n = "X" + n;
        taken.add(n);
        f.oneofIndex = proto.oneofDecl.length;
        const oneof = newOneof();
        oneof.name = n;
        proto.oneofDecl.push(oneof);
      }
    }
  }

  private buildEnum(d: EnumDecl, parent: Container, path: number[], legacy = this.legacyJson): EnumDescriptorProto {
    const si = this.si;
    const name = d.name.text;
    const fullName = parent.fullName === "" ? name : parent.fullName + "." + name;
    const proto = newEnum();
    proto.name = name;
    const vis = this.visibilityOf(d.visibility);
    if (vis !== undefined) proto.visibility = vis;
    if (si) {
      si.addWithComments(path, d.first, d.last, d.visibility ? d.visibility.tok : d.first, d.open);
      si.addSub(path, E_NAME, d.name.first, d.name.last);
    }
    const closed =
      this.syntax === "proto2" ||
      (this.syntax === "editions" && (hasFeature(d.body, "enum_type", "CLOSED") || (this.fileClosedEnums && !hasFeature(d.body, "enum_type", "OPEN"))));
    const sym = new EnumSym(fullName, this.info, proto, closed, this.tokens, d.name.first);
    sym.exported = this.exported(d.visibility, parent);
    // an enum is no scope: names in its options are resolved in the one that holds it
    const enumWithin = this.declare(parent, name, sym) ? this.within(parent) : undefined;
    const aliasOpt = findOption(d.body, "allow_alias", "true");
    const allowAlias = aliasOpt !== undefined;
    const opts: OptionDecl[] = [];
    const reserved: RangeInfo[] = [];
    let reservedNames: Map<string, ReservedName | null> | undefined;
    const values: { n: number; node: IntLiteral; name: string; nameTok: TokenIndex }[] = [];
    let firstRange = true;
    let firstName = true;
    for (const b of d.body) {
      if (b.kind === "option") opts.push(b);
      else if (b.kind === "enumValue") {
        const k = proto.value.length;
        const n = this.numberOf(b.number);
        const v = newEnumValue();
        v.name = b.name.text;
        if (n !== undefined) v.number = n;
        proto.value.push(v);
        const vpath = this.at(path, E_VALUE, k);
        if (si) {
          si.addWithComments(vpath, b.first, b.last, b.first, b.last);
          si.addSub(vpath, EV_NAME, b.name.first, b.name.last);
          if (b.number) si.addSub(vpath, EV_NUMBER, b.number.first, b.number.last);
          if (b.options && b.options.options.length > 0) si.addSub(vpath, EV_OPTIONS, b.options.first, b.options.last);
        }
        this.declare(parent, b.name.text, new EnumValueSym(parent, this.info, v, sym, this.tokens, b.name.first));
        if (b.number && n !== undefined) {
          if (n < -2147483648 || n > 2147483647) this.err(b.number.first, b.number.last, "literal out of range for `int32`");
          values.push({ n, node: b.number, name: b.name.text, nameTok: b.name.first });
        }
        if (b.options && b.options.options.length > 0) {
          this.checkFeatureSupport(b.options.options);
          this.jobs.push({
            message: "google.protobuf.EnumValueOptions", options: b.options.options,
            path: this.at(vpath, EV_OPTIONS), scope: parent.fullName, within: this.within(parent), target: v, alwaysSet: false, mapEntry: undefined,
          });
        }
      } else if (b.kind === "reserved") {
        for (const r of b.ranges) {
          const ri = this.rangeOf(r, 2147483647);
          this.checkRange(ri, -2147483648, 2147483647, undefined, true);
          for (const o of reserved) {
            if (o.start <= ri.end && ri.start <= o.end) {
              this.err(r.first, r.last, "overlapping enum value ranges");
              break;
            }
          }
          reserved.push(ri);
          const i = proto.reservedRange.length;
          const rr = newEnumReservedRange();
          rr.start = ri.start;
          rr.end = ri.end;
          proto.reservedRange.push(rr);
          if (si) this.addRangeInfo(this.at(path, E_RESERVED_RANGE, i), r);
        }
        if (b.names.length > 0) this.reservedNames(b, proto.reservedName, (reservedNames ??= new Map()), this.at(path, E_RESERVED_NAME), "enum value");
        if (si) {
          if (b.ranges.length > 0 && firstRange) {
            firstRange = false;
            si.addSubWithComments(path, E_RESERVED_RANGE, b.first, b.last);
          } else if (b.names.length > 0 && firstName) {
            firstName = false;
            si.addSubWithComments(path, E_RESERVED_NAME, b.first, b.last);
          }
        }
      }
    }
    if (proto.value.length === 0) this.err(d.first, d.last, "enum type must define at least one value");
    // value checks
    if (!closed && values.length > 0 && values[0]!.n !== 0 && values[0]!.name === proto.value[0]!.name) {
      this.err(values[0]!.node.first, values[0]!.node.last, "first value of open enum must be zero");
    }
    // (small enums compare pairwise: no Set)
    const seen = values.length > 12 ? new Set<number>() : undefined;
    let aliased = false;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      let dup = false;
      if (seen) {
        dup = seen.has(v.n);
        seen.add(v.n);
      } else {
        for (let j = 0; j < i; j++) if (values[j]!.n === v.n) { dup = true; break; }
      }
      if (dup) {
        aliased = true;
        if (!allowAlias) this.err(v.node.first, v.node.last, `enum value \`${v.n}\` used more than once`);
      }
      for (const r of reserved) {
        if (v.n >= r.start && v.n <= r.end) {
          this.err(v.node.first, v.node.last, `use of reserved enum value \`${v.n}\``);
          break;
        }
      }
      if (reservedNames !== undefined && reservedNames.has(v.name)) this.err(v.nameTok, v.nameTok, "use of reserved enum value name");
    }
    if (aliasOpt && !aliased && values.length === proto.value.length) {
      this.err(aliasOpt.name.first, aliasOpt.name.last, "`allow_alias` requires at least one aliasing enum value");
    }
    if (this.syntax === "proto3" || (this.syntax === "editions" && !legacy && !hasFeature(d.body, "json_format", "LEGACY_BEST_EFFORT"))) {
      const byCamel = new Map<string, number>();
      for (const v of values) {
        const key = enumValueCamel(stripEnumPrefix(v.name, name));
        const prev = byCamel.get(key);
        if (prev !== undefined && prev !== v.n) {
          this.err(v.nameTok, v.nameTok, `enum values have the same name with the \`${name}\` prefix removed`);
        } else if (prev === undefined) byCamel.set(key, v.n);
      }
    }
    settleEnumLists(proto);
    if (opts.length > 0) {
      this.jobs.push({
        message: "google.protobuf.EnumOptions", options: opts,
        path: this.at(path, E_OPTIONS), scope: fullName, within: enumWithin, target: proto, alwaysSet: false, mapEntry: undefined,
      });
    }
    return proto;
  }

  private buildService(d: ServiceDecl, path: number[]): void {
    const si = this.si;
    const name = d.name.text;
    const fullName = this.pkg === "" ? name : this.pkg + "." + name;
    const proto = newService();
    proto.name = name;
    this.proto.service.push(proto);
    if (si) {
      si.addWithComments(path, d.first, d.last, d.first, d.open);
      si.addSub(path, S_NAME, d.name.first, d.name.last);
    }
    const ssym = new ServiceSym(fullName, this.info, this.pkgScope, this.tokens, d.name.first);
    this.declareScope(this.pkgScope, name, ssym);
    const opts: OptionDecl[] = [];
    for (const b of d.body) {
      if (b.kind === "option") opts.push(b);
      else if (b.kind === "rpc") {
        const k = proto.method.length;
        const m = newMethod();
        m.name = b.name.text;
        if (b.input.stream !== undefined) m.clientStreaming = true;
        if (b.output.stream !== undefined) m.serverStreaming = true;
        proto.method.push(m);
        const mpath = this.at(path, S_METHOD, k);
        if (si) {
          si.addWithComments(mpath, b.first, b.last, b.first, b.open ?? b.last);
          si.addSub(mpath, MD_NAME, b.name.first, b.name.last);
          if (b.input.stream !== undefined) si.addSub(mpath, MD_CLIENT_STREAM, b.input.stream, b.input.stream);
          si.addSub(mpath, MD_INPUT, b.input.type.first, b.input.type.last);
          if (b.output.stream !== undefined) si.addSub(mpath, MD_SERVER_STREAM, b.output.stream, b.output.stream);
          si.addSub(mpath, MD_OUTPUT, b.output.type.first, b.output.type.last);
        }
        this.declare(ssym, b.name.text, { kind: "method", fullName: fullName + "." + b.name.text, file: this.info, declTokens: this.tokens, declTok: b.name.first });
        this.methodRefs.push({ proto: m, input: b.input.type, output: b.output.type });
        if (b.body) {
          const mopts: OptionDecl[] = [];
          for (const x of b.body) if (x.kind === "option") mopts.push(x);
          this.jobs.push({
            message: "google.protobuf.MethodOptions", options: mopts,
            path: this.at(mpath, MD_OPTIONS), scope: fullName, within: this.within(ssym), target: m, alwaysSet: true, mapEntry: undefined,
          });
        }
      }
    }
    settleServiceLists(proto);
    if (opts.length > 0) {
      this.jobs.push({
        message: "google.protobuf.ServiceOptions", options: opts,
        path: this.at(path, S_OPTIONS), scope: fullName, within: this.within(ssym), target: proto, alwaysSet: false, mapEntry: undefined,
      });
    }
  }

  // ---- step 2: resolve ------------------------------------------------------------------------

  resolveAll(): void {
    const table = this.table;
    const path = this.path;
    const fs = table.scopeOf(path);
    for (const r of this.typeRefs) {
      const f = r.field;
      if (r.scalar) {
        this.finishScalar(r, this.nameResolves(r.scope));
        continue;
      }
      const text = r.node.text;
      const s = table.resolveIn(fs, r.scope, r.node.parts, r.node.absolute, r.node.parts.length > 1 || r.node.absolute ? acceptTypeQualified : acceptTypeSimple);
      if (s === undefined) {
        this.err(r.node.first, r.node.last, `cannot find \`${text}\` in this scope`);
        // buf checks a default against the unresolved type as against a message (probed)
        if (r.defaultOpt) this.defaultMismatch(r.defaultOpt.value, r.scope);
        continue;
      }
      table.noteUse(fs, s);
      if (s.kind !== "message" && s.kind !== "enum") {
        this.err(r.node.first, r.node.last, `expected type, found ${kindPhrase(s)} \`${s.fullName}\``);
        continue;
      }
      if (r.mapKey) {
        this.err(r.node.first, r.node.last, `expected map key type, found ${kindPhrase(s)} \`${s.fullName}\``);
        continue;
      }
      this.checkExported(s, r.node);
      f.type = s.kind === "message" ? T.MESSAGE : T.ENUM;
      f.typeName = (s as MessageSym | EnumSym).typeName;
      if (s.kind === "enum") {
        if (s.closed && this.syntax === "proto3") {
          this.err(r.node.first, r.node.last, `closed enum \`${s.fullName}\` cannot be used in a "proto3" message`);
        } else if (s.closed && r.implicit) {
          // reported at the field, whose first token is its type (editions have no `optional`)
          this.err(r.node.first, r.node.last, `closed enum \`${s.fullName}\` cannot be used in an implicit-presence field`);
        }
        if (r.sym) r.sym.packed = this.packedFor(f, r.packedOpt, true);
        if (r.defaultOpt && f.label === L.REPEATED) {
          this.err(r.node.first, r.node.last, `expected singular scalar- or enum-typed field, found enum type \`${s.fullName}\``);
        } else if (r.defaultOpt) this.enumDefault(f, s, r.defaultOpt.value, this.nameResolves(r.scope));
      } else if (r.defaultOpt) this.defaultMismatch(r.defaultOpt.value, r.scope);
    }
    for (const e of this.extendRefs) {
      const x = e.decl.extendee;
      // unlike field types, an extendee name is captured by any symbol (a field too), as in buf
      const s = table.resolveIn(fs, e.scope, x.parts, x.absolute, acceptTypeQualified);
      if (s === undefined) {
        this.err(e.decl.extendee.first, e.decl.extendee.last, `cannot find \`${e.decl.extendee.text}\` in this scope`);
        continue;
      }
      table.noteUse(fs, s);
      if (this.syntax === "proto3" && !isOptionsMessage(s.fullName)) {
        this.err(e.decl.first, e.decl.first, `expected built-in options message, found ${kindPhrase(s)} \`${s.fullName}\``);
      }
      if (s.kind !== "message") {
        this.err(e.decl.extendee.first, e.decl.extendee.last, `expected message type, found ${kindPhrase(s)} \`${s.fullName}\``);
        continue;
      }
      this.checkExported(s, e.decl.extendee);
      const ranges = s.proto.extensionRange;
      const ms = (s as MessageSym).messageSet === true;
      for (const f of e.fields) {
        f.proto.extendee = (s as MessageSym).typeName;
        f.sym.message = s;
        const n = f.proto.number;
        if (n === undefined || !f.number) continue;
        if (ms && n > MAX_MESSAGE_SET) {
          this.err(f.number.first, f.number.last, "literal out of range for message set extension number");
          continue;
        }
        if (n < 1 || n > (ms ? MAX_MESSAGE_SET : MAX_FIELD) || (n >= 19000 && n <= 19999)) {
          this.err(f.number.first, f.number.last, "field number out of range");
          continue;
        }
        let inRange = false;
        for (const r of ranges) if (n >= r.start! && n < r.end!) { inRange = true; break; }
        if (!inRange) this.err(f.number.first, f.number.last, `extension with unreserved number \`${n}\``);
        else {
          const prev = table.addExtension(s.fullName, f.sym);
          if (prev) this.err(f.number.first, f.number.last, `field number \`${n}\` used more than once`);
        }
      }
    }
    for (const m of this.methodRefs) {
      const input = this.methodType(fs, m.input);
      if (input !== undefined) m.proto.inputType = input;
      const output = this.methodType(fs, m.output);
      if (output !== undefined) m.proto.outputType = output;
    }
    for (const m of this.mapDefaults) this.mapDefault(m.decl, m.proto, m.value, m.scope);
    for (const t of this.typedOptions) this.checkTypedOptions(t.decl, t.proto, t.options, t.ext, t.oneof);
  }

  /**
   * A map field takes no `default`: buf reports a message literal at the map type and any other
   * value as a mismatch at the value, whatever the map's types (probed).
   */
  private mapDefault(d: MapFieldDecl, f: FieldDescriptorProto, v: OptionValue, scope: Container): void {
    if (v.kind === "message") {
      this.err(d.typeFirst, d.typeLast, `expected singular scalar- or enum-typed field, found map entry type \`${f.typeName!.slice(1)}\``);
      return;
    }
    // a name that resolves to nothing is "cannot find"; anything else is a mismatch at the whole value
    const m = mismatch(v, this.nameResolves(scope));
    if ("error" in m) this.err(m.error === "mismatched types" ? v.first : m.first, m.last, m.error);
  }

  /** Reports a `default` on a field of message type (no value fits one). */
  private defaultMismatch(v: OptionValue, scope: Container): void {
    const m = mismatch(v, this.nameResolves(scope));
    if ("error" in m) this.err(m.first, m.last, m.error);
  }

  /** The type name of a method's input or output type, or undefined (reported) when it is no message. */
  private methodType(fs: FileScope | undefined, node: QualifiedName): string | undefined {
    const table = this.table;
    const s = table.resolveIn(fs, this.pkgScope, node.parts, node.absolute, node.parts.length > 1 || node.absolute ? acceptTypeQualified : acceptTypeSimple);
    if (s === undefined) {
      this.err(node.first, node.last, `cannot find \`${node.text}\` in this scope`);
      return undefined;
    }
    table.noteUse(fs, s);
    if (s.kind !== "message") {
      this.err(node.first, node.last, `expected message type, found ${kindPhrase(s)} \`${s.fullName}\``);
      return undefined;
    }
    this.checkExported(s, node);
    return (s as MessageSym).typeName;
  }

  /**
   * Standard options and features whose validity depends on the field's resolved type, label or
   * kind, in buf's order: `packed` and `repeated_field_encoding`, `ctype`, `lazy`, `jstype`,
   * `field_presence`, `utf8_validation`, `message_encoding`. Only what is written on the field
   * itself counts, never a feature it inherits.
   */
  private checkTypedOptions(d: FieldDecl | MapFieldDecl | GroupDecl, f: FieldDescriptorProto, options: readonly CompactOption[], ext: boolean, oneof: boolean): void {
    // An unresolved type was reported (an unset `type` reads as the proto2 default, TYPE_DOUBLE).
    // buf then still checks the options proper, against an empty type it calls "message type ``",
    // but no features (probed).
    const resolved = Object.hasOwn(f, "type");
    // the type as written, without and with its label (buf's `TypeAST`); a group's type is its name
    const [first, last] = d.kind === "field" ? [d.type.first, d.type.last] : d.kind === "map" ? [d.typeFirst, d.typeLast] : [d.name.first, d.name.last];
    const labelFirst = d.label ? d.label.tok : first;
    const found = (): string => {
      if (!resolved) return "message type ``";
      if (d.kind === "field" && f.type !== T.MESSAGE && f.type !== T.ENUM) return `scalar type \`${d.type.text}\``;
      const what = d.kind === "map" ? "map entry type" : f.type === T.ENUM ? "enum type" : "message type";
      return `${what} \`${f.typeName!.slice(1)}\``;
    };
    const editions = this.syntax === "editions";
    let jstype = false;
    let lazy = false;
    let packed: CompactOption | undefined;
    let ctype: string | undefined;
    let ctypeOpt: CompactOption | undefined;
    for (const o of options) {
      const p = o.name.parts;
      if (p.length !== 1 || p[0]!.extension) continue;
      const n = p[0]!.name;
      if (n === "jstype") jstype = true;
      else if ((n === "lazy" || n === "unverified_lazy") && o.value.kind === "identValue" && o.value.name === "true") lazy = true;
      else if (n === "packed") packed = o;
      else if (n === "ctype") {
        ctypeOpt ??= o;
        if (o.value.kind === "identValue") ctype = o.value.name;
      }
    }
    const t = resolved ? f.type : undefined;
    const repeated = f.label === L.REPEATED && d.kind !== "map";
    // packed encoding: on repeated fields only, and (when packed, probed) of a packable type
    const validatePacked = (isPacked: boolean): void => {
      if (!repeated) this.err(labelFirst, last, "expected repeated field, found singular field");
      else if (isPacked && (t === undefined || t === T.STRING || t === T.BYTES || t === T.MESSAGE || t === T.GROUP)) this.err(first, last, `expected packable type, found ${found()}`);
    };
    if (packed) {
      if (editions) this.err(packed.name.first, packed.name.last, `\`packed\` is not supported in Edition ${this.info.edition}`);
      else if (packed.value.kind === "identValue" && packed.value.name === "true") validatePacked(true);
    }
    // features are validated in every syntax (where setting them is an error of its own)
    const encoding = resolved ? compactFeature(options, "repeated_field_encoding") : undefined;
    if (encoding !== undefined) validatePacked(encoding === "PACKED");
    // from edition 2024 on, `ctype` is replaced by the feature `(pb.cpp).string_type`
    if (ctypeOpt && editions && this.info.edition !== "2023") {
      this.err(ctypeOpt.name.first, ctypeOpt.name.last, `\`ctype\` is not supported in Edition ${this.info.edition}`);
    } else if (ctype !== undefined && editions) {
      if (t !== T.STRING && t !== T.BYTES) this.err(first, last, `expected \`string\` or \`bytes\`, found ${found()}`);
      else if (ext && ctype === "CORD") this.err(d.first, d.last, "cannot use `CORD` on an extension field");
    }
    if (lazy) {
      if (t !== T.MESSAGE && t !== T.GROUP) this.err(first, last, `expected message type, found ${found()}`);
      // buf resolves the encoding feature for any field type here
      if (t === T.GROUP || (resolved && (compactFeature(options, "message_encoding") ?? (this.fileDelimited ? "DELIMITED" : undefined)) === "DELIMITED")) {
        this.err(d.first, d.last, "expected length-prefixed field");
      }
    }
    if (jstype && !(t === T.INT64 || t === T.UINT64 || t === T.SINT64 || t === T.FIXED64 || t === T.SFIXED64)) {
      this.err(first, last, `expected 64-bit integer type, found ${found()}`);
    }
    if (!resolved) return;
    const presence = compactFeature(options, "field_presence");
    if (presence !== undefined) {
      if (f.label === L.REPEATED) this.err(labelFirst, last, `expected singular field, found ${d.kind === "map" ? "map" : "repeated"} field`);
      else if (oneof) this.err(d.first, d.last, "expected singular field, found oneof member");
      else if (ext) this.err(d.first, d.last, "expected singular field, found extension");
      if (presence === "IMPLICIT" && (t === T.MESSAGE || t === T.GROUP)) this.err(first, last, `expected message type, found ${found()}`);
    }
    if (compactFeature(options, "utf8_validation") !== undefined && t !== T.STRING) {
      if (d.kind !== "map" || !(d.keyType.text === "string" || d.valueType.text === "string")) this.err(first, last, `expected \`string\`, found ${found()}`);
    }
    if (compactFeature(options, "message_encoding") !== undefined && (d.kind === "map" || (t !== T.MESSAGE && t !== T.GROUP))) {
      this.err(first, last, `expected message type, found ${found()}`);
    }
  }

  /** `deprecation_warning` and `edition_deprecated` of `feature_support` must be set together (buf 1.75). */
  private checkFeatureSupport(options: readonly CompactOption[]): void {
    let warning: readonly [TokenIndex, TokenIndex] | undefined;
    let deprecated: readonly [TokenIndex, TokenIndex] | undefined;
    for (const o of options) {
      const p = o.name.parts;
      if (p[0]!.extension || p[0]!.name !== "feature_support") continue;
      if (p.length === 1 && o.value.kind === "message") {
        for (const e of o.value.fields) {
          if (e.name.kind !== "field") continue;
          if (e.name.name === "deprecation_warning") warning ??= [e.name.first, e.name.last];
          else if (e.name.name === "edition_deprecated") deprecated ??= [e.name.first, e.name.last];
        }
      } else if (p.length === 2 && !p[1]!.extension) {
        if (p[1]!.name === "deprecation_warning") warning ??= [o.name.first, o.name.last];
        else if (p[1]!.name === "edition_deprecated") deprecated ??= [o.name.first, o.name.last];
      }
    }
    if (warning && !deprecated) this.err(warning[0], warning[1], "`deprecation_warning` requires `edition_deprecated` to be set");
    if (deprecated && !warning) this.err(deprecated[0], deprecated[1], "`edition_deprecated` requires `deprecation_warning` to be set");
  }

  /** A `local` type (edition 2024) may only be used in its own file. */
  private checkExported(s: Symbol, node: QualifiedName): void {
    if ((s.kind === "message" || s.kind === "enum") && s.file.path !== this.path && !(s as MessageSym | EnumSym).exported) {
      this.err(node.first, node.last, `found unexported ${kindPhrase(s)} \`${s.fullName}\``);
    }
  }

  /** Whether a value written as a name (`Foo`, `a.b`) names a symbol seen from `scope` (for error texts). */
  private nameResolves(scope: Container): NameResolves {
    const fs = this.table.scopeOf(this.path);
    return (name) => {
      const absolute = name.charCodeAt(0) === 46;
      return this.table.resolveIn(fs, scope, (absolute ? name.slice(1) : name).split("."), absolute, () => true) !== undefined;
    };
  }

  /** An enum default: a value name or a number, written as the name of the first value with that number. */

  private enumDefault(f: FieldDescriptorProto, e: EnumSymbol, v: OptionValue, resolves: NameResolves): void {
    if (v.kind === "int") {
      const n = v.negative ? -v.magnitude : v.magnitude;
      if (n < -2147483648n || n > 2147483647n) {
        this.err(v.first, v.last, `literal out of range for \`${e.fullName}\``);
        return;
      }
      const num = Number(n);
      for (const ev of e.proto.value) if (ev.number === num) { f.defaultValue = ev.name!; return; }
      f.defaultValue = String(num);
      return;
    }
    if (v.kind === "identValue" && v.name.indexOf(".", 1) > 0) {
      this.err(v.nameFirst, v.last, "qualified enum value reference");
      return;
    }
    // buf writes the name of the first value with that number (an alias gives its original)
    if (v.kind === "identValue") {
      for (const ev of e.proto.value) {
        if (ev.name !== v.name) continue;
        if (v.negative) {
          this.err(v.nameFirst, v.last, "mismatched types");
          return;
        }
        for (const first of e.proto.value) if (first.number === ev.number) { f.defaultValue = first.name!; return; }
      }
    }
    const m = mismatch(v, resolves);
    if ("error" in m) this.err(m.first, m.last, m.error);
  }

  private finishScalar(r: TypeRef, resolves: NameResolves): void {
    const f = r.field;
    if (r.sym) r.sym.packed = this.packedFor(f, r.packedOpt, false);
    if (r.defaultOpt) {
      const res = formatDefault(f.type!, r.defaultOpt.value as OptionValue, (tok) => this.source.text.slice(this.tokens.start[tok]!, this.tokens.end[tok]!), resolves);
      if ("error" in res) this.err(res.first, res.last, res.error);
      else {
        f.defaultValue = res.text;
        if (res.raw) rawStringDefaults.set(f, res.raw);
      }
    }
  }

  private packedFor(f: FieldDescriptorProto, opt: boolean | undefined, isEnum: boolean): boolean {
    if (f.label !== L.REPEATED) return false;
    const t = f.type;
    if (!isEnum && (t === T.STRING || t === T.BYTES || t === T.MESSAGE || t === T.GROUP)) return false;
    if (opt !== undefined) return opt;
    if (this.syntax === "proto2") return false;
    if (this.syntax === "editions") return !this.fileExpanded;
    return true;
  }

  // ---- step 3: options --------------------------------------------------------------------------

  interpretAll(symbols: SymbolTableImpl): void {
    if (this.jobs.length === 0) return;
    const ctx = { file: this.ast, diags: this.diags, sourceInfo: this.si, symbols };
    for (const job of this.jobs) {
      const options = job.options.length > 0 ? interpretOptions(ctx, job) : undefined;
      if (options !== undefined) job.target.options = options;
      else if (job.options.length > 0 || job.alwaysSet) job.target.options = noOptions(job.message);
      if (job.mapEntry) {
        const feats = (job.target.options as { features?: FeatureSet } | undefined)?.features;
        if (feats) {
          for (const f of job.mapEntry.field) {
            f.options = newFieldOptions();
            f.options.features = clone(FeatureSetSchema, feats);
          }
        }
      }
    }
  }
}

// ---- helpers -------------------------------------------------------------------------------------

const OPTIONS_MESSAGES = new Set([
  "google.protobuf.FileOptions", "google.protobuf.MessageOptions", "google.protobuf.FieldOptions",
  "google.protobuf.OneofOptions", "google.protobuf.EnumOptions", "google.protobuf.EnumValueOptions",
  "google.protobuf.ServiceOptions", "google.protobuf.MethodOptions", "google.protobuf.ExtensionRangeOptions",
  "google.protobuf.FeatureSet", "google.protobuf.SourceCodeInfo", "google.protobuf.GeneratedCodeInfo",
]);

function isOptionsMessage(name: string): boolean {
  return OPTIONS_MESSAGES.has(name);
}

/** The statement `option NAME = VALUE;` (a single, non-extension name part) among `decls`. */
function findOption(decls: readonly { kind: string }[], name: string, value: string): OptionDecl | undefined {
  for (const d of decls) {
    if (d.kind !== "option") continue;
    const o = d as OptionDecl;
    const p = o.name.parts;
    if (p.length === 1 && !p[0]!.extension && p[0]!.name === name && o.value.kind === "identValue" && o.value.name === value) return o;
  }
  return undefined;
}

function hasOption(decls: readonly { kind: string }[], name: string, value: string): boolean {
  return findOption(decls, name, value) !== undefined;
}

/**
 * A feature set by option statements (`option features.NAME = V;` or `option features = { NAME: V }`),
 * the last one written winning; undefined when none sets it.
 */
function featureValue(decls: readonly { kind: string }[], name: string): string | undefined {
  let v: string | undefined;
  for (const d of decls) {
    if (d.kind !== "option") continue;
    const o = d as OptionDecl;
    const p = o.name.parts;
    if (p[0]!.name !== "features" || p[0]!.extension) continue;
    if (p.length === 1 && o.value.kind === "message") {
      for (const f of o.value.fields) {
        if (f.name.kind === "field" && f.name.name === name && f.value.kind === "identValue") v = f.value.name;
      }
    } else if (p.length === 2 && p[1]!.name === name && o.value.kind === "identValue") v = o.value.name;
  }
  return v;
}

/** Whether naming style STYLE2024 applies, given the element's own `enforce_naming_style` and its parent's. */
function namingStyle(own: string | undefined, inherited: boolean): boolean {
  return own === undefined ? inherited : own === "STYLE2024";
}

/** PascalCase as buf 1.75 checks it: a capital letter, then letters and digits. */
function isPascalCase(name: string): boolean {
  return /^\p{Lu}[\p{L}\p{Nd}]*$/u.test(name);
}

/** snake_case as buf 1.75 checks it: lowercase letters and digits, each `_` followed by a lowercase letter. */
function isSnakeCase(name: string): boolean {
  return /^\p{Ll}[\p{Ll}\p{Nd}]*(?:_\p{Ll}[\p{Ll}\p{Nd}]*)*$/u.test(name);
}

/** SCREAMING_SNAKE_CASE as buf 1.75 checks it: capitals and digits, each `_` followed by a capital. */
function isScreamingSnakeCase(name: string): boolean {
  return /^[\p{Lu}\p{Nd}]+(?:_\p{Lu}[\p{Lu}\p{Nd}]*)*$/u.test(name);
}

/** Whether `decls` set `features.NAME` to `value` (either form, see {@link featureValue}). */
function hasFeature(decls: readonly { kind: string }[], name: string, value: string): boolean {
  return featureValue(decls, name) === value;
}

function overlaps(list: readonly RangeInfo[], r: RangeInfo): boolean {
  for (const o of list) if (o.start <= r.end && r.start <= o.end) return true;
  return false;
}

function contains(list: readonly RangeInfo[], n: number): boolean {
  for (const r of list) if (n >= r.start && n <= r.end) return true;
  return false;
}

/**
 * The identifier value of `features.NAME` among a field's compact options, written as
 * `features.NAME = V` or `features = { NAME: V }`. Where it is set more than once (an error), the
 * first value counts, and a `features = {…}` after any other `features` option is dropped, as buf
 * does (probed).
 */
function compactFeature(opts: readonly CompactOption[] | undefined, name: string): string | undefined {
  if (!opts) return undefined;
  let v: string | undefined;
  let seen = false;
  for (const o of opts) {
    const p = o.name.parts;
    if (p[0]!.name !== "features" || p[0]!.extension) continue;
    if (p.length === 2 && p[1]!.name === name && o.value.kind === "identValue") v ??= o.value.name;
    else if (p.length === 1 && o.value.kind === "message" && !seen) {
      for (const f of o.value.fields) {
        if (f.name.kind === "field" && f.name.name === name && f.value.kind === "identValue") v ??= f.value.name;
      }
    }
    seen = true;
  }
  return v;
}

/** `json_name` and `default`: written among a field's options, but fields of its descriptor. */
function isPseudoOption(o: CompactOption): boolean {
  const p = o.name.parts;
  return p.length === 1 && !p[0]!.extension && (p[0]!.name === "json_name" || p[0]!.name === "default");
}

/** Whether a field's options include one whose validity depends on the field's type, label or kind. */
function hasTypedOption(opts: readonly CompactOption[]): boolean {
  for (const o of opts) {
    const p = o.name.parts;
    if (!p[0]!.extension) {
      const n = p[0]!.name;
      if (n === "features" || n === "jstype" || n === "lazy" || n === "unverified_lazy" || n === "packed" || n === "ctype") return true;
    }
  }
  return false;
}

/** protoc's prefix stripping for the enum value conflict check. */
function stripEnumPrefix(value: string, enumName: string): string {
  let i = 0;
  let j = 0;
  while (i < value.length && j < enumName.length) {
    if (value.charCodeAt(i) === 95) { i++; continue; }
    if (lower(value.charCodeAt(i)) !== lower(enumName.charCodeAt(j))) return value;
    i++;
    j++;
  }
  if (j < enumName.length) return value;
  while (i < value.length && value.charCodeAt(i) === 95) i++;
  return i === value.length ? value : value.slice(i);
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** A name buf accepts in a quoted reserved name. */
const ASCII_IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * protoc's PascalCase of an enum value name (the key of the conflict check): `_` dropped, the
 * letter after one (or at the start) upper-cased, the others lower-cased.
 */
function enumValueCamel(s: string): string {
  const codes = new Array<number>(s.length);
  let k = 0;
  let up = true;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c === 95) {
      up = true;
      continue;
    }
    if (c > 0x7f) return enumValueCamelUnicode(s);
    if (up) {
      if (c >= 97 && c <= 122) c -= 32;
    } else if (c >= 65 && c <= 90) c += 32;
    codes[k++] = c;
    up = false;
  }
  codes.length = k;
  return String.fromCharCode.apply(null, codes);
}

/** {@link enumValueCamel} of a name with non-ASCII characters (already an error), with Unicode case mapping. */
function enumValueCamelUnicode(s: string): string {
  let out = "";
  let up = true;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === "_") up = true;
    else {
      out += up ? ch.toUpperCase() : ch.toLowerCase();
      up = false;
    }
  }
  return out;
}

