/**
 * Which files the breaking rules need not compare element by element: those whose descriptor is
 * the same on both sides apart from source info, and whose visible imports are too.
 *
 * The CLI reuses the input side's descriptor object for a file whose bytes, and the bytes of all
 * it imports, are unchanged (src/cli/breaking.ts); many more files change only in comments or
 * layout (a new copyright year), and compile to equal descriptors. A rule judges an element from
 * its descriptor, its parents' and its file's (features, options, syntax), and, for an enum field's
 * default, the enum, which is declared in the file or in a file it sees through its imports
 * (direct ones, and the public imports of those). Source info only places findings. So a file
 * whose descriptor is equal on both sides, with every file it sees equal too, yields no finding
 * below the file level, and pairing its elements with each other changes nothing for the other
 * files: a full name is declared once in a build.
 *
 * Equality covers every field of descriptor.proto a rule may read, with presence (a field set to
 * its default is not an unset one) and unknown fields (custom options and features). The element
 * descriptors are compared field by field in code written for them, options (and everything, should
 * the schemas have fields that code does not know: a newer @bufbuild/protobuf) through their own
 * properties.
 */
import type { DescMessage } from "@bufbuild/protobuf";
import {
  DescriptorProto_ExtensionRangeSchema,
  DescriptorProto_ReservedRangeSchema,
  DescriptorProtoSchema,
  EnumDescriptorProto_EnumReservedRangeSchema,
  EnumDescriptorProtoSchema,
  EnumValueDescriptorProtoSchema,
  FieldDescriptorProtoSchema,
  FileDescriptorProtoSchema,
  MethodDescriptorProtoSchema,
  OneofDescriptorProtoSchema,
  ServiceDescriptorProtoSchema,
  type DescriptorProto,
  type DescriptorProto_ExtensionRange,
  type EnumDescriptorProto,
  type EnumValueDescriptorProto,
  type FieldDescriptorProto,
  type FileDescriptorProto,
  type MethodDescriptorProto,
  type OneofDescriptorProto,
  type ServiceDescriptorProto,
} from "@bufbuild/protobuf/wkt";
import type { Model, ProtoFile } from "../engine/model.js";

/**
 * Whether a file of `previous` is unchanged in `current`: the same descriptor object on both sides
 * (the CLI shares one only when the file's imports are shared too), or an equal one whose visible
 * imports are equal as well. Worked out once per file for a pair of models.
 */
export function isUnchanged(previous: Model, current: Model, file: ProtoFile): boolean {
  let sides = known.get(previous);
  if (sides?.current !== current) known.set(previous, (sides = { current, equal: new Map(), unchanged: new Map() }));
  let unchanged = sides.unchanged.get(file.name);
  if (unchanged === undefined) {
    const c = current.file(file.name);
    const { equal } = sides;
    const isEqual = (name: string): boolean => {
      let same = equal.get(name);
      if (same === undefined) {
        const p = previous.file(name);
        const q = current.file(name);
        same = p !== undefined && q !== undefined && sameDescriptor(p.proto, q.proto);
        equal.set(name, same);
      }
      return same;
    };
    unchanged = c !== undefined && (c.proto === file.proto || (isEqual(file.name) && seesUnchanged(file, isEqual, 0)));
    sides.unchanged.set(file.name, unchanged);
  }
  return unchanged;
}

/** What is known of the files of a pair of models, by the previous side. */
const known = new WeakMap<Model, { readonly current: Model; readonly equal: Map<string, boolean>; readonly unchanged: Map<string, boolean> }>();

/** How deep public imports are followed; deeper chains count as changed. */
const MAX_PUBLIC_IMPORT_DEPTH = 8;

function seesUnchanged(file: ProtoFile, isEqual: (name: string) => boolean, depth: number): boolean {
  for (const imp of file.imports) {
    if (depth > 0 && !imp.isPublic) continue;
    if (!isEqual(imp.name)) return false;
    const t = imp.target;
    if (t !== undefined && t.proto.publicDependency.length > 0) {
      if (depth >= MAX_PUBLIC_IMPORT_DEPTH || !seesUnchanged(t, isEqual, depth + 1)) return false;
    }
  }
  return true;
}

/** Whether two file descriptors are equal apart from their source info. */
export function sameDescriptor(a: FileDescriptorProto, b: FileDescriptorProto): boolean {
  // Reading the source info may decode it, and it only places findings.
  return KNOWN_SCHEMAS ? sameFile(a, b) : sameOwn(a, b, "sourceCodeInfo");
}

// ---- the element descriptors, field by field ---------------------------------------------------

