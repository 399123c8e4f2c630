/**
 * The syntax tree of one .proto file, as the parser produces it.
 *
 * Design choices (shared by the parser, the linker, the source-info builder and the lint model):
 * - Positions are **token indices** into the file's {@link Tokens}, not offsets. Every node carries
 *   `first` and `last` (inclusive) token indices; spans, line/column and comment attribution are
 *   derived from the tokens on demand, so the tree stays small and the hot path never computes a
 *   line/column nobody reads.
 * - Declarations keep source order in one `decls`/`body` array per scope; descriptor order is
 *   source order (see shared/reference/descriptors.md §2).
 * - Literal values are decoded once by the parser (escapes, concatenation, integer bases); the raw
 *   token text stays reachable through the token indices.
 */

/** Index of a token in {@link Tokens}. */
export type TokenIndex = number;

// ---- tokens ---------------------------------------------------------------------------------

/** Token kinds (numbers, not objects: the lexer fills typed arrays). */
export const TK_EOF = 0;
/** Identifier or keyword: `[A-Za-z_][A-Za-z0-9_]*`. Keywords are contextual in protobuf. */
export const TK_IDENT = 1;
/** Integer literal: decimal, `0x` hex or `0` octal, without sign. */
export const TK_INT = 2;
/** Floating-point literal, without sign (`1.5`, `1e3`, `.5`, `5.`). `inf`/`nan` are identifiers. */
export const TK_FLOAT = 3;
/** String literal in `"` or `'` quotes (one token per literal; adjacent literals are separate tokens). */
export const TK_STRING = 4;
/** One punctuation character: `; , . = : { } [ ] ( ) < > - + /`. Its code is `text.charCodeAt(start)`. */
export const TK_PUNCT = 5;
/** A character the lexer could not use; a diagnostic was reported for it. */
export const TK_ERROR = 6;

/** One comment, as written. */
export interface Comment {
  /** Offsets into {@link SourceText.text}: the comment including its `//` or `/* *\/` delimiters. */
  readonly start: number;
  readonly end: number;
  readonly block: boolean;
}

/**
 * The token stream of one file. Parallel arrays, index = {@link TokenIndex}; the last token is
 * always TK_EOF (start = end = text length).
 */
export interface Tokens {
  readonly source: SourceText;
  readonly count: number;
  readonly kind: Uint8Array;
  /** Start offset (UTF-16 code units into `source.text`). */
  readonly start: Uint32Array;
  /** End offset, exclusive. */
  readonly end: Uint32Array;
  /** All comments, in file order. */
  readonly comments: readonly Comment[];
  /**
   * For each token i, the index in `comments` of the first comment that lies before token i
   * (after token i-1); comments between token i-1 and token i are
   * `comments.slice(commentStart[i], commentStart[i+1])`. Length `count + 1`.
   */
  readonly commentStart: Uint32Array;
}

/** The text of one file plus a lazily built line table. */
export interface SourceText {
  /** Path relative to its import root (as used in `import` statements and descriptor names). */
  readonly path: string;
  readonly text: string;
  /**
   * The file started with a UTF-8 byte order mark, stripped from `text`. buf treats it like a
   * token on line 0 when attributing comments (source-info.md §6): a `//` comment right after it
   * is a same-line trailing comment of nothing, and is lost.
   */
  readonly bom?: boolean;
}

// ---- shared pieces --------------------------------------------------------------------------

export interface NodeBase {
  /** First token of the construct (inclusive). */
  readonly first: TokenIndex;
  /** Last token of the construct (inclusive). */
  readonly last: TokenIndex;
}

/** A simple identifier. */
export interface Ident extends NodeBase {
  readonly kind: "ident";
  readonly text: string;
}

/**
 * A possibly qualified name: `Foo`, `foo.bar.Baz`, `.foo.Bar` (leading dot = absolute).
 * `text` is the name as written without whitespace or comments (`.foo.Bar`).
 */
export interface QualifiedName extends NodeBase {
  readonly kind: "qname";
  readonly text: string;
  readonly absolute: boolean;
  /** The components without dots. */
  readonly parts: readonly string[];
}

