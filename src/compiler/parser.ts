/**
 * The parser: tokens → syntax tree (ast.ts), by hand-written recursive descent.
 *
 * - Keywords are contextual, decided by one or two tokens of lookahead as buf does (probed):
 *   `message m = 1;` is a field of type `message`, `optional optional = 1;` a field of type
 *   `optional` without a label, `rpc r(stream)` takes a type named `stream`.
 * - Recovery: an unexpected token is reported and the parser skips to the next token that can
 *   start a declaration at the same nesting level (a `;` ends the skip, a `{…}` block is skipped
 *   whole, a `}` closes the enclosing body). A missing `;` is reported at the token found instead
 *   and nothing is skipped, so the next declaration still parses.
 * - Grammar only: number ranges, labels per syntax, duplicates and `syntax` values are the
 *   linker's. What the linker needs is kept (a missing field number leaves `number` undefined).
 * - A keyword-led declaration is parsed wherever it appears (parseKeywordDecl) and rejected
 *   afterwards if its scope does not allow it ("unexpected service method within message
 *   definition"), so a misplaced block is still consumed whole.
 * - Depth is capped, so hostile nesting cannot overflow the stack: message/group nesting beyond
 *   31 levels and message-literal nesting beyond 100 are reported with buf's texts, any body
 *   beyond 64 levels with ours, and the construct is skipped iteratively.
 * - Literals are decoded here: integers to bigint magnitudes, floats with buf's own arithmetic
 *   (decodeFloat, quirks included), strings to bytes and text. intToDouble gives buf's double
 *   for an integer literal used where a float is expected.
 * - Error texts and positions follow buf 1.75 for the common mistakes (see
 *   test/fixtures/parse-errors/); the rest are plain words of our own.
 */
import type {
  CompactOption,
  CompactOptions,
  EmptyDecl,
  EnumDecl,
  EnumValueDecl,
  ExtendDecl,
  ExtensionRangeDecl,
  FieldDecl,
  FileDecl,
  FileNode,
  FloatLiteral,
  GroupDecl,
  Ident,
  ImportDecl,
  IntLiteral,
  Label,
  ListLiteral,
  MapFieldDecl,
  MaxKeyword,
  MessageBodyDecl,
  MessageDecl,
  MessageLiteral,
  MessageLiteralField,
  MessageLiteralFieldName,
  OneofDecl,
  OptionDecl,
  OptionName,
  OptionNamePart,
  OptionValue,
  PackageDecl,
  QualifiedName,
  RangeNode,
  ReservedDecl,
  ReservedName,
  RpcDecl,
  RpcType,
  ServiceDecl,
  SourceText,
  StringLiteral,
  SyntaxDecl,
  TokenIndex,
  Tokens,
  Visibility,
} from "./ast.js";
import { TK_EOF, TK_ERROR, TK_FLOAT, TK_IDENT, TK_INT, TK_PUNCT, TK_STRING } from "./ast.js";
import type { Diagnostics } from "./diagnostics.js";
import { ByteSink, decodeStringInto, lex } from "./lexer.js";

/** Parses one file. Never throws; problems are reported to `diags`. */
export function parse(source: SourceText, diags: Diagnostics): FileNode {
  const tokens = lex(source, diags);
  return new Parser(tokens, diags).parseFile();
}

/** Parses an already lexed file. */
export function parseTokens(tokens: Tokens, diags: Diagnostics): FileNode {
  return new Parser(tokens, diags).parseFile();
}

// Punctuation char codes.
const SEMI = 59;
const COMMA = 44;
const EQ = 61;
const COLON = 58;
const LBRACE = 123;
const RBRACE = 125;
const LBRACK = 91;
const RBRACK = 93;
const LPAREN = 40;
const RPAREN = 41;
const LT = 60;
const GT = 62;
const MINUS = 45;
const DOT = 46;
const SLASH = 47;

/** buf's limit on nested message declarations (`message nesting depth must be less than 32`). */
const MAX_MESSAGE_DEPTH = 32;
/** Our cap on nested declaration bodies of any kind (only misplaced declarations get near it). */
const MAX_BODY_DEPTH = 64;
/** buf's limit on nested message-literal / list values. */
const MAX_EXPR_DEPTH = 100;

/** Words buf names in backticks in "unexpected …" messages (others are "identifier"). */
const KEYWORDS = new Set([
  "syntax", "edition", "import", "weak", "public", "package", "option", "message", "enum", "service",
  "extend", "oneof", "extensions", "reserved", "to", "max", "repeated", "optional", "required", "group",
  "map", "rpc", "returns", "stream", "true", "false", "inf", "nan", "export", "local",
  "double", "float", "int32", "int64", "uint32", "uint64", "sint32", "sint64", "fixed32", "fixed64",
  "sfixed32", "sfixed64", "bool", "string", "bytes",
]);

type Ctx = "file" | "message" | "enum" | "service" | "oneof" | "extend" | "method";

const CTX_NAME: Record<Ctx, string> = {
  file: "file scope",
  message: "message definition",
  enum: "enum definition",
  service: "service definition",
  oneof: "oneof definition",
  extend: "message extension block",
  method: "service method",
};

class Parser {
  private readonly text: string;
  private readonly source: SourceText;
  private readonly kind: Uint8Array;
  private readonly start: Uint32Array;
  private readonly end: Uint32Array;
  private readonly eof: number;
  /** Current token (never a lexer-reported error token). */
  private p: number;
  /** Last consumed token. */
  private prev = 0;
  private messageDepth = 0;
  /** Nesting of `{ … }` bodies of any kind. */
  private bodyDepth = 0;
  /** Token of the latest error, so a missing `;` is not reported on top of another error there. */
  private lastErrorTok = -1;
  private exprDepth = 0;
  /** Whether a `(`, `[` or `{` stays unclosed at the end of the file (computed on first use). */
  private unclosedAtEof: boolean | undefined;
  private readonly sink = new ByteSink();
  /** Interned `parts` arrays of unqualified names (read-only, so sharing is safe). */
  private readonly singleParts = new Map<string, readonly string[]>();

  constructor(
    private readonly tokens: Tokens,
    private readonly diags: Diagnostics,
  ) {
    this.source = tokens.source;
    this.text = tokens.source.text;
    this.kind = tokens.kind;
    this.start = tokens.start;
    this.end = tokens.end;
    this.eof = tokens.count - 1;
    this.p = this.skipSilent(0);
  }

  // ---- token access ------------------------------------------------------------------------

  /** Error tokens the lexer already reported (controls, Unicode spaces, `*\/`) are invisible here. */
  private skipSilent(i: number): number {
    const kind = this.kind;
    while (kind[i] === TK_ERROR) {
      const s = this.start[i]!;
      const c = this.text.charCodeAt(s);
      if (this.end[i]! - s === 1 && c > 32 && c < 127) break;
      i++;
    }
    return i;
  }

  /** The visible token after `i`. */
  private next(i: number): number {
    return i >= this.eof ? this.eof : this.skipSilent(i + 1);
  }

  private advance(): number {
    const t = this.p;
    this.prev = t;
    if (t < this.eof) this.p = this.skipSilent(t + 1);
    return t;
  }

  private isPunct(i: number, c: number): boolean {
    return this.kind[i] === TK_PUNCT && this.text.charCodeAt(this.start[i]!) === c;
  }

  private isWord(i: number, w: string): boolean {
    const s = this.start[i]!;
    return this.kind[i] === TK_IDENT && this.end[i]! - s === w.length && this.text.startsWith(w, s);
  }

  private tokText(i: number): string {
    return this.text.slice(this.start[i]!, this.end[i]!);
  }

  /** Whether a `\n` lies between the end of token a and the start of token b. */
  private lineBreakBetween(a: number, b: number): boolean {
    // Scan only the gap (an unbounded indexOf would make error recovery quadratic on one line).
    const text = this.text;
    for (let i = this.end[a]!, e = this.start[b]!; i < e; i++) if (text.charCodeAt(i) === 10) return true;
    return false;
  }

  // ---- errors ------------------------------------------------------------------------------

  private error(first: number, last: number, message: string): void {
    this.lastErrorTok = first;
    this.diags.error(this.source, this.start[first]!, this.end[last]!, message);
  }

  private describe(i: number): string {
    switch (this.kind[i]) {
      case TK_EOF:
        // buf closes each delimiter left open with an empty unrecognized token at the end.
        return (this.unclosedAtEof ??= leavesDelimiterOpen(this.tokens)) ? "unrecognized token" : "end-of-file";
      case TK_IDENT: {
        const t = this.tokText(i);
        return KEYWORDS.has(t) ? "`" + t + "`" : "identifier";
      }
      case TK_INT:
        return "integer literal";
      case TK_FLOAT:
        return "floating-point literal";
      case TK_STRING:
        return "string literal";
      default:
        return "`" + this.tokText(i) + "`";
    }
  }

  /**
   * Reports the tokens from the current one up to (not including) the closing `close` (or a `;`)
   * as buf does: the token itself when it is alone, else "unexpected tokens …" over the run.
   */
  private unexpectedRun(where: string, close: number): void {
    let last = this.p;
    for (let i = this.next(this.p); i < this.eof; i = this.next(i)) {
      if (this.kind[i] === TK_PUNCT) {
        const c = this.text.charCodeAt(this.start[i]!);
        if (c === close || c === SEMI || c === LBRACE || c === RBRACE) break;
      }
      last = i;
    }
    if (last === this.p) this.unexpected(where);
    else this.error(this.p, last, "unexpected tokens " + where);
  }

