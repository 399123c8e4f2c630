/**
 * Words and lookups shared by the breaking rules: how to name an element in a message, a field's
 * type as users write it, nested names within a file, and the `reserved` lines that make a
 * deletion compatible. Rules say "what changed, from what to what, and how to stay compatible";
 * these helpers keep the wording the same across rules.
 */
import { FieldDescriptorProto_Type, FeatureSet_MessageEncoding } from "@bufbuild/protobuf/wkt";
import type { Enum, Field, Message, ProtoFile } from "../engine/model.js";

/** `field 3 "name" of message "Order"` / `extension 100 "pkg.ext" of message "pkg.A"`. */
export function describeField(f: Field): string {
  if (f.isExtension) return `extension ${f.number} "${f.fullName}" of message "${f.extendee ?? ""}"`;
  return `field ${f.number} "${f.name}" of message "${f.parent ? nestedName(f.parent) : ""}"`;
}

const DOT = 46;

/** A type's name relative to its package (`Order.Inner`), as buf names nested types. */
export function nestedName(t: Message | Enum): string {
  const pkg = t.file.package;
  const full = t.fullName;
  return pkg && full.length > pkg.length && full.charCodeAt(pkg.length) === DOT && full.startsWith(pkg) ? full.slice(pkg.length + 1) : full;
}

const SCALAR: Partial<Record<FieldDescriptorProto_Type, string>> = {
  [FieldDescriptorProto_Type.DOUBLE]: "double",
  [FieldDescriptorProto_Type.FLOAT]: "float",
  [FieldDescriptorProto_Type.INT64]: "int64",
  [FieldDescriptorProto_Type.UINT64]: "uint64",
  [FieldDescriptorProto_Type.INT32]: "int32",
  [FieldDescriptorProto_Type.FIXED64]: "fixed64",
  [FieldDescriptorProto_Type.FIXED32]: "fixed32",
  [FieldDescriptorProto_Type.BOOL]: "bool",
  [FieldDescriptorProto_Type.STRING]: "string",
  [FieldDescriptorProto_Type.BYTES]: "bytes",
  [FieldDescriptorProto_Type.UINT32]: "uint32",
  [FieldDescriptorProto_Type.SFIXED32]: "sfixed32",
  [FieldDescriptorProto_Type.SFIXED64]: "sfixed64",
  [FieldDescriptorProto_Type.SINT32]: "sint32",
  [FieldDescriptorProto_Type.SINT64]: "sint64",
};

/** The wire kind of a field: a scalar name, `enum`, `message`, or `group` (also editions DELIMITED). */
export type FieldKind = "double" | "float" | "int64" | "uint64" | "int32" | "fixed64" | "fixed32" | "bool" | "string" | "bytes" | "uint32" | "sfixed32" | "sfixed64" | "sint32" | "sint64" | "enum" | "message" | "group";

export function fieldKind(f: Field): FieldKind {
  const t = f.proto.type;
  if (t === FieldDescriptorProto_Type.ENUM) return "enum";
  if (t === FieldDescriptorProto_Type.GROUP) return "group";
  if (t === FieldDescriptorProto_Type.MESSAGE) return isDelimited(f) ? "group" : "message";
  return (SCALAR[t] ?? "message") as FieldKind;
}

/**
 * Editions `message_encoding = DELIMITED` on the field, an enclosing message or the file. Map
 * fields and the fields of their entries stay length-prefixed whatever the file says (buf).
 */
function isDelimited(f: Field): boolean {
  if (f.parent?.isMapEntry || f.parent?.messages.some((m) => m.isMapEntry && m.fullName === f.typeName)) return false;
  const own = f.proto.options?.features?.messageEncoding;
  if (own !== undefined && own !== FeatureSet_MessageEncoding.MESSAGE_ENCODING_UNKNOWN) return own === FeatureSet_MessageEncoding.DELIMITED;
  for (let m = f.parent; m; m = m.parent) {
    const enc = m.proto.options?.features?.messageEncoding;
    if (enc !== undefined && enc !== FeatureSet_MessageEncoding.MESSAGE_ENCODING_UNKNOWN) return enc === FeatureSet_MessageEncoding.DELIMITED;
  }
  return f.file.proto.options?.features?.messageEncoding === FeatureSet_MessageEncoding.DELIMITED;
}

/** The type as a user reads it: `int32`, or the full name of a message/enum/group type. */
export function typeLabel(f: Field): string {
  const kind = fieldKind(f);
  if (f.typeName === undefined) return kind;
  return kind === "group" ? `group ${f.typeName}` : f.typeName;
}

/**
 * The `reserved` lines that keep a deleted field or enum value number and name from being reused:
 * `reserved 3; reserved "name";` (editions write names as identifiers: `reserved name;`).
 */
export function reservedLines(file: ProtoFile, number: number, names: readonly string[]): string {
  const quoted = file.syntax === "editions" ? names : names.map((n) => `"${n}"`);
  return `reserved ${number};` + (names.length > 0 ? ` reserved ${quoted.join(", ")};` : "");
}
