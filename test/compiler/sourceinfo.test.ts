/**
 * The SourceCodeInfo collector (src/compiler/sourceinfo.ts) on hand-picked locations: span
 * conversion, buf's sort (shared/reference/source-info.md §1, §2), the file location, and which
 * comments are attached. Expected output uses the reference's notation, one location per line:
 * `[path] [span] D=[…] L="…" T="…"`. End-to-end parity with buf is in sourceinfo-parity.test.ts.
 */
import { describe, expect, it } from "vitest";
import { create, equals, fromBinary, toBinary } from "@bufbuild/protobuf";
import { SourceCodeInfoSchema, SourceCodeInfo_LocationSchema, type SourceCodeInfo } from "@bufbuild/protobuf/wkt";
import type { FileNode, SourceText } from "../../src/compiler/ast.js";
import { Diagnostics } from "../../src/compiler/diagnostics.js";
import { lex } from "../../src/compiler/lexer.js";
import { SourceInfoCollector } from "../../src/compiler/sourceinfo.js";

function fileOf(text: string): FileNode {
  const source: SourceText = { path: "t.proto", text };
  return { kind: "file", tokens: lex(source, new Diagnostics()), decls: [] };
}

/** Token index of the `n`-th (from 1) token starting with the text `needle`. */
function tok(file: FileNode, needle: string, n = 1): number {
  const { tokens } = file;
  const text = tokens.source.text;
  let from = 0;
  for (;;) {
    const off = text.indexOf(needle, from);
    if (off < 0) throw new Error(`"${needle}" #${n} not found`);
    from = off + 1;
    for (let t = 0; t < tokens.count; t++) {
      if (tokens.start[t] === off && --n === 0) return t;
    }
  }
}

function render(info: SourceCodeInfo): string {
  return info.location
    .map((l) => {
      let s = `[${l.path.join(",")}] [${l.span.join(",")}]`;
      if (l.leadingDetachedComments.length) s += ` D=${JSON.stringify(l.leadingDetachedComments)}`;
      if (Object.hasOwn(l, "leadingComments")) s += ` L=${JSON.stringify(l.leadingComments)}`;
      if (Object.hasOwn(l, "trailingComments")) s += ` T=${JSON.stringify(l.trailingComments)}`;
      return s;
    })
    .join("\n");
}

const lines = (s: string): string => s.trim().replace(/^ +/gm, "");