  /** Reports the current token as unexpected, with `where` ("in message definition"). */
  private unexpected(where: string): void {
    const what = this.describe(this.p);
    if (what !== "end-of-file") {
      this.error(this.p, this.p, `unexpected ${what} ${where}`);
      return;
    }
    // buf places the end of the file after its last token or comment, before trailing whitespace.
    const text = this.text;
    let e = text.length;
    while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
    this.lastErrorTok = this.p;
    this.diags.error(this.source, e, e, `unexpected end-of-file ${where}`);
  }

  /**
   * Expects the `;` that ends a declaration. When it is missing, reports the token found
   * ("unexpected `}` after definition") and consumes nothing. Returns the declaration's last token.
   */
  private endDecl(after = "after definition"): TokenIndex {
    if (this.isPunct(this.p, SEMI)) return this.advance();
    if (this.lastErrorTok !== this.p) this.unexpected(after);
    return this.prev;
  }

  /**
   * Recovery: skips to the end of the current declaration: through the next `;` at this level, or
   * through a `{…}` block, or up to a `}` closing the enclosing body, or up to a line-initial
   * keyword that starts a declaration. Iterative, so deep garbage cannot overflow the stack.
   */
  private skipDecl(ctx: Ctx): void {
    const start = this.p;
    let depth = 0;
    while (this.p < this.eof) {
      const t = this.p;
      if (this.kind[t] === TK_PUNCT) {
        const c = this.text.charCodeAt(this.start[t]!);
        if (c === LBRACE || c === LBRACK || c === LPAREN) depth++;
        else if (c === RBRACE || c === RBRACK || c === RPAREN) {
          if (depth === 0) {
            if (c === RBRACE && ctx !== "file") return;
            this.advance();
            continue;
          }
          depth--;
          this.advance();
          if (depth === 0 && c === RBRACE) return;
          continue;
        } else if (c === SEMI && depth === 0) {
          this.advance();
          return;
        }
      } else if (depth === 0 && t !== start && this.kind[t] === TK_IDENT && this.startsDecl(t, ctx) && this.lineBreakBetween(this.prev, t)) {
        return;
      }
      this.advance();
    }
  }

  /** Skips a balanced `{…}`/`[…]`/`(…)`/`<…>` group starting at the current token. */
  private skipBalanced(): void {
    let depth = 0;
    while (this.p < this.eof) {
      const t = this.p;
      if (this.kind[t] === TK_PUNCT) {
        const c = this.text.charCodeAt(this.start[t]!);
        if (c === LBRACE || c === LBRACK || c === LPAREN || c === LT) depth++;
        else if (c === RBRACE || c === RBRACK || c === RPAREN || c === GT) depth--;
      }
      this.advance();
      if (depth <= 0) return;
    }
  }

  private startsDecl(t: number, ctx: Ctx): boolean {
    const w = this.tokText(t);
    switch (ctx) {
      case "file":
        return w === "message" || w === "enum" || w === "service" || w === "extend" || w === "option" || w === "import" || w === "package" || w === "syntax" || w === "edition";
      case "message":
      case "oneof":
      case "extend":
        return w === "message" || w === "enum" || w === "extend" || w === "option" || w === "oneof" || w === "reserved" || w === "extensions" || w === "optional" || w === "repeated" || w === "required" || w === "map";
      case "enum":
        return w === "option" || w === "reserved";
      case "service":
      case "method":
        return w === "rpc" || w === "option";
    }
  }

  // ---- file ----------------------------------------------------------------------------------

  parseFile(): FileNode {
    let syntax: SyntaxDecl | undefined;
    const decls: FileDecl[] = [];
    let first = true;
    while (this.kind[this.p] !== TK_EOF) {
      const t = this.p;
      if ((this.isWord(t, "syntax") || this.isWord(t, "edition")) && this.isPunct(this.next(t), EQ)) {
        if (first) {
          const s = this.parseSyntax();
          if (s) syntax = s;
        } else {
          this.error(t, t, "unexpected `" + this.tokText(t) + "` declaration");
          this.skipDecl("file");
        }
        first = false;
        continue;
      }
      first = false;
      const d = this.parseFileDecl();
      if (d) decls.push(d);
    }
    return syntax ? { kind: "file", tokens: this.tokens, syntax, decls } : { kind: "file", tokens: this.tokens, decls };
  }

  private parseSyntax(): SyntaxDecl | undefined {
    const kw = this.advance();
    const word = this.tokText(kw) as "syntax" | "edition";
    this.advance(); // `=`, checked by the caller
    if (this.kind[this.p] !== TK_STRING) {
      this.unexpected(`in \`${word}\` declaration`);
      this.skipDecl("file");
      return undefined;
    }
    const value = this.parseString();
    const last = this.endDecl(`after \`${word}\` declaration`);
    return { kind: word, first: kw, last, value };
  }

  private parseFileDecl(): FileDecl | undefined {
    const t = this.p;
    switch (this.kind[t]) {
      case TK_PUNCT:
        if (this.isPunct(t, SEMI)) return this.parseEmpty();
        break;
      case TK_IDENT: {
        if (this.isWord(t, "package")) return this.parsePackage();
        const d = this.parseKeywordDecl(t, "file");
        if (d !== null) return d === undefined ? undefined : this.allowed(d, t, "file", FILE_KINDS);
        // buf reads it as a field (reporting what the field lacks), then rejects it here.
        this.parseField(undefined, "file");
        this.error(t, t, "unexpected message field at file scope");
        if (this.p === t) this.advance();
        return undefined;
      }
    }
    this.unexpected("in file scope");
    if (this.isPunct(t, RBRACE)) this.error(t, t, "encountered unmatched `}` delimiter");
    this.skipDecl("file");
    if (this.p === t) this.advance();
    return undefined;
  }

  /**
   * A declaration led by a keyword, in any scope: `option`, `message`, `enum`, `service`,
   * `extend`, `oneof`, `reserved`, `extensions`, `rpc`, `import` (with the lookahead that tells
   * them from fields named like them). Returns null when `t` starts none of them, undefined when
   * one was started but abandoned (reported). Whether it is allowed in `ctx` is the caller's
   * question (see {@link allowed}).
   */
  private parseKeywordDecl(t: number, ctx: Ctx): AnyDecl | undefined | null {
    switch (this.tokText(t)) {
      case "option":
        return ctx !== "enum" && ctx !== "method" && this.isOptionModifier(t) ? this.parseOptionField(ctx) : this.parseOptionDecl(ctx);
      case "message":
        return this.isNestedStart(t) ? this.parseMessage(undefined, ctx) : null;
      case "enum":
        return this.isNestedStart(t) ? this.parseEnum(undefined, ctx) : null;
      case "service":
        return this.isNestedStart(t) ? this.parseService(ctx) : null;
      case "extend":
        return this.isNestedStart(t) ? this.parseExtend(ctx) : null;
      case "oneof":
        return this.isNestedStart(t) ? this.parseOneof(ctx) : null;
      case "reserved":
        return this.isFieldAfterKeyword(t) ? null : this.parseReserved(ctx);
      case "extensions":
        return this.isFieldAfterKeyword(t) ? null : this.parseExtensions(ctx);
      case "rpc": {
        const n = this.next(t);
        return this.kind[n] === TK_IDENT && this.isPunct(this.next(n), LPAREN) ? this.parseRpc(ctx) : null;
      }
      case "import": {
        const n = this.next(t);
        if (this.kind[n] === TK_STRING) return this.parseImport(ctx);
        if ((this.isWord(n, "public") || this.isWord(n, "weak") || this.isWord(n, "option")) && this.kind[this.next(n)] === TK_STRING) return this.parseImport(ctx);
        return ctx === "file" ? this.parseImport(ctx) : null;
      }
      case "export":
      case "local":
        return this.visibilityAt(t, ctx) ?? null;
    }
    return null;
  }

  /** Returns `d` if its kind may appear in `ctx`; otherwise reports it (buf's words) and drops it. */
  private allowed<K extends AnyDecl["kind"]>(d: AnyDecl, t: number, ctx: Ctx, kinds: ReadonlySet<K>): Extract<AnyDecl, { kind: K }> | undefined {
    if (kinds.has(d.kind as K)) return d as Extract<AnyDecl, { kind: K }>;
    this.error(t, t, `unexpected ${declWords(d.kind)} ${ctx === "file" ? "at" : "within"} ${CTX_NAME[ctx]}`);
    return undefined;
  }

  /** `export`/`local` before `message`/`enum` (edition 2024); undefined if `t` is not one. */
  private visibilityAt(t: number, ctx: Ctx): MessageDecl | EnumDecl | undefined {
    const n = this.next(t);
    if (this.isWord(n, "message") && this.isNestedStart(n)) {
      const vis = { text: this.tokText(t), tok: t } as Visibility;
      this.advance();
      return this.parseMessage(vis, ctx);
    }
    if (this.isWord(n, "enum") && this.isNestedStart(n)) {
      const vis = { text: this.tokText(t), tok: t } as Visibility;
      this.advance();
      return this.parseEnum(vis, ctx);
    }
    return undefined;
  }

  /**
   * Whether keyword `t` (`message`, `enum`, `extend`, …) starts its construct rather than a field
   * whose type is named like the keyword: a field has `name =` or a qualified type after it.
   */
  private isNestedStart(t: number): boolean {
    let n = this.next(t);
    if (this.isPunct(n, DOT)) n = this.next(n);
    if (this.kind[n] !== TK_IDENT) return true;
    // Skip a (qualified) name; a body must follow, else buf reads a field.
    for (;;) {
      n = this.next(n);
      if (!this.isPunct(n, DOT)) break;
      n = this.next(n);
      if (this.kind[n] !== TK_IDENT) return true;
    }
    return this.isPunct(n, LBRACE);
  }

