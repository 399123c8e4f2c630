/**
 * PROTOVALIDATE against buf 1.75: `(buf.validate.message).oneof` entries and `pattern` rules (RE2
 * syntax, as Go's regexp parses it), and examples matched against patterns of every RE2 construct,
 * including patterns that take a backtracking engine exponential time. The modules import the
 * fuller stand-in for buf/validate/validate.proto under test/fixtures/protovalidate (same field names
 * and numbers as protovalidate's, including `pattern`, `example`, `oneof` and the extension ranges).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { re2Matches, re2SyntaxError, SCRIPTS } from "../../../src/engine/protovalidate-re2.js";
import { runExample } from "../../../src/engine/examples.js";
import { projectRoot } from "../../util/files.js";
import { bufRows, ourRows, rulesById } from "./elements-rules.js";

const VALIDATE = readFileSync(join(projectRoot, "test/fixtures/protovalidate/buf/validate/validate.proto"), "utf8");
const module = (text: string) => ({ files: { "buf/validate/validate.proto": VALIDATE, "a.proto": text } });

const ONEOFS = `syntax = "proto3";
package a.v1;
import "buf/validate/validate.proto";
message M {
  option (buf.validate.message).oneof = {fields: ["a", "b"]};
  option (buf.validate.message).oneof = {};
  option (buf.validate.message).oneof = {fields: ["a", "a"]};
  option (buf.validate.message).oneof = {fields: ["nope"], required: true};
  option (buf.validate.message).oneof = {fields: ["r"]};
  option (buf.validate.message).oneof = {fields: ["x"]};
  option (buf.validate.message).oneof = {fields: ["mp", "c"]};
  option (buf.validate.message).oneof = {fields: ["o"]};
  option (buf.validate.message).oneof = {fields: ["c", "", "A"]};
  string a = 1;
  string b = 2;
  repeated string r = 3;
  oneof real { string x = 4; string y = 5; }
  map<string, string> mp = 6;
  string c = 7;
  optional string o = 8;
}
message N {
  option (buf.validate.message).oneof = {fields: ["a"]};
  option (buf.validate.message).oneof = {fields: ["a", "b"]};
  option (buf.validate.message).oneof = {fields: ["b", "a"]};
  string a = 1;
  string b = 2;
}
message P {
  option (buf.validate.message) = {
    oneof: [
      {fields: ["a", "b"]},
      {fields: ["b", "zz"]},
      {},
      {fields: "c", fields: "c", fields: "c"}
    ]
    cel: {id: "x", expression: "this.a == ''"}
  };
  option (buf.validate.message).oneof = {
    fields: "a"
    fields: "q"
  };
  string a = 1;
  string b = 2;
  string c = 3;
}
`;

/**
 * Patterns Go's regexp rejects or takes against JavaScript's habits: lookaround, backreferences,
 * possessive and nested repetition, atomic groups, `\\Z`, comments and `(?x)` (rejected); named
 * groups in both spellings, flag groups, `\\z`, `\\Q…\\E`, POSIX classes, Unicode classes by category,
 * alias or script in Go's loose spelling (accepted); repeat counts and their product limit; every
 * error of Go's parser.
 */
const PATTERNS = [
  "^[a-z]+$", "(?=a)b", "(?!a)b", "(?<=a)b", "(?<!a)b", "(a)\\1", "\\k<n>", "a*+", "a++", "a?+", "(?>a)", "\\Z", "\\z", "\\A",
  "(?P<name>a)", "(?<name>a)", "(?'name'a)", "(?P<1a>x)", "(?P<>x)", "(?P<a-b>x)", "(?P=name)", "(?i)abc", "(?i:abc)",
  "(?ims-U:abc)", "(?-)x", "(?i-)x", "(?x)a", "(?#c)a", "(?)a", "(?", "a**", "a*?*", "a{2}*", "a{2}{3}", "a{1001}",
  "a{1000}", "a{2,1}", "a{,3}", "a{01}", "a{1,2", "(a{100}){100}", "(a{10}){100}", "(?:a{2}){501}", "a{1000}{2}", "\\C",
  "\\Q*+\\E", "\\Qab", "\\pL", "\\p{L}", "\\p{Greek}", "\\p{greek}", "\\p{Old_Italic}", "\\p{oldItalic}", "\\p{SignWriting}",
  "\\p{Letter}", "\\p{cased letter}", "\\p{Cn}", "\\p{LC}", "\\p{Assigned}", "\\p{ASCII}", "\\p{Any}", "\\p{Grek}",
  "\\p{Foo}", "\\pX", "\\p{^Greek}", "\\P{L}", "\\p{L", "\\p", "\\p{}", "\\p{^}", "\\p{Katakana_Or_Hiragana}",
  "\\p{White_Space}", "\\p{Script=Greek}", "\\p{Tai_Yo}", "[[:alpha:]]", "[[:foo:]]", "[[:^alpha:]]", "[z-a]", "[a-]",
  "[]a]", "[^]a]", "[]", "[a", "[\\d-z]", "[a-\\d]", "\\x{10FFFF}", "\\x{110000}", "\\x{}", "\\x{", "\\xZZ", "\\x4",
  "\\08", "\\1", "\\12", "\\8", "\\_", "\\q", "\\e", "\\cA", "\\u0041", "\\/", "\\-", "[\\b]", "\\b*", "^*", "$+", "(*)",
  "a|*", "x{", "x{a}", "(a", "a)", ")", "[a-z", "\\", "[\\Q]\\E]", "\\N{DIGIT ONE}", "\\h", "\\R", "\\X", "\\G", "\\K",
  "\\v", "\\V", "\\pN+", "(?U)a+", "(?m)^a$", "(?s).", "((((a))))", "[\\p{Greek}\\d]", "[\\PZ]", "[\\z]", "\\b{wb}",
  "é+", "\\é", "[é-a]", "a(?i)*", "[[:toString:]]", "[[:constructor:]]",
];

