/**
 * Lexer: token kinds and extents for every literal form, comments and their attribution arrays,
 * error texts and positions (buf 1.75's, probed), and source decoding (BOM, invalid UTF-8).
 */
import { describe, expect, it } from "vitest";
import { TK_EOF, TK_ERROR, TK_FLOAT, TK_IDENT, TK_INT, TK_PUNCT, TK_STRING, type SourceText } from "../../src/compiler/ast.js";
import { Diagnostics, formatDiagnostic } from "../../src/compiler/diagnostics.js";
import { ByteSink, decodeSource, decodeStringInto, lex } from "../../src/compiler/lexer.js";

const NAMES: Record<number, string> = { [TK_EOF]: "eof", [TK_IDENT]: "id", [TK_INT]: "int", [TK_FLOAT]: "float", [TK_STRING]: "str", [TK_PUNCT]: "p", [TK_ERROR]: "err" };

function run(text: string): { toks: string[]; errors: string[]; source: SourceText; tokens: ReturnType<typeof lex> } {
  const diags = new Diagnostics();
  const source: SourceText = { path: "a.proto", text };
  const tokens = lex(source, diags);
  const toks: string[] = [];
  for (let i = 0; i < tokens.count; i++) toks.push(`${NAMES[tokens.kind[i]!]}:${text.slice(tokens.start[i], tokens.end[i])}`);
  return { toks, errors: diags.list.map(formatDiagnostic), source, tokens };
}

function decode(literal: string): { bytes: number[]; text: string } {
  const sink = new ByteSink();
  decodeStringInto(literal, 0, literal.length, sink);
  const b = sink.take();
  return { bytes: [...b], text: new TextDecoder().decode(b) };
}

describe("lex: tokens", () => {
  it("splits identifiers, punctuation and ends with EOF", () => {
    const { toks, errors } = run("message Foo_1 { int32 a = 1; }");
    expect(toks).toEqual(["id:message", "id:Foo_1", "p:{", "id:int32", "id:a", "p:=", "int:1", "p:;", "p:}", "eof:"]);
    expect(errors).toEqual([]);
  });

  it("lexes every punctuation character as one token", () => {
    expect(run(";,.=:{}[]()<>-+/").toks).toEqual([
      "p:;", "p:,", "p:.", "p:=", "p::", "p:{", "p:}", "p:[", "p:]", "p:(", "p:)", "p:<", "p:>", "p:-", "p:+", "p:/", "eof:",
    ]);
  });

  it("lexes integer forms: decimal, hex, octal, zero", () => {
    const { toks, errors } = run("0 7 42 0x1F 0XaB 017 00 0x");
    expect(toks).toEqual(["int:0", "int:7", "int:42", "int:0x1F", "int:0XaB", "int:017", "int:00", "int:0x", "eof:"]);
    expect(errors).toEqual([]);
  });

  it("lexes float forms", () => {
    const { toks, errors } = run("1.5 1e10 1E-3 1.e5 .5 5. .5e-3 08.5 1e+7 0x1p3 0x1p-3");
    expect(toks).toEqual(["float:1.5", "float:1e10", "float:1E-3", "float:1.e5", "float:.5", "float:5.", "float:.5e-3", "float:08.5", "float:1e+7", "float:0x1p3", "float:0x1p", "p:-", "int:3", "eof:"]);
    // buf takes no sign after a binary exponent: `0x1p-3` is `0x1p` `-` `3`.
    expect(errors).toEqual(["a.proto:1:48:unexpected characters in integer literal"]);
  });

  it("keeps a dot between identifiers as punctuation, and a dot before a digit in a number", () => {
    expect(run("a.b .5 a . b").toks).toEqual(["id:a", "p:.", "id:b", "float:.5", "id:a", "p:.", "id:b", "eof:"]);
  });

  it("lexes strings in both quotes with escapes kept inside the token", () => {
    const { toks, errors } = run(`"a\\"b" 'c\\'d' "" '' "x'y" 'x"y'`);
    expect(toks).toEqual([`str:"a\\"b"`, `str:'c\\'d'`, `str:""`, `str:''`, `str:"x'y"`, `str:'x"y'`, "eof:"]);
    expect(errors).toEqual([]);
  });

  it("treats \\t \\n \\v \\f \\r and space as whitespace", () => {
    expect(run("a\t\n\v\f\r b").toks).toEqual(["id:a", "id:b", "eof:"]);
  });
});