  /** For `reserved`/`extensions`: a field of that type has `name =` or a qualified type after it. */
  private isFieldAfterKeyword(t: number): boolean {
    const n = this.next(t);
    if (this.isPunct(n, DOT)) return true;
    return this.kind[n] === TK_IDENT && this.isPunct(this.next(n), EQ);
  }

  private parseEmpty(): EmptyDecl {
    const t = this.advance();
    return { kind: "empty", first: t, last: t };
  }

  private parsePackage(): PackageDecl | undefined {
    const kw = this.advance();
    if (this.kind[this.p] !== TK_IDENT && !this.isPunct(this.p, DOT)) {
      this.error(kw, kw, "missing path in `package` declaration");
      this.skipDecl("file");
      return undefined;
    }
    const name = this.parseQualifiedName();
    if (!name) {
      this.skipDecl("file");
      return undefined;
    }
    const last = this.endDecl("after `package` declaration");
    return { kind: "package", first: kw, last, name };
  }

  private parseImport(ctx: Ctx): ImportDecl | undefined {
    const kw = this.advance();
    let modifier: ImportDecl["modifier"];
    const t = this.p;
    if ((this.isWord(t, "public") || this.isWord(t, "weak") || this.isWord(t, "option")) && this.kind[this.next(t)] === TK_STRING) {
      modifier = { text: this.tokText(t), tok: t } as NonNullable<ImportDecl["modifier"]>;
      this.advance();
    }
    if (this.kind[this.p] !== TK_STRING) {
      this.unexpected("in import");
      this.skipDecl(ctx);
      return undefined;
    }
    const path = this.parseString();
    const last = this.endDecl("after import");
    return modifier ? { kind: "import", first: kw, last, modifier, path } : { kind: "import", first: kw, last, path };
  }

  // ---- names ---------------------------------------------------------------------------------

  private parseIdent(): Ident {
    const t = this.advance();
    return { kind: "ident", first: t, last: t, text: this.tokText(t) };
  }

  /**
   * `a.b.c` or `.a.b`; the current token must be an identifier or `.`. Reports and returns
   * undefined when a `.` is not followed by an identifier.
   */
  private parseQualifiedName(): QualifiedName | undefined {
    const first = this.p;
    let absolute = false;
    if (this.isPunct(first, DOT)) {
      absolute = true;
      this.advance();
    }
    const parts: string[] = [];
    for (;;) {
      if (this.kind[this.p] !== TK_IDENT) {
        this.unexpected(parts.length === 0 && !absolute ? "in type name" : "after `.`");
        return undefined;
      }
      parts.push(this.tokText(this.advance()));
      if (!this.isPunct(this.p, DOT)) break;
      this.advance();
    }
    if (parts.length === 1 && !absolute) {
      // Single names (`string`, `int32`, `Foo`) repeat a lot: share one parts array per name.
      const name = parts[0]!;
      let shared = this.singleParts.get(name);
      if (!shared) {
        shared = parts;
        this.singleParts.set(name, shared);
      }
      return { kind: "qname", first, last: this.prev, text: name, absolute, parts: shared };
    }
    const text = (absolute ? "." : "") + parts.join(".");
    return { kind: "qname", first, last: this.prev, text, absolute, parts };
  }

  // ---- literals ------------------------------------------------------------------------------

  /**
   * Start of the quote of string token `t`: past its prefix if it has one (`foo"bar"`, see the
   * lexer).
   */
  private quoteAt(t: number): number {
    const s = this.start[t]!;
    const c = this.text.charCodeAt(s);
    return c === 34 || c === 39 ? s : this.text.indexOf('"', s);
  }

  /**
   * One or more adjacent string literals (the current token is a string). A prefix on a later
   * literal that differs from the first one's is reported, as buf's lexer does.
   */
  private parseString(): StringLiteral {
    const first = this.p;
    const text = this.text;
    let last = this.advance();
    const q0 = this.quoteAt(first);
    if (this.kind[this.p] !== TK_STRING) {
      const s = q0;
      const e = this.end[first]!;
      // Fast path: one literal without escapes.
      let plain = e - s >= 2 && text.charCodeAt(e - 1) === text.charCodeAt(s);
      if (plain) {
        for (let k = s + 1; k < e - 1; k++) {
          if (text.charCodeAt(k) === 92) {
            plain = false;
            break;
          }
        }
      }
      if (plain) return new PlainString(first, last, text.slice(s + 1, e - 1));
    }
    const sink = this.sink;
    sink.len = 0;
    decodeStringInto(text, q0, this.end[first]!, sink);
    while (this.kind[this.p] === TK_STRING) {
      last = this.advance();
      const q = this.quoteAt(last);
      const s = this.start[last]!;
      if (q !== s && text.slice(s, q) !== text.slice(this.start[first]!, q0)) {
        this.diags.error(this.source, s, q, "implicitly-concatenated string has incompatible prefix");
      }
      decodeStringInto(text, q, this.end[last]!, sink);
    }
    const bytes = sink.take();
    return { kind: "string", first, last, bytes, value: utf8Lossy.decode(bytes) };
  }

  /** An integer token at `t` (with `sign` the `-` token if any). */
  private intLiteral(t: number, sign: number): IntLiteral {
    return { kind: "int", first: sign >= 0 ? sign : t, last: t, negative: sign >= 0, magnitude: decodeInt(this.text, this.start[t]!, this.end[t]!) };
  }

  /** Optional `-` then an integer; reports and returns undefined when there is none (consumes nothing then). */
  private tryInt(): IntLiteral | undefined {
    let sign = -1;
    let t = this.p;
    if (this.isPunct(t, MINUS)) {
      sign = t;
      t = this.next(t);
    }
    if (this.kind[t] !== TK_INT) return undefined;
    if (sign >= 0) this.advance();
    this.advance();
    return this.intLiteral(t, sign);
  }

  // ---- options -------------------------------------------------------------------------------

  /**
   * Whether `option` at `t` is followed by two names (`option foo bar = 1;`): buf then reads a
   * field with `option` as its modifier. A third name, a `(…)` or a `.` keeps it an option.
   */
  private isOptionModifier(t: number): boolean {
    let n = this.next(t);
    if (this.kind[n] !== TK_IDENT) return false;
    for (let k = 0; k < 2; k++) {
      n = this.next(n);
      while (this.isPunct(n, DOT) && this.kind[this.next(n)] === TK_IDENT) n = this.next(this.next(n));
      if (this.kind[n] !== TK_IDENT) return k === 1;
    }
    return false;
  }

  /**
   * `option type name = …;` (see {@link isOptionModifier}): parsed as a field labelled `option`
   * and reported, in a oneof by the linker (as any label there).
   */
  private parseOptionField(ctx: Ctx): FieldDecl | MapFieldDecl | GroupDecl | undefined {
    const kw = this.advance();
    const group = this.isWord(this.p, "group");
    if (ctx !== "oneof") this.error(kw, kw, `unexpected \`option\` modifier on ${group ? "group definition" : "message field"}`);
    return this.parseField({ text: "option", tok: kw } as Label, ctx);
  }

  /** `option name = value;` */
  private parseOptionDecl(ctx: Ctx): OptionDecl | undefined {
    const kw = this.advance();
    if (!(this.kind[this.p] === TK_IDENT || this.isPunct(this.p, LPAREN))) {
      this.error(kw, kw, "missing option setting path");
      this.skipDecl(ctx);
      return undefined;
    }
    const name = this.parseOptionName();
    if (!name) {
      this.skipDecl(ctx);
      return undefined;
    }
    if (!this.isPunct(this.p, EQ)) {
      if (this.isPunct(this.p, SEMI)) this.error(kw, kw, "missing option setting value");
      this.unexpected("in definition");
      this.skipDecl(ctx);
      return undefined;
    }
    this.advance();
    if (this.isPunct(this.p, SEMI) || this.kind[this.p] === TK_EOF) {
      this.error(kw, kw, "missing option setting value");
      this.unexpected("in definition");
      this.skipDecl(ctx);
      return undefined;
    }
    const value = this.parseOptionValue();
    if (!value) {
      this.skipDecl(ctx);
      return undefined;
    }
    const last = this.endDecl();
    return { kind: "option", first: kw, last, name, value };
  }

  /** `a.b`, `(a.b).c`, `(.a.b)`; reports and returns undefined on a malformed name. */
  private parseOptionName(): OptionName | undefined {
    const first = this.p;
    const parts: OptionNamePart[] = [];
    for (;;) {
      const t = this.p;
      if (this.isPunct(t, LPAREN)) {
        this.advance();
        if (!(this.kind[this.p] === TK_IDENT || this.isPunct(this.p, DOT))) {
          this.unexpected("in option name");
          return undefined;
        }
        const q = this.parseQualifiedName();
        if (!q) return undefined;
        if (!this.isPunct(this.p, RPAREN)) {
          this.unexpected("in option name");
          return undefined;
        }
        const close = this.advance();
        parts.push({ first: t, last: close, name: q.text, extension: true });
      } else if (this.kind[t] === TK_IDENT) {
        this.advance();
        parts.push({ first: t, last: t, name: this.tokText(t), extension: false });
      } else {
        this.unexpected("in option name");
        return undefined;
      }
      if (!this.isPunct(this.p, DOT)) break;
      this.advance();
    }
    return { first, last: this.prev, parts };
  }