describe("SourceInfoCollector", () => {
  it("sorts by span, sub-parts before their element when they start earlier (§1)", () => {
    const f = fileOf('syntax = "proto3";\npackage x.y;\nmessage A {\n  string a = 1;\n}\n');
    const si = new SourceInfoCollector(f);
    // tree order, as a builder would create them
    si.addWithComments([12], tok(f, "syntax"), tok(f, ";"), tok(f, "syntax"), tok(f, ";"));
    si.addWithComments([2], tok(f, "package"), tok(f, ";", 2), tok(f, "package"), tok(f, ";", 2));
    si.addWithComments([4, 0], tok(f, "message"), tok(f, "}"), tok(f, "message"), tok(f, "{"));
    si.add([4, 0, 1], tok(f, "A"), tok(f, "A"));
    si.addWithComments([4, 0, 2, 0], tok(f, "string"), tok(f, ";", 3), tok(f, "string"), tok(f, ";", 3));
    si.add([4, 0, 2, 0, 5], tok(f, "string"), tok(f, "string"));
    si.add([4, 0, 2, 0, 1], tok(f, "a ="), tok(f, "a ="));
    si.add([4, 0, 2, 0, 3], tok(f, "1;"), tok(f, "1;"));
    expect(render(si.finish())).toBe(
      lines(`
        [] [0,0,4,1]
        [12] [0,0,18]
        [2] [1,0,12]
        [4,0] [2,0,4,1]
        [4,0,1] [2,8,9]
        [4,0,2,0,5] [3,2,8]
        [4,0,2,0] [3,2,15]
        [4,0,2,0,1] [3,9,10]
        [4,0,2,0,3] [3,13,14]
      `),
    );
  });

  it("compares endLine of a multi-line span with endCol of a one-line span (§2.1)", () => {
    // the same field shape on lines 2-4 and 12-14: field first near the top, type first below
    const field = "  string a = 1 [\n    deprecated = true\n  ];\n";
    const f = fileOf('syntax = "proto3";\nmessage A {\n' + field + "\n".repeat(7) + field.replace(/a = 1/, "b = 2") + "}\n");
    const si = new SourceInfoCollector(f);
    for (const [i, n] of [
      [0, 1],
      [1, 2],
    ] as const) {
      si.add([4, 0, 2, i], tok(f, "string", n), tok(f, "];", n) + 1);
      si.add([4, 0, 2, i, 5], tok(f, "string", n), tok(f, "string", n));
    }
    expect(render(si.finish())).toBe(
      lines(`
        [] [0,0,15,1]
        [4,0,2,0] [2,2,4,4]
        [4,0,2,0,5] [2,2,8]
        [4,0,2,1,5] [12,2,8]
        [4,0,2,1] [12,2,14,4]
      `),
    );
  });

  it("keeps creation order for identical spans (§2.2)", () => {
    const f = fileOf("message A {\n  reserved 5;\n  extensions 1 to 5, 9;\n}\n");
    const si = new SourceInfoCollector(f);
    const five = tok(f, "5;");
    si.add([4, 0, 9, 0], five, five);
    si.add([4, 0, 9, 0, 1], five, five);
    si.add([4, 0, 9, 0, 2], five, five);
    const ext = tok(f, "extensions");
    const semi = tok(f, ";", 2);
    si.addWithComments([4, 0, 5], ext, semi, ext, semi);
    si.addWithComments([4, 0, 5], ext, semi, ext, semi);
    expect(render(si.finish())).toBe(
      lines(`
        [] [0,0,3,1]
        [4,0,9,0] [1,11,12]
        [4,0,9,0,1] [1,11,12]
        [4,0,9,0,2] [1,11,12]
        [4,0,5] [2,2,23]
        [4,0,5] [2,2,23]
      `),
    );
  });

  it("copies paths", () => {
    const f = fileOf("message A {}\n");
    const si = new SourceInfoCollector(f);
    const path = [4, 0];
    si.add(path, tok(f, "message"), tok(f, "}"));
    path.push(1);
    si.add(path, tok(f, "A"), tok(f, "A"));
    expect(render(si.finish())).toBe("[] [0,0,12]\n[4,0] [0,0,12]\n[4,0,1] [0,8,9]");
  });

  it("measures display width: tab stops of 4, wide characters (§3)", () => {
    const f = fileOf('syntax = "proto3";\n/*中*/\tmessage A {}\n/*é*/message B {}\n');
    const si = new SourceInfoCollector(f);
    si.add([4, 0], tok(f, "message"), tok(f, "}"));
    si.add([4, 1], tok(f, "message", 2), tok(f, "}", 2));
    expect(render(si.finish())).toBe("[] [0,0,2,17]\n[4,0] [1,8,20]\n[4,1] [2,5,17]");
  });

  it("gives an empty or comment-only file the span [0,0,0]", () => {
    expect(render(new SourceInfoCollector(fileOf("")).finish())).toBe("[] [0,0,0]");
    expect(render(new SourceInfoCollector(fileOf("// only\n/* comments */\n")).finish())).toBe("[] [0,0,0]");
  });

  it("starts the file location at the first token and ends it at the last, comments excluded", () => {
    const f = fileOf("// head\n\n  message A {} // tail\n\n");
    expect(render(new SourceInfoCollector(f).finish())).toBe("[] [2,2,14]");
  });

  it("attaches comments only to locations added with comments, omitting empty leading/trailing", () => {
    const f = fileOf(
      'syntax = "proto3";\n\n// d1\n\n//\n\n/**/\nmessage A { //\n  // lead\n  int32 a = 1; // trail\n}\n',
    );
    const si = new SourceInfoCollector(f);
    si.addWithComments([4, 0], tok(f, "message"), tok(f, "}"), tok(f, "message"), tok(f, "{"));
    si.add([4, 0, 1], tok(f, "A"), tok(f, "A"));
    si.addWithComments([4, 0, 2, 0], tok(f, "int32"), tok(f, ";", 2), tok(f, "int32"), tok(f, ";", 2));
    si.add([4, 0, 2, 0, 5], tok(f, "int32"), tok(f, "int32"));
    expect(render(si.finish())).toBe(
      lines(`
        [] [0,0,10,1]
        [4,0] [7,0,10,1] D=[" d1\\n","\\n"]
        [4,0,1] [7,8,9]
        [4,0,2,0,5] [9,2,7]
        [4,0,2,0] [9,2,14] L=" lead\\n" T=" trail"
      `),
    );
  });

  it("looks leading comments up at the lead token, trailing at the trail token (§6.2)", () => {
    // `export` is the lead token although the span starts at `message`
    const f = fileOf('edition = "2024";\n// doc\nexport message A { // t\n}\n');
    const si = new SourceInfoCollector(f);
    si.addWithComments([4, 0], tok(f, "message"), tok(f, "}"), tok(f, "export"), tok(f, "{"));
    expect(render(si.finish())).toBe('[] [0,0,3,1]\n[4,0] [2,7,3,1] L=" doc\\n" T=" t"');
  });

  it("builds locations that behave as create() builds them (presence, equality, encoding)", () => {
    const f = fileOf("// lead\nmessage A {} //\n");
    const si = new SourceInfoCollector(f);
    si.addWithComments([4, 0], tok(f, "message"), tok(f, "}"), tok(f, "message"), tok(f, "{"));
    si.add([4, 0, 1], tok(f, "A"), tok(f, "A"));
    const info = si.finish();
    const expected = create(SourceCodeInfoSchema, {
      location: [
        create(SourceCodeInfo_LocationSchema, { path: [], span: [1, 0, 12] }),
        create(SourceCodeInfo_LocationSchema, { path: [4, 0], span: [1, 0, 12], leadingComments: " lead\n" }),
        create(SourceCodeInfo_LocationSchema, { path: [4, 0, 1], span: [1, 8, 9] }),
      ],
    });
    expect(equals(SourceCodeInfoSchema, info, expected)).toBe(true);
    expect(toBinary(SourceCodeInfoSchema, info)).toEqual(toBinary(SourceCodeInfoSchema, expected));
    expect(equals(SourceCodeInfoSchema, fromBinary(SourceCodeInfoSchema, toBinary(SourceCodeInfoSchema, info)), expected)).toBe(true);
    // unset comments read as the proto2 default and are not own properties
    const loc = info.location[2]!;
    expect(loc.leadingComments).toBe("");
    expect(Object.hasOwn(loc, "leadingComments")).toBe(false);
    expect(Object.hasOwn(info.location[1]!, "trailingComments")).toBe(false); // "" omitted
  });

  it("sorts spans far apart (100,000 lines, a 1,000-column line)", () => {
    // 100,000 lines and a 1,000-column line: lines × cols × max × cols exceeds 2^53
    const wide = "x".repeat(1000);
    const f = fileOf(`message A {\n  int32 ${wide} = 1;` + "\n".repeat(100_000) + "}\n");
    const si = new SourceInfoCollector(f);
    const name = tok(f, wide);
    si.add([4, 0], tok(f, "message"), tok(f, "}"));
    si.add([4, 0, 2, 0, 1], name, name);
    si.add([4, 0, 2, 0], tok(f, "int32"), tok(f, ";"));
    si.add([4, 0, 2, 0, 5], tok(f, "int32"), tok(f, "int32"));
    si.add([4, 0, 1], tok(f, "A"), tok(f, "A"));
    si.add([4, 0, 2, 0, 3], tok(f, "1;"), tok(f, "1;"));
    si.add([4, 0, 1], tok(f, "A"), tok(f, "A")); // a tie keeps creation order
    expect(render(si.finish())).toBe(
      lines(`
        [] [0,0,100001,1]
        [4,0] [0,0,100001,1]
        [4,0,1] [0,8,9]
        [4,0,1] [0,8,9]
        [4,0,2,0,5] [1,2,7]
        [4,0,2,0] [1,2,1013]
        [4,0,2,0,1] [1,8,1008]
        [4,0,2,0,3] [1,1011,1012]
      `),
    );
  });

  it("sorts the same way when the locations sharing a first token come in reverse order (comparison sort)", () => {
    // every location starts at `message`: the insertion sort after the counting sort by first
    // token would need n²/2 moves, more than it is allowed
    const f = fileOf("message A {" + " int32 x = 1;".repeat(100) + " }\n");
    const si = new SourceInfoCollector(f);
    const last = f.tokens.count - 2;
    for (let t = last; t >= 0; t--) si.add([4, t], 0, t);
    si.add([4, 999], 0, last); // a tie with [4,last] keeps creation order
    si.add([4, 0, 1], tok(f, "A"), tok(f, "A"));
    const got = si.finish().location.map((l) => `[${l.path.join(",")}]`);
    const want = ["[]"];
    for (let t = 0; t <= last; t++) want.push(`[4,${t}]`);
    want.splice(want.length, 0, "[4,999]", "[4,0,1]");
    expect(got).toEqual(want);
  });
});