/** A keyword that matters to the descriptor or to source info (`optional`, `stream`, `public` …). */
export interface Keyword {
  readonly text: string;
  readonly tok: TokenIndex;
}

/** An integer literal with optional sign. `first` is the sign token if there is one. */
export interface IntLiteral extends NodeBase {
  readonly kind: "int";
  readonly negative: boolean;
  /** Magnitude as written (decimal, hex or octal decoded); arbitrarily large. */
  readonly magnitude: bigint;
}

/** A float literal with optional sign, or a signed/unsigned `inf`/`nan` identifier. */
export interface FloatLiteral extends NodeBase {
  readonly kind: "float";
  readonly negative: boolean;
  /** Magnitude (non-negative, may be Infinity or NaN). */
  readonly magnitude: number;
}

/** One or more adjacent string literals, concatenated, escapes decoded. */
export interface StringLiteral extends NodeBase {
  readonly kind: "string";
  /** Decoded bytes (escapes may produce invalid UTF-8). */
  readonly bytes: Uint8Array;
  /** `bytes` decoded as UTF-8 (invalid sequences replaced); what a string field stores. */
  readonly value: string;
}

/**
 * An identifier used as a value (`true`, `FOO_BAR`, `inf`, `nan`, and `-inf` with a sign), or a
 * qualified name (`pkg.Enum.VALUE`, `.pkg.X`: never a valid value, kept for buf's error texts).
 * `negative` is set when a `-` precedes it; `first` is then the sign token.
 */
export interface IdentValue extends NodeBase {
  readonly kind: "identValue";
  readonly negative: boolean;
  /** The name without whitespace; dotted when qualified. */
  readonly name: string;
  /** First token of the name (after the sign). */
  readonly nameFirst: TokenIndex;
}

/** `{ a: 1, b { c: 2 }, [ext.name]: 3, [type.googleapis.com/pkg.Msg] { ... } }` or `< ... >`. */
export interface MessageLiteral extends NodeBase {
  readonly kind: "message";
  /** `first` is `{`/`<`, `last` is `}`/`>`. */
  readonly fields: readonly MessageLiteralField[];
}

export interface MessageLiteralField extends NodeBase {
  /** Field name, extension name `[a.b.c]`, or Any type URL `[type.googleapis.com/a.B]`. */
  readonly name: MessageLiteralFieldName;
  /** Whether a `:` separates name and value (optional before a message value). */
  readonly colon: boolean;
  readonly value: OptionValue;
  /** `first` = first token of the name (the `[` for extensions), `last` = last token of the value. */
}

export type MessageLiteralFieldName =
  | { readonly kind: "field"; readonly name: string; readonly first: TokenIndex; readonly last: TokenIndex }
  | { readonly kind: "extension"; readonly name: string; readonly first: TokenIndex; readonly last: TokenIndex }
  | {
      readonly kind: "any";
      /** `type.googleapis.com` */
      readonly prefix: string;
      /** `pkg.Msg` */
      readonly typeName: string;
      readonly first: TokenIndex;
      readonly last: TokenIndex;
    };

/** `[1, 2, 3]` or `[{...}, {...}]` inside a message literal. */
export interface ListLiteral extends NodeBase {
  readonly kind: "list";
  readonly elements: readonly OptionValue[];
}

export type ScalarValue = IntLiteral | FloatLiteral | StringLiteral | IdentValue;
export type OptionValue = ScalarValue | MessageLiteral | ListLiteral;

/** One component of an option name: `java_package`, `(foo.bar)`, `features`. */
export interface OptionNamePart extends NodeBase {
  /** The name without parentheses; for an extension it may be qualified (`foo.bar`, `.foo.bar`). */
  readonly name: string;
  /** Written in parentheses: a custom option (extension). */
  readonly extension: boolean;
}

/** `(foo.bar).baz.qux` */
export interface OptionName extends NodeBase {
  readonly parts: readonly OptionNamePart[];
}

