/**
 * Parser: the AST shape of every construct, and the first/last tokens of every node, checked
 * through the source text they span (`text(node)` = from the first token's start to the last
 * token's end). Also contextual keywords (probed on buf 1.75), recovery, depth caps and a
 * fast-check fuzz that the parser never throws and always terminates.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type {
  EnumDecl,
  ExtendDecl,
  FieldDecl,
  FileNode,
  GroupDecl,
  ImportDecl,
  MapFieldDecl,
  MessageDecl,
  MessageLiteral,
  OneofDecl,
  OptionDecl,
  OptionValue,
  ReservedDecl,
  ExtensionRangeDecl,
  ServiceDecl,
  RpcDecl,
  StringLiteral,
  TokenIndex,
} from "../../src/compiler/ast.js";
import { Diagnostics, formatDiagnostic, sortDiagnostics } from "../../src/compiler/diagnostics.js";
import { intToDouble, parse } from "../../src/compiler/parser.js";

interface Parsed {
  file: FileNode;
  errors: string[];
  /** Source text spanned by a node (first token start .. last token end). */
  text(node: { first: TokenIndex; last: TokenIndex }): string;
  /** Text of one token. */
  tok(i: TokenIndex): string;
}

function p(text: string): Parsed {
  const diags = new Diagnostics();
  const file = parse({ path: "a.proto", text }, diags);
  const t = file.tokens;
  return {
    file,
    errors: sortDiagnostics(diags.list).map(formatDiagnostic),
    text: (n) => text.slice(t.start[n.first], t.end[n.last]),
    tok: (i) => text.slice(t.start[i], t.end[i]),
  };
}

/** Parses and asserts there were no errors. */
function ok(text: string): Parsed {
  const r = p(text);
  expect(r.errors).toEqual([]);
  return r;
}

function msg(r: Parsed, i = 0): MessageDecl {
  const d = r.file.decls[i]!;
  expect(d.kind).toBe("message");
  return d as MessageDecl;
}

describe("file level", () => {
  it("parses syntax, edition, package and imports", () => {
    const r = ok('syntax = "proto3";\npackage foo.bar.v1;\nimport "a.proto";\nimport public "b.proto";\nimport weak \'c.proto\';\n');
    expect(r.file.syntax?.kind).toBe("syntax");
    expect(r.file.syntax?.value.value).toBe("proto3");
    expect(r.text(r.file.syntax!)).toBe('syntax = "proto3";');
    const [pkg, a, b, c] = r.file.decls;
    expect(pkg).toMatchObject({ kind: "package", name: { text: "foo.bar.v1", parts: ["foo", "bar", "v1"], absolute: false } });
    expect(r.text(pkg!)).toBe("package foo.bar.v1;");
    expect((a as ImportDecl).modifier).toBeUndefined();
    expect((a as ImportDecl).path.value).toBe("a.proto");
    expect((b as ImportDecl).modifier?.text).toBe("public");
    expect(r.tok((b as ImportDecl).modifier!.tok)).toBe("public");
    expect((c as ImportDecl).modifier?.text).toBe("weak");
    expect(r.text(c!)).toBe("import weak 'c.proto';");
  });

  it("parses editions with export/local and import option", () => {
    const r = ok('edition = "2024";\nimport option "o.proto";\nexport message A {}\nlocal enum E { X = 0; }\n');
    expect(r.file.syntax).toMatchObject({ kind: "edition", value: { value: "2024" } });
    expect((r.file.decls[0] as ImportDecl).modifier?.text).toBe("option");
    const a = r.file.decls[1] as MessageDecl;
    expect(a.visibility?.text).toBe("export");
    expect(r.tok(a.visibility!.tok)).toBe("export");
    // `first` is the `message` keyword, not the modifier.
    expect(r.text(a)).toBe("message A {}");
    const e = r.file.decls[2] as EnumDecl;
    expect(e.visibility?.text).toBe("local");
    expect(r.text(e)).toBe("enum E { X = 0; }");
  });

  it("keeps export/local as ordinary names elsewhere", () => {
    const r = ok("message export {} message M { export local = 1; local export = 2; }");
    expect(msg(r).name.text).toBe("export");
    const m = msg(r, 1);
    expect(m.body.map((d) => (d as FieldDecl).type.text + " " + (d as FieldDecl).name.text)).toEqual(["export local", "local export"]);
  });

  it("has no syntax node when there is none, and accepts empty statements", () => {
    const r = ok(";message A {};;");
    expect(r.file.syntax).toBeUndefined();
    expect(r.file.decls.map((d) => d.kind)).toEqual(["empty", "message", "empty", "empty"]);
  });

  it("concatenates adjacent string literals in syntax and imports", () => {
    const r = ok('syntax = "pro" \'to3\';\nimport "a/" "b.proto";');
    expect(r.file.syntax?.value.value).toBe("proto3");
    expect(r.text(r.file.syntax!.value)).toBe(`"pro" 'to3'`);
    expect((r.file.decls[0] as ImportDecl).path.value).toBe("a/b.proto");
  });
});