/** The fields the comparisons below read, by schema; anything else makes them stand down. */
const HANDLED: readonly [DescMessage, string][] = [
  [FileDescriptorProtoSchema, "name package dependency publicDependency weakDependency optionDependency messageType enumType service extension options sourceCodeInfo syntax edition"],
  [DescriptorProtoSchema, "name field extension nestedType enumType extensionRange oneofDecl options reservedRange reservedName visibility"],
  [DescriptorProto_ExtensionRangeSchema, "start end options"],
  [DescriptorProto_ReservedRangeSchema, "start end"],
  [FieldDescriptorProtoSchema, "name number label type typeName extendee defaultValue oneofIndex jsonName options proto3Optional"],
  [OneofDescriptorProtoSchema, "name options"],
  [EnumDescriptorProtoSchema, "name value options reservedRange reservedName visibility"],
  [EnumDescriptorProto_EnumReservedRangeSchema, "start end"],
  [EnumValueDescriptorProtoSchema, "name number options"],
  [ServiceDescriptorProtoSchema, "name method options"],
  [MethodDescriptorProtoSchema, "name inputType outputType options clientStreaming serverStreaming"],
];

const KNOWN_SCHEMAS = HANDLED.every(([desc, names]) => desc.fields.map((f) => f.localName).join(" ") === names);

const hasOwn = Object.prototype.hasOwnProperty;

/** The same prototype (so the same defaults for unset fields) and the same unknown fields. */
function sameFrame(a: object, b: object): boolean {
  return Object.getPrototypeOf(a) === Object.getPrototypeOf(b) && sameUnknown((a as Fields)["$unknown"], (b as Fields)["$unknown"]);
}

/** Whether a field is set on both objects or on neither (values already found equal). */
function bothSet(a: object, b: object, key: string): boolean {
  return hasOwn.call(a, key) === hasOwn.call(b, key);
}

function sameFile(a: FileDescriptorProto, b: FileDescriptorProto): boolean {
  if (a === b) return true;
  if (
    a.name !== b.name ||
    a.package !== b.package ||
    a.syntax !== b.syntax ||
    a.edition !== b.edition ||
    !sameValues(a.dependency, b.dependency) ||
    !sameValues(a.publicDependency, b.publicDependency) ||
    !sameValues(a.weakDependency, b.weakDependency) ||
    !sameValues(a.optionDependency, b.optionDependency)
  ) {
    return false;
  }
  if (!bothSet(a, b, "name") || !bothSet(a, b, "package") || !bothSet(a, b, "syntax") || !bothSet(a, b, "edition") || !sameFrame(a, b)) return false;
  if (!sameOptions(a.options, b.options)) return false;
  return sameMessages(a.messageType, b.messageType) && sameEnums(a.enumType, b.enumType) && sameServices(a.service, b.service) && sameFields(a.extension, b.extension);
}