/** `option NAME = VALUE;` — `first` is `option`, `last` is `;`. */
export interface OptionDecl extends NodeBase {
  readonly kind: "option";
  readonly name: OptionName;
  readonly value: OptionValue;
}

/** One `name = value` inside `[ ... ]`; `first`..`last` spans `name = value`. */
export interface CompactOption extends NodeBase {
  readonly name: OptionName;
  readonly value: OptionValue;
}

/** `[ a = 1, b = 2 ]`: `first` is `[`, `last` is `]`. */
export interface CompactOptions extends NodeBase {
  readonly options: readonly CompactOption[];
}

/** A trailing `;` after a block, or a lone `;` where a declaration may stand. */
export interface EmptyDecl extends NodeBase {
  readonly kind: "empty";
}

// ---- file level -----------------------------------------------------------------------------

/** `syntax = "proto3";` or `edition = "2023";` — `first` keyword, `last` `;`. */
export interface SyntaxDecl extends NodeBase {
  readonly kind: "syntax" | "edition";
  readonly value: StringLiteral;
}

/** `package a.b.c;` */
export interface PackageDecl extends NodeBase {
  readonly kind: "package";
  readonly name: QualifiedName;
}

/** `import [public|weak|option] "path";` */
export interface ImportDecl extends NodeBase {
  readonly kind: "import";
  readonly modifier?: Keyword & { readonly text: "public" | "weak" | "option" };
  readonly path: StringLiteral;
}

export type FileDecl =
  | PackageDecl
  | ImportDecl
  | OptionDecl
  | MessageDecl
  | EnumDecl
  | ServiceDecl
  | ExtendDecl
  | EmptyDecl;

export interface FileNode {
  readonly kind: "file";
  readonly tokens: Tokens;
  /** The `syntax`/`edition` statement; absent when the file has none (proto2 then). */
  readonly syntax?: SyntaxDecl;
  /** Declarations after the syntax statement, in source order. */
  readonly decls: readonly FileDecl[];
}

// ---- messages ---------------------------------------------------------------------------------

/** Edition 2024 `export` / `local` on a message or enum. */
export type Visibility = Keyword & { readonly text: "export" | "local" };

export interface MessageDecl extends NodeBase {
  readonly kind: "message";
  /** `first` is the `message` keyword (not the visibility modifier); `last` is `}`. */
  readonly visibility?: Visibility;
  readonly name: Ident;
  /** The `{` token. */
  readonly open: TokenIndex;
  readonly body: readonly MessageBodyDecl[];
}

export type MessageBodyDecl =
  | FieldDecl
  | MapFieldDecl
  | GroupDecl
  | OneofDecl
  | OptionDecl
  | MessageDecl
  | EnumDecl
  | ExtendDecl
  | ExtensionRangeDecl
  | ReservedDecl
  | EmptyDecl;

/** The label keyword of a field: `optional`, `required`, `repeated`. */
/**
 * A field's label. `option` is no label: buf reads `option type name = …;` as a field with `option`
 * as its modifier, which the parser reports (and the linker, as it does a label in a oneof).
 */
export type Label = Keyword & { readonly text: "optional" | "required" | "repeated" | "option" };

/** `[label] type name = number [options];` — `first` = label or type, `last` = `;`. */
export interface FieldDecl extends NodeBase {
  readonly kind: "field";
  readonly label?: Label;
  /** Scalar keyword or message/enum name, exactly as written. */
  readonly type: QualifiedName;
  readonly name: Ident;
  /** Absent when the number is missing (a diagnostic was reported). */
  readonly number?: IntLiteral;
  readonly options?: CompactOptions;
}

/** `map<K, V> name = number [options];` */
export interface MapFieldDecl extends NodeBase {
  readonly kind: "map";
  /** Present only if someone wrote a label (an error the linker reports). */
  readonly label?: Label;
  /** `map` … `>` */
  readonly typeFirst: TokenIndex;
  readonly typeLast: TokenIndex;
  readonly keyType: QualifiedName;
  readonly valueType: QualifiedName;
  readonly name: Ident;
  readonly number?: IntLiteral;
  readonly options?: CompactOptions;
}