describe("options", () => {
  function opt(src: string): { r: Parsed; o: OptionDecl } {
    const r = ok(src);
    return { r, o: r.file.decls[0] as OptionDecl };
  }

  it("parses simple, extension and nested names", () => {
    const { r, o } = opt("option (foo.bar).baz.(.q.r).s = 1;");
    expect(o.name.parts.map((x) => [x.name, x.extension, r.text(x)])).toEqual([
      ["foo.bar", true, "(foo.bar)"],
      ["baz", false, "baz"],
      [".q.r", true, "(.q.r)"],
      ["s", false, "s"],
    ]);
    expect(r.text(o.name)).toBe("(foo.bar).baz.(.q.r).s");
    expect(r.text(o)).toBe("option (foo.bar).baz.(.q.r).s = 1;");
  });

  it("parses scalar values with signs", () => {
    const vals = (src: string): OptionValue => opt(`option x = ${src};`).o.value;
    expect(vals("42")).toMatchObject({ kind: "int", negative: false, magnitude: 42n });
    expect(vals("-42")).toMatchObject({ kind: "int", negative: true, magnitude: 42n });
    expect(vals("0x7fffffffffffffff")).toMatchObject({ kind: "int", magnitude: 0x7fffffffffffffffn });
    expect(vals("0777")).toMatchObject({ kind: "int", magnitude: 511n });
    expect(vals("18446744073709551616")).toMatchObject({ kind: "int", magnitude: 18446744073709551616n });
    expect(vals("1.5")).toMatchObject({ kind: "float", negative: false, magnitude: 1.5 });
    expect(vals("-.5e1")).toMatchObject({ kind: "float", negative: true, magnitude: 5 });
    expect(vals("inf")).toMatchObject({ kind: "float", negative: false, magnitude: Infinity });
    expect(vals("-inf")).toMatchObject({ kind: "float", negative: true, magnitude: Infinity });
    expect(vals("nan")).toMatchObject({ kind: "float", negative: false });
    expect(vals("true")).toMatchObject({ kind: "identValue", negative: false, name: "true" });
    expect(vals("-FOO")).toMatchObject({ kind: "identValue", negative: true, name: "FOO" });
    // qualified names and lists parse; the option interpreter reports them with buf's texts
    expect(vals("pkg.Enum.VALUE")).toMatchObject({ kind: "identValue", negative: false, name: "pkg.Enum.VALUE" });
    expect(vals("- .pkg . X")).toMatchObject({ kind: "identValue", negative: true, name: ".pkg.X" });
    expect(vals("[1, a.b]")).toMatchObject({ kind: "list", elements: [{ kind: "int" }, { kind: "identValue", name: "a.b" }] });
    expect(vals("<a: 1>")).toMatchObject({ kind: "message", fields: [{ name: { name: "a" } }] });
    const { r, o } = opt("option x = - 7;");
    expect(r.text(o.value)).toBe("- 7");
  });

  it("computes float values as buf 1.75 does, quirks included (probed on 1,283 literals)", () => {
    const mag = (lit: string): number => {
      const v = opt(`option x = ${lit};`).o.value;
      expect(v.kind).toBe("float");
      return (v as { magnitude: number }).magnitude;
    };
    expect(mag("1e22")).toBe(1e22);
    expect(mag("1e23")).toBe(6.5536e11); // buf's power-of-five table holds 5^7 at index 23
    expect(mag("3e-23")).toBe(3 / 6.5536e11);
    expect(mag("1e33")).toBe(1.0000000000000001e33);
    expect(mag("4.9e-324")).toBe(0);
    expect(mag("1e309")).toBe(Infinity);
    expect(mag("1.5e23")).toBe(1.5e23);
    expect(mag("0.1")).toBe(0.1);
    expect(mag("100.0e21")).toBe(1e23); // mantissa 100, exponent 21: not the quirky 23
    expect(mag("25318.919279666369")).toBe(25318.91927966637); // mantissa ≥ 2^53: exact rounding
    expect(mag("0x1fp1")).toBe(62);
    expect(mag("1p5")).toBe(32);
  });

  it("converts integer literals to doubles as buf does (exact below 2^64, truncated above)", () => {
    expect(intToDouble(42n)).toBe(42);
    expect(intToDouble(9007199254740993n)).toBe(9007199254740992);
    expect(intToDouble(18446744073709551615n)).toBe(18446744073709551616);
    expect(intToDouble(99999999999999999999n)).toBe(9.999999999999998e19);
    expect(intToDouble(10n ** 30n)).toBe(9.999999999999999e29);
  });

  it("decodes strings with escapes into bytes and text, concatenating adjacent literals", () => {
    const { r, o } = opt(`option x = "a\\n" 'b\\x41' "\\303\\251" "\\u00e9";`);
    const s = o.value as StringLiteral;
    expect(s.value).toBe("a\nbAéé");
    expect([...s.bytes]).toEqual([0x61, 10, 0x62, 0x41, 0xc3, 0xa9, 0xc3, 0xa9]);
    expect(r.text(s)).toBe(`"a\\n" 'b\\x41' "\\303\\251" "\\u00e9"`);
  });

  it("keeps invalid UTF-8 from escapes in bytes and replaces it in value", () => {
    const s = opt(`option x = "\\xff";`).o.value as StringLiteral;
    expect([...s.bytes]).toEqual([0xff]);
    expect(s.value).toBe("\ufffd");
  });

  it("parses message literals: separators, optional colon, lists, extensions, Any, angle brackets", () => {
    const { r, o } = opt(
      "option (m) = { a: 1 b { c: 2 }, d: [1, 2]; e: [{x: 1}, <y: 2>] f < g: 3 > [ext.name]: 3 [type.googleapis.com/pkg.Msg] { z: 'q' } h: [] i: -inf j: E };",
    );
    const lit = o.value as MessageLiteral;
    expect(r.text(lit)).toMatch(/^\{ a: 1 .* j: E \}$/);
    expect(lit.fields.map((f) => [f.name.kind, r.text(f.name), f.colon, f.value.kind, r.text(f)])).toEqual([
      ["field", "a", true, "int", "a: 1"],
      ["field", "b", false, "message", "b { c: 2 }"],
      ["field", "d", true, "list", "d: [1, 2]"],
      ["field", "e", true, "list", "e: [{x: 1}, <y: 2>]"],
      ["field", "f", false, "message", "f < g: 3 >"],
      ["extension", "[ext.name]", true, "int", "[ext.name]: 3"],
      ["any", "[type.googleapis.com/pkg.Msg]", false, "message", "[type.googleapis.com/pkg.Msg] { z: 'q' }"],
      ["field", "h", true, "list", "h: []"],
      ["field", "i", true, "float", "i: -inf"],
      ["field", "j", true, "identValue", "j: E"],
    ]);
    const ext = lit.fields[5]!.name;
    expect(ext).toMatchObject({ kind: "extension", name: "ext.name" });
    expect(lit.fields[6]!.name).toMatchObject({ kind: "any", prefix: "type.googleapis.com", typeName: "pkg.Msg" });
    const e = lit.fields[3]!.value;
    expect(e.kind === "list" && e.elements.map((x) => r.text(x))).toEqual(["{x: 1}", "<y: 2>"]);
  });

  it("accepts a multi-segment Any URL prefix", () => {
    const { o } = opt("option (m) = { [example.com/a/b/pkg.Msg] { } };");
    expect((o.value as MessageLiteral).fields[0]!.name).toMatchObject({ kind: "any", prefix: "example.com/a/b", typeName: "pkg.Msg" });
  });

  it("parses compact options on fields, enum values and extension ranges", () => {
    const r = ok("message M { int32 a = 1 [deprecated = true, (x).y = { z: 1 }, json_name = 'A']; extensions 5 [verification = UNVERIFIED]; }");
    const f = msg(r).body[0] as FieldDecl;
    expect(r.text(f.options!)).toBe("[deprecated = true, (x).y = { z: 1 }, json_name = 'A']");
    expect(f.options!.options.map((o) => r.text(o))).toEqual(["deprecated = true", "(x).y = { z: 1 }", "json_name = 'A'"]);
    const x = msg(r).body[1] as ExtensionRangeDecl;
    expect(r.text(x.options!)).toBe("[verification = UNVERIFIED]");
  });

  it("reports buf's errors for bad option syntax", () => {
    expect(p("option x = [1];").errors).toEqual([]); // reported by the option interpreter
    expect(p("message M { int32 a = 1 []; }").errors).toEqual(["a.proto:1:25:compact options cannot be empty"]);
    expect(p("message M { int32 a = 1 [deprecated = true,]; }").errors).toEqual(["a.proto:1:43:unexpected trailing `,` in compact options"]);
    expect(p("option x = { a: [1, 2,] };").errors).toEqual(["a.proto:1:22:unexpected trailing `,` in array expression"]);
    expect(p("option x = { a: 1,, b: 2 };").errors).toEqual(["a.proto:1:19:unexpected extra `,` in message expression"]);
  });
});

