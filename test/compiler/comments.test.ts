/**
 * Comment attribution (src/compiler/comments.ts) against the rules and every example of
 * shared/reference/source-info.md §6, as buf 1.75 attributes them.
 *
 * Each case is the proto text and, per declaration (named by the text it starts with), the
 * comments buf gives it: L leading, T trailing, D detached. The lookup tokens are those of §6.2:
 * leading/detached at the declaration's first token, trailing at its `;` or at the `{` of a body.
 * Declarations not listed must have no comments at all.
 */
import { describe, expect, it } from "vitest";
import type { SourceText, Tokens } from "../../src/compiler/ast.js";
import { TK_EOF, TK_PUNCT } from "../../src/compiler/ast.js";
import { commentText, tokenComments } from "../../src/compiler/comments.js";
import { Diagnostics } from "../../src/compiler/diagnostics.js";
import { lex } from "../../src/compiler/lexer.js";

interface Expect {
  L?: string;
  T?: string;
  D?: string[];
}

function lexText(text: string, bom = false): Tokens {
  const source: SourceText = bom ? { path: "t.proto", text, bom } : { path: "t.proto", text };
  return lex(source, new Diagnostics());
}

/** Token index whose start is the first occurrence of `needle` (after `from`). */
function tokenAt(tokens: Tokens, needle: string, from = 0): number {
  const off = tokens.source.text.indexOf(needle, from);
  if (off < 0) throw new Error(`"${needle}" not in text`);
  for (let t = 0; t < tokens.count; t++) if (tokens.start[t] === off) return t;
  throw new Error(`"${needle}" does not start a token`);
}

/** The §6.2 trailing token of the declaration starting at `lead`: its `;`, or the `{` of its body. */
function trailOf(tokens: Tokens, lead: number): number {
  const text = tokens.source.text;
  let depth = 0;
  for (let t = lead; t < tokens.count && tokens.kind[t] !== TK_EOF; t++) {
    if (tokens.kind[t] !== TK_PUNCT) continue;
    const c = text[tokens.start[t]!];
    if (depth === 0 && (c === ";" || c === "{")) return t;
    if (c === "(" || c === "[") depth++;
    if (c === ")" || c === "]") depth--;
  }
  throw new Error("no end of declaration");
}

/**
 * Checks the comments of the declarations starting with each key of `decls` (`"message B"`; a
 * `@n` suffix picks the n-th occurrence, from 1). Every other token that could lead a declaration
 * (each token after `;`, `{`, `}` or at the file start) must have no comments.
 */
function check(text: string, decls: Record<string, Expect>, bom = false): void {
  const tokens = lexText(text, bom);
  const tc = tokenComments(tokens);
  const seen = new Set<number>();
  for (const [key, want] of Object.entries(decls)) {
    const [needle, nth] = key.includes("@") ? [key.slice(0, key.lastIndexOf("@")), Number(key.slice(key.lastIndexOf("@") + 1))] : [key, 1];
    let from = 0;
    let lead = -1;
    for (let k = 0; k < nth; k++) {
      lead = tokenAt(tokens, needle, from);
      from = tokens.start[lead]! + 1;
    }
    seen.add(lead);
    const trail = trailOf(tokens, lead);
    const got: Expect = {};
    const L = tc.leading(lead);
    const T = tc.trailing(trail);
    const D = tc.detached(lead);
    if (L !== undefined) got.L = L;
    if (T !== undefined) got.T = T;
    if (D.length) got.D = D;
    expect(got, `declaration "${key}"`).toEqual(want);
  }
  // every other declaration start has nothing
  const text2 = tokens.source.text;
  for (let t = 0; t < tokens.count - 1; t++) {
    const prev = t === 0 ? "" : text2[tokens.start[t - 1]!];
    if (t !== 0 && prev !== ";" && prev !== "{" && prev !== "}") continue;
    if (seen.has(t) || text2[tokens.start[t]!] === "}") continue;
    const trail = (() => {
      try {
        return trailOf(tokens, t);
      } catch {
        return t;
      }
    })();
    const got = { L: tc.leading(t), T: tc.trailing(trail), D: tc.detached(t) };
    expect(got, `declaration at "${text2.slice(tokens.start[t]!, tokens.start[t]! + 12)}"`).toEqual({ L: undefined, T: undefined, D: [] });
  }
}