  /**
   * The value of an option statement or compact option. A list or a `<…>` literal is parsed like
   * any value: the option interpreter reports them with buf's spans and still checks the contents.
   */
  private parseOptionValue(): OptionValue | undefined {
    return this.parseValue("in option setting value");
  }

  /**
   * A scalar (`-5`, `1.5`, `-inf`, `"a" "b"`, `FOO`), a message literal, or (inside message
   * literals) a list. Reports and returns undefined on anything else, consuming nothing.
   */
  private parseValue(where: string): OptionValue | undefined {
    const t = this.p;
    switch (this.kind[t]) {
      case TK_INT:
        this.advance();
        return this.intLiteral(t, -1);
      case TK_FLOAT:
        this.advance();
        return { kind: "float", first: t, last: t, negative: false, magnitude: decodeFloat(this.text, this.start[t]!, this.end[t]!) };
      case TK_STRING: {
        const q = this.quoteAt(t);
        if (q !== this.start[t]) this.diags.error(this.source, this.start[t]!, q, "unrecognized prefix for string literal");
        return this.parseString();
      }
      case TK_IDENT:
        return this.identValue(t, -1);
      case TK_PUNCT: {
        const c = this.text.charCodeAt(this.start[t]!);
        if (c === DOT && this.kind[this.next(t)] === TK_IDENT) return this.identValue(t, -1);
        if (c === MINUS) {
          const n = this.next(t);
          const k = this.kind[n];
          if (k === TK_INT) {
            this.advance();
            this.advance();
            return this.intLiteral(n, t);
          }
          if (k === TK_FLOAT) {
            this.advance();
            this.advance();
            return { kind: "float", first: t, last: n, negative: true, magnitude: decodeFloat(this.text, this.start[n]!, this.end[n]!) };
          }
          if (k === TK_IDENT || (this.isPunct(n, DOT) && this.kind[this.next(n)] === TK_IDENT)) {
            this.advance();
            return this.identValue(n, t);
          }
          this.advance();
          this.unexpected("after `-`");
          return undefined;
        }
        if (c === LBRACE || c === LT) return this.parseMessageLiteral();
        if (c === LBRACK) return this.parseList();
        break;
      }
    }
    this.unexpected(where);
    return undefined;
  }

  /**
   * An identifier value starting at the current token `t` (an identifier, or the `.` of an
   * absolute name), with the dotted components that follow it; `sign` is the `-` token or -1.
   */
  private identValue(t: number, sign: number): OptionValue {
    let name = this.isPunct(t, DOT) ? "." : "";
    if (name !== "") this.advance();
    name += this.tokText(this.advance());
    while (this.isPunct(this.p, DOT) && this.kind[this.next(this.p)] === TK_IDENT) {
      this.advance();
      name += "." + this.tokText(this.advance());
    }
    const last = this.prev;
    const first = sign >= 0 ? sign : t;
    if (name === "inf" || name === "nan") {
      return { kind: "float", first, last, negative: sign >= 0, magnitude: name === "inf" ? Infinity : NaN } satisfies FloatLiteral;
    }
    return { kind: "identValue", first, last, negative: sign >= 0, name, nameFirst: t };
  }

  /** `{ … }` or `< … >` in text format. */
  private parseMessageLiteral(): MessageLiteral | undefined {
    const open = this.p;
    if (this.exprDepth >= MAX_EXPR_DEPTH) {
      this.error(open, open, `expression nesting depth must be at most ${MAX_EXPR_DEPTH}`);
      this.skipBalanced();
      return undefined;
    }
    const close = this.text.charCodeAt(this.start[open]!) === LBRACE ? RBRACE : GT;
    this.advance();
    this.exprDepth++;
    const fields: MessageLiteralField[] = [];
    let ok = true;
    if (this.isPunct(this.p, COMMA) || this.isPunct(this.p, SEMI)) {
      this.error(this.p, this.p, `unexpected leading \`${this.tokText(this.p)}\` in message expression`);
      this.advance();
    }
    while (!this.isPunct(this.p, close)) {
      if (this.kind[this.p] === TK_EOF || (close === GT && this.isPunct(this.p, RBRACE))) {
        this.error(open, open, `encountered unmatched \`${close === RBRACE ? "{" : "<"}\` delimiter`);
        ok = false;
        break;
      }
      const f = this.parseLiteralField();
      if (!f) {
        ok = false;
        // Skip to the next separator or the end of this literal, keeping nested groups whole.
        this.skipLiteralGarbage(close);
        if (this.isPunct(this.p, close)) break;
        continue;
      }
      fields.push(f);
      if (this.isPunct(this.p, COMMA) || this.isPunct(this.p, SEMI)) {
        this.advance();
        while (this.isPunct(this.p, COMMA) || this.isPunct(this.p, SEMI)) {
          this.error(this.p, this.p, `unexpected extra \`${this.tokText(this.p)}\` in message expression`);
          this.advance();
        }
      }
    }
    this.exprDepth--;
    if (!ok && !this.isPunct(this.p, close)) return undefined;
    const last = this.advance();
    return { kind: "message", first: open, last, fields };
  }

  /** After a bad literal field: skip through the next `,`/`;` or up to the closing delimiter. */
  private skipLiteralGarbage(close: number): void {
    while (this.kind[this.p] !== TK_EOF) {
      const t = this.p;
      if (this.kind[t] === TK_PUNCT) {
        const c = this.text.charCodeAt(this.start[t]!);
        if (c === close || c === RBRACE) return;
        if (c === COMMA || c === SEMI) {
          this.advance();
          return;
        }
        if (c === LBRACE || c === LBRACK || c === LT || c === LPAREN) {
          this.skipBalanced();
          continue;
        }
      }
      this.advance();
    }
  }

  private parseLiteralField(): MessageLiteralField | undefined {
    const first = this.p;
    let name: MessageLiteralFieldName;
    if (this.kind[first] === TK_IDENT) {
      this.advance();
      name = { kind: "field", name: this.tokText(first), first, last: first };
    } else if (this.isPunct(first, LBRACK)) {
      this.advance();
      // `[a.b.c]` or `[type.googleapis.com/a.b.C]` (the prefix may hold further `/`).
      const segs: string[] = [];
      let cur = "";
      for (;;) {
        if (this.kind[this.p] !== TK_IDENT) {
          this.unexpected("in message expression field name");
          return undefined;
        }
        cur += this.tokText(this.advance());
        if (this.isPunct(this.p, DOT)) {
          this.advance();
          cur += ".";
          continue;
        }
        if (this.isPunct(this.p, SLASH)) {
          this.advance();
          segs.push(cur);
          cur = "";
          continue;
        }
        break;
      }
      if (!this.isPunct(this.p, RBRACK)) {
        this.unexpected("in message expression field name");
        return undefined;
      }
      const last = this.advance();
      name = segs.length === 0 ? { kind: "extension", name: cur, first, last } : { kind: "any", prefix: segs.join("/"), typeName: cur, first, last };
    } else {
      this.unexpected("in message expression");
      return undefined;
    }
    let colon = false;
    if (this.isPunct(this.p, COLON)) {
      colon = true;
      this.advance();
    } else if (!(this.isPunct(this.p, LBRACE) || this.isPunct(this.p, LT) || this.isPunct(this.p, LBRACK))) {
      // buf rejects both the name and the scalar that follows it without `:`.
      this.error(first, first, `unexpected ${this.describe(first)} in message expression`);
      this.unexpected("in message expression");
      return undefined;
    }
    const value = colon || !this.isPunct(this.p, LBRACK) ? this.parseValue("in message expression") : this.parseList(true);
    if (!value) return undefined;
    return { first, last: value.last, name, colon, value };
  }

  /**
   * `[a, b, …]` inside a message literal; after a field name without `:` (`f [{…}, {…}]`) the
   * elements must be messages.
   */
  private parseList(messagesOnly = false): ListLiteral | undefined {
    const open = this.p;
    if (this.exprDepth >= MAX_EXPR_DEPTH) {
      this.error(open, open, `expression nesting depth must be at most ${MAX_EXPR_DEPTH}`);
      this.skipBalanced();
      return undefined;
    }
    this.advance();
    this.exprDepth++;
    const elements: OptionValue[] = [];
    let ok = true;
    if (!this.isPunct(this.p, RBRACK)) {
      for (;;) {
        const v = messagesOnly && !this.isPunct(this.p, LBRACE) && !this.isPunct(this.p, LT) ? this.unexpected("in array expression") : this.parseValue("in array expression");
        if (!v) {
          ok = false;
          break;
        }
        elements.push(v);
        if (this.isPunct(this.p, COMMA)) {
          const comma = this.advance();
          if (this.isPunct(this.p, RBRACK)) {
            this.error(comma, comma, "unexpected trailing `,` in array expression");
            break;
          }
          continue;
        }
        if (!this.isPunct(this.p, RBRACK)) {
          this.unexpected("in array expression");
          ok = false;
        }
        break;
      }
    }
    this.exprDepth--;
    if (!ok) {
      // Skip to the matching `]`.
      let depth = 0;
      while (this.kind[this.p] !== TK_EOF) {
        const t = this.p;
        if (this.kind[t] === TK_PUNCT) {
          const c = this.text.charCodeAt(this.start[t]!);
          if (c === LBRACK || c === LBRACE || c === LT) depth++;
          else if (c === RBRACK || c === RBRACE || c === GT) {
            if (depth === 0) {
              if (c === RBRACK) this.advance();
              return undefined;
            }
            depth--;
          }
        }
        this.advance();
      }
      return undefined;
    }
    const last = this.advance();
    return { kind: "list", first: open, last, elements };
  }