describe("messages and fields", () => {
  it("parses fields with and without labels; first is the label or type, last the `;`", () => {
    const r = ok("message M {\n  optional int32 a = 1;\n  repeated .pkg.Msg b = 2 [packed = true];\n  string c = 0x3;\n  required foo.Bar d = 4;\n}");
    const m = msg(r);
    expect(r.text(m)).toMatch(/^message M \{[\s\S]*\}$/);
    expect(r.tok(m.open)).toBe("{");
    const fs = m.body as FieldDecl[];
    expect(fs.map((f) => r.text(f))).toEqual(["optional int32 a = 1;", "repeated .pkg.Msg b = 2 [packed = true];", "string c = 0x3;", "required foo.Bar d = 4;"]);
    expect(fs.map((f) => f.label?.text)).toEqual(["optional", "repeated", undefined, "required"]);
    expect(fs[1]!.type).toMatchObject({ text: ".pkg.Msg", absolute: true, parts: ["pkg", "Msg"] });
    expect(r.text(fs[1]!.type)).toBe(".pkg.Msg");
    expect(fs[2]!.number).toMatchObject({ magnitude: 3n });
    expect(r.text(fs[2]!.number!)).toBe("0x3");
  });

  it("parses map fields", () => {
    const r = ok("message M { map<string, .a.B> m = 1 [deprecated = true]; repeated map<int32, int32> bad = 2; }");
    const [m, bad] = msg(r).body as MapFieldDecl[];
    expect(m!.kind).toBe("map");
    expect(r.text(m!)).toBe("map<string, .a.B> m = 1 [deprecated = true];");
    expect(r.tok(m!.typeFirst) + r.tok(m!.typeLast)).toBe("map>");
    expect(m!.keyType.text).toBe("string");
    expect(m!.valueType.text).toBe(".a.B");
    expect(bad!.label?.text).toBe("repeated");
    expect(r.text(bad!)).toBe("repeated map<int32, int32> bad = 2;");
  });

  it("parses groups with and without label, with options, nested bodies", () => {
    const r = ok("message M { optional group G = 1 [deprecated = true] { required int32 x = 1; } group H = 2 {} }");
    const [g, h] = msg(r).body as GroupDecl[];
    expect(g!.kind).toBe("group");
    expect(g!.label?.text).toBe("optional");
    expect(r.tok(g!.keyword)).toBe("group");
    expect(g!.name.text).toBe("G");
    expect(g!.number?.magnitude).toBe(1n);
    expect(r.text(g!.options!)).toBe("[deprecated = true]");
    expect(r.tok(g!.open)).toBe("{");
    expect(r.text(g!)).toBe("optional group G = 1 [deprecated = true] { required int32 x = 1; }");
    expect(r.text(g!.body[0]!)).toBe("required int32 x = 1;");
    expect(h!.label).toBeUndefined();
    expect(r.text(h!)).toBe("group H = 2 {}");
  });

  it("parses oneofs with options and groups inside", () => {
    const r = ok("message M { oneof o { option (x) = 1; string s = 1; group G = 2 { } ; } }");
    const o = msg(r).body[0] as OneofDecl;
    expect(o.name.text).toBe("o");
    expect(r.text(o)).toBe("oneof o { option (x) = 1; string s = 1; group G = 2 { } ; }");
    expect(o.body.map((d) => d.kind)).toEqual(["option", "field", "group", "empty"]);
  });

  it("parses nested messages, enums, extends, reserved and extensions", () => {
    const r = ok("message M { message N { } enum E { A = 0; } extend M { int32 e = 100; } reserved 1, 2 to 5, 9 to max; reserved 'a', \"b\"; extensions 100 to 199, 300; }");
    const body = msg(r).body;
    expect(body.map((d) => d.kind)).toEqual(["message", "enum", "extend", "reserved", "reserved", "extensions"]);
    const res = body[3] as ReservedDecl;
    expect(res.ranges.map((x) => r.text(x))).toEqual(["1", "2 to 5", "9 to max"]);
    expect(res.ranges[2]!.end).toMatchObject({ kind: "max" });
    expect(res.ranges[0]!.end).toBeUndefined();
    expect(r.text(res)).toBe("reserved 1, 2 to 5, 9 to max;");
    const names = body[4] as ReservedDecl;
    expect(names.names.map((n) => [n.name, n.quoted, r.text(n)])).toEqual([["a", true, "'a'"], ["b", true, '"b"']]);
    const ext = body[5] as ExtensionRangeDecl;
    expect(ext.ranges.map((x) => r.text(x))).toEqual(["100 to 199", "300"]);
    const xt = body[2] as ExtendDecl;
    expect(xt.extendee.text).toBe("M");
    expect(r.text(xt)).toBe("extend M { int32 e = 100; }");
  });

  it("parses identifiers in reserved (editions)", () => {
    const r = ok('edition = "2023"; message M { reserved foo, bar; }');
    const res = msg(r).body[0] as ReservedDecl;
    expect(res.names.map((n) => [n.name, n.quoted])).toEqual([["foo", false], ["bar", false]]);
  });

  it("records a missing field number as undefined after reporting it", () => {
    const r = p("message M {\n  int32 a;\n  int32 b = 2;\n}");
    expect(r.errors).toEqual(["a.proto:2:3:missing message field tag in declaration"]);
    const [a, b] = msg(r).body as FieldDecl[];
    expect(a!.number).toBeUndefined();
    expect(r.text(a!)).toBe("int32 a;");
    expect(b!.number?.magnitude).toBe(2n);
  });

  it("keeps negative field numbers for the linker to judge", () => {
    const r = ok("message M { int32 a = -1; }");
    expect((msg(r).body[0] as FieldDecl).number).toMatchObject({ negative: true, magnitude: 1n });
  });
});

