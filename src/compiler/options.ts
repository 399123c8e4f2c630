/**
 * Option interpretation: `option` statements and `[...]` compact options, resolved against the
 * options messages of descriptor.proto (compiled from the bundled WKT, like any other file) and
 * against custom options (extensions), encoded to the options message's wire bytes.
 *
 * CONTRACT (called by the descriptor builder once per element that has options):
 * - `interpretOptions` returns the options message, or undefined when nothing was set: what
 *   `fromBinary(<X>OptionsSchema, bytes)` gives for the encoded options, so standard options are
 *   typed fields and custom options stay unknown fields (shared/reference/descriptors.md §9).
 * - It reports errors (unknown option, wrong type, out of range, ...) to `ctx.diags`.
 * - It adds the option source-info locations (source-info.md §5) to `ctx.sourceInfo`.
 *   The `[ … ]` bracket location of compact options (`[…,8]` on a field) is the caller's: it
 *   depends on which entries are pseudo-options (`default`, `json_name`), which it filters out.
 *
 * How it works: each statement's name is resolved to a path of fields; its value is converted
 * and stored in a {@link MessageValue} tree (one per element), merging statements that share a
 * prefix (`(m).a = 1; (m).b = 2;`). The tree is encoded once at the end, in buf's field order, and
 * its value locations are emitted from the tree (buf derives them from the merged value too).
 */
import type { DescMessage, Message } from "@bufbuild/protobuf";
import {
  Edition,
  EnumOptionsSchema,
  EnumValueOptionsSchema,
  ExtensionRangeOptionsSchema,
  FieldDescriptorProto_Type,
  FieldOptionsSchema,
  FieldOptions_OptionTargetType,
  FileOptionsSchema,
  MessageOptionsSchema,
  MethodOptionsSchema,
  OneofOptionsSchema,
  ServiceOptionsSchema,
} from "@bufbuild/protobuf/wkt";
import {
  TK_IDENT,
  TK_PUNCT,
  type CompactOption,
  type FileNode,
  type MessageLiteral,
  type MessageLiteralField,
  type OptionDecl,
  type OptionNamePart,
  type OptionValue,
  type TokenIndex,
} from "./ast.js";
import type { Diagnostics } from "./diagnostics.js";
import {
  MessageValue,
  T,
  copyOptions,
  decodeOptions,
  emptyOptions,
  encodeBool,
  encodeFloat,
  encodeInt,
  encodeMessage,
  encodeString,
  enumValueNumber,
  intInRange,
  isMessageField,
  isRepeated,
  mergeLiteralInto,
  realOneofIndex,
  scalarTypeName,
  typeNameOf,
  type Elem,
  type FieldValue,
  type ValueSource,
} from "./optvalues.js";
import type { SourceInfoCollector } from "./sourceinfo.js";
import type { FieldSymbol, MessageSymbol, Scope, Symbol, SymbolTable } from "./symbols.js";

export type OptionsMessageName =
  | "google.protobuf.FileOptions"
  | "google.protobuf.MessageOptions"
  | "google.protobuf.FieldOptions"
  | "google.protobuf.OneofOptions"
  | "google.protobuf.EnumOptions"
  | "google.protobuf.EnumValueOptions"
  | "google.protobuf.ServiceOptions"
  | "google.protobuf.MethodOptions"
  | "google.protobuf.ExtensionRangeOptions";

export interface OptionsContext {
  readonly file: FileNode;
  readonly diags: Diagnostics;
  /** Undefined when source info is not being built. */
  readonly sourceInfo: SourceInfoCollector | undefined;
  readonly symbols: SymbolTable;
}

export interface OptionsRequest {
  readonly message: OptionsMessageName;
  /** The statements and compact options of one element, in source order. */
  readonly options: readonly (OptionDecl | CompactOption)[];
  /** Source-info path of the element's options field, e.g. `[4, 0, 7]` for the first message. */
  readonly path: readonly number[];
  /** Fully-qualified name of the scope names are resolved from (message or package; "" = root). */
  readonly scope: string;
  /**
   * The scope the symbol table finds for `scope` (`SymbolTable.scopeFor`), when the caller has it
   * at hand: then names are resolved from it without looking `scope` up.
   */
  readonly within: Scope | undefined;
}

export function interpretOptions(ctx: OptionsContext, req: OptionsRequest): Message | undefined {
  const file = fileState(ctx);
  const root = file.rootType(req.message);
  if (!root) return undefined;
  const schema = SCHEMAS[req.message];
  const reuse = ctx.sourceInfo === undefined ? file.reusable(req) : undefined;
  if (reuse !== undefined) {
    const done = file.reused.get(reuse.text);
    if (done !== undefined && done.message === req.message && sameSymbols(done.extensions, reuse.extensions)) {
      return done.result === undefined ? undefined : copyOptions(schema, done.result);
    }
  }
  const interp = new Interpreter(file, req, root);
  for (const o of req.options) interp.option(o);
  let result: Message | undefined;
  if (interp.root.fields.size > 0) {
    if (ctx.sourceInfo) interp.emitLocations(interp.root, [...req.path]);
    const w = encodeMessage(interp.root);
    if (w.length > 0) result = decodeOptions(schema, w.buffer, w.length);
  }
  if (reuse !== undefined && !interp.failed && !file.reused.has(reuse.text)) {
    file.reused.set(reuse.text, { message: req.message, extensions: reuse.extensions, result });
  }
  return result;
}