describe("lex: comments", () => {
  it("records line and block comments with their delimiters and attributes them to the next token", () => {
    const text = "a // one\n/* two */ b /* three\n still */ c // end";
    const { tokens, toks } = run(text);
    expect(toks).toEqual(["id:a", "id:b", "id:c", "eof:"]);
    expect(tokens.comments.map((c) => [text.slice(c.start, c.end), c.block])).toEqual([
      ["// one", false],
      ["/* two */", true],
      ["/* three\n still */", true],
      ["// end", false],
    ]);
    // comments before token i: commentStart[i] .. commentStart[i+1]
    expect([...tokens.commentStart]).toEqual([0, 0, 2, 3, 4]);
  });

  it("does not end a line comment at \\r, and a block comment is not nested", () => {
    const text = "// x\r\n/* a /* b */ c";
    const { tokens, toks } = run(text);
    expect(tokens.comments.map((c) => text.slice(c.start, c.end))).toEqual(["// x\r", "/* a /* b */"]);
    expect(toks).toEqual(["id:c", "eof:"]);
  });

  it("keeps a slash that starts no comment as punctuation", () => {
    expect(run("a/b").toks).toEqual(["id:a", "p:/", "id:b", "eof:"]);
  });

  it("reports an unterminated block comment at its start and keeps it as a comment", () => {
    const { errors, tokens } = run("a\n  /* open");
    expect(errors).toEqual(["a.proto:2:3:encountered unmatched `/*` delimiter"]);
    expect(tokens.comments).toHaveLength(1);
    expect(tokens.comments[0]!.end).toBe(11);
  });

  it("reports a stray */", () => {
    expect(run("a */ b").errors).toEqual(["a.proto:1:3:encountered unmatched `*/` delimiter"]);
  });
});

describe("lex: errors (buf 1.75 texts and columns)", () => {
  const cases: [string, string[]][] = [
    ["x = 1to5;", ["a.proto:1:6:invalid digit in decimal integer literal"]],
    ["x = 1f;", ["a.proto:1:6:invalid digit in decimal integer literal"]],
    ["x = 0x1G;", ["a.proto:1:8:invalid digit in hexadecimal integer literal"]],
    ["x = 099;", ["a.proto:1:6:invalid digit in octal integer literal"]],
    ["x = 1_000;", ["a.proto:1:5:integer literal contains underscores"]],
    ["x = 1.5.3;", ["a.proto:1:8:extra decimal point in floating-point literal"]],
    ["x = 1..2;", ["a.proto:1:7:extra decimal point in floating-point literal"]],
    ["x = 1e;", ["a.proto:1:5:unexpected characters in integer literal"]],
    ["x = 1e+;", ["a.proto:1:5:unexpected characters in integer literal"]],
    ["x = 1e5x;", ["a.proto:1:8:invalid digit in decimal integer literal"]],
    ["x = 0.05e1;", ["a.proto:1:5:unexpected characters in floating-point literal"]],
    ["x = .05e1;", ["a.proto:1:5:unexpected characters in floating-point literal"]],
    ["x = 0.05 0.5e1 0.0e1 1.05e1 10.05e1;", []],
    ["x = 1.5e;", ["a.proto:1:5:unexpected characters in floating-point literal"]],
    ["x = 0x1p;", ["a.proto:1:5:unexpected characters in integer literal"]],
    ["x = 0x1.p;", ["a.proto:1:5:unexpected characters in floating-point literal"]],
    ["x = 0x1.8p1;", ["a.proto:1:5:unsupported base for floating-point literal"]],
    ["x = 0x1p3 1p5 0X1fP1;", []],
    ['x = "\\q";', ["a.proto:1:6:invalid escape sequence"]],
    ['x = "\\x";', ["a.proto:1:6:invalid escape sequence"]],
    ['x = "\\u12";', ["a.proto:1:6:invalid escape sequence"]],
    ['x = "\\U00110000";', ["a.proto:1:6:invalid escape sequence"]],
    ['x = "\\uD800";', ["a.proto:1:6:invalid escape sequence"]],
    ['x = "abc\ny', ["a.proto:1:5:unterminated string literal"]],
    ["x = 'abc", ["a.proto:1:5:unterminated string literal"]],
    ["message Café {}", ["a.proto:1:9:non-ASCII identifiers are not allowed"]],
    ["message A\u00a0{}", ["a.proto:1:10:unrecognized token"]],
    ["message A\u0001{}", ["a.proto:1:10:unrecognized token"]],
    ["message A {\u0001\u0001\u0000\u00a0 }", ["a.proto:1:12:unrecognized token"]],
    ["message A {} 😀© x", ["a.proto:1:14:unrecognized token"]],
    ["message A\u200b {}", ["a.proto:1:10:unrecognized token"]],
    ["message 中文 {}", ["a.proto:1:9:non-ASCII identifiers are not allowed"]],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => {
      expect(run(text).errors).toEqual(expected);
    });
  }

  it("lexes a malformed number as one token (buf's greedy number)", () => {
    expect(run("1to5 0x1G 1e5x").toks).toEqual(["int:1to5", "int:0x1G", "float:1e5x", "eof:"]);
  });

  it("counts columns in UTF-8 bytes for diagnostics", () => {
    // `é` is two bytes: the bad digit after it is at byte column 12.
    expect(run('"é" x = 1q').errors).toEqual(["a.proto:1:11:invalid digit in decimal integer literal"]);
  });

  it("makes printable stray symbols error tokens without reporting them (the parser does)", () => {
    const { toks, errors } = run("a # $ @ b");
    expect(toks).toEqual(["id:a", "err:#", "err:$", "err:@", "id:b", "eof:"]);
    expect(errors).toEqual([]);
  });

  it("keeps a BOM inside the text as part of an identifier, like buf", () => {
    const { toks, errors } = run("message\ufeffA {}");
    expect(toks[0]).toBe("id:message\ufeffA");
    expect(errors).toEqual(["a.proto:1:1:non-ASCII identifiers are not allowed"]);
  });
});