describe("SourceInfoCollector.encode", () => {
  /** The bytes of one collector and the objects of another, fed alike. */
  function encodeAndFinish(f: FileNode, feed: (si: SourceInfoCollector) => void): { bytes: Uint8Array; info: SourceCodeInfo } {
    const a = new SourceInfoCollector(f);
    feed(a);
    const bytes = a.encode();
    const b = new SourceInfoCollector(f);
    feed(b);
    return { bytes, info: b.finish() };
  }

  it("writes what protobuf-es writes, lengths of more than one byte and UTF-8 comments included", () => {
    const long = "x".repeat(200); // a two-byte length, and so is its location's
    const huge = "y".repeat(20_000); // three-byte lengths
    const f = fileOf(`// ${long}\n// é 中 😀 \u{10FFFF}\nmessage A { // ${huge}\n}\n\n/* a\n * é\n */\nmessage B {}\n`);
    const { bytes, info } = encodeAndFinish(f, (si) => {
      si.addWithComments([4, 0], tok(f, "message"), tok(f, "}"), tok(f, "message"), tok(f, "{"));
      si.add([4, 0, 1], tok(f, "A"), tok(f, "A"));
      si.addWithComments([4, 1], tok(f, "message", 2), tok(f, "}", 2), tok(f, "message", 2), tok(f, "{", 2));
    });
    expect(bytes).toEqual(toBinary(SourceCodeInfoSchema, info));
    expect(info.location[1]!.leadingComments).toBe(` ${long}\n é 中 😀 \u{10FFFF}\n`);
    expect(info.location[1]!.trailingComments).toBe(` ${huge}`);
    expect(info.location[3]!.leadingComments).toBe(" a\n é\n");
  });

  it("encodes a lone surrogate in a comment as U+FFFD, as Buffer.write does", () => {
    const f: FileNode = { kind: "file", tokens: lex({ path: "t.proto", text: "// a\ud800b\nmessage A {}\n" }, new Diagnostics()), decls: [] };
    const { bytes, info } = encodeAndFinish(f, (si) => si.addWithComments([4, 0], tok(f, "message"), tok(f, "}"), tok(f, "message"), tok(f, "{")));
    expect(bytes).toEqual(toBinary(SourceCodeInfoSchema, info));
    expect(info.location[1]!.leadingComments).toBe(" a\ufffdb\n");
  });

  it("gives each file bytes that later files leave alone, across a new arena chunk", () => {
    // 400,000 characters of comment: three files cannot share one 1 MiB chunk
    const f = fileOf(`// ${"z".repeat(400_000)}\nmessage A {}\n`);
    const feed = (si: SourceInfoCollector): void => si.addWithComments([4, 0], tok(f, "message"), tok(f, "}"), tok(f, "message"), tok(f, "{"));
    const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a.buffer, a.byteOffset, a.length).equals(b);
    const outputs: Uint8Array[] = [];
    const copies: Uint8Array[] = [];
    for (let i = 0; i < 4; i++) {
      const { bytes, info } = encodeAndFinish(f, feed);
      expect(same(bytes, toBinary(SourceCodeInfoSchema, info))).toBe(true);
      outputs.push(bytes);
      copies.push(bytes.slice());
    }
    expect(outputs.every((b, i) => same(b, copies[i]!))).toBe(true);
  });

  it("ends the collection", () => {
    const f = fileOf("message A {}\n");
    const si = new SourceInfoCollector(f);
    si.add([4, 0], tok(f, "message"), tok(f, "}"));
    si.encode();
    expect(() => si.encode()).toThrow();
    expect(() => si.add([4, 0], tok(f, "message"), tok(f, "}"))).toThrow();
  });
});