describe("contextual keywords (as buf reads them)", () => {
  it("reads `message m = 1;` as a field of type message, and `message m {}` as a message", () => {
    const r = ok("message message {} message A { message m = 1; enum enum = 2; message n {} }");
    const body = msg(r, 1).body;
    expect(body.map((d) => d.kind)).toEqual(["field", "field", "message"]);
    expect((body[0] as FieldDecl).type.text).toBe("message");
    expect((body[1] as FieldDecl).name.text).toBe("enum");
  });

  it("reads `optional optional = 1;` as a field of type `optional` without label", () => {
    const r = ok("message A { optional optional = 1; optional optional optional = 2; repeated group g = 3; }");
    const [a, b, c] = msg(r).body as FieldDecl[];
    expect(a).toMatchObject({ kind: "field", type: { text: "optional" }, name: { text: "optional" } });
    expect(a!.label).toBeUndefined();
    expect(b).toMatchObject({ kind: "field", label: { text: "optional" }, type: { text: "optional" }, name: { text: "optional" } });
    // `group g = 3;` without a body is a field whose type is named `group`.
    expect(c).toMatchObject({ kind: "field", label: { text: "repeated" }, type: { text: "group" }, name: { text: "g" } });
  });

  it("treats qualified types starting with a keyword as types", () => {
    const r = ok("message A { message.Foo a = 1; extend.Bar b = 2; map m = 3; oneof.x c = 4; }");
    expect(msg(r).body.map((d) => (d as FieldDecl).type.text)).toEqual(["message.Foo", "extend.Bar", "map", "oneof.x"]);
  });

  it("uses keywords as names everywhere a name goes", () => {
    const r = ok("message rpc { int32 syntax = 1; string package = 2; } enum option { returns = 0; stream = 1; } service service { rpc rpc(stream stream) returns (stream returns); rpc r2(stream) returns (returns); }");
    const s = r.file.decls[2] as ServiceDecl;
    const [a, b] = s.body as RpcDecl[];
    expect(a!.input.stream).toBeDefined();
    expect(a!.input.type.text).toBe("stream");
    expect(a!.output.type.text).toBe("returns");
    expect(b!.input.stream).toBeUndefined();
    expect(b!.input.type.text).toBe("stream");
    const e = r.file.decls[1] as EnumDecl;
    expect(e.body.map((v) => v.kind)).toEqual(["enumValue", "enumValue"]);
  });

  it("reads `option` in an enum followed by `=` as a value named option", () => {
    const r = ok("enum E { option = 0; reserved = 1; option allow_alias = true; }");
    const e = r.file.decls[0] as EnumDecl;
    expect(e.body.map((d) => d.kind)).toEqual(["enumValue", "enumValue", "option"]);
  });
});