describe("comment text (§6.3)", () => {
  const textOf = (src: string): string => {
    const tokens = lexText(src + "\nx");
    return commentText(tokens.source.text, tokens.comments[0]!);
  };
  it("keeps a // comment verbatim after the slashes, a CR of CRLF included", () => {
    expect(textOf("//  two spaces, trailing  ")).toBe("  two spaces, trailing  ");
    expect(textOf("// crlf\r")).toBe(" crlf\r");
    expect(textOf("//")).toBe("");
  });
  it("strips leading whitespace and one * from every block line after the first", () => {
    expect(textOf("/* first\n * second\n   third */")).toBe(" first\n second\nthird ");
    expect(textOf("/** doc */")).toBe("* doc ");
    expect(textOf("/**\n  ** two stars\n\t*\ttab\n*/")).toBe("*\n* two stars\n\ttab\n");
    expect(textOf("/* a\n\n   \n b */")).toBe(" a\n\n\nb ");
    expect(textOf("/* a\r\n * b\r\n */")).toBe(" a\r\n b\r\n");
    // a blank CRLF line is all whitespace: its CR goes
    expect(textOf("/* a\r\n\r\n  * b\r\n\r\n*/")).toBe(" a\r\n\n b\r\n\n");
    // vertical tab, form feed and Unicode spaces (NBSP) are whitespace too
    expect(textOf("/* v\n\v\f* w */")).toBe(" v\n w ");
    expect(textOf("/* a\n\u00a0* nb */")).toBe(" a\n nb ");
    expect(textOf("/**/")).toBe("");
  });
  it("keeps non-ASCII text as it is, surrogate pairs included", () => {
    expect(textOf("// é 中 😀")).toBe(" é 中 😀");
    expect(textOf("/* é\n\u3000* 中\n * 😀\u{10FFFF} */")).toBe(" é\n 中\n 😀\u{10FFFF} ");
  });
});