describe("string decoding", () => {
  it("decodes every simple escape", () => {
    expect(decode(`"\\a\\b\\f\\n\\r\\t\\v\\\\\\'\\"\\?"`).bytes).toEqual([7, 8, 12, 10, 13, 9, 11, 92, 39, 34, 63]);
  });

  it("decodes octal escapes of one to three digits, wrapping above 255 like buf", () => {
    expect(decode(`"\\0\\7\\10\\101\\377\\1234"`).bytes).toEqual([0, 7, 8, 65, 255, 83, 52]);
    expect(decode(`"\\400"`).bytes).toEqual([0]);
  });

  it("decodes hex escapes of one or two digits", () => {
    expect(decode(`"\\x41\\xf\\xFFz"`).bytes).toEqual([0x41, 0x0f, 0xff, 0x7a]);
  });

  it("decodes \\u and \\U escapes to UTF-8", () => {
    expect(decode(`"\\u00e9\\U0001F600"`).text).toBe("é😀");
    expect(decode(`"\\u00e9"`).bytes).toEqual([0xc3, 0xa9]);
  });

  it("keeps non-ASCII source text as UTF-8", () => {
    expect(decode(`'中\\n'`).bytes).toEqual([0xe4, 0xb8, 0xad, 10]);
  });
});

describe("decodeSource", () => {
  it("strips a UTF-8 BOM so offsets index the returned text", () => {
    const diags = new Diagnostics();
    const src = decodeSource("a.proto", new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x62]), diags);
    expect(src?.text).toBe("ab");
    expect(src?.bom).toBe(true);
    expect(diags.list).toEqual([]);
    expect(decodeSource("a.proto", new Uint8Array([0x61]), diags)?.bom).toBeUndefined();
  });

  it("reports invalid UTF-8 at the first bad byte with buf's text and returns undefined", () => {
    const diags = new Diagnostics();
    const bytes = new TextEncoder().encode('syntax = "proto3";\nmessage A {} // ');
    const bad = new Uint8Array(bytes.length + 2);
    bad.set(bytes);
    bad[bytes.length] = 0xff;
    bad[bytes.length + 1] = 0xfe;
    expect(decodeSource("a.proto", bad, diags)).toBeUndefined();
    expect(diags.list.map(formatDiagnostic)).toEqual(["a.proto:2:17:input appears to be encoded with UTF-8, but found invalid byte"]);
  });

  it("rejects overlong encodings and lone surrogates", () => {
    for (const b of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]]) {
      const diags = new Diagnostics();
      expect(decodeSource("a.proto", new Uint8Array([0x61, ...b]), diags)).toBeUndefined();
      expect(diags.list.map(formatDiagnostic)).toEqual(["a.proto:1:2:input appears to be encoded with UTF-8, but found invalid byte"]);
    }
  });
});
