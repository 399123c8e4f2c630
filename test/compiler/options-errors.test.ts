/**
 * Option interpretation errors, written as the proto they test: a line of carets under the
 * offending span, followed by buf 1.75's message (every case was probed with `buf build
 * --error-format=json`). Each case compiles one file, `a.proto`, next to a shared `defs.proto`,
 * and must produce exactly the marked diagnostics in a.proto (line, column range in UTF-8 bytes,
 * text).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { Resolver } from "../../src/compiler/compile.js";
import { diagnosticPosition } from "../../src/compiler/diagnostics.js";
import { bufBin } from "../util/buf.js";

/** `OPTIONS_ERRORS_AGAINST_BUF=1` checks the expectations against buf itself instead of our compiler. */
const againstBuf = process.env.OPTIONS_ERRORS_AGAINST_BUF === "1";

const DEFS = `syntax = "proto2";
package d;
import "google/protobuf/descriptor.proto";
import "google/protobuf/any.proto";
enum En { ZERO = 0; ONE = 1; }
message M {
  optional int32 a = 1; optional M sub = 2; repeated int32 r = 3;
  oneof o { int32 x = 4; string y = 5; }
  repeated M rm = 6; optional En e = 7; optional float f = 8; optional bool b = 9;
  optional string s = 10; optional google.protobuf.Any any = 11; optional uint32 u = 12;
  extensions 100 to 200;
}
message N { extensions 100 to 200; }
extend M { optional int32 mx = 100; }
extend N { optional int32 nx = 100; }
extend google.protobuf.FileOptions {
  optional int32 i32 = 50001; optional uint32 u32 = 50002; optional int64 i64 = 50003;
  optional uint64 u64 = 50004; optional float flt = 50005; optional double dbl = 50006;
  optional bool bl = 50007; optional string str = 50008; optional En en = 50009;
  optional M m = 50010; repeated int32 ri = 50011; repeated M rm = 50012;
  optional sint32 s32 = 50013; optional fixed32 fx32 = 50014; optional M m2 = 50015;
}
extend google.protobuf.MessageOptions { optional int32 mo = 50001; }
`;

interface Expected {
  line: number;
  column: number;
  endColumn: number;
  message: string;
}

/** Splits annotated text into the source and the expected diagnostics. */
function annotated(text: string): { source: string; expected: Expected[] } {
  const out: string[] = [];
  const expected: Expected[] = [];
  for (const line of text.split("\n")) {
    const m = /^(\s*)(\^+) (.*)$/.exec(line);
    if (m && out.length > 0) {
      const column = m[1]!.length + 1;
      expected.push({ line: out.length, column, endColumn: column + m[2]!.length, message: m[3]! });
    } else {
      out.push(line);
    }
  }
  return { source: out.join("\n"), expected };
}