  /** `[ name = value, … ]` after a field, enum value or extension range. */
  private parseCompactOptions(): CompactOptions | undefined {
    const open = this.advance();
    const options: CompactOption[] = [];
    if (this.isPunct(this.p, RBRACK)) {
      this.error(open, this.p, "compact options cannot be empty");
      const last = this.advance();
      return { first: open, last, options };
    }
    for (;;) {
      const first = this.p;
      const name = this.parseOptionName();
      if (!name) return this.skipCompact(open, options);
      if (!this.isPunct(this.p, EQ)) {
        this.unexpected("in compact options");
        return this.skipCompact(open, options);
      }
      this.advance();
      const value = this.parseOptionValue();
      if (!value) return this.skipCompact(open, options);
      options.push({ first, last: value.last, name, value });
      if (this.isPunct(this.p, COMMA)) {
        const comma = this.advance();
        if (this.isPunct(this.p, RBRACK)) {
          this.error(comma, comma, "unexpected trailing `,` in compact options");
          break;
        }
        continue;
      }
      if (this.isPunct(this.p, RBRACK)) break;
      this.unexpectedRun("in compact options", RBRACK);
      return this.skipCompact(open, options);
    }
    const last = this.advance();
    return { first: open, last, options };
  }

  /** `[…]` after a declaration; a second `[…]` is reported (buf's text) and dropped. */
  private compactOptionsOnce(): CompactOptions | undefined {
    const options = this.parseCompactOptions();
    while (this.isPunct(this.p, LBRACK)) {
      this.error(this.p, this.p, "encountered more than one compact options");
      this.parseCompactOptions();
    }
    return options;
  }

  /**
   * Recovery inside `[…]`: skip through the closing `]`, stopping early at `;`/`{`/`}`. The
   * options read so far are kept (the linker still checks them, as buf does).
   */
  private skipCompact(open: number, options: CompactOption[]): CompactOptions | undefined {
    while (this.kind[this.p] !== TK_EOF) {
      const t = this.p;
      if (this.kind[t] === TK_PUNCT) {
        const c = this.text.charCodeAt(this.start[t]!);
        if (c === RBRACK) break;
        if (c === SEMI || c === RBRACE || c === LBRACE) {
          return options.length > 0 ? { first: open, last: this.prev, options } : undefined;
        }
      }
      this.advance();
    }
    if (this.kind[this.p] === TK_EOF) return options.length > 0 ? { first: open, last: this.prev, options } : undefined;
    const last = this.advance();
    return { first: open, last, options };
  }

  // ---- bodies --------------------------------------------------------------------------------

  /**
   * Parses `{ decls }` after the current `{` with `decl` for each declaration; reports an
   * unclosed `{` at EOF. Returns the closing token (or the last consumed one at EOF).
   */
  private parseBody<T>(open: number, out: T[], decl: () => T | undefined): TokenIndex {
    if (this.bodyDepth >= MAX_BODY_DEPTH) {
      // Only misplaced declarations (an enum in an enum …) nest this deep; skip the body whole.
      this.error(open, open, `declaration nesting depth must be at most ${MAX_BODY_DEPTH}`);
      let depth = 1;
      while (this.kind[this.p] !== TK_EOF) {
        const t = this.advance();
        if (this.kind[t] === TK_PUNCT) {
          const c = this.text.charCodeAt(this.start[t]!);
          if (c === LBRACE) depth++;
          else if (c === RBRACE && --depth === 0) return t;
        }
      }
      return this.prev;
    }
    this.bodyDepth++;
    try {
      for (;;) {
        const t = this.p;
        if (this.kind[t] === TK_PUNCT && this.text.charCodeAt(this.start[t]!) === RBRACE) return this.advance();
        if (this.kind[t] === TK_EOF) {
          this.error(open, open, "encountered unmatched `{` delimiter");
          return this.prev;
        }
        const d = decl();
        if (d !== undefined) out.push(d);
        else if (this.p === t) this.advance(); // nothing consumed: drop the token (already reported)
      }
    } finally {
      this.bodyDepth--;
    }
  }

  /** For a token that cannot start a declaration in `ctx`: report it and skip. */
  private strayToken(ctx: Ctx): undefined {
    const t = this.p;
    this.unexpected("in " + CTX_NAME[ctx]);
    if (this.isPunct(t, LBRACE) || this.isPunct(t, LBRACK) || this.isPunct(t, LPAREN)) this.skipBalanced();
    else if (this.kind[t] === TK_IDENT || this.kind[t] === TK_STRING || this.kind[t] === TK_INT || this.kind[t] === TK_FLOAT) this.skipDecl(ctx);
    else this.advance();
    return undefined;
  }

  // ---- messages ------------------------------------------------------------------------------

  private parseMessage(visibility: Visibility | undefined, ctx: Ctx): MessageDecl | undefined {
    const header = this.blockHeader("message", ctx);
    if (!header) return undefined;
    const { kw, name } = header;
    if (this.messageDepth + 1 >= MAX_MESSAGE_DEPTH) {
      this.error(name.first, name.last, `message nesting depth must be less than ${MAX_MESSAGE_DEPTH}`);
      this.skipBalanced();
      return undefined;
    }
    const open = this.advance();
    const body: MessageBodyDecl[] = [];
    this.messageDepth++;
    const last = this.parseBody(open, body, () => this.parseMessageBodyDecl("message"));
    this.messageDepth--;
    return visibility ? { kind: "message", first: kw, last, visibility, name, open, body } : { kind: "message", first: kw, last, name, open, body };
  }

  /** One declaration in a message or group body; also used (then filtered) for oneof and extend. */
  private parseMessageBodyDecl(ctx: Ctx): MessageBodyDecl | undefined {
    const t = this.p;
    const k = this.kind[t];
    if (k === TK_PUNCT) {
      const c = this.text.charCodeAt(this.start[t]!);
      if (c === SEMI) return this.parseEmpty();
      if (c === DOT) return this.parseField(undefined, ctx);
      return this.strayToken(ctx);
    }
    if (k !== TK_IDENT) return this.strayToken(ctx);
    const d = this.parseKeywordDecl(t, ctx);
    if (d !== null) return d === undefined ? undefined : this.allowed(d, t, ctx, MESSAGE_KINDS);
    if (this.isWord(t, "optional") || this.isWord(t, "required") || this.isWord(t, "repeated")) {
      // A label unless it is itself the type (`optional optional = 1;`).
      const n = this.next(t);
      if (this.isPunct(n, DOT) || (this.kind[n] === TK_IDENT && !this.isPunct(this.next(n), EQ))) {
        const label = { text: this.tokText(t), tok: t } as Label;
        this.advance();
        return this.parseField(label, ctx);
      }
    }
    return this.parseField(undefined, ctx);
  }

  /**
   * `[label] type name = number [opts] ;`, `map<K, V> name = …;` or `[label] group Name = … { … }`.
   * The current token is the type's first token.
   */
  private parseField(label: Label | undefined, ctx: Ctx): FieldDecl | MapFieldDecl | GroupDecl | undefined {
    const first = label ? label.tok : this.p;
    const typeTok = this.p;
    // map<K, V>
    if (this.isWord(typeTok, "map") && this.isPunct(this.next(typeTok), LT)) return this.parseMapField(label, first, ctx);
    const type = this.parseQualifiedName();
    if (!type) {
      this.skipDecl(ctx);
      return undefined;
    }
    if (this.kind[this.p] !== TK_IDENT) {
      // Like buf: report what is missing and read on to the end of the declaration.
      this.error(first, first, `missing name in ${ctx === "extend" ? "message extension" : "message field"}`);
      if (this.isPunct(this.p, EQ)) {
        if (this.parseFieldNumber(first, ctx) === null) return undefined;
      } else this.error(first, first, "missing message field tag in declaration");
      if (this.isPunct(this.p, LBRACK)) this.parseCompactOptions();
      if (this.isPunct(this.p, LBRACE)) this.skipBalanced();
      else this.endDecl();
      return undefined;
    }
    const name = this.parseIdent();
    const number = this.parseFieldNumber(first, ctx);
    if (number === null) return undefined;
    let options: CompactOptions | undefined;
    if (this.isPunct(this.p, LBRACK)) options = this.compactOptionsOnce();
    // `group Name = 1 { … }`
    if (type.parts.length === 1 && !type.absolute && type.text === "group" && this.isPunct(this.p, LBRACE)) {
      return this.parseGroupBody(label, first, typeTok, name, number, options);
    }
    const last = this.endDecl();
    const f: { -readonly [K in keyof FieldDecl]: FieldDecl[K] } = { kind: "field", first, last, type, name };
    if (label) f.label = label;
    if (number) f.number = number;
    if (options) f.options = options;
    return f;
  }