/** Options as interpreted for one element, for others with the same text (see {@link FileState.reusable}). */
interface Reusable {
  /** The text of the options, from the first to the last. */
  readonly text: string;
  /** What the extension names in it resolve to, in order. */
  readonly extensions: readonly Symbol[];
}

/** Options interpreted without a problem, for {@link Reusable.text}. */
interface Reused {
  readonly message: OptionsMessageName;
  readonly extensions: readonly Symbol[];
  readonly result: Message | undefined;
}

function sameSymbols(a: readonly Symbol[], b: readonly Symbol[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The options message `message` with nothing set. */
export function noOptions(message: OptionsMessageName): Message {
  return emptyOptions(SCHEMAS[message]);
}

const SCHEMAS: Record<OptionsMessageName, DescMessage> = {
  "google.protobuf.FileOptions": FileOptionsSchema,
  "google.protobuf.MessageOptions": MessageOptionsSchema,
  "google.protobuf.FieldOptions": FieldOptionsSchema,
  "google.protobuf.OneofOptions": OneofOptionsSchema,
  "google.protobuf.EnumOptions": EnumOptionsSchema,
  "google.protobuf.EnumValueOptions": EnumValueOptionsSchema,
  "google.protobuf.ServiceOptions": ServiceOptionsSchema,
  "google.protobuf.MethodOptions": MethodOptionsSchema,
  "google.protobuf.ExtensionRangeOptions": ExtensionRangeOptionsSchema,
};

const TARGETS: Record<OptionsMessageName, FieldOptions_OptionTargetType> = {
  "google.protobuf.FileOptions": FieldOptions_OptionTargetType.TARGET_TYPE_FILE,
  "google.protobuf.MessageOptions": FieldOptions_OptionTargetType.TARGET_TYPE_MESSAGE,
  "google.protobuf.FieldOptions": FieldOptions_OptionTargetType.TARGET_TYPE_FIELD,
  "google.protobuf.OneofOptions": FieldOptions_OptionTargetType.TARGET_TYPE_ONEOF,
  "google.protobuf.EnumOptions": FieldOptions_OptionTargetType.TARGET_TYPE_ENUM,
  "google.protobuf.EnumValueOptions": FieldOptions_OptionTargetType.TARGET_TYPE_ENUM_ENTRY,
  "google.protobuf.ServiceOptions": FieldOptions_OptionTargetType.TARGET_TYPE_SERVICE,
  "google.protobuf.MethodOptions": FieldOptions_OptionTargetType.TARGET_TYPE_METHOD,
  "google.protobuf.ExtensionRangeOptions": FieldOptions_OptionTargetType.TARGET_TYPE_EXTENSION_RANGE,
};

/** Elements whose options buf never checks against a field's `targets`. */
const UNCHECKED_TARGETS: ReadonlySet<FieldOptions_OptionTargetType> = new Set([
  FieldOptions_OptionTargetType.TARGET_TYPE_SERVICE,
  FieldOptions_OptionTargetType.TARGET_TYPE_METHOD,
  FieldOptions_OptionTargetType.TARGET_TYPE_EXTENSION_RANGE,
]);

const CH_LPAREN = 0x28;
const CH_LT = 0x3c;
const CH_DOT = 0x2e;
const CH_ZERO = 0x30;

const textEncoder = new TextEncoder();

/** Per symbol table: field type name (`.pkg.Msg`) → symbol (shared by every file of a build). */
const typeCaches = new WeakMap<SymbolTable, Map<string, Symbol | undefined>>();

/** What every element of one file shares: file facts and lookup caches (one per context). */
class FileState {
  readonly tokens;
  readonly text: string;
  readonly fromFile: string;
  readonly syntax: string;
  /** The file's edition as an `Edition` number (proto2/proto3 included), and as buf names it. */
  readonly edition: number;
  readonly editionText: string;
  /** Field type name → symbol. */
  readonly types: Map<string, Symbol | undefined>;
  /** Where references written in a scope (by full name) are resolved from. */
  private readonly scopes = new Map<string, Scope>();
  /** Resolved names by scope and name (symbol or error text): extensions, and any symbol. */
  private readonly extensions = new Map<Scope, Map<string, Symbol | string>>();
  private readonly anySymbols = new Map<Scope, Map<string, Symbol | string>>();
  /** Options interpreted without a problem, by their text (see {@link reusable}). */
  readonly reused = new Map<string, Reused>();

  constructor(readonly ctx: OptionsContext) {
    this.tokens = ctx.file.tokens;
    this.text = ctx.file.tokens.source.text;
    this.fromFile = ctx.file.tokens.source.path;
    const s = ctx.file.syntax;
    this.syntax = !s ? "proto2" : s.kind === "edition" ? "editions" : s.value.value;
    const edition = s?.kind === "edition" ? s.value.value : "";
    this.edition = this.syntax === "proto2" ? Edition.EDITION_PROTO2 : this.syntax === "proto3" ? Edition.EDITION_PROTO3 : editionNumber(edition);
    this.editionText = this.syntax === "editions" ? `Edition ${edition}` : `"${this.syntax}"`;
    let types = typeCaches.get(ctx.symbols);
    if (!types) typeCaches.set(ctx.symbols, (types = new Map()));
    this.types = types;
  }

  rootType(name: OptionsMessageName): MessageSymbol | undefined {
    const s = this.ctx.symbols.lookup(name);
    return s && s.kind === "message" ? s : undefined;
  }

  /**
   * Resolves an extension or message name from `scope` (found by name, unless `within` is given),
   * cached: the same custom option names recur on many elements, and the first resolution
   * already marked the import as used.
   *
   * The cache is not per scope but per the scope a name's first component is found in: a name
   * resolves the same from every scope below that one (protobuf's scoping looks the first
   * component up in each enclosing scope in turn), so `(google.api.field_behavior)` is resolved
   * once per file, not once per message.
   */
  resolve(scope: string, within: Scope | undefined, name: string, kind: ResolveKind): Symbol | string {
    let from = within ?? this.scopes.get(scope);
    if (from === undefined) this.scopes.set(scope, (from = this.ctx.symbols.scopeFor(scope)));
    const absolute = name.charCodeAt(0) === CH_DOT;
    const dot = name.indexOf(".", absolute ? 1 : 0);
    const first = absolute ? "" : dot < 0 ? name : name.slice(0, dot);
    // an absolute name is resolved from the root, whatever the scope
    while (from.parentScope !== undefined && (absolute || !from.members.has(first))) from = from.parentScope;
    const cache = kind === "extension" ? this.extensions : this.anySymbols;
    let byName = cache.get(from);
    if (!byName) cache.set(from, (byName = new Map()));
    let r = byName.get(name);
    if (r === undefined) {
      const res = this.ctx.symbols.resolveFrom(this.fromFile, from, name, kind === "extension" ? isExtension : anySymbol);
      r = "error" in res ? res.error : res.symbol;
      byName.set(name, r);
    }
    return r;
  }

  /**
   * What makes the options of `req` reusable for other elements of the file, or undefined. A
   * field's or enum value's `[...]` gives the same options message, and no problem again, wherever
   * the same text appears in the file with its extension names resolving to the same extensions:
   * nothing else in it depends on the element or its scope, once names inside message literals
   * (`[ext]: ...`, resolved from the scope) are left out. Most fields repeat a few such lists
   * (`[(google.api.field_behavior) = REQUIRED]`).
   */
  reusable(req: OptionsRequest): Reusable | undefined {
    if (req.message !== "google.protobuf.FieldOptions" && req.message !== "google.protobuf.EnumValueOptions") return undefined;
    const options = req.options;
    if (options.length === 0) return undefined;
    const extensions: Symbol[] = [];
    for (const o of options) {
      const parts = o.name.parts;
      // a later part is resolved only if the ones before it are right: leave those alone
      for (let i = 1; i < parts.length; i++) if (parts[i]!.extension) return undefined;
      if (parts.length > 0 && parts[0]!.extension) {
        const r = this.resolve(req.scope, req.within, parts[0]!.name, "extension");
        if (typeof r === "string") return undefined;
        extensions.push(r);
      }
      if (hasExtensionNames(o.value)) return undefined;
    }
    const t = this.tokens;
    return { text: this.text.slice(t.start[options[0]!.first]!, t.end[options[options.length - 1]!.last]!), extensions };
  }
}

/** Whether a value holds a message literal naming an extension (`[foo.bar]: ...`). */
function hasExtensionNames(v: OptionValue): boolean {
  if (v.kind === "message") {
    for (const f of v.fields) if (f.name.kind === "extension" || hasExtensionNames(f.value)) return true;
  } else if (v.kind === "list") {
    for (const e of v.elements) if (hasExtensionNames(e)) return true;
  }
  return false;
}

const fileStates = new WeakMap<OptionsContext, FileState>();

function fileState(ctx: OptionsContext): FileState {
  let f = fileStates.get(ctx);
  if (!f) fileStates.set(ctx, (f = new FileState(ctx)));
  return f;
}

const NO_FIELDS: readonly FieldSymbol[] = [];

type ResolveKind = "extension" | "any";
const isExtension = (s: Symbol): boolean => s.kind === "extension";
const anySymbol = (): boolean => true;

/** How buf names a kind of symbol in error texts. */
function kindPhrase(s: Symbol): string {
  switch (s.kind) {
    case "message": return "message type";
    case "enum": return "enum type";
    case "enumValue": return "enum value";
    case "field": return "message field";
    case "extension": return "message extension";
    case "oneof": return "oneof";
    case "service": return "service";
    case "method": return "service method";
    default: return "package";
  }
}

/** Whether extension `f` extends `msg`. */
function extends_(f: FieldSymbol, msg: MessageSymbol): boolean {
  if (f.message) return f.message === msg || f.message.fullName === msg.fullName;
  const e = f.proto.extendee;
  return e.length === msg.fullName.length + 1 && e.endsWith(msg.fullName);
}

/** The extendee of extension `f`, without the leading dot (error texts). */
function extendeeName(f: FieldSymbol): string {
  const e = f.proto.extendee;
  return e.startsWith(".") ? e.slice(1) : e;
}

class Interpreter {
  readonly root: MessageValue;
  /** A problem was found (reported, or already reported for the same text and position). */
  failed = false;
  private readonly ctx: OptionsContext;
  private readonly tokens;
  private readonly text: string;
  private readonly syntax: string;
  private readonly target: FieldOptions_OptionTargetType;
  private readonly edition: number;
  private readonly editionText: string;

  constructor(
    private readonly file: FileState,
    private readonly req: OptionsRequest,
    rootType: MessageSymbol,
  ) {
    this.root = new MessageValue(rootType);
    this.ctx = file.ctx;
    this.tokens = file.tokens;
    this.text = file.text;
    this.syntax = file.syntax;
    this.edition = file.edition;
    this.editionText = file.editionText;
    this.target = TARGETS[req.message];
  }

  // ---- diagnostics and tokens ----

  private error(first: TokenIndex, last: TokenIndex, message: string): void {
    this.failed = true;
    const t = this.tokens;
    const start = t.start[first]!;
    const end = t.end[last]!;
    // The same options can be interpreted more than once (one extension-range statement is
    // copied to each of its ranges): report each problem once.
    for (const d of this.ctx.diags.list) {
      if (d.start === start && d.end === end && d.message === message && d.source === t.source) return;
    }
    this.ctx.diags.error(t.source, start, end, message);
  }

  private isPunct(tok: TokenIndex, ch: number): boolean {
    const t = this.tokens;
    return t.kind[tok] === TK_PUNCT && this.text.charCodeAt(t.start[tok]!) === ch;
  }

  /** The tokens of an extension name without its parentheses. */
  private innerName(part: OptionNamePart): [TokenIndex, TokenIndex] {
    if (this.isPunct(part.first, CH_LPAREN)) return [part.first + 1, part.last - 1];
    return [part.first, part.last];
  }

  // ---- one option ----

  option(o: OptionDecl | CompactOption): void {
    const isStmt = (o as OptionDecl).kind === "option";
    const parts = o.name.parts;
    if (parts.length === 0) return;
    // `default` and `json_name` are pseudo-options the descriptor builder handles.
    if (
      this.req.message === "google.protobuf.FieldOptions" && parts.length === 1 && !parts[0]!.extension &&
      (parts[0]!.name === "default" || parts[0]!.name === "json_name")
    ) return;
    if (isStmt) this.ctx.sourceInfo?.add(this.req.path, o.first, o.last);

    const fields = this.resolveName(parts);
    if (!fields) {
      // buf has already created the messages before a part that fails its target check, so a
      // later statement setting them as a whole is reported as setting them twice.
      const prefix = this.targetFailurePrefix;
      if (prefix.length > 0) this.walk(prefix, prefix.length, o, true);
      return;
    }
    // buf goes on after these errors, so the value is still checked.
    this.checkFeatures(o, fields);
    this.checkEditionsOnly(o, fields);

    const cur = this.walk(fields, fields.length - 1, o, false);
    if (!cur) return;

    const f = fields[fields.length - 1]!;
    const value = o.value;
    const lastPart = parts[parts.length - 1]!;
    if (value.kind === "list") {
      // buf still checks the elements (and the list itself against a singular field).
      this.checkFilePresence(f, value);
      if (!isRepeated(f)) this.error(value.first, value.last, "mismatched types");
      this.error(value.first, value.last, "unexpected array expression in option setting value");
      for (const v of value.elements) {
        if (isMessageField(f)) this.messageValue(f, v);
        else this.scalarValue(f, v, false);
      }
      return;
    }
    if (value.kind === "message" && this.isPunct(value.first, CH_LT)) {
      this.error(value.first, value.last, "cannot use `<...>` for message expression here");
    }
    const existing = cur.fields.get(f.proto.number);
    if (existing && !isRepeated(f)) {
      this.error(o.name.first, lastPart.last, `${this.describeField(f, fields.length === 1)} set multiple times`);
      return;
    }
    if (!existing && !this.checkOneof(cur, f, o.name.first, lastPart.last)) return;
    this.checkFilePresence(f, value);

    let elem: Elem | undefined;
    if (isMessageField(f)) {
      elem = this.messageValue(f, value);
      if (elem !== undefined && !isRepeated(f)) this.ctx.sourceInfo?.add([...this.req.path, ...fields.map((x) => x.proto.number)], o.name.first, value.last);
    } else {
      elem = this.scalarValue(f, value, false);
    }
    if (elem === undefined) return;
    const withSource = isRepeated(f) || !(elem instanceof MessageValue);
    if (existing) {
      existing.elems.push(elem);
      if (withSource) existing.sources.push(o);
    } else {
      cur.fields.set({ field: f, elems: [elem], sources: withSource ? [o] : [] });
    }
  }

  /** Walks (creating as needed) the singular messages named by the first `n` fields from the root. */
  private walk(fields: readonly FieldSymbol[], n: number, o: OptionDecl | CompactOption, quiet: boolean): MessageValue | undefined {
    let cur = this.root;
    for (let i = 0; i < n; i++) {
      const f = fields[i]!;
      let fv = cur.fields.get(f.proto.number);
      if (!fv) {
        const type = this.messageType(f);
        if (!type || (!quiet && !this.checkOneof(cur, f, o.name.first, o.name.parts[i]!.last))) return undefined;
        fv = { field: f, elems: [new MessageValue(type)], sources: [] };
        cur.fields.set(fv);
      }
      const next = fv.elems[0];
      if (!(next instanceof MessageValue)) return undefined;
      cur = next;
    }
    return cur;
  }

  /** Inside how many `google.protobuf.Any` expansions the literal being read is. */
  private anyDepth = 0;

  /** Set by {@link resolveName} when a part fails its target check: the fields before it. */
  private targetFailurePrefix: readonly FieldSymbol[] = NO_FIELDS;

  /** Resolves an option name to its fields, reporting the first problem. */
  private resolveName(parts: readonly OptionNamePart[]): FieldSymbol[] | undefined {
    const fields = new Array<FieldSymbol>(parts.length);
    this.targetFailurePrefix = NO_FIELDS;
    let msg: MessageSymbol = this.root.type;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (i > 0) {
        const prev = fields[i - 1]!;
        if (!isMessageField(prev) || isRepeated(prev)) {
          this.error(part.first, part.last, `expected singular message, found ${this.describeType(prev)}`);
          return undefined;
        }
        const next = this.messageType(prev);
        if (!next) return undefined;
        msg = next;
      }
      // buf points at a later part together with the `.` before it.
      const withDot = i > 0 && this.isPunct(part.first - 1, CH_DOT) ? part.first - 1 : part.first;
      let f: FieldSymbol | undefined;
      if (part.extension) {
        f = this.resolveExtension(part);
        if (!f) return undefined;
        if (!extends_(f, msg)) {
          this.error(withDot, part.last, `expected \`${msg.fullName}\` extension, found message extension in \`${extendeeName(f)}\``);
          return undefined;
        }
      } else {
        f = msg.fieldsByName.get(part.name);
        if (!f) {
          this.error(withDot, part.last, `cannot find message field \`${part.name}\` in \`${msg.fullName}\``);
          return undefined;
        }
      }
      if (!this.checkTarget(f, part.first, part.last)) {
        this.targetFailurePrefix = fields.slice(0, i);
        return undefined;
      }
      fields[i] = f;
    }
    return fields;
  }

  private resolveExtension(part: OptionNamePart): FieldSymbol | undefined {
    const r = this.resolve(part.name, "extension");
    if (typeof r === "string") {
      const [first, last] = this.innerName(part);
      const other = this.resolve(part.name, "any");
      this.error(first, last, typeof other === "string" ? r : `expected message extension, found ${kindPhrase(other)} \`${other.fullName}\``);
      return undefined;
    }
    return r as FieldSymbol;
  }

  /**
   * `features` outside editions, and fields whose `feature_support` excludes this file's
   * edition (`field_presence` in proto3, `java_multiple_files` in edition 2024).
   */
  private checkFeatures(o: OptionDecl | CompactOption, fields: readonly FieldSymbol[]): boolean {
    const parts = o.name.parts;
    let ok = true;
    if (this.syntax !== "editions" && !parts[0]!.extension && parts[0]!.name === "features" && fields[0]!.message === this.root.type) {
      this.error(parts[0]!.first, parts[0]!.last, `\`features\` cannot be set in "${this.syntax}"`);
      ok = false;
    }
    for (let i = 0; i < fields.length; i++) {
      if (!this.checkSupport(fields[i]!, o.name.first, parts[i]!.last)) ok = false;
    }
    return ok;
  }

  /** Whether the field's `feature_support` admits this file's edition; reports it if not. */
  private checkSupport(f: FieldSymbol, first: TokenIndex, last: TokenIndex): boolean {
    const support = f.proto.options?.featureSupport;
    if (!support) return true;
    const introduced = support.editionIntroduced;
    const removed = support.editionRemoved;
    if ((introduced !== 0 && this.edition < introduced) || (removed !== 0 && this.edition >= removed)) {
      this.error(first, last, `\`${f.proto.name}\` is not supported in ${this.editionText}`);
      return false;
    }
    return true;
  }

  /**
   * A field restricted by `targets` may only be set on those kinds of element. buf 1.75 does not
   * check options of services, methods and extension ranges (probed).
   */
  private checkTarget(f: FieldSymbol, first: TokenIndex, last: TokenIndex): boolean {
    const targets = f.proto.options?.targets;
    if (!targets || targets.length === 0 || targets.includes(this.target) || UNCHECKED_TARGETS.has(this.target)) return true;
    this.error(first, last, `unsupported option target for \`${f.proto.name}\``);
    return false;
  }

  /**
   * `field_presence = LEGACY_REQUIRED` (by name or number) among a file's features. buf judges a
   * one-element list by its element, and reports at the whole value.
   */
  private checkFilePresence(f: FieldSymbol, value: OptionValue): void {
    if (this.req.message !== "google.protobuf.FileOptions" || f.proto.name !== "field_presence" || f.message?.fullName !== "google.protobuf.FeatureSet") return;
    const v = value.kind === "list" && value.elements.length === 1 ? value.elements[0]! : value;
    if ((v.kind === "identValue" && !v.negative && v.name === "LEGACY_REQUIRED") || (v.kind === "int" && !v.negative && v.magnitude === 3n)) {
      this.error(value.first, value.last, "cannot set `LEGACY_REQUIRED` at the file level");
    }
  }

  /**
   * `java_string_check_utf8` in editions (its feature `(pb.java).utf8_validation` replaces it),
   * reported at the option's name.
   */
  private checkEditionsOnly(o: OptionDecl | CompactOption, fields: readonly FieldSymbol[]): void {
    if (this.syntax === "editions" && fields[0]!.message === this.root.type && this.req.message === "google.protobuf.FileOptions" && fields[0]!.proto.name === "java_string_check_utf8") {
      this.error(o.name.first, o.name.parts[0]!.last, "cannot set `java_string_check_utf8` in editions mode");
    }
  }

  /** Reports setting a second member of a real oneof. */
  private checkOneof(m: MessageValue, f: FieldSymbol, first: TokenIndex, last: TokenIndex): boolean {
    const oi = realOneofIndex(f);
    if (oi < 0) return true;
    for (const other of m.fields.values()) {
      if (other.field.proto.number !== f.proto.number && realOneofIndex(other.field) === oi) {
        const name = m.type.proto.oneofDecl[oi]?.name ?? "";
        this.error(first, last, `oneof \`${m.type.fullName}.${name}\` set multiple times`);
        return false;
      }
    }
    return true;
  }

  /** `option \`x\``, `message extension \`a.b\``, `message field \`a.B.c\`` (error texts). */
  private describeField(f: FieldSymbol, topLevel: boolean): string {
    if (f.kind === "extension") return `message extension \`${f.fullName}\``;
    if (topLevel) return `option \`${f.proto.name}\``;
    return `message field \`${f.fullName}\``;
  }

  private describeType(f: FieldSymbol): string {
    const type = f.proto.type;
    const name = type === T.MESSAGE || type === T.GROUP || type === T.ENUM ? typeNameOf(f) : scalarTypeName(type);
    if (isRepeated(f)) return `repeated \`${name}\``;
    if (type === T.ENUM) return `enum type \`${name}\``;
    return `scalar type \`${name}\``;
  }

  private messageType(f: FieldSymbol): MessageSymbol | undefined {
    const s = this.typeOf(f);
    return s && s.kind === "message" ? s : undefined;
  }

  /** The message or enum symbol of a field's type. */
  private typeOf(f: FieldSymbol): Symbol | undefined {
    const cache = this.file.types;
    const key = f.proto.typeName;
    let s = cache.get(key);
    if (s === undefined && !cache.has(key)) {
      s = this.ctx.symbols.lookup(typeNameOf(f));
      cache.set(key, s);
    }
    return s;
  }

  /** Resolves a name written in the element's options. */
  private resolve(name: string, kind: ResolveKind): Symbol | string {
    return this.file.resolve(this.req.scope, this.req.within, name, kind);
  }

  // ---- values ----

  /** A message literal for a message-typed field; reports a mismatch otherwise. */
  private messageValue(f: FieldSymbol, value: OptionValue): MessageValue | undefined {
    const type = this.messageType(f);
    if (!type) return undefined;
    if (value.kind !== "message") {
      this.mismatch(value);
      return undefined;
    }
    const m = new MessageValue(type);
    if (this.anyDepth > 0) m.asWritten = true;
    this.fillLiteral(m, value);
    return m;
  }

  private fillLiteral(m: MessageValue, lit: MessageLiteral): void {
    // In a `google.protobuf.Any` written as an expansion, nothing else may appear.
    let hasExpansion = false;
    if (m.type.fullName === "google.protobuf.Any") {
      for (const e of lit.fields) if (e.name.kind === "any") hasExpansion = true;
    }
    let expansions = 0;
    for (const entry of lit.fields) {
      const name = entry.name;
      let f: FieldSymbol | undefined;
      if (hasExpansion && name.kind !== "any") {
        this.error(name.first, name.last, "unexpected field in `Any` expression");
        continue;
      }
      if (name.kind === "field") {
        f = m.type.fieldsByName.get(name.name);
        if (!f) {
          this.error(entry.first, entry.last, `cannot resolve message field name for \`${m.type.fullName}\``);
          continue;
        }
      } else if (name.kind === "extension") {
        const r = this.resolve(name.name, "extension");
        if (typeof r === "string") {
          const other = this.resolve(name.name, "any");
          if (typeof other === "string") this.error(entry.first, entry.last, `cannot resolve message field name for \`${m.type.fullName}\``);
          else if (other.kind === "field") this.error(name.first, name.last, `message field \`${other.fullName}\` referenced incorrectly`);
          else this.error(name.first, name.last, "mismatched types");
          continue;
        }
        f = r as FieldSymbol;
        if (!extends_(f, m.type)) {
          this.error(name.first, name.last, "mismatched types");
          continue;
        }
      } else {
        if (expansions++ > 0) this.error(name.first, name.last, "unexpected field in `Any` expression");
        else this.anyExpansion(m, entry, name.prefix, name.typeName, name.first, name.last);
        continue;
      }
      if (!this.checkTarget(f, name.first, name.last)) continue;
      this.checkSupport(f, name.first, name.last);
      this.literalEntry(m, f, entry);
    }
  }

  /** `[type.googleapis.com/pkg.Msg] { ... }` inside a `google.protobuf.Any` value. */
  private anyExpansion(m: MessageValue, entry: MessageLiteralField, prefix: string, typeName: string, first: TokenIndex, last: TokenIndex): void {
    if (m.type.fullName !== "google.protobuf.Any") {
      this.error(first, last, "unexpected `Any` type URL");
      return;
    }
    // The type name runs from after the `/` to before the `]`.
    let nameFirst = last - 1;
    while (nameFirst > first && !(this.tokens.kind[nameFirst - 1] === TK_PUNCT && this.text.charCodeAt(this.tokens.start[nameFirst - 1]!) === 0x2f)) nameFirst--;
    const r = this.file.resolve("", undefined, typeName, "any");
    if (typeof r === "string") {
      this.error(nameFirst, last - 1, r);
      return;
    }
    if (r.kind !== "message") {
      this.error(nameFirst, last - 1, `expected message type, found ${kindPhrase(r)} \`${r.fullName}\``);
      this.mismatch(entry.value);
      return;
    }
    const type = r;
    const urlField = m.type.fieldsByNumber.get(1);
    const valueField = m.type.fieldsByNumber.get(2);
    if (!urlField || !valueField) return;
    if (entry.value.kind !== "message") {
      this.mismatch(entry.value);
      return;
    }
    const inner = new MessageValue(type);
    inner.asWritten = true;
    // Left out when empty, except inside another expansion (written as is there).
    inner.isAnyValue = this.anyDepth === 0;
    this.anyDepth++;
    this.fillLiteral(inner, entry.value);
    this.anyDepth--;
    m.opaque = true;
    m.fields.set({ field: urlField, elems: [textEncoder.encode(`${prefix}/${type.fullName}`)], sources: [] });
    m.fields.set({ field: valueField, elems: [inner], sources: [] });
  }

  /** One `key: value` entry of a message literal. */
  private literalEntry(m: MessageValue, f: FieldSymbol, entry: MessageLiteralField): void {
    const value = entry.value;
    const num = f.proto.number;
    const existing = m.fields.get(num);
    if (isRepeated(f)) {
      const values = value.kind === "list" ? value.elements : [value];
      const elems: Elem[] = [];
      for (const v of values) {
        const e = isMessageField(f) ? this.messageValue(f, v) : this.scalarValue(f, v, true);
        if (e !== undefined) elems.push(e);
      }
      if (values.length === 0) return;
      if (existing) {
        existing.elems.push(...elems);
        existing.sources.push(entry);
      } else {
        m.fields.set({ field: f, elems, sources: [entry] });
      }
      return;
    }
    if (value.kind === "list") {
      this.checkFilePresence(f, value);
      this.error(value.first, value.last, "mismatched types");
      return;
    }
    if (existing && isMessageField(f) && value.kind === "message") {
      const tmp = this.messageValue(f, value);
      const dst = existing.elems[0];
      if (tmp && dst instanceof MessageValue) mergeLiteralInto(dst, tmp);
      return;
    }
    if (existing) {
      this.error(entry.name.first, entry.name.last, `${this.describeField(f, false)} set multiple times`);
      return;
    }
    if (!this.checkOneof(m, f, entry.name.first, entry.name.last)) return;
    this.checkFilePresence(f, value);
    const elem = isMessageField(f) ? this.messageValue(f, value) : this.scalarValue(f, value, true);
    if (elem === undefined) return;
    m.fields.set({ field: f, elems: [elem], sources: elem instanceof MessageValue ? [] : [entry] });
  }

  /**
   * Reports a value of the wrong kind: unknown identifiers as such, anything else (a name of some
   * symbol too, `Foo` or `pkg.Foo`) as a mismatch.
   */
  private mismatch(value: OptionValue): void {
    if (value.kind === "identValue" && isKeyword(value.name)) {
      this.error(value.last, value.last, "mismatched types");
    } else if (value.kind === "identValue" && typeof this.resolve(value.name, "any") !== "string") {
      this.error(value.first, value.last, "mismatched types");
    } else if (value.kind === "identValue") {
      this.error(value.nameFirst, value.last, `cannot find \`${value.name}\` in this scope`);
    } else {
      this.error(value.first, value.last, "mismatched types");
    }
  }

  /** Converts a scalar value for field `f`; `inLiteral` = inside a message literal (text format). */
  private scalarValue(f: FieldSymbol, value: OptionValue, inLiteral: boolean): Elem | undefined {
    const type = f.proto.type;
    switch (type) {
      case T.DOUBLE:
      case T.FLOAT:
        return this.floatValue(type, value, inLiteral);
      case T.BOOL:
        return this.boolValue(value, inLiteral);
      case T.STRING:
      case T.BYTES:
        if (value.kind === "string") return encodeString(value);
        this.mismatch(value);
        return undefined;
      case T.ENUM:
        return this.enumValue(f, value);
      default: {
        if (value.kind !== "int") {
          this.mismatch(value);
          return undefined;
        }
        const v = value.negative ? -value.magnitude : value.magnitude;
        if (!intInRange(type, v)) {
          this.error(value.first, value.last, `literal out of range for \`${scalarTypeName(type)}\``);
          return undefined;
        }
        return encodeInt(type, v);
      }
    }
  }

  private floatValue(type: FieldDescriptorProto_Type, value: OptionValue, inLiteral: boolean): Elem | undefined {
    let v: number;
    switch (value.kind) {
      case "int": {
        const t = this.tokens;
        const tok = value.last;
        const s = t.start[tok]!;
        if (this.text.charCodeAt(s) === CH_ZERO && t.end[tok]! > s + 1 && (this.text.charCodeAt(s + 1) | 0x20) === 0x78) {
          this.error(value.first, value.last, "unsupported base for floating-point literal");
          return undefined;
        }
        // Literals wider than uint64 are rounded toward zero (buf 1.75; probed), others to nearest.
        v = value.magnitude > UINT64_MAX ? truncatedNumber(value.magnitude) : Number(value.magnitude);
        break;
      }
      case "float":
        if (this.tokens.kind[value.last] === TK_IDENT) return this.floatIdent(type, value.negative, this.tokenText(value.last), value.first, value.last, inLiteral);
        v = value.magnitude;
        break;
      case "identValue":
        return this.floatIdent(type, value.negative, value.name, value.first, value.last, inLiteral);
      default:
        this.mismatch(value);
        return undefined;
    }
    return encodeFloat(type, value.negative ? -v : v, false);
  }

  /** `inf`/`nan` (and in message literals anything Go's ParseFloat would take, else 0). */
  private floatIdent(type: FieldDescriptorProto_Type, negative: boolean, name: string, first: TokenIndex, last: TokenIndex, inLiteral: boolean): Elem | undefined {
    let v: number;
    if (!inLiteral) {
      if (name === "inf") v = Infinity;
      else if (name === "nan") v = NaN;
      else {
        this.error(first, last, "non-canonical floating-point literal outside of message expression");
        return undefined;
      }
    } else {
      const lower = name.toLowerCase();
      v = lower === "inf" || lower === "infinity" ? Infinity : lower === "nan" ? NaN : 0;
    }
    return encodeFloat(type, negative ? -v : v, negative && Number.isNaN(v));
  }

  private boolValue(value: OptionValue, inLiteral: boolean): Elem | undefined {
    if (value.kind === "identValue" && !value.negative) {
      const n = value.name;
      if (n === "true" || n === "false") return encodeBool(n === "true");
      if (n === "True" || n === "t" || n === "False" || n === "f") {
        if (inLiteral) return encodeBool(n === "True" || n === "t");
        this.error(value.first, value.last, "non-canonical `bool` literal outside of message expression");
        return undefined;
      }
    }
    this.mismatch(value);
    return undefined;
  }

  private enumValue(f: FieldSymbol, value: OptionValue): Elem | undefined {
    const e = this.typeOf(f);
    if (!e || e.kind !== "enum") return undefined;
    if (value.kind === "int") {
      const v = value.negative ? -value.magnitude : value.magnitude;
      if (!intInRange(T.ENUM, v)) {
        this.error(value.first, value.last, `literal out of range for \`${e.fullName}\``);
        return undefined;
      }
      return encodeInt(T.INT32, v);
    }
    if (value.kind !== "identValue") {
      this.mismatch(value);
      return undefined;
    }
    if (value.name.indexOf(".", 1) > 0) {
      this.error(value.first, value.last, "qualified enum value reference");
      return undefined;
    }
    const n = enumValueNumber(e, value.name);
    if (n === undefined || value.negative) {
      // `-A` for a value A is a mismatch; anything else as for other types.
      if (n !== undefined) this.error(value.nameFirst, value.last, "mismatched types");
      else this.mismatch(value);
      return undefined;
    }
    return encodeInt(T.INT32, BigInt(n));
  }

  private tokenText(tok: TokenIndex): string {
    return this.text.slice(this.tokens.start[tok]!, this.tokens.end[tok]!);
  }

  // ---- source info ----

  /** Value locations of a message value's interior (source-info.md §5). */
  emitLocations(m: MessageValue, path: number[]): void {
    if (m.opaque) return;
    const si = this.ctx.sourceInfo!;
    for (let copy = 0; copy < m.copies; copy++) {
      for (const fv of m.fields.values()) this.emitField(si, fv, path);
    }
  }

  private emitField(si: SourceInfoCollector, fv: FieldValue, path: number[]): void {
    const p = [...path, fv.field.proto.number];
    if (isRepeated(fv.field)) {
      for (let i = 0; i < fv.sources.length; i++) addSource(si, [...p, i], fv.sources[i]!);
    } else if (fv.elems[0] instanceof MessageValue) {
      this.emitLocations(fv.elems[0], p);
    } else if (fv.sources.length > 0) {
      addSource(si, p, fv.sources[0]!);
    }
  }
}

function addSource(si: SourceInfoCollector, path: number[], s: ValueSource): void {
  // The value location of an `option` statement carries the statement's comments (§6.1).
  if ("kind" in s && s.kind === "option") si.addWithComments(path, s.first, s.last, s.first, s.last);
  else si.add(path, s.first, s.last);
}

const UINT64_MAX = (1n << 64n) - 1n;

/** A non-negative integer as a float64, rounded toward zero. */
function truncatedNumber(v: bigint): number {
  const shift = v.toString(2).length - 53;
  if (shift <= 0) return Number(v);
  return Number(v >> BigInt(shift)) * 2 ** shift;
}

/** `Edition` number of an edition string (`"2023"` → EDITION_2023). */
function editionNumber(edition: string): number {
  const v = (Edition as unknown as Record<string, number | undefined>)[`EDITION_${edition}`];
  return v ?? Edition.EDITION_MAX;
}

/** Identifiers that are literals of some type: a mismatch, not an unknown name. */
function isKeyword(name: string): boolean {
  return name === "true" || name === "false" || name === "inf" || name === "nan";
}