/** `[label] group Name = number [options] { ... }` — `first` = label or `group`, `last` = `}`. */
export interface GroupDecl extends NodeBase {
  readonly kind: "group";
  readonly label?: Label;
  /** The `group` keyword. */
  readonly keyword: TokenIndex;
  readonly name: Ident;
  readonly number?: IntLiteral;
  readonly options?: CompactOptions;
  readonly open: TokenIndex;
  readonly body: readonly MessageBodyDecl[];
}

/** `oneof name { ... }` */
export interface OneofDecl extends NodeBase {
  readonly kind: "oneof";
  readonly name: Ident;
  readonly open: TokenIndex;
  readonly body: readonly (FieldDecl | MapFieldDecl | GroupDecl | OptionDecl | EmptyDecl)[];
}

/** One range in `reserved` / `extensions`: `5`, `5 to 10`, `5 to max`. */
export interface RangeNode extends NodeBase {
  readonly start: IntLiteral;
  /** Absent for a single number. */
  readonly end?: IntLiteral | MaxKeyword;
}

export interface MaxKeyword extends NodeBase {
  readonly kind: "max";
}

/** `extensions 1 to 5, 10 [opts];` */
export interface ExtensionRangeDecl extends NodeBase {
  readonly kind: "extensions";
  readonly ranges: readonly RangeNode[];
  readonly options?: CompactOptions;
}

/** A reserved name: `"foo"` (proto2/proto3) or `foo` (editions). */
export interface ReservedName extends NodeBase {
  readonly name: string;
  /** Whether it was written as a string literal. */
  readonly quoted: boolean;
}

/** `reserved 1, 2 to 5;` or `reserved "a", "b";` (a statement holds ranges or names, not both). */
export interface ReservedDecl extends NodeBase {
  readonly kind: "reserved";
  readonly ranges: readonly RangeNode[];
  readonly names: readonly ReservedName[];
}

/** `extend Foo { ... }` */
export interface ExtendDecl extends NodeBase {
  readonly kind: "extend";
  readonly extendee: QualifiedName;
  readonly open: TokenIndex;
  readonly body: readonly (FieldDecl | GroupDecl | MapFieldDecl | EmptyDecl)[];
}

// ---- enums ------------------------------------------------------------------------------------

export interface EnumDecl extends NodeBase {
  readonly kind: "enum";
  readonly visibility?: Visibility;
  readonly name: Ident;
  readonly open: TokenIndex;
  readonly body: readonly (EnumValueDecl | OptionDecl | ReservedDecl | EmptyDecl)[];
}

/** `NAME = [-]number [options];` */
export interface EnumValueDecl extends NodeBase {
  readonly kind: "enumValue";
  readonly name: Ident;
  readonly number?: IntLiteral;
  readonly options?: CompactOptions;
}

// ---- services ---------------------------------------------------------------------------------

export interface ServiceDecl extends NodeBase {
  readonly kind: "service";
  readonly name: Ident;
  readonly open: TokenIndex;
  readonly body: readonly (RpcDecl | OptionDecl | EmptyDecl)[];
}

export interface RpcType {
  /** The `stream` keyword, if written. */
  readonly stream?: TokenIndex;
  readonly type: QualifiedName;
}

/** `rpc Name(In) returns (Out);` or `… { options }` */
export interface RpcDecl extends NodeBase {
  readonly kind: "rpc";
  readonly name: Ident;
  readonly input: RpcType;
  readonly output: RpcType;
  /** The `{` of the body; absent for the `;` form. */
  readonly open?: TokenIndex;
  /** Absent for the `;` form; present (maybe empty) when a `{ }` body is written. */
  readonly body?: readonly (OptionDecl | EmptyDecl)[];
}

// ---- results ----------------------------------------------------------------------------------

export type DeclNode =
  | FileDecl
  | MessageBodyDecl
  | EnumValueDecl
  | RpcDecl
  | SyntaxDecl;