  /**
   * `= number` after a field name. Returns the number, undefined when it is missing (reported as
   * `missing message field tag in declaration`), or null when the declaration was abandoned.
   */
  private parseFieldNumber(first: number, ctx: Ctx): IntLiteral | undefined | null {
    if (this.isPunct(this.p, EQ)) {
      this.advance();
      const n = this.tryInt();
      // A malformed number (`1to5`, reported by the lexer) is out of range to buf.
      if (n) return isWellFormedInt(this.text, this.start[n.last]!, this.end[n.last]!) ? n : { ...n, magnitude: MALFORMED_INT };
      if (this.isPunct(this.p, MINUS)) {
        this.advance();
        this.unexpected("after `-`");
        return undefined;
      }
      if (this.kind[this.p] === TK_FLOAT) {
        this.error(this.p, this.p, "mismatched types");
        this.advance();
        return undefined;
      }
      if (this.kind[this.p] === TK_STRING) {
        // buf takes any value here and rejects a string when it builds the field, which a field
        // outside a message never gets to.
        const str = this.parseString();
        if (ctx !== "file" && ctx !== "service") this.error(str.first, str.last, "mismatched types");
        return undefined;
      }
      this.error(first, first, "missing message field tag in declaration");
      this.unexpected("in definition");
      if (this.isPunct(this.p, SEMI) || this.isPunct(this.p, LBRACK) || this.isPunct(this.p, LBRACE)) return undefined;
      this.skipDecl(ctx);
      return null;
    }
    // A literal where `=` belongs is a malformed definition; anything else ends the declaration
    // early (the caller then reports the missing `;`), as in buf.
    const k = this.kind[this.p];
    if (k === TK_INT || k === TK_FLOAT || k === TK_STRING || this.isPunct(this.p, MINUS)) {
      this.unexpected("in definition");
      this.skipDecl(ctx);
      return null;
    }
    this.error(first, first, "missing message field tag in declaration");
    return undefined;
  }

  private parseMapField(label: Label | undefined, first: number, ctx: Ctx): MapFieldDecl | undefined {
    const typeFirst = this.advance(); // map
    const lt = this.advance(); // <
    // Type arguments: buf reads any number, then insists on two.
    const args: QualifiedName[] = [];
    while (!(args.length === 0 && this.isPunct(this.p, GT))) {
      const a = this.mapTypeArg();
      if (!a) return this.abandon(ctx);
      args.push(a);
      if (!this.isPunct(this.p, COMMA)) break;
      this.advance();
    }
    if (!this.isPunct(this.p, GT)) {
      this.unexpected("in map type");
      return this.abandon(ctx);
    }
    if (args.length !== 2) {
      // Reported; the rest is read as a field's, as buf does, for its errors.
      this.error(lt, this.p, `expected exactly two type arguments, got ${args.length}`);
      this.advance();
      if (this.kind[this.p] === TK_IDENT) this.advance();
      else this.error(first, first, "missing name in message field");
      if (this.parseFieldNumber(first, ctx) === null) return undefined;
      if (this.isPunct(this.p, LBRACK)) this.compactOptionsOnce();
      this.endDecl();
      return undefined;
    }
    const keyType = args[0]!;
    const valueType = args[1]!;
    const typeLast = this.advance();
    if (this.kind[this.p] !== TK_IDENT) {
      this.error(first, first, "missing name in message field");
      this.unexpected("in definition");
      return this.abandon(ctx);
    }
    const name = this.parseIdent();
    const number = this.parseFieldNumber(first, ctx);
    if (number === null) return undefined;
    let options: CompactOptions | undefined;
    if (this.isPunct(this.p, LBRACK)) options = this.compactOptionsOnce();
    const last = this.endDecl();
    const m: { -readonly [K in keyof MapFieldDecl]: MapFieldDecl[K] } = { kind: "map", first, last, typeFirst, typeLast, keyType, valueType, name };
    if (label) m.label = label;
    if (number) m.number = number;
    if (options) m.options = options;
    return m;
  }

  private mapTypeArg(): QualifiedName | undefined {
    if (this.kind[this.p] !== TK_IDENT && !this.isPunct(this.p, DOT)) {
      this.unexpected("in map type");
      return undefined;
    }
    return this.parseQualifiedName();
  }

  private abandon(ctx: Ctx): undefined {
    this.skipDecl(ctx);
    return undefined;
  }

  /**
   * The opening `KEYWORD Name {` of a block declaration (message, oneof, enum, service), up to but
   * not including the `{`. On a missing name or `{`, reports it, skips the declaration and returns
   * undefined.
   */
  private blockHeader(what: string, ctx: Ctx): { kw: number; name: Ident } | undefined {
    const kw = this.advance();
    if (this.kind[this.p] !== TK_IDENT) {
      this.error(kw, kw, `missing name after \`${what}\``);
      return this.abandon(ctx);
    }
    const name = this.parseIdent();
    if (!this.isPunct(this.p, LBRACE)) {
      this.unexpected(`in ${what} definition`);
      return this.abandon(ctx);
    }
    return { kw, name };
  }

  private parseGroupBody(
    label: Label | undefined,
    first: number,
    keyword: number,
    name: Ident,
    number: IntLiteral | undefined,
    options: CompactOptions | undefined,
  ): GroupDecl | undefined {
    if (this.messageDepth + 1 >= MAX_MESSAGE_DEPTH) {
      this.error(name.first, name.last, `message nesting depth must be less than ${MAX_MESSAGE_DEPTH}`);
      this.skipBalanced();
      return undefined;
    }
    const open = this.advance();
    const body: MessageBodyDecl[] = [];
    this.messageDepth++;
    const last = this.parseBody(open, body, () => this.parseMessageBodyDecl("message"));
    this.messageDepth--;
    const g: { -readonly [K in keyof GroupDecl]: GroupDecl[K] } = { kind: "group", first, last, keyword, name, open, body };
    if (label) g.label = label;
    if (number) g.number = number;
    if (options) g.options = options;
    return g;
  }

  private parseOneof(ctx: Ctx): OneofDecl | undefined {
    const header = this.blockHeader("oneof", ctx);
    if (!header) return undefined;
    const { kw, name } = header;
    const open = this.advance();
    const body: OneofDecl["body"][number][] = [];
    const last = this.parseBody(open, body, () => {
      const t = this.p;
      const d = this.parseMessageBodyDecl("oneof");
      return d === undefined ? undefined : this.allowed(d, t, "oneof", ONEOF_KINDS);
    });
    return { kind: "oneof", first: kw, last, name, open, body };
  }

  private parseExtend(ctx: Ctx): ExtendDecl | undefined {
    const kw = this.advance();
    if (this.kind[this.p] !== TK_IDENT && !this.isPunct(this.p, DOT)) {
      this.error(kw, kw, "missing name after `extend`");
      return this.abandon(ctx);
    }
    const extendee = this.parseQualifiedName();
    if (!extendee) return this.abandon(ctx);
    if (!this.isPunct(this.p, LBRACE)) {
      this.unexpected("in message extension block");
      return this.abandon(ctx);
    }
    const open = this.advance();
    const body: ExtendDecl["body"][number][] = [];
    const last = this.parseBody(open, body, () => {
      const t = this.p;
      const d = this.parseMessageBodyDecl("extend");
      return d === undefined ? undefined : this.allowed(d, t, "extend", EXTEND_KINDS);
    });
    return { kind: "extend", first: kw, last, extendee, open, body };
  }

  /** `reserved 1, 2 to 5, 9 to max;` or `reserved "a", b;` */
  private parseReserved(ctx: Ctx): ReservedDecl | undefined {
    const kw = this.advance();
    const ranges: RangeNode[] = [];
    const names: ReservedName[] = [];
    // buf accepts an empty `reserved;`.
    if (this.isPunct(this.p, SEMI)) return { kind: "reserved", first: kw, last: this.advance(), ranges, names };
    let mixed = false;
    for (;;) {
      const t = this.p;
      const k = this.kind[t];
      if (k === TK_STRING || k === TK_IDENT) {
        const name: ReservedName =
          k === TK_STRING
            ? ((s) => ({ first: s.first, last: s.last, name: s.value, quoted: true }))(this.parseString())
            : { first: this.advance(), last: t, name: this.tokText(t), quoted: false };
        if (ranges.length > 0) {
          if (!mixed) this.error(name.first, name.last, "cannot mix tags and names in reserved range");
          mixed = true;
        } else names.push(name);
      } else {
        const r = this.parseRange(ctx, "reserved range");
        if (!r) return undefined;
        if (names.length > 0) {
          if (!mixed) this.error(r.first, r.last, "cannot mix tags and names in reserved range");
          mixed = true;
        } else ranges.push(r);
      }
      if (!this.isPunct(this.p, COMMA)) break;
      this.advance();
    }
    const last = this.endDecl("after reserved range");
    return { kind: "reserved", first: kw, last, ranges, names };
  }

  /** `a`, `a to b`, `a to max` (with optional `-` signs); reports and abandons on failure. */
  private parseRange(ctx: Ctx, what: "reserved range" | "extension range"): RangeNode | undefined {
    const startLit = this.tryInt();
    if (!startLit) {
      this.unexpected("in " + what);
      this.skipDecl(ctx);
      return undefined;
    }
    if (!this.isWord(this.p, "to")) return { first: startLit.first, last: startLit.last, start: startLit };
    this.advance();
    if (this.isWord(this.p, "max")) {
      const m = this.advance();
      const max: MaxKeyword = { kind: "max", first: m, last: m };
      return { first: startLit.first, last: m, start: startLit, end: max };
    }
    const endLit = this.tryInt();
    if (!endLit) {
      this.unexpected("after `to`");
      this.skipDecl(ctx);
      return undefined;
    }
    return { first: startLit.first, last: endLit.last, start: startLit, end: endLit };
  }

  private parseExtensions(ctx: Ctx): ExtensionRangeDecl | undefined {
    const kw = this.advance();
    const ranges: RangeNode[] = [];
    for (;;) {
      const r = this.parseRange(ctx, "extension range");
      if (!r) return undefined;
      ranges.push(r);
      if (!this.isPunct(this.p, COMMA)) break;
      this.advance();
    }
    let options: CompactOptions | undefined;
    if (this.isPunct(this.p, LBRACK)) options = this.compactOptionsOnce();
    const last = this.endDecl("after extension range");
    return options ? { kind: "extensions", first: kw, last, ranges, options } : { kind: "extensions", first: kw, last, ranges };
  }

