/**
 * Display-width columns (src/compiler/position.ts), against widths measured on buf 1.75: each
 * string below was put in a block comment before a declaration (`/*S*\/message M {}`) and the
 * declaration's start column read from buf's SourceCodeInfo (shared/reference/source-info.md §3).
 */
import { describe, expect, it } from "vitest";
import type { SourceText } from "../../src/compiler/ast.js";
import { Diagnostics } from "../../src/compiler/diagnostics.js";
import { lex } from "../../src/compiler/lexer.js";
import { ColumnCursor, LineScan, LineTable, displayWidth, lineTable } from "../../src/compiler/position.js";

describe("display width of a string (buf-measured)", () => {
  const cases: [string, string, number][] = [
    ["ASCII", "abc", 3],
    ["é precomposed", "\u00e9", 1],
    ["e + combining acute", "e\u0301", 1],
    ["lone combining mark", "\u0301", 0],
    ["halfwidth katakana, fullwidth A", "\uFF71\uFF21", 3],
    ["CJK", "\u4E2D", 2],
    ["Hangul syllable", "\uD55C", 2],
    ["Hangul as decomposed jamo L V T", "\u1112\u1161\u11AB", 2],
    ["Hangul LV + T (not an L start: widths add)", "\uAC00\u11A8", 3],
    ["Hangul syllable + T", "\uD55C\u11A8", 3],
    ["L, extend, V: the V starts a new cluster", "\u1100\u0301\u1161", 3],
    ["emoji", "\u{1F600}", 2],
    ["emoji + skin tone", "\u{1F44D}\u{1F3FD}", 2],
    ["ZWJ family", "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}", 2],
    ["couple with heart", "\u{1F469}\u200D\u2764\uFE0F\u200D\u{1F468}", 2],
    ["rainbow flag", "\u{1F3F3}\uFE0F\u200D\u{1F308}", 2],
    ["flag (regional indicator pair)", "\u{1F1EB}\u{1F1F7}", 2],
    ["three regional indicators", "\u{1F1EB}\u{1F1F7}\u{1F1E9}", 4],
    ["four regional indicators", "\u{1F1EB}\u{1F1F7}\u{1F1E9}\u{1F1EA}", 4],
    ["RI, mark, RI", "\u{1F1EB}\u0301\u{1F1F7}", 4],
    ["heavy check mark", "\u2714", 1],
    ["heavy check mark + VS16", "\u2714\uFE0F", 2],
    ["heart / + VS16", "\u2764", 1],
    ["heart + VS16", "\u2764\uFE0F", 2],
    ["© + VS16", "\u00A9\uFE0F", 2],
    ["emoji + VS15", "\u{1F600}\uFE0E", 1],
    ["emoji + spacing mark", "\u{1F600}\u0903", 2],
    ["emoji + trailing ZWJ", "\u{1F600}\u200D", 2],
    ["a, ZWJ, emoji", "a\u200D\u{1F600}", 3],
    ["Devanagari conjunct (spacing marks add)", "\u0915\u094D\u0937\u093F", 3],
    ["prepend + check mark + VS16", "\u0600\u2714\uFE0F", 2],
    ["zero width spaces", "\u200B\u200B", 0],
    ["two-em dash", "\u2E3A", 3],
    ["two-em dash + mark", "\u2E3A\u0301", 3],
    ["three-em dash", "\u2E3B", 4],
    ["controls", "\x01\v\f", 0],
    ["lone CR", "a\rb", 2],
  ];
  for (const [name, s, w] of cases) {
    it(`${name}: ${w}`, () => {
      expect(displayWidth(s)).toBe(w);
    });
  }
});

describe("tab stops of 4", () => {
  it("advance to the next multiple of 4", () => {
    expect(displayWidth("\t")).toBe(4);
    expect(displayWidth("abcd\t")).toBe(8);
    expect(displayWidth("abcde\t")).toBe(8);
    expect(displayWidth("abcdef\t")).toBe(8);
    expect(displayWidth("abc\t")).toBe(4);
    expect(displayWidth("\t\t")).toBe(8);
  });
  it("count wide characters before them (buf-measured)", () => {
    // `/*S*/` prefixes: the measured width is the column after `*/` minus 4
    expect(displayWidth("/*\u{1F600}\t*/") - 4).toBe(6);
    expect(displayWidth("/*x\u{1F600}\t*/") - 4).toBe(6);
    expect(displayWidth("/*\u4E2D\t*/") - 4).toBe(6);
    expect(displayWidth("/*\t\u4E2D\t*/") - 4).toBe(6);
    expect(displayWidth("/*\u00e9\u00e9\t*/") - 4).toBe(6);
  });
});

function source(text: string): SourceText {
  return { path: "p.proto", text };
}

