/**
 * The linker's symbol table, as other compiler stages see it (the option interpreter above all).
 *
 * CONTRACT: implemented by the linker. Every symbol points at the descriptor proto object the
 * builder made for it; by the time options are interpreted, field protos have `type`, `typeName`
 * (fully qualified, leading dot), `label`, `number` and `extendee` (leading dot) filled in.
 */
import type {
  DescriptorProto,
  EnumDescriptorProto,
  EnumValueDescriptorProto,
  FieldDescriptorProto,
} from "@bufbuild/protobuf/wkt";

export type SyntaxKind = "proto2" | "proto3" | "editions";

export interface FileInfo {
  /** Import path. */
  readonly path: string;
  readonly syntax: SyntaxKind;
  /** "2023" / "2024" for editions files. */
  readonly edition: string | undefined;
  readonly package: string;
}

interface SymbolBase {
  /** Fully-qualified name without a leading dot (`foo.bar.Baz`). */
  readonly fullName: string;
  /** The file that declares it (undefined for packages). */
  readonly file: FileInfo | undefined;
}

export interface PackageSymbol extends SymbolBase {
  readonly kind: "package";
}
export interface MessageSymbol extends SymbolBase {
  readonly kind: "message";
  readonly file: FileInfo;
  readonly proto: DescriptorProto;
  /** Whether other files may use it (false for an edition 2024 `local` type). */
  readonly exported: boolean;
  /** Field symbols by name and number (extensions excluded). */
  readonly fieldsByName: ReadonlyMap<string, FieldSymbol>;
  readonly fieldsByNumber: ReadonlyMap<number, FieldSymbol>;
}
export interface EnumSymbol extends SymbolBase {
  readonly kind: "enum";
  readonly file: FileInfo;
  readonly proto: EnumDescriptorProto;
  /** Closed enum (proto2, or editions `enum_type = CLOSED`). */
  readonly closed: boolean;
  /** Whether other files may use it (false for an edition 2024 `local` type). */
  readonly exported: boolean;
}
export interface EnumValueSymbol extends SymbolBase {
  readonly kind: "enumValue";
  readonly file: FileInfo;
  readonly proto: EnumValueDescriptorProto;
  /** Values are siblings of their enum: `foo.Bar.VALUE` is `foo.VALUE` here... see parent. */
  readonly parent: EnumSymbol;
}
export interface FieldSymbol extends SymbolBase {
  readonly kind: "field" | "extension";
  readonly file: FileInfo;
  readonly proto: FieldDescriptorProto;
  /** For fields, the message that holds it; for extensions, the extendee (once resolved). */
  readonly message: MessageSymbol | undefined;
  /** Whether a repeated scalar field is encoded packed (syntax default or `[packed = …]`). */
  readonly packed: boolean;
}
export interface OtherSymbol extends SymbolBase {
  readonly kind: "oneof" | "service" | "method";
}

export type Symbol = PackageSymbol | MessageSymbol | EnumSymbol | EnumValueSymbol | FieldSymbol | OtherSymbol;

/** A scope that holds named members: the root, a package, a message, a service. */
export interface Scope {
  /** Fully-qualified name ("" for the root). */
  readonly fullName: string;
  readonly members: ReadonlyMap<string, Symbol>;
  /** The enclosing scope (undefined for the root). */
  readonly parentScope: Scope | undefined;
}

export interface SymbolTable {
  /** Exact lookup by fully-qualified name (no leading dot), regardless of visibility. */
  lookup(fullName: string): Symbol | undefined;
  /**
   * The scope references written inside `scope` (fully-qualified name of the enclosing message,
   * or the package; "" for the root) are resolved from: that scope, or for one that holds no names,
   * such as an enum, the one that holds it.
   */
  scopeFor(scope: string): Scope;
  /**
   * Resolve a reference written in `fromFile` inside `scope` (see {@link scopeFor}) with protobuf's
   * scoping rules (descriptors.md §3.2). `accept` filters candidates (e.g. only messages/enums for
   * a field type, only extensions for a custom option). Only symbols visible from `fromFile`
   * (itself, its imports, public re-exports) are found; a hit marks the providing import as used.
   */
  resolveFrom(
    fromFile: string,
    scope: Scope,
    name: string,
    accept: (s: Symbol) => boolean,
  ): { symbol: Symbol } | { error: string };
  /** Extensions of a message, by number (visible or not). */
  extensionsOf(messageFullName: string): ReadonlyMap<number, FieldSymbol>;
}