function sameMessages(x: readonly DescriptorProto[], y: readonly DescriptorProto[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (!sameMessageType(x[i]!, y[i]!)) return false;
  return true;
}

function sameMessageType(a: DescriptorProto, b: DescriptorProto): boolean {
  if (a.name !== b.name || a.visibility !== b.visibility || !bothSet(a, b, "name") || !bothSet(a, b, "visibility") || !sameFrame(a, b)) return false;
  if (!sameValues(a.reservedName, b.reservedName) || !sameRanges(a.reservedRange, b.reservedRange) || !sameExtensionRanges(a.extensionRange, b.extensionRange)) return false;
  if (!sameOptions(a.options, b.options)) return false;
  if (a.oneofDecl.length !== b.oneofDecl.length) return false;
  for (let i = 0; i < a.oneofDecl.length; i++) if (!sameOneof(a.oneofDecl[i]!, b.oneofDecl[i]!)) return false;
  return sameFields(a.field, b.field) && sameFields(a.extension, b.extension) && sameMessages(a.nestedType, b.nestedType) && sameEnums(a.enumType, b.enumType);
}

function sameFields(x: readonly FieldDescriptorProto[], y: readonly FieldDescriptorProto[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (!sameField(x[i]!, y[i]!)) return false;
  return true;
}

function sameField(a: FieldDescriptorProto, b: FieldDescriptorProto): boolean {
  return (
    a.name === b.name &&
    a.number === b.number &&
    a.label === b.label &&
    a.type === b.type &&
    a.typeName === b.typeName &&
    a.extendee === b.extendee &&
    a.defaultValue === b.defaultValue &&
    a.oneofIndex === b.oneofIndex &&
    a.jsonName === b.jsonName &&
    a.proto3Optional === b.proto3Optional &&
    bothSet(a, b, "name") &&
    bothSet(a, b, "number") &&
    bothSet(a, b, "label") &&
    bothSet(a, b, "type") &&
    bothSet(a, b, "typeName") &&
    bothSet(a, b, "extendee") &&
    bothSet(a, b, "defaultValue") &&
    bothSet(a, b, "oneofIndex") &&
    bothSet(a, b, "jsonName") &&
    bothSet(a, b, "proto3Optional") &&
    sameFrame(a, b) &&
    sameOptions(a.options, b.options)
  );
}

function sameOneof(a: OneofDescriptorProto, b: OneofDescriptorProto): boolean {
  return a.name === b.name && bothSet(a, b, "name") && sameFrame(a, b) && sameOptions(a.options, b.options);
}

function sameEnums(x: readonly EnumDescriptorProto[], y: readonly EnumDescriptorProto[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const a = x[i]!;
    const b = y[i]!;
    if (a.name !== b.name || a.visibility !== b.visibility || !bothSet(a, b, "name") || !bothSet(a, b, "visibility") || !sameFrame(a, b)) return false;
    if (!sameValues(a.reservedName, b.reservedName) || !sameRanges(a.reservedRange, b.reservedRange) || !sameOptions(a.options, b.options)) return false;
    if (a.value.length !== b.value.length) return false;
    for (let k = 0; k < a.value.length; k++) if (!sameEnumValue(a.value[k]!, b.value[k]!)) return false;
  }
  return true;
}

function sameEnumValue(a: EnumValueDescriptorProto, b: EnumValueDescriptorProto): boolean {
  return (
    a.name === b.name &&
    a.number === b.number &&
    bothSet(a, b, "name") &&
    bothSet(a, b, "number") &&
    sameFrame(a, b) &&
    sameOptions(a.options, b.options)
  );
}

function sameServices(x: readonly ServiceDescriptorProto[], y: readonly ServiceDescriptorProto[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const a = x[i]!;
    const b = y[i]!;
    if (a.name !== b.name || !bothSet(a, b, "name") || !sameFrame(a, b) || !sameOptions(a.options, b.options)) return false;
    if (a.method.length !== b.method.length) return false;
    for (let k = 0; k < a.method.length; k++) if (!sameMethod(a.method[k]!, b.method[k]!)) return false;
  }
  return true;
}

function sameMethod(a: MethodDescriptorProto, b: MethodDescriptorProto): boolean {
  return (
    a.name === b.name &&
    a.inputType === b.inputType &&
    a.outputType === b.outputType &&
    a.clientStreaming === b.clientStreaming &&
    a.serverStreaming === b.serverStreaming &&
    bothSet(a, b, "name") &&
    bothSet(a, b, "inputType") &&
    bothSet(a, b, "outputType") &&
    bothSet(a, b, "clientStreaming") &&
    bothSet(a, b, "serverStreaming") &&
    sameFrame(a, b) &&
    sameOptions(a.options, b.options)
  );
}

/** Reserved ranges of a message or an enum (`start`, `end`). */
function sameRanges(x: readonly { start: number; end: number }[], y: readonly { start: number; end: number }[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const a = x[i]!;
    const b = y[i]!;
    if (a.start !== b.start || a.end !== b.end || !bothSet(a, b, "start") || !bothSet(a, b, "end") || !sameFrame(a, b)) return false;
  }
  return true;
}

function sameExtensionRanges(x: readonly DescriptorProto_ExtensionRange[], y: readonly DescriptorProto_ExtensionRange[]): boolean {
  if (!sameRanges(x, y)) return false;
  for (let i = 0; i < x.length; i++) if (!sameOptions(x[i]!.options, y[i]!.options)) return false;
  return true;
}

function sameValues(x: readonly unknown[], y: readonly unknown[]): boolean {
  if (x === y) return true;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function sameOptions(x: object | undefined, y: object | undefined): boolean {
  if (x === undefined || y === undefined) return x === y;
  return sameOwn(x, y);
}

// ---- options, and anything else ---------------------------------------------------------------

/**
 * Two protobuf-es messages with the same prototype (so the same defaults for unset fields) and the
 * same own properties, deeply: every field reads the same on both. Options hold few fields (most
 * of them in unknown fields: custom options), so walking their own properties beats walking their
 * schema. `skip` names a property left out (the file's source info).
 */
function sameOwn(x: object, y: object, skip?: string): boolean {
  if (x === y) return true;
  if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return false;
  const keys = Object.keys(x);
  let n = 0;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k === skip) continue;
    const v = (x as Fields)[k];
    const w = (y as Fields)[k];
    if (!hasOwn.call(y, k) || !(k === "$unknown" ? sameUnknown(v, w) : sameValue(v, w))) return false;
    n++;
  }
  const other = Object.keys(y);
  for (let i = 0; i < other.length; i++) if (other[i] !== skip) n--;
  return n === 0;
}

type Fields = Record<string, unknown>;

function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
  if (x instanceof Uint8Array) return y instanceof Uint8Array && sameBytes(x, y);
  if (Array.isArray(x)) {
    if (!Array.isArray(y) || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!sameValue(x[i], y[i])) return false;
    return true;
  }
  return sameOwn(x, y);
}

/** Unknown fields (protobuf-es `$unknown`): the same numbers, wire types and bytes, in the same order. */
function sameUnknown(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const u = x[i] as UnknownField;
    const v = y[i] as UnknownField;
    if (u.no !== v.no || u.wireType !== v.wireType || !sameBytes(u.data, v.data)) return false;
  }
  return true;
}

interface UnknownField {
  readonly no: number;
  readonly wireType: number;
  readonly data: Uint8Array;
}

function sameBytes(x: Uint8Array, y: Uint8Array): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}