/**
 * Patterns Go accepts, with examples (in JavaScript's escapes): named groups, flag groups (case
 * folding of part of a pattern, `(?s)`, `(?U)`, `(?m)`), Unicode classes in Go's loose spellings and
 * negations, POSIX classes, `\A` and `\z`, empty alternatives, code points beyond the BMP; `\C`,
 * which Go rejects (its examples are not checked).
 */
const MATCHES: [string, string[]][] = [
  ["^(?P<n>ab)+$", ["abab", "aba"]],
  ["^(?<n>x)y$", ["xy", "x"]],
  ["(?i)abc", ["xABCx", "ab"]],
  ["^(?i:a)b$", ["Ab", "AB", "ab"]],
  ["^a(?i)b$", ["aB", "AB"]],
  ["^(?i)k$", ["\u212a", "K", "x"]],
  ["^(?i)s$", ["ſ", "S"]],
  ["^(?i)[^k]$", ["\u212a", "x"]],
  ["^(?i)\\P{Lu}$", ["a", "1"]],
  ["^(?i)[[:upper:]]$", ["a", "1"]],
  ["^(?i)σ$", ["Σ", "ς", "s"]],
  ["^(?i)\\p{ASCII}$", ["\u212a", "é"]],
  ["^(?i-s:.)x$", ["\nx", "ax"]],
  ["^\\pL+$", ["héllo", "a1"]],
  ["^\\PL$", ["a", "1"]],
  ["^\\p{Greek}+$", ["αβγ", "abc"]],
  ["^\\p{greek}$", ["α", "a"]],
  ["^\\p{oldItalic}$", ["\u{10300}", "a"]],
  ["^\\p{Letter}$", ["a", "1"]],
  ["^\\p{cased letter}$", ["a", "ª"]],
  ["^\\p{Lc}$", ["a", "ª"]],
  ["^\\p{ASCII}$", ["a", "é"]],
  ["^\\P{ASCII}$", ["a", "é"]],
  ["^\\p{^Greek}$", ["α", "a"]],
  ["^\\P{^Greek}$", ["α", "a"]],
  ["^\\p{Assigned}$", ["a", "\u0378"]],
  ["^\\P{Assigned}$", ["a", "\u0378"]],
  ["^\\p{Any}$", ["\n", ""]],
  ["^\\p{Nd}+$", ["١٢", "12", "a"]],
  ["^\\p{Zs}$", ["\u00a0", " ", "\t"]],
  ["^\\p{Cc}$", ["\u0085", "a"]],
  ["^\\p{Co}$", ["\ue000", "a"]],
  ["^\\p{Cn}$", ["\u0378", "a"]],
  ["^\\p{Han}$", ["中", "a"]],
  ["^\\p{punct}$", ["!", "a"]],
  ["^[\\p{Greek}\\d]+$", ["α1", "a1"]],
  ["^[\\p{greek}\\P{L}]+$", ["α1", "a1"]],
  ["^[^\\PZ]$", [" ", "a"]],
  ["^[[:alpha:]]+$", ["ab", "ab1"]],
  ["^[[:^alpha:]]$", ["1", "a"]],
  ["^[[:word:]]+$", ["a_1", "a-1"]],
  ["^[[:space:]]$", ["\v", "\u00a0"]],
  ["^\\s$", ["\v", "\t"]],
  ["a\\z", ["ba", "a\n"]],
  ["a$", ["a\n", "a"]],
  ["\\Aa", ["ab", "ba"]],
  ["(?m)^a$", ["b\na", "ba"]],
  ["(?s)^.$", ["\n", "ab"]],
  ["^.$", ["\n", "\r", "😀", "ab"]],
  ["(?U)^a+$", ["aaa", "b"]],
  ["(?U)^a+?b$", ["aab", "a"]],
  ["^(|a)$", ["", "a", "b"]],
  ["^(a|)b$", ["b", "ab", "cb"]],
  ["^a|$", ["b"]],
  ["^(?:|)$", ["", "a"]],
  ["^[😀-😂]$", ["😁", "a"]],
  ["^\\x{1F600}$", ["😀", "a"]],
  ["^\\Qa.b\\E$", ["a.b", "axb"]],
  ["x{,3}", ["x{,3}", "xxx"]],
  ["^*a", ["a", "b"]],
  ["\\C", ["a"]],
];