describe("enums", () => {
  it("parses values with negative numbers and options, options and reserved", () => {
    const r = ok("enum E { option allow_alias = true; A = 0; B = -1 [deprecated = true]; C = 0x10; reserved -5 to -1, 10 to max; reserved 'X'; ; }");
    const e = r.file.decls[0] as EnumDecl;
    expect(e.body.map((d) => d.kind)).toEqual(["option", "enumValue", "enumValue", "enumValue", "reserved", "reserved", "empty"]);
    const b = e.body[2]!;
    expect(b.kind === "enumValue" && [b.name.text, r.text(b.number!), b.number!.negative, r.text(b)]).toEqual(["B", "-1", true, "B = -1 [deprecated = true];"]);
    const res = e.body[4] as ReservedDecl;
    expect(res.ranges.map((x) => r.text(x))).toEqual(["-5 to -1", "10 to max"]);
  });

  it("reports a missing value and a missing `;` as buf does", () => {
    expect(p("enum E { A = 0 B = 1; }").errors).toEqual(["a.proto:1:16:unexpected identifier after definition"]);
    expect(p("enum E { A; B = 1; }").errors).toEqual(["a.proto:1:10:missing enum value in declaration"]);
  });
});

describe("services", () => {
  it("parses rpcs with streams, `;` and body forms; a `;` after a body is its own declaration", () => {
    const r = ok("service S { option deprecated = true; rpc A(.x.In) returns (stream Out); rpc B(stream In) returns (Out) { option deprecated = true; ; }; rpc C(In) returns (Out) {} }");
    const s = r.file.decls[0] as ServiceDecl;
    expect(s.body.map((d) => d.kind)).toEqual(["option", "rpc", "rpc", "empty", "rpc"]);
    const a = s.body[1] as RpcDecl;
    expect(r.text(a)).toBe("rpc A(.x.In) returns (stream Out);");
    expect(a.body).toBeUndefined();
    expect(a.open).toBeUndefined();
    expect(r.tok(a.output.stream!)).toBe("stream");
    const b = s.body[2] as RpcDecl;
    expect(r.text(b)).toBe("rpc B(stream In) returns (Out) { option deprecated = true; ; }");
    expect(b.body!.map((d) => d.kind)).toEqual(["option", "empty"]);
    expect(r.tok(b.open!)).toBe("{");
    const c = s.body[4] as RpcDecl;
    expect(c.body).toEqual([]);
  });

  it("reports a return type without parentheses at the type", () => {
    expect(p("service S { rpc M(A) returns B; }").errors).toEqual(["a.proto:1:30:missing `(...)` around method return type"]);
  });
});