  // ---- enums ---------------------------------------------------------------------------------

  private parseEnum(visibility: Visibility | undefined, ctx: Ctx): EnumDecl | undefined {
    const header = this.blockHeader("enum", ctx);
    if (!header) return undefined;
    const { kw, name } = header;
    const open = this.advance();
    const body: EnumDecl["body"][number][] = [];
    const last = this.parseBody(open, body, () => this.parseEnumBodyDecl());
    return visibility ? { kind: "enum", first: kw, last, visibility, name, open, body } : { kind: "enum", first: kw, last, name, open, body };
  }

  private parseEnumBodyDecl(): EnumDecl["body"][number] | undefined {
    const t = this.p;
    if (this.isPunct(t, SEMI)) return this.parseEmpty();
    if (this.kind[t] !== TK_IDENT) return this.strayToken("enum");
    const n = this.next(t);
    if (!this.isPunct(n, EQ)) {
      if (this.isWord(t, "option")) return this.parseOptionDecl("enum");
      if (this.isWord(t, "reserved")) return this.parseReserved("enum");
      const d = this.parseKeywordDecl(t, "enum");
      if (d !== null) return d === undefined ? undefined : this.allowed(d, t, "enum", ENUM_KINDS);
    }
    const name = this.parseIdent();
    let number: IntLiteral | undefined;
    if (this.isPunct(this.p, EQ)) {
      this.advance();
      number = this.tryInt();
      if (!number) {
        if (this.kind[this.p] === TK_FLOAT) {
          this.error(this.p, this.p, "mismatched types");
          this.advance();
        } else {
          this.error(t, t, "missing enum value in declaration");
          this.unexpected("in definition");
          if (!(this.isPunct(this.p, SEMI) || this.isPunct(this.p, LBRACK))) return this.abandon("enum");
        }
      }
    } else {
      this.error(t, t, "missing enum value in declaration");
      if (!(this.isPunct(this.p, SEMI) || this.isPunct(this.p, LBRACK) || this.isPunct(this.p, RBRACE) || this.kind[this.p] === TK_IDENT)) {
        this.unexpected("in definition");
        return this.abandon("enum");
      }
    }
    let options: CompactOptions | undefined;
    if (this.isPunct(this.p, LBRACK)) options = this.compactOptionsOnce();
    const last = this.endDecl();
    const v: { -readonly [K in keyof EnumValueDecl]: EnumValueDecl[K] } = { kind: "enumValue", first: t, last, name };
    if (number) v.number = number;
    if (options) v.options = options;
    return v;
  }

  // ---- services ------------------------------------------------------------------------------

  private parseService(ctx: Ctx): ServiceDecl | undefined {
    const header = this.blockHeader("service", ctx);
    if (!header) return undefined;
    const { kw, name } = header;
    const open = this.advance();
    const body: ServiceDecl["body"][number][] = [];
    const last = this.parseBody(open, body, () => {
      const t = this.p;
      if (this.isPunct(t, SEMI)) return this.parseEmpty();
      if (this.kind[t] === TK_IDENT) {
        const d = this.parseKeywordDecl(t, "service");
        if (d !== null) return d === undefined ? undefined : this.allowed(d, t, "service", SERVICE_KINDS);
        // buf reads a field here, then rejects it.
        this.parseField(undefined, "service");
        this.error(t, t, "unexpected message field within service definition");
        if (this.p === t) this.advance();
        return undefined;
      }
      return this.strayToken("service");
    });
    return { kind: "service", first: kw, last, name, open, body };
  }

  private parseRpc(ctx: Ctx): RpcDecl | undefined {
    const kw = this.advance();
    if (this.kind[this.p] !== TK_IDENT) {
      this.error(kw, kw, "missing name after `rpc`");
      return this.abandon(ctx);
    }
    const name = this.parseIdent();
    if (!this.isPunct(this.p, LPAREN)) {
      this.unexpected("in method definition");
      return this.abandon(ctx);
    }
    const input = this.parseRpcType("parameter");
    if (!input) return this.abandon(ctx);
    if (!this.isWord(this.p, "returns")) {
      this.unexpected("in method definition");
      return this.abandon(ctx);
    }
    this.advance();
    const output = this.parseRpcType("return");
    if (!output) return this.abandon(ctx);
    if (this.isPunct(this.p, LBRACE)) {
      const open = this.advance();
      const body: (OptionDecl | EmptyDecl)[] = [];
      const last = this.parseBody(open, body, () => {
        const t = this.p;
        if (this.isPunct(t, SEMI)) return this.parseEmpty();
        if (this.kind[t] === TK_IDENT) {
          const d = this.parseKeywordDecl(t, "method");
          if (d !== null) return d === undefined ? undefined : this.allowed(d, t, "method", METHOD_KINDS);
        }
        return this.strayToken("method");
      });
      return { kind: "rpc", first: kw, last, name, input, output, open, body };
    }
    const last = this.endDecl();
    return { kind: "rpc", first: kw, last, name, input, output };
  }

  /** `( [stream] Type )`; tolerates missing parentheses around the return type (reported). */
  private parseRpcType(what: "parameter" | "return"): RpcType | undefined {
    const paren = this.isPunct(this.p, LPAREN);
    if (paren) this.advance();
    else if (this.kind[this.p] === TK_IDENT || this.isPunct(this.p, DOT)) this.error(this.p, this.p, `missing \`(...)\` around method ${what} type`);
    else {
      this.unexpected("in method definition");
      return undefined;
    }
    let stream: number | undefined;
    const t = this.p;
    if (this.isWord(t, "stream")) {
      const n = this.next(t);
      if (this.kind[n] === TK_IDENT || this.isPunct(n, DOT)) {
        stream = t;
        this.advance();
      }
    }
    if (this.kind[this.p] !== TK_IDENT && !this.isPunct(this.p, DOT)) {
      this.unexpected(`in method ${what} type`);
      return undefined;
    }
    const type = this.parseQualifiedName();
    if (!type) return undefined;
    if (paren) {
      if (!this.isPunct(this.p, RPAREN)) {
        this.unexpected(`in method ${what} type`);
        return undefined;
      }
      this.advance();
    }
    return stream !== undefined ? { stream, type } : { type };
  }
}

/** Whitespace as the lexer skips it: tab, line feed, vertical tab, form feed, carriage return, space. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32;
}

/** The opening bracket of a bracket character, 0 for other characters. */
function openerOf(c: number): number {
  return c === LPAREN || c === RPAREN ? LPAREN : c === LBRACK || c === RBRACK ? LBRACK : c === LBRACE || c === RBRACE ? LBRACE : 0;
}

/**
 * Whether buf's lexer leaves a `(`, `[` or `{` unmatched at the end of the file. It pairs brackets
 * with a stack, and on a mismatched closer looks one bracket to each side: the opener below the
 * top may take the closer (the top is dropped), or the next closer may take the top (this closer
 * is dropped), or both; else the closer is dropped. Only reached on an error at the end of a file.
 */
function leavesDelimiterOpen(tokens: Tokens): boolean {
  const brackets: number[] = [];
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.kind[i] !== TK_PUNCT) continue;
    const c = tokens.source.text.charCodeAt(tokens.start[i]!);
    if (openerOf(c) !== 0) brackets.push(c);
  }
  const opens: number[] = [];
  for (let i = 0; i < brackets.length; i++) {
    const t2 = brackets[i]!;
    const open = openerOf(t2);
    if (t2 === open) {
      opens.push(t2);
      continue;
    }
    if (opens.length === 0) continue;
    const t1 = opens[opens.length - 1]!;
    if (t1 === open) {
      opens.pop();
      continue;
    }
    const t0 = opens.length > 1 ? opens[opens.length - 2]! : 0;
    const t3 = i + 1 < brackets.length ? brackets[i + 1]! : 0;
    const leftMatch = t0 === open;
    const rightMatch = t3 !== 0 && t3 !== openerOf(t3) && t1 === openerOf(t3);
    if (leftMatch) opens.length -= 2;
    else if (rightMatch) opens.length -= 1;
    if (rightMatch) i++;
  }
  return opens.length > 0;
}

/** Any declaration {@link Parser.parseKeywordDecl} or a body parser can produce. */
type AnyDecl = FileDecl | MessageBodyDecl | EnumValueDecl | RpcDecl;

const FILE_KINDS = new Set(["package", "import", "option", "message", "enum", "service", "extend", "empty"] as const);
const MESSAGE_KINDS = new Set(["field", "map", "group", "oneof", "option", "message", "enum", "extend", "extensions", "reserved", "empty"] as const);
const ONEOF_KINDS = new Set(["field", "map", "group", "option", "empty"] as const);
const EXTEND_KINDS = new Set(["field", "map", "group", "empty"] as const);
const ENUM_KINDS = new Set(["enumValue", "option", "reserved", "empty"] as const);
const SERVICE_KINDS = new Set(["rpc", "option", "empty"] as const);
const METHOD_KINDS = new Set(["option", "empty"] as const);