/** Patterns a backtracking engine takes exponential time on, with long examples they do not match. */
const BACKTRACKING: [string, string][] = [
  ["^(a+)+$", `${"a".repeat(1000)}b`],
  ["(a|a)*b", "a".repeat(1000)],
  ["(x+x+)+y", "x".repeat(1000)],
  ["^(\\w+\\s?)*$", `${"word ".repeat(200)}!`],
];

/** A proto string literal for `text`. */
function protoString(text: string): string {
  let out = "";
  for (const c of text) {
    const cp = c.codePointAt(0)!;
    out += c === '"' || c === "\\" ? `\\${c}` : cp < 0x20 || cp === 0x7f ? `\\${cp.toString(8).padStart(3, "0")}` : c;
  }
  return `"${out}"`;
}

describe("PROTOVALIDATE equals buf", () => {
  it("(buf.validate.message).oneof entries", async () => {
    const example = module(ONEOFS);
    const buf = await bufRows(["PROTOVALIDATE"], example);
    expect(await ourRows(rulesById(["PROTOVALIDATE"]), example)).toEqual(buf);
    expect(buf).toHaveLength(22);
  });

  it("says what is wrong with a oneof entry", async () => {
    const found = await runExample(rulesById(["PROTOVALIDATE"]), module(ONEOFS));
    expect(new Set(found.filter((f) => f.startLine === 5 || f.startLine === 7 || f.startLine === 8).map((f) => f.message))).toEqual(
      new Set([
        'message "M" names field "a" in 2 (buf.validate.message).oneof entries; a field can belong to one entry only, so merge the entries or drop the field from all but one',
        'message "M" has a (buf.validate.message).oneof entry that names field "a" more than once; remove the repetition',
        'message "M" has a (buf.validate.message).oneof entry naming field "nope", which message "M" does not have; name one of its fields',
      ]),
    );
  });

  it("string and bytes patterns, on fields, items and map keys and values", async () => {
    const fields = PATTERNS.map((p, i) => `  string f${i + 1} = ${i + 1} [(buf.validate.field).string.pattern = ${JSON.stringify(p)}];`);
    const example = module(`syntax = "proto3";
package a.v1;
import "buf/validate/validate.proto";
message P {
${fields.join("\n")}
  bytes b1 = 1001 [(buf.validate.field).bytes.pattern = "(?=x)"];
  bytes b2 = 1002 [(buf.validate.field).bytes = {pattern: "^\\\\x00+$", max_len: 3}];
  repeated string r = 1003 [(buf.validate.field).repeated.items.string.pattern = "a**"];
  map<string, bytes> m = 1004 [(buf.validate.field).map = {keys: {string: {pattern: "(?i"}}, values: {bytes: {pattern: "\\\\Z"}}}];
  int32 mismatch = 1005 [(buf.validate.field).string.pattern = "(?=x)"];
}
`);
    const buf = await bufRows(["PROTOVALIDATE"], example);
    expect(await ourRows(rulesById(["PROTOVALIDATE"]), example)).toEqual(buf);
    expect(buf).toHaveLength(PATTERNS.filter((p) => re2SyntaxError(p) !== undefined).length + 5);
  });

  it("examples, matched as Go's regexp matches them", async () => {
    const fields = MATCHES.map(([p, examples], i) => `  string f${i + 1} = ${i + 1} [(buf.validate.field).string = {pattern: ${protoString(p)}, example: [${examples.map(protoString).join(", ")}]}];`);
    const example = module(`syntax = "proto3";
package a.v1;
import "buf/validate/validate.proto";
message X {
${fields.join("\n")}
  bytes b = 1000 [(buf.validate.field).bytes = {pattern: "^\\\\x00+$", example: ["\\000\\000", "\\001"]}];
}
`);
    const buf = await bufRows(["PROTOVALIDATE"], example);
    expect(await ourRows(rulesById(["PROTOVALIDATE"]), example)).toEqual(buf);
    expect(buf).toHaveLength(61);
  });

  it("examples of patterns a backtracking engine takes exponential time on", async () => {
    const fields = BACKTRACKING.map(([p, e], i) => `  string f${i + 1} = ${i + 1} [(buf.validate.field).string = {pattern: ${protoString(p)}, example: ${protoString(e)}}];`);
    const example = module(`syntax = "proto3";
package a.v1;
import "buf/validate/validate.proto";
message B {
${fields.join("\n")}
}
`);
    const buf = await bufRows(["PROTOVALIDATE"], example);
    expect(await ourRows(rulesById(["PROTOVALIDATE"]), example)).toEqual(buf);
    expect(buf).toHaveLength(BACKTRACKING.length);
  });

  it("every script Go knows, and only those", async () => {
    const fields = SCRIPTS.map((s, i) => `  string f${i + 1} = ${i + 1} [(buf.validate.field).string.pattern = "\\\\p{${s}}"];`);
    const example = module(`syntax = "proto3";
package a.v1;
import "buf/validate/validate.proto";
message S {
${fields.join("\n")}
}
`);
    expect(await bufRows(["PROTOVALIDATE"], example)).toEqual([]);
    // RE2JS's tables are Unicode 16's: examples are not matched against the scripts new in Unicode 17.
    expect(SCRIPTS.filter((script) => re2Matches(`\\p{${script}}`, "a") === undefined)).toEqual(["Beria_Erfe", "Sidetic", "Tai_Yo", "Tolong_Siki"]);
  });
});