describe("recovery", () => {
  it("reports a missing `;` at the next token and keeps parsing the next declaration", () => {
    const r = p("message A {\n  int32 a = 1\n  string b = 2;\n}\nmessage B { int32 c = 3; }");
    expect(r.errors).toEqual(["a.proto:3:3:unexpected `string` after definition"]);
    const [a, b] = msg(r).body as FieldDecl[];
    expect(r.text(a!)).toBe("int32 a = 1");
    expect(r.text(b!)).toBe("string b = 2;");
    expect(msg(r, 1).name.text).toBe("B");
  });

  it("skips a stray token and goes on", () => {
    const r = p("message A { # int32 a = 1; }\nmessage B {}");
    expect(r.errors).toEqual(["a.proto:1:13:unexpected `#` in message definition"]);
    expect(msg(r).body).toHaveLength(1);
    expect(msg(r, 1).name.text).toBe("B");
  });

  it("reports an unclosed `{` at EOF at the brace", () => {
    const r = p("message A {\n  message B {\n    int32 a = 1;\n");
    expect(r.errors).toEqual(["a.proto:1:11:encountered unmatched `{` delimiter", "a.proto:2:13:encountered unmatched `{` delimiter"]);
    expect((msg(r).body[0] as MessageDecl).body).toHaveLength(1);
  });

  it("skips a bad declaration through its `;` or block", () => {
    const r = p('syntax = "proto3";\n123 foo;\nmessage A {}\nimport foo { x } \nmessage B {}');
    expect(r.errors).toEqual(["a.proto:2:1:unexpected integer literal in file scope", "a.proto:4:8:unexpected identifier in import"]);
    expect(r.file.decls.map((d) => d.kind)).toEqual(["message", "message"]);
  });
});