describe("attribution (§6.4, §6.5)", () => {
  it("§6.3 example: same-line trailing without newline, multi-line block as leading", () => {
    check('syntax = "proto3"; // trailing\n/* first\n * second\n   third */\nmessage A {}\n', {
      syntax: { T: " trailing" },
      message: { L: " first\n second\nthird " },
    });
  });

  it("comments before the first token: detached, leading, and trailing kept only when a token follows", () => {
    const src = '// detached\n\n// leading\nsyntax = "proto3"; // trailing\n';
    check(src + "message A {}\n", { syntax: { D: [" detached\n"], L: " leading\n", T: " trailing" } });
    check(src, { syntax: { D: [" detached\n"], L: " leading\n" } });
  });

  it("a comment after `}` is donated to it (lost); a block comment after a blank line is detached", () => {
    check("message A {}\n// a\n/* b */\n\nmessage B {}\n", { "message B": { D: [" b "] } });
  });

  it("a comment under a same-line trailing comment, then a blank line, is dropped", () => {
    check('syntax = "proto3";\nmessage A { int32 a = 1; // t\n  // dropped\n\n  int32 b = 2; }\n', {
      "int32 a": { T: " t" },
    });
  });

  it("the same comment first in a body becomes detached of the first declaration", () => {
    check('syntax = "proto3";\nmessage A { // t\n  // detached (first in body)\n\n  int32 b = 2; }\n', {
      message: { T: " t" },
      "int32 b": { D: [" detached (first in body)\n"] },
    });
  });

  it("two paragraphs after a token: the first is its trailing comment; a block on the declaration's line is lost", () => {
    check('syntax = "proto3";\n// x\n/* y */ message A {}\n', { syntax: { T: " x\n" } });
  });

  it("with blank lines around `// x` both paragraphs are detached", () => {
    check('syntax = "proto3";\n\n// x\n\n/* y */ message A {}\n', { message: { D: [" x\n", " y "] } });
  });

  it("step 3 measures against the token after the declaration's first token", () => {
    check('syntax = "proto3";\n\n/* a */ message\nX {}\n', {});
    check('syntax = "proto3";\n\n/* a */ message\n\nX {}\n', { message: { D: [" a "] } });
  });

  describe("consequences table", () => {
    it("int32 a = 1; // t", () => {
      check("message M {\n  int32 a = 1; // t\n  int32 b = 2;\n}\n", { "int32 a": { T: " t" }, message: {} });
    });
    it("comment on the line after `a;`, then a blank line or `}`: trailing with newline", () => {
      check("message M {\n  int32 a = 1;\n  // t\n\n  int32 b = 2;\n}\n", { "int32 a": { T: " t\n" } });
      check("message M {\n  int32 a = 1;\n  int32 b = 2;\n  // t\n}\n", { "int32 b": { T: " t\n" } });
    });
    it("`a; /* c */` then b on the next line: leading of b", () => {
      check("message M {\n  int32 a = 1; /* c */\n  int32 b = 2;\n}\n", { "int32 b": { L: " c " } });
    });
    it("comment directly above: leading", () => {
      check("message M {\n  int32 a = 1;\n\n  // l1\n  // l2\n  int32 b = 2;\n}\n", { "int32 b": { L: " l1\n l2\n" } });
    });
    it("comments separated by blank lines from both neighbours: detached of the next", () => {
      check("message M {\n  int32 a = 1;\n\n  // d1\n\n  /* d2 */\n\n  int32 b = 2;\n}\n", { "int32 b": { D: [" d1\n", " d2 "] } });
    });
    it("comment on the declaration's own line before it is lost", () => {
      check("message M {\n  int32 a = 1;\n\n  /* c */ int32 b = 2;\n}\n", {});
    });
    it("comment inside [ … ] is lost", () => {
      check("message M {\n  int32 a = 1 [ /* in */ deprecated = true];\n}\n", {});
    });
    it("comment on the first line inside a body, then a blank line: trailing of the block", () => {
      check("message M {\n  // t\n\n  int32 a = 1;\n}\n", { message: { T: " t\n" } });
    });
    it("comment after the file's last token, or after a blank line before `}`, is lost", () => {
      check("message M {\n  int32 a = 1;\n\n  // lost\n}\n// lost too\n", {});
    });
  });

  it("a same-line // after a block comment makes the block the trailing comment", () => {
    check("message M {\n  int32 a = 1; /* x */ // y\n  int32 b = 2;\n}\n", { "int32 a": { T: " x " }, "int32 b": { L: " y" } });
  });

  it("empty comments give empty strings (the collector omits empty L/T)", () => {
    check("message M {\n  int32 a = 1; //\n  /**/\n  int32 b = 2;\n}\n", { "int32 a": { T: "" }, "int32 b": { L: "" } });
  });

  it("a blank line holding only spaces and tabs still separates paragraphs", () => {
    check("message M {\n  int32 a = 1;\n \t \n  // d\n  \t\n  int32 b = 2;\n}\n", { "int32 b": { D: [" d\n"] } });
  });

  it("CRLF line endings keep the CR in comment text", () => {
    check("message M {\r\n  // l\r\n  int32 a = 1; // t\r\n}\r\n", { "int32 a": { L: " l\r\n", T: " t\r" } });
  });

  it("newlines inside a block comment count as lines between neighbours", () => {
    check('syntax = "proto3";\n\n/* a */ message /* x\n\n */ X {}\n', { message: { D: [" a "] } });
    check('syntax = "proto3";\n\n/* a */ message /* x */ X {}\n', {});
  });

  it("a byte order mark acts as a previous token on line 0 (same-line comment lost, not a neighbour)", () => {
    check("// a\n// a2\n\n// b\nmessage A {}\n", { message: { D: [" a\n a2\n"], L: " b\n" } });
    check("// a\n// a2\n\n// b\nmessage A {}\n", { message: { D: [" a2\n"], L: " b\n" } }, true);
    check("\n// c\n\nmessage A {}\n", {}, true);
    check("\n// c\n\nmessage A {}\n", { message: { D: [" c\n"] } });
    check("/*x*/ // y\nmessage B {}\n", { message: { L: " y" } }, true);
  });
});