describe("RE2 patterns", () => {
  it("report Go's first error, as Go words it", () => {
    expect(re2SyntaxError("(?=a)b")).toBe("invalid or unsupported Perl syntax: `(?=`");
    expect(re2SyntaxError("(?<=a)b")).toBe("invalid named capture: `(?<=a)b`");
    expect(re2SyntaxError("a{2}{3}")).toBe("invalid nested repetition operator: `{2}{3}`");
    expect(re2SyntaxError("(a{100}){100}")).toBe("invalid repeat count: `{100}`");
    expect(re2SyntaxError("[a")).toBe("missing closing ]: `[a`");
    expect(re2SyntaxError("x(a")).toBe("missing closing ): `x(a`");
    expect(re2SyntaxError("\\")).toBe("trailing backslash at end of expression: ``");
    expect(re2SyntaxError("(?P<name>a)\\p{greek}[[:alpha:]]\\z")).toBeUndefined();
  });

  it("match as Go's regexp does", () => {
    const cases: [string, string, boolean][] = [
      ["(?i)abc", "xABCx", true],
      ["^[[:alpha:]]+$", "ab1", false],
      ["(?m)^a$", "b\na", true],
      ["^a$", "b\na", false],
      ["(?s)^.$", "\n", true],
      ["^.$", "\n", false],
      ["^.$", "\r", true],
      ["^\\Qa.b\\E$", "axb", false],
      ["^\\s$", "\u00a0", false],
      ["^\\s$", "\v", false],
      ["x{,3}", "x{,3}", true],
      ["^(?P<n>ab)+$", "abab", true],
      ["^\\pL+$", "héllo", true],
      ["^\\p{oldItalic}$", "\u{10300}", true],
      ["^[\\P{L}]+$", "12a", false],
      ["^\\x{1F600}$", "😀", true],
      ["^*a", "a", true],
      ["^(?i:a)b$", "Ab", true],
      ["^(?i:a)b$", "AB", false],
      ["^\\p{greek}+$", "αβ", true],
      ["^[\\p{Letter}]$", "1", false],
      ["^\\P{ASCII}$", "é", true],
      ["^(a+)+$", `${"a".repeat(100_000)}b`, false],
    ];
    for (const [pattern, text, matches] of cases) expect([pattern, text, re2Matches(pattern, text)]).toEqual([pattern, text, matches]);
    // Not matched: invalid patterns, and scripts newer than RE2JS's Unicode tables.
    expect(re2Matches("(?=a)", "a")).toBeUndefined();
    expect(re2Matches("^\\p{Tai_Yo}$", "a")).toBeUndefined();
  });
});