describe("depth caps", () => {
  it("reports message nesting beyond 31 levels at the 32nd name and skips it, without deep recursion", () => {
    const n = 10000;
    const src = "message A { ".repeat(n) + "}".repeat(n);
    const r = p(src);
    expect(r.errors).toEqual([`a.proto:1:381:message nesting depth must be less than 32`]);
    let m = msg(r);
    let depth = 1;
    while (m.body.length > 0) {
      m = m.body[0] as MessageDecl;
      depth++;
    }
    expect(depth).toBe(31);
  });

  it("reports message literal nesting beyond 100 at the 101st `{`", () => {
    const n = 10000;
    const src = "option (x) = " + "{ a ".repeat(n) + "}".repeat(n) + ";";
    const r = p(src);
    expect(r.errors).toEqual(["a.proto:1:414:expression nesting depth must be at most 100"]);
  });

  it("caps the nesting of misplaced declarations (an enum in an enum …) at 64 bodies", () => {
    const r = p("enum E { ".repeat(70) + "}".repeat(70));
    expect(r.errors).toContain("a.proto:1:584:declaration nesting depth must be at most 64");
  });

  it("survives 100,000 unclosed braces and brackets", () => {
    for (const open of ["{", "[", "(", "message A {", "option x = {a:[", "<", "enum E { ", "service S { ", "extend E { ", "message M { oneof o { ", "service S { rpc A(B) returns (C) { "]) {
      const r = p(open.repeat(100000));
      expect(r.errors.length).toBeGreaterThan(0);
    }
  });
});