describe("LineTable", () => {
  it("breaks lines at \\n only", () => {
    const t = new LineTable("a\nb\r\nc\rd\n");
    expect(t.lineStarts).toEqual([0, 2, 5, 9]);
    expect(t.lineOf(0)).toBe(0);
    expect(t.lineOf(1)).toBe(0);
    expect(t.lineOf(2)).toBe(1);
    expect(t.lineOf(7)).toBe(2);
    expect(t.lineOf(9)).toBe(3);
  });
  it("display-width columns: tabs, wide characters, a lone CR counts 0", () => {
    const text = 'syntax = "proto3";\n/*\u4E2D*/\tmessage A {}\n\tx\r y';
    const t = lineTable(source(text));
    expect(t.lineCol(text.indexOf("message"))).toEqual({ line: 1, col: 8 });
    expect(t.lineCol(text.indexOf("A {"))).toEqual({ line: 1, col: 16 });
    expect(t.lineCol(text.indexOf("\tx") + 1)).toEqual({ line: 2, col: 4 });
    expect(t.lineCol(text.indexOf(" y") + 1)).toEqual({ line: 2, col: 6 });
  });
  it("byte columns for diagnostics", () => {
    const text = "a\n\u00e9\u4E2Dx\tz";
    const t = new LineTable(text);
    expect(t.byteLineCol(text.indexOf("x"))).toEqual({ line: 1, col: 5 });
    expect(t.byteLineCol(text.indexOf("z"))).toEqual({ line: 1, col: 7 });
  });
  it("caches one table per source", () => {
    const s = source("x");
    expect(lineTable(s)).toBe(lineTable(s));
  });
});

describe("LineScan", () => {
  it("scans one text at a time into the same buffer", () => {
    const scan = new LineScan();
    const long = "x\n".repeat(5000);
    expect(scan.scan(long).lineCount).toBe(5001);
    expect(scan.lineStarts[5000]).toBe(10_000);
    const lines = scan.scan("a\nb\r\nc\rd\n");
    expect(lines.lineCount).toBe(4);
    expect(Array.from(lines.lineStarts.subarray(0, 4))).toEqual([0, 2, 5, 9]);
    expect(lines.text).toBe("a\nb\r\nc\rd\n");
  });
});

describe("ColumnCursor", () => {
  const text = "ab\n\u{1F600}\tc d\n\u4E2D\u4E2D e\n";
  const t = new LineTable(text);
  const at = (c: ColumnCursor, o: number): [number, number] => {
    c.move(o);
    return [c.line, c.col];
  };
  it("walks forward across lines", () => {
    const c = new ColumnCursor(t);
    expect(at(c, 1)).toEqual([0, 1]);
    expect(at(c, text.indexOf("c"))).toEqual([1, 4]);
    expect(at(c, text.indexOf("d"))).toEqual([1, 6]);
    expect(at(c, text.indexOf("e"))).toEqual([2, 5]);
    expect(at(c, text.length)).toEqual([3, 0]);
  });
  it("moves backwards too", () => {
    const c = new ColumnCursor(t);
    at(c, text.indexOf("e"));
    expect(at(c, text.indexOf("d"))).toEqual([1, 6]);
    expect(at(c, text.indexOf("c"))).toEqual([1, 4]);
    expect(at(c, 0)).toEqual([0, 0]);
  });
  it("walks the lines of a LineScan alike", () => {
    const c = new ColumnCursor(new LineScan().scan(text + "x\n".repeat(5000)));
    expect(at(c, text.indexOf("c"))).toEqual([1, 4]);
    expect(at(c, text.indexOf("e"))).toEqual([2, 5]);
    expect(at(c, text.length + 9999)).toEqual([5002, 1]);
  });
});

describe("ColumnCursor over a lexed file", () => {
  it("gives every token's start and end line/column", () => {
    const src = source("syntax = 'proto3';\n\tmessage \u00e9A {}\n");
    const tokens = lex(src, new Diagnostics());
    const text = src.text;
    const cursor = new ColumnCursor(lineTable(src));
    const span = (needle: string): number[] => {
      const off = text.indexOf(needle);
      for (let i = 0; i < tokens.count; i++) {
        if (tokens.start[i] !== off) continue;
        cursor.move(tokens.start[i]!);
        const [line, col] = [cursor.line, cursor.col];
        cursor.move(tokens.end[i]!);
        return [line, col, cursor.line, cursor.col];
      }
      throw new Error(needle);
    };
    expect(span("message")).toEqual([1, 4, 1, 11]);
    expect(span("\u00e9A")).toEqual([1, 12, 1, 14]);
    expect(span("}")).toEqual([1, 16, 1, 17]);
  });
});