/** Words for a declaration kind in "unexpected … within …" messages. */
function declWords(kind: string): string {
  switch (kind) {
    case "message":
      return "message definition";
    case "enum":
      return "enum definition";
    case "extend":
      return "message extension block";
    case "oneof":
      return "oneof definition";
    case "option":
      return "option setting";
    case "reserved":
      return "reserved range";
    case "extensions":
      return "extension range";
    case "service":
      return "service definition";
    case "rpc":
      return "service method";
    case "import":
      return "import";
    case "package":
      return "package declaration";
    case "field":
    case "map":
    case "group":
      return "message field";
    case "enumValue":
      return "enum value";
    default:
      return kind;
  }
}

// ---- literal decoding ---------------------------------------------------------------------------

const utf8Lossy = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
const utf8Encoder = new TextEncoder();

/** A string literal without escapes: its bytes are the UTF-8 of its text, computed on first use. */
class PlainString implements StringLiteral {
  readonly kind = "string";
  private cached: Uint8Array | undefined;
  constructor(
    readonly first: TokenIndex,
    readonly last: TokenIndex,
    readonly value: string,
  ) {}
  get bytes(): Uint8Array {
    return (this.cached ??= utf8Bytes(this.value));
  }
}

function utf8Bytes(s: string): Uint8Array {
  const n = s.length;
  for (let i = 0; i < n; i++) if (s.charCodeAt(i) >= 0x80) return utf8Encoder.encode(s);
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = s.charCodeAt(i);
  return b;
}

/**
 * Magnitude of an integer token: decimal, `0x` hex or `0` octal. A malformed token (already
 * reported by the lexer) yields the value of its longest valid prefix.
 */
export function decodeInt(text: string, s: number, e: number): bigint {
  if (e - s >= 2 && text.charCodeAt(s) === 48 && (text.charCodeAt(s + 1) | 0x20) === 120) {
    let k = s + 2;
    while (k < e && isHex(text.charCodeAt(k))) k++;
    return k === s + 2 ? 0n : BigInt("0x" + text.slice(s + 2, k));
  }
  if (text.charCodeAt(s) === 48) {
    let k = s + 1;
    while (k < e) {
      const c = text.charCodeAt(k);
      if (c < 48 || c > 55) break;
      k++;
    }
    return k === s + 1 ? 0n : BigInt("0o" + text.slice(s + 1, k));
  }
  let k = s;
  let v = 0;
  while (k < e) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) break;
    v = v * 10 + (c - 48);
    k++;
  }
  if (k - s <= 15) return v < SMALL_INTS.length ? SMALL_INTS[v]! : BigInt(v);
  return BigInt(text.slice(s, k));
}

/** The magnitude given a malformed field number: beyond any range. */
const MALFORMED_INT = 1n << 64n;

/**
 * Whether the integer token text[s, e) has only digits of its base, or `_` (the lexer reported
 * anything else).
 */
function isWellFormedInt(text: string, s: number, e: number): boolean {
  if (e - s >= 2 && text.charCodeAt(s) === 48 && (text.charCodeAt(s + 1) | 0x20) === 120) {
    for (let k = s + 2; k < e; k++) if (!isHex(text.charCodeAt(k))) return false;
    return e > s + 2;
  }
  const max = text.charCodeAt(s) === 48 ? 55 : 57;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if ((c < 48 || c > max) && c !== 95) return false;
  }
  return true;
}

/**
 * An integer literal's magnitude as a double, as buf 1.75 converts it for a float/double field:
 * below 2^64 rounded to nearest; from 2^64 on truncated to 53 significant bits (probed on 156
 * literals, e.g. 99999999999999999999 → 9.999999999999998e+19).
 */
export function intToDouble(m: bigint): number {
  if (m < 18446744073709551616n) return Number(m);
  const shift = BigInt(m.toString(2).length - 53);
  return Number((m >> shift) << shift);
}

/** Shared bigints for the common small values (field numbers): one allocation each, not per literal. */
const SMALL_INTS: bigint[] = Array.from({ length: 4096 }, (_, i) => BigInt(i));

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/**
 * Value of a float token (`1.5`, `1e10`, `.5`, `5.`, and hex floats `0x1p3` buf accepts), computed
 * the way buf 1.75 computes it, which is not always the nearest double (probed; see
 * test/fixtures/constructs/proto2/float_quirks.proto):
 * - the literal is read as an integer mantissa M (all digits, trailing zeros after a dot dropped)
 *   times 10^E;
 * - when M < 2^53: v = M, then v is multiplied by 5^E as `v * P32[E/32] * P[E%32]`
 *   (dividing by P[…] for negative E) with P[i] = 5^i rounded to a double, except that P[23]
 *   holds 5^7 (so 1e23 → 6.5536e+11), and finally scaled by 2^E; E beyond [-324, 309] gives 0
 *   or Infinity;
 * - when M ≥ 2^53: the correctly rounded value.
 */
export function decodeFloat(text: string, s: number, e: number): number {
  if (e - s >= 2 && text.charCodeAt(s) === 48 && (text.charCodeAt(s + 1) | 0x20) === 120) return decodeHexFloat(text.slice(s, e));
  // Mantissa digits and decimal exponent.
  let k = s;
  let dot = false;
  let digitsStart = -1;
  let mant = 0; // exact while below 2^53
  let mantBig: bigint | undefined;
  let exp10 = 0;
  let stop = e;
  // Find the exponent marker, and the last significant digit after a dot.
  let expAt = e;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c === 101) {
      expAt = i;
      break;
    }
    // `1p5`: a binary exponent on a decimal mantissa (buf accepts it; its values for
    // multi-digit mantissas are not modelled).
    if (c === 112) return Number(text.slice(s, i)) * 2 ** Number(text.slice(i + 1, e));
  }
  let hasDot = false;
  for (let i = s; i < expAt; i++) if (text.charCodeAt(i) === 46) hasDot = true;
  if (hasDot) {
    stop = expAt;
    while (stop > s && (text.charCodeAt(stop - 1) === 48 || text.charCodeAt(stop - 1) === 46)) {
      if (text.charCodeAt(stop - 1) === 46) {
        stop--;
        break;
      }
      stop--;
    }
  } else stop = expAt;
  for (k = s; k < stop; k++) {
    const c = text.charCodeAt(k);
    if (c === 46) {
      dot = true;
      continue;
    }
    if (c < 48 || c > 57) return fallbackFloat(text, s, e);
    const d = c - 48;
    if (digitsStart < 0) {
      if (d === 0) {
        if (dot) exp10--;
        continue;
      }
      digitsStart = k;
    }
    if (dot) exp10--;
    if (mantBig === undefined) {
      const next = mant * 10 + d;
      if (next <= Number.MAX_SAFE_INTEGER) mant = next;
      else mantBig = BigInt(mant) * 10n + BigInt(d);
    } else mantBig = mantBig * 10n + BigInt(d);
  }
  if (expAt < e) {
    let i = expAt + 1;
    let sign = 1;
    const c = text.charCodeAt(i);
    if (c === 45 || c === 43) {
      if (c === 45) sign = -1;
      i++;
    }
    let x = 0;
    for (; i < e; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return fallbackFloat(text, s, e);
      if (x < 1e9) x = x * 10 + d;
    }
    exp10 += sign * x;
  }
  if (digitsStart < 0) return 0;
  // buf keeps an inexact mantissa (≥ 2^53) as a big decimal and converts it exactly later.
  if (mantBig !== undefined) return Number(`${mantBig}e${exp10}`);
  if (exp10 === 0) return mant;
  return scaleBy2(mulPow5(mant, exp10), exp10);
}

function fallbackFloat(text: string, s: number, e: number): number {
  // Malformed (reported by the lexer): the longest prefix that parses.
  const f = Number.parseFloat(text.slice(s, e));
  return Number.isNaN(f) ? 0 : f;
}

/** 5^i rounded to a double, with buf's 5^7 at index 23. */
const POW5: number[] = Array.from({ length: 32 }, (_, i) => Number(5n ** BigInt(i === 23 ? 7 : i)));
/** 5^(32k) rounded to a double, k = 0..9. */
const POW5_32: number[] = Array.from({ length: 10 }, (_, k) => Number(5n ** BigInt(32 * k)));
/** 5^-(32k) rounded to a double, k = 0..10. */
const POW5_32_NEG: number[] = Array.from({ length: 11 }, (_, k) => Number(`${2n ** BigInt(32 * k)}e-${32 * k}`));

function mulPow5(f: number, n: number): number {
  if (n >= 0 && n <= 309) return f * POW5_32[n >>> 5]! * POW5[n & 31]!;
  if (n < 0 && n >= -324) return (f * POW5_32_NEG[-n >>> 5]!) / POW5[-n & 31]!;
  return n > 0 ? Infinity : 0;
}

/** f × 2^n with one rounding (n within [-1074, 1023] here, else split in two steps). */
function scaleBy2(f: number, n: number): number {
  if (n >= -1022 && n <= 1023) return f * 2 ** n;
  if (n > 1023) return f * 2 ** 1023 * 2 ** (n - 1023);
  return f * 2 ** -1022 * 2 ** (n + 1022);
}

function decodeHexFloat(t: string): number {
  let mant = 0;
  let exp = 0;
  let k = 2;
  let afterDot = false;
  for (; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c === 46) {
      afterDot = true;
      continue;
    }
    if (!isHex(c)) break;
    mant = mant * 16 + (c <= 57 ? c - 48 : (c | 0x20) - 87);
    if (afterDot) exp -= 4;
  }
  if (k < t.length && (t.charCodeAt(k) | 0x20) === 112) {
    const p = Number.parseInt(t.slice(k + 1), 10);
    if (!Number.isNaN(p)) exp += p;
  }
  return mant * 2 ** exp;
}