describe("performance", () => {
  it("parses a large file in linear time", () => {
    const unit = "message M%d {\n  // comment\n  optional string a = 1 [default = \"x\\n\"];\n  repeated int64 b = 2;\n  map<string, M> c = 3;\n  oneof o { int32 d = 4; }\n}\n";
    const small = Array.from({ length: 2000 }, (_, i) => unit.replace("%d", String(i))).join("");
    const big = small.repeat(16);
    const time = (s: string): number => {
      const t0 = performance.now();
      const d = new Diagnostics();
      parse({ path: "a.proto", text: s }, d);
      return performance.now() - t0;
    };
    time(small);
    const ts = Math.min(time(small), time(small));
    const tb = time(big);
    // 16x the input may take at most 5x as long per byte (generous: the machine is shared).
    expect(tb / ts).toBeLessThan(16 * 5);
  });
});

describe("real corpus", () => {
  it("parses every google-proto-files .proto without diagnostics", () => {
    const root = resolve(import.meta.dirname, "../../node_modules/google-proto-files/google");
    const files: string[] = [];
    const walk = (d: string): void => {
      for (const e of readdirSync(d)) {
        const f = join(d, e);
        if (statSync(f).isDirectory()) walk(f);
        else if (e.endsWith(".proto")) files.push(f);
      }
    };
    walk(root);
    expect(files.length).toBeGreaterThan(1000);
    const diags = new Diagnostics();
    for (const f of files) parse({ path: f, text: readFileSync(f, "utf8").replace(/^\ufeff/, "") }, diags);
    expect(diags.list.map(formatDiagnostic).slice(0, 5)).toEqual([]);
  });
});

describe("fuzz", () => {
  const valid = `syntax = "proto2";
package a.b;
import public "x.proto";
option (foo).bar = { a: 1 b { c: [1, 2] } [e.x]: "s" };
message M {
  optional group G = 1 { required int32 x = 1; }
  map<string, M> m = 2 [deprecated = true];
  oneof o { string s = 3; }
  reserved 4 to 5, 10 to max;
  extensions 100 to 200;
  enum E { A = 0; B = -1 [(x) = 1]; }
  extend M { optional int32 y = 101; }
}
service S { rpc R(stream M) returns (M) { option deprecated = true; } }
`;

  it("never throws and terminates on random strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        parse({ path: "a.proto", text: s }, new Diagnostics());
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on random byte strings through decodeSource", async () => {
    const { decodeSource } = await import("../../src/compiler/lexer.js");
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        const d = new Diagnostics();
        const src = decodeSource("a.proto", b, d);
        if (src) parse(src, d);
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on random token soups", () => {
    const words = ["message", "enum", "service", "rpc", "returns", "stream", "option", "import", "syntax", "=", ";", "{", "}", "[", "]", "(", ")", "<", ">", ",", ".", "-", ":", "/", "1", "0x1", "1.5", '"s"', "'t'", "to", "max", "map", "group", "oneof", "extend", "reserved", "extensions", "optional", "repeated", "a", "B", "#", "inf"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 200 }), (ws) => {
        parse({ path: "a.proto", text: ws.join(" ") }, new Diagnostics());
      }),
      { numRuns: 3000 },
    );
  });

  it("never throws on random mutations of a valid file", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(valid.length), fc.nat(8), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 6 }),
        (edits) => {
          let s = valid;
          for (const [at, del, ins] of edits) {
            const i = Math.min(at, s.length);
            s = s.slice(0, i) + ins + s.slice(i + del);
          }
          parse({ path: "a.proto", text: s }, new Diagnostics());
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("parses the valid fuzz seed without errors", () => {
    ok(valid);
  });
});