function bufErrorsOf(source: string): Expected[] {
  const dir = mkdtempSync(join(tmpdir(), "opt-errors-"));
  try {
    writeFileSync(join(dir, "buf.yaml"), "version: v2\n");
    writeFileSync(join(dir, "defs.proto"), DEFS);
    writeFileSync(join(dir, "a.proto"), source);
    const r = spawnSync(bufBin, ["build", dir, "--error-format=json", "-o", "/dev/null"], { encoding: "utf8" });
    const out: Expected[] = [];
    for (const line of (r.stdout + r.stderr).split("\n")) {
      if (!line.startsWith("{")) continue;
      const d = JSON.parse(line) as { path: string; start_line: number; start_column: number; end_column: number; message: string };
      if (d.path.endsWith("a.proto")) out.push({ line: d.start_line, column: d.start_column, endColumn: d.end_column, message: d.message });
    }
    return out.sort((a, b) => a.line - b.line || a.column - b.column);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function errorsOf(source: string): Promise<Expected[]> {
  if (againstBuf) return bufErrorsOf(source);
  const files: Record<string, string> = { "defs.proto": DEFS, "a.proto": source };
  const resolver: Resolver = {
    read: async (path) => (path in files ? { bytes: new TextEncoder().encode(files[path]) } : undefined),
  };
  const { compile } = await import("../../src/compiler/compile.js");
  const result = await compile({ files: ["a.proto"], resolver, sourceInfo: false });
  return result.diagnostics
    .filter((d) => d.file === "a.proto" && d.severity === "error")
    .map((d) => {
      const p = diagnosticPosition(d);
      return { line: p.line, column: p.column, endColumn: p.endColumn, message: d.message };
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

const HEADER = `syntax = "proto2";
package a;
import "defs.proto";
import "google/protobuf/descriptor.proto";
`;

const cases: Record<string, string> = {
  "integer ranges and signs": `
option (d.i32) = 2147483648;
                 ^^^^^^^^^^ literal out of range for \`int32\`
option (d.u32) = -1;
                 ^^ literal out of range for \`uint32\`
option (d.s32) = -2147483649;
                 ^^^^^^^^^^^ literal out of range for \`sint32\`
option (d.fx32) = -1;
                  ^^ literal out of range for \`fixed32\`
option (d.u64) = 18446744073709551616;
                 ^^^^^^^^^^^^^^^^^^^^ literal out of range for \`uint64\`
`,
  "mismatched scalar types": `
option (d.i64) = 1.5;
                 ^^^ mismatched types
option (d.u64) = "x";
                 ^^^ mismatched types
option (d.bl) = 1;
                ^ mismatched types
option (d.str) = true;
                 ^^^^ mismatched types
option (d.m) = 3;
               ^ mismatched types
option (d.i32) = inf;
                 ^^^ mismatched types
option (d.en) = -ONE;
                 ^^^ mismatched types
option (d.i64) = foo;
                 ^^^ cannot find \`foo\` in this scope
option java_package = 5;
                      ^ mismatched types
`,
  "non-canonical literals outside message expressions": `
option (d.flt) = foo;
                 ^^^ non-canonical floating-point literal outside of message expression
option (d.dbl) = Infinity;
                 ^^^^^^^^ non-canonical floating-point literal outside of message expression
option (d.bl) = True;
                ^^^^ non-canonical \`bool\` literal outside of message expression
option (d.dbl) = 0x10;
                 ^^^^ unsupported base for floating-point literal
`,
  "enum values": `
option (d.en) = TWO;
                ^^^ cannot find \`TWO\` in this scope
option (d.en) = -foo;
                 ^^^ cannot find \`foo\` in this scope
option (d.en) = true;
                ^^^^ mismatched types
option (d.i64) = -BLUE;
                  ^^^^ cannot find \`BLUE\` in this scope
option (d.m) = { e: 2147483648 };
                    ^^^^^^^^^^ literal out of range for \`d.En\`
`,
  "unknown and misplaced options": `
option (d.mo) = 1;
       ^^^^^^ expected \`google.protobuf.FileOptions\` extension, found message extension in \`google.protobuf.MessageOptions\`
option foo = 1;
       ^^^ cannot find message field \`foo\` in \`google.protobuf.FileOptions\`
option (nope) = 1;
        ^^^^ cannot find \`nope\` in this scope
option (d.m).zz = 1;
            ^^^ cannot find message field \`zz\` in \`d.M\`
option (d.m2).(d.i32) = 1;
             ^^^^^^^^ expected \`d.M\` extension, found message extension in \`google.protobuf.FileOptions\`
message X {
  option (d.i32) = 1;
         ^^^^^^^ expected \`google.protobuf.MessageOptions\` extension, found message extension in \`google.protobuf.FileOptions\`
  optional int32 f = 1 [(d.mo) = 1, bogus = 2];
                        ^^^^^^ expected \`google.protobuf.FieldOptions\` extension, found message extension in \`google.protobuf.MessageOptions\`
                                    ^^^^^ cannot find message field \`bogus\` in \`google.protobuf.FieldOptions\`
}
`,
  "paths through non-messages": `
option (d.i32).a = 1;
               ^ expected singular message, found scalar type \`int32\`
option (d.ri).a = 1;
              ^ expected singular message, found repeated \`int32\`
option (d.rm).a = 1;
              ^ expected singular message, found repeated \`d.M\`
option (d.m).e.x = 1;
               ^ expected singular message, found enum type \`d.En\`
`,
  "set multiple times": `
option (d.i32) = 1;
option (d.i32) = 2;
       ^^^^^^^ message extension \`d.i32\` set multiple times
option java_package = "a";
option java_package = "b";
       ^^^^^^^^^^^^ option \`java_package\` set multiple times
option (d.m).a = 1;
option (d.m).a = 2;
       ^^^^^^^ message field \`d.M.a\` set multiple times
option (d.m).x = 1;
option (d.m).y = "s";
       ^^^^^^^ oneof \`d.M.o\` set multiple times
option (d.m2) = { sub { a: 1 } };
option (d.m2).sub = { a: 2 };
       ^^^^^^^^^^ message field \`d.M.sub\` set multiple times
`,
  "merging a literal with later paths": `
option (d.m) = { sub { a: 1 } };
option (d.m).sub.a = 3;
       ^^^^^^^^^^^ message field \`d.M.a\` set multiple times
option (d.m).sub.r = 4;
`,
  "message literal entries": `
option (d.m) = { zz: 1 a: 1 a: 2 x: 1 y: "q" };
                 ^^^^^ cannot resolve message field name for \`d.M\`
                            ^ message field \`d.M.a\` set multiple times
                                      ^ oneof \`d.M.o\` set multiple times
option (d.m2) = { [d.nx]: 1 [d.zz]: 2 [d.mx]: 1 [d.mx]: 2 };
                  ^^^^^^ mismatched types
                            ^^^^^^^^^ cannot resolve message field name for \`d.M\`
                                                ^^^^^^ message extension \`d.mx\` set multiple times
`,
  "message literal values": `
option (d.m) = { a: "x" u: -1 s: foo b: 1 sub: [] f: 0x10 };
                    ^^^ mismatched types
                           ^^ literal out of range for \`uint32\`
                                 ^^^ cannot find \`foo\` in this scope
                                        ^ mismatched types
                                               ^^ mismatched types
                                                     ^^^^ unsupported base for floating-point literal
option (d.i32) = { a: 1 };
                 ^^^^^^^^ mismatched types
option (d.m2) = < a: "x" >;
                ^^^^^^^^^^ cannot use \`<...>\` for message expression here
                     ^^^ mismatched types
`,
  "names that resolve to something other than an extension": `
option (d.M) = 1;
        ^^^ expected message extension, found message type \`d.M\`
option (d.ZERO) = 1;
        ^^^^^^ expected message extension, found enum value \`d.ZERO\`
option (d.m2).(d.M) = 1;
               ^^^ expected message extension, found message type \`d.M\`
option (d.m) = { [d.M]: 1 [d.M.a]: 2 };
                 ^^^^^ mismatched types
                          ^^^^^^^ message field \`d.M.a\` referenced incorrectly
`,
  "Any expressions mixing expansions and fields": `
option (d.m) = { any { [type.googleapis.com/d.M] { a: 1 } [type.googleapis.com/d.M] { a: 2 } } };
                                                          ^^^^^^^^^^^^^^^^^^^^^^^^^ unexpected field in \`Any\` expression
option (d.m2) = { any { type_url: "x" [type.googleapis.com/d.En] {} } };
                        ^^^^^^^^ unexpected field in \`Any\` expression
                                                           ^^^^ expected message type, found enum type \`d.En\`
                                                                 ^^ mismatched types
`,
  "a list outside a message literal": `
option (d.ri) = [1, 2];
                ^^^^^^ unexpected array expression in option setting value
option (d.i32) = [1, "x"];
                 ^^^^^^^^ mismatched types
                 ^^^^^^^^ unexpected array expression in option setting value
                     ^^^ mismatched types
`,
  "Any expansions": `
option (d.m) = { any { [type.googleapis.com/d.Nope] { a: 9 } } };
                                            ^^^^^^ cannot find \`d.Nope\` in this scope
option (d.m2) = { [type.googleapis.com/d.M] { a: 1 } };
                  ^^^^^^^^^^^^^^^^^^^^^^^^^ unexpected \`Any\` type URL
`,
};

describe("option errors", () => {
  for (const [name, body] of Object.entries(cases)) {
    test(name, async () => {
      const { source, expected } = annotated(HEADER + body);
      expect(await errorsOf(source)).toEqual(expected);
    });
  }
});

/** Whole files (their own syntax line), for the edition-dependent checks. */
const files: Record<string, string> = {
  "features outside editions": `syntax = "proto3";
package a;
option features.field_presence = IMPLICIT;
       ^^^^^^^^ \`features\` cannot be set in "proto3"
       ^^^^^^^^^^^^^^^^^^^^^^^ \`field_presence\` is not supported in "proto3"
`,
  "features outside editions, in message literals and compact options": `syntax = "proto3";
package a;
option features = { field_presence: IMPLICIT };
       ^^^^^^^^ \`features\` cannot be set in "proto3"
                    ^^^^^^^^^^^^^^ \`field_presence\` is not supported in "proto3"
message M { int32 a = 1 [features.field_presence = IMPLICIT]; }
                         ^^^^^^^^ \`features\` cannot be set in "proto3"
                         ^^^^^^^^^^^^^^^^^^^^^^^ \`field_presence\` is not supported in "proto3"
`,
  "a feature introduced in a later edition": `edition = "2023";
package a;
option features.enforce_naming_style = STYLE2024;
       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ \`enforce_naming_style\` is not supported in Edition 2023
message M {
  option features = { enforce_naming_style: STYLE2024 };
                      ^^^^^^^^^^^^^^^^^^^^ \`enforce_naming_style\` is not supported in Edition 2023
}
`,
  "a feature extension whose file is not imported": `edition = "2023";
package a;
import "google/protobuf/cpp_features.proto";
option features.(pb.cpp).string_type = VIEW;
option features.(pb.java).legacy_closed_enum = true;
                 ^^^^^^^ cannot find \`pb.java\` in this scope
`,
  "an option removed in edition 2024": `edition = "2024";
package a;
option java_multiple_files = true;
       ^^^^^^^^^^^^^^^^^^^ \`java_multiple_files\` is not supported in Edition 2024
`,
  "features on the wrong kind of element": `edition = "2023";
package a;
message M {
  option features.field_presence = IMPLICIT;
                  ^^^^^^^^^^^^^^ unsupported option target for \`field_presence\`
  option features = { json_format: ALLOW };
         ^^^^^^^^ option \`features\` set multiple times
  int32 a = 1 [features.enum_type = OPEN];
                        ^^^^^^^^^ unsupported option target for \`enum_type\`
}
message N {
  option features = { enum_type: OPEN };
                      ^^^^^^^^^ unsupported option target for \`enum_type\`
}
`,
};

describe("edition-dependent option errors", () => {
  for (const [name, body] of Object.entries(files)) {
    test(name, async () => {
      const { source, expected } = annotated(body);
      expect(await errorsOf(source)).toEqual(expected);
    });
  }
});

describe("options that are not errors", () => {
  test("enum numbers, literal-only spellings, merged message entries and deep paths are accepted", async () => {
    const source = `${HEADER}
option (d.en) = 5;
option (d.m) = { f: foo b: t e: 1 sub { a: 1 } sub { a: 2 } };
option (d.m2).sub.sub.a = 1;
option (d.m2).sub.r = 2;
option (d.m2).sub.r = 3;
option (d.rm) = { a: 1 };
option (d.rm) = { a: 2 };
`;
    expect(await errorsOf(source)).toEqual([]);
  });
});
