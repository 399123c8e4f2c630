// Ignore behaviour against buf 1.75: each case is a small module linted by `buf lint` and by our
// engine with the same buf.yaml; the findings (path:line:column:RULE_ID) must be equal, and equal
// to the list written in the case, so a reader sees what was silenced and what was not.
import { describe, expect, it } from "vitest";
import { LINT_RULES } from "../../rules/lint/index.js";
import { bufLintKeys, ourLintKeys, type ProbeConfig } from "./buf-lint.js";

interface Case {
  readonly name: string;
  readonly files: Readonly<Record<string, string>>;
  readonly config: ProbeConfig;
  /** What both buf and protoguard report. */
  readonly expected: readonly string[];
}

const v2 = (use: string[], extra: Partial<ProbeConfig> = {}): ProbeConfig => ({ version: "v2", use, ...extra });
const F = ["FIELD_LOWER_SNAKE_CASE"];
const P = (s: string): Record<string, string> => ({ "a/v1/a.proto": `syntax = "proto3";\npackage a.v1;\n${s}` });

const cases: Case[] = [
  {
    name: "a leading comment on the field silences it; the next field is still reported",
    files: P(`message M {\n  // buf:lint:ignore FIELD_LOWER_SNAKE_CASE\n  string fooBar = 1;\n  string bazQux = 2;\n}\n`),
    config: v2(F),
    expected: ["a/v1/a.proto:6:10:FIELD_LOWER_SNAKE_CASE"],
  },
  {
    name: "an ignore on a message covers its fields and its nested messages' fields",
    files: P(`// buf:lint:ignore FIELD_LOWER_SNAKE_CASE\nmessage M {\n  string fooBar = 1;\n  message N { string bazQux = 1; }\n}\nmessage O { string quuxA = 1; }\n`),
    config: v2(F),
    expected: ["a/v1/a.proto:8:20:FIELD_LOWER_SNAKE_CASE"],
  },
  {
    name: "trailing and detached comments do not ignore",
    files: P(`message M {\n  string fooBar = 1; // buf:lint:ignore FIELD_LOWER_SNAKE_CASE\n  // buf:lint:ignore FIELD_LOWER_SNAKE_CASE\n\n  string bazQux = 2;\n}\n`),
    config: v2(F),
    expected: ["a/v1/a.proto:4:10:FIELD_LOWER_SNAKE_CASE", "a/v1/a.proto:7:10:FIELD_LOWER_SNAKE_CASE"],
  },
  {
    name: "no space after //, block comments, extra text after the ID and a line among doc lines all work",
    files: P(
      `message M {\n  //buf:lint:ignore FIELD_LOWER_SNAKE_CASE\n  string fooA = 1;\n  /* buf:lint:ignore FIELD_LOWER_SNAKE_CASE */\n  string fooB = 2;\n` +
        `  // buf:lint:ignore FIELD_LOWER_SNAKE_CASE legacy name\n  string fooC = 3;\n  // Docs first.\n  //   buf:lint:ignore FIELD_LOWER_SNAKE_CASE\n  // More docs.\n  string fooD = 4;\n}\n`,
    ),
    config: v2(F),
    expected: [],
  },
  {
    name: "the ID is a case-sensitive prefix test: a longer ID silences, lower case and a missing space do not",
    files: P(
      `message M {\n  // buf:lint:ignore FIELD_LOWER_SNAKE_CASE_AND_MORE\n  string fooA = 1;\n  // buf:lint:ignore field_lower_snake_case\n  string fooB = 2;\n` +
        `  // buf:lint:ignoreFIELD_LOWER_SNAKE_CASE\n  string fooC = 3;\n  // buf:lint:ignore  FIELD_LOWER_SNAKE_CASE\n  string fooD = 4;\n}\n`,
    ),
    config: v2(F),
    expected: ["a/v1/a.proto:7:10:FIELD_LOWER_SNAKE_CASE", "a/v1/a.proto:9:10:FIELD_LOWER_SNAKE_CASE", "a/v1/a.proto:11:10:FIELD_LOWER_SNAKE_CASE"],
  },
  {
    name: "prefix quirk between real rules: an ignore for COMMENT_ENUM_VALUE also silences COMMENT_ENUM",
    files: P(`// buf:lint:ignore COMMENT_ENUM_VALUE\nenum Color {\n  COLOR_UNSPECIFIED = 0;\n}\n// buf:lint:ignore COMMENT_ENUM\nenum Shape {\n  SHAPE_UNSPECIFIED = 0;\n}\n`),
    config: v2(["COMMENT_ENUM", "COMMENT_ENUM_VALUE"]),
    expected: ["a/v1/a.proto:9:3:COMMENT_ENUM_VALUE"],
  },
  {
    name: "one ID per line: `A, B` ignores A only",
    files: P(`// buf:lint:ignore MESSAGE_PASCAL_CASE, FIELD_LOWER_SNAKE_CASE\nmessage m_m {\n  string fooBar = 1;\n}\n`),
    config: v2(["MESSAGE_PASCAL_CASE", ...F]),
    expected: ["a/v1/a.proto:5:10:FIELD_LOWER_SNAKE_CASE"],
  },
  {
    name: "an ignore on a oneof does not cover the fields inside it",
    files: P(`message M {\n  // buf:lint:ignore FIELD_LOWER_SNAKE_CASE\n  // buf:lint:ignore ONEOF_LOWER_SNAKE_CASE\n  oneof myChoice {\n    string fooBar = 1;\n  }\n}\n`),
    config: v2(["ONEOF_LOWER_SNAKE_CASE", ...F]),
    expected: ["a/v1/a.proto:7:12:FIELD_LOWER_SNAKE_CASE"],
  },
  {
    name: "an ignore on an enum covers its values; on a message, the values of its nested enums",
    files: P(
      `// buf:lint:ignore ENUM_VALUE_UPPER_SNAKE_CASE\nenum Color {\n  COLOR_UNSPECIFIED = 0;\n  COLOR_red = 1;\n}\n` +
        `// buf:lint:ignore ENUM_VALUE_UPPER_SNAKE_CASE\nmessage M {\n  enum Kind {\n    KIND_UNSPECIFIED = 0;\n    KIND_a = 1;\n  }\n}\n` +
        `enum Shape {\n  SHAPE_UNSPECIFIED = 0;\n  SHAPE_b = 1;\n}\n`,
    ),
    config: v2(["ENUM_VALUE_UPPER_SNAKE_CASE"]),
    expected: ["a/v1/a.proto:17:3:ENUM_VALUE_UPPER_SNAKE_CASE"],
  },
  {
    name: "an ignore on a service covers its RPCs",
    files: P(
      `import "google/protobuf/empty.proto";\n// buf:lint:ignore RPC_PASCAL_CASE\nservice FooService {\n  rpc get_foo(google.protobuf.Empty) returns (google.protobuf.Empty);\n}\n` +
        `service BarService {\n  // buf:lint:ignore RPC_PASCAL_CASE\n  rpc get_bar(google.protobuf.Empty) returns (google.protobuf.Empty);\n  rpc get_baz(google.protobuf.Empty) returns (google.protobuf.Empty);\n}\n`,
    ),
    config: v2(["RPC_PASCAL_CASE"]),
    expected: ["a/v1/a.proto:11:7:RPC_PASCAL_CASE"],
  },
  {
    name: "extensions: every `extend` block shares one path, so only the first block's comment counts, for all of them",
    files: {
      "a/v1/a.proto":
        `syntax = "proto2";\npackage a.v1;\nmessage M { extensions 100 to 200; }\n` +
        `extend M {\n  optional string extA = 100;\n}\n` +
        `// buf:lint:ignore FIELD_LOWER_SNAKE_CASE\nextend M {\n  optional string extB = 101;\n  // buf:lint:ignore FIELD_LOWER_SNAKE_CASE\n  optional string extC = 102;\n}\n`,
      "a/v1/b.proto":
        `syntax = "proto2";\npackage a.v1;\nimport "a/v1/a.proto";\n` +
        `// buf:lint:ignore FIELD_LOWER_SNAKE_CASE\nextend M {\n  optional string extD = 103;\n}\n` +
        `extend M {\n  optional string extE = 104;\n}\n` +
        `message N {\n  extend M {\n    optional string extF = 105;\n  }\n  // buf:lint:ignore FIELD_LOWER_SNAKE_CASE\n  extend M {\n    optional string extG = 106;\n  }\n}\n`,
    },
    config: v2(F),
    expected: ["a/v1/a.proto:5:19:FIELD_LOWER_SNAKE_CASE", "a/v1/a.proto:9:19:FIELD_LOWER_SNAKE_CASE", "a/v1/b.proto:13:21:FIELD_LOWER_SNAKE_CASE", "a/v1/b.proto:17:21:FIELD_LOWER_SNAKE_CASE"],
  },
  {
    name: "findings at the package statement are silenced by a comment above it",
    files: { "a/v1/a.proto": `syntax = "proto3";\n// buf:lint:ignore PACKAGE_LOWER_SNAKE_CASE\npackage a.V1;\n`, "b/v1/b.proto": `syntax = "proto3";\npackage b.V1;\n` },
    config: v2(["PACKAGE_LOWER_SNAKE_CASE"]),
    expected: ["b/v1/b.proto:2:1:PACKAGE_LOWER_SNAKE_CASE"],
  },
  {
    name: "findings at an option or a type inside a declaration: a comment on the option line or on the enclosing declaration",
    files: P(
      `enum Kind {\n  // buf:lint:ignore ENUM_NO_ALLOW_ALIAS\n  option allow_alias = true;\n  KIND_UNSPECIFIED = 0;\n  KIND_A = 1;\n  KIND_B = 1;\n}\n` +
        `enum Sort {\n  option allow_alias = true;\n  SORT_UNSPECIFIED = 0;\n  SORT_A = 1;\n  SORT_B = 1;\n}\n` +
        `message Bad {}\n// buf:lint:ignore RPC_REQUEST_STANDARD_NAME\nservice FooService {\n  rpc Get(Bad) returns (GetResponse);\n}\nmessage GetResponse {}\n` +
        `service BarService {\n  rpc List(Bad) returns (ListResponse);\n}\nmessage ListResponse {}\n`,
    ),
    config: v2(["ENUM_NO_ALLOW_ALIAS", "RPC_REQUEST_STANDARD_NAME"]),
    expected: ["a/v1/a.proto:11:3:ENUM_NO_ALLOW_ALIAS", "a/v1/a.proto:23:12:RPC_REQUEST_STANDARD_NAME"],
  },
  {
    name: "rules reported on every file at its package statement are silenced per file",
    files: {
      "a/v1/a.proto": `syntax = "proto3";\n// buf:lint:ignore DIRECTORY_SAME_PACKAGE\n// buf:lint:ignore PACKAGE_DIRECTORY_MATCH\npackage a.v1;\n`,
      "a/v1/b.proto": `syntax = "proto3";\npackage b.v1;\n`,
    },
    config: v2(["DIRECTORY_SAME_PACKAGE", "PACKAGE_DIRECTORY_MATCH"]),
    expected: ["a/v1/b.proto:2:1:DIRECTORY_SAME_PACKAGE", "a/v1/b.proto:2:1:PACKAGE_DIRECTORY_MATCH"],
  },
  {
    name: "block comments: a line of a multi-line block comment works, with or without a leading `*`",
    files: P(
      `message M {\n  /*\n   * Docs.\n   * buf:lint:ignore FIELD_LOWER_SNAKE_CASE\n   */\n  string fooA = 1;\n` +
        `  /* Docs.\n     buf:lint:ignore FIELD_LOWER_SNAKE_CASE */\n  string fooB = 2;\n}\n`,
    ),
    config: v2(F),
    expected: [],
  },
  {
    name: "import findings are silenced by a comment above the import",
    files: P(`// buf:lint:ignore IMPORT_USED\nimport "google/protobuf/empty.proto";\nimport "google/protobuf/timestamp.proto";\n`),
    config: v2(["IMPORT_USED"]),
    expected: ["a/v1/a.proto:5:1:IMPORT_USED"],
  },
  {
    name: "PACKAGE_SAME_*: a comment above the option silences it for that file only; a file without the option cannot be silenced",
    files: {
      "a/v1/a.proto": `syntax = "proto3";\npackage a.v1;\n// buf:lint:ignore PACKAGE_SAME_GO_PACKAGE\noption go_package = "x/a";\n`,
      "a/v1/b.proto": `syntax = "proto3";\npackage a.v1;\noption go_package = "x/b";\n`,
      "a/v1/c.proto": `syntax = "proto3";\n// buf:lint:ignore PACKAGE_SAME_GO_PACKAGE\npackage a.v1;\n`,
    },
    config: v2(["PACKAGE_SAME_GO_PACKAGE"]),
    expected: ["a/v1/b.proto:3:1:PACKAGE_SAME_GO_PACKAGE", "a/v1/c.proto:1:1:PACKAGE_SAME_GO_PACKAGE"],
  },
  {
    name: "findings without a location cannot be silenced by a comment",
    files: { "a/v1/a.proto": `// buf:lint:ignore PACKAGE_DEFINED\nsyntax = "proto3";\n// buf:lint:ignore PACKAGE_DEFINED\nmessage M {}\n` },
    config: v2(["PACKAGE_DEFINED"]),
    expected: ["a/v1/a.proto:1:1:PACKAGE_DEFINED"],
  },
  {
    name: "v1: comment ignores are off by default",
    files: P(`message M {\n  // buf:lint:ignore FIELD_LOWER_SNAKE_CASE\n  string fooBar = 1;\n}\n`),
    config: { version: "v1", use: F },
    expected: ["a/v1/a.proto:5:10:FIELD_LOWER_SNAKE_CASE"],
  },
  {
    name: "v1: allow_comment_ignores turns them on",
    files: P(`message M {\n  // buf:lint:ignore FIELD_LOWER_SNAKE_CASE\n  string fooBar = 1;\n}\n`),
    config: { version: "v1", use: F, allow_comment_ignores: true },
    expected: [],
  },
  {
    name: "v2: disallow_comment_ignores turns them off",
    files: P(`message M {\n  // buf:lint:ignore FIELD_LOWER_SNAKE_CASE\n  string fooBar = 1;\n}\n`),
    config: v2(F, { disallow_comment_ignores: true }),
    expected: ["a/v1/a.proto:5:10:FIELD_LOWER_SNAKE_CASE"],
  },
  {
    name: "config ignore: a directory matches by whole path components, a file matches itself",
    files: {
      "foo/a.proto": `syntax = "proto3";\nmessage M { string fooA = 1; }\n`,
      "foo/sub/b.proto": `syntax = "proto3";\nmessage M2 { string fooB = 1; }\n`,
      "foobar/c.proto": `syntax = "proto3";\nmessage M3 { string fooC = 1; }\n`,
      "d.proto": `syntax = "proto3";\nmessage M4 { string fooD = 1; }\n`,
      "e.proto": `syntax = "proto3";\nmessage M5 { string fooE = 1; }\n`,
    },
    config: v2(F, { ignore: ["foo", "d.proto"] }),
    expected: ["e.proto:2:21:FIELD_LOWER_SNAKE_CASE", "foobar/c.proto:2:21:FIELD_LOWER_SNAKE_CASE"],
  },
  {
    name: "config ignore_only: only the named rule is ignored under the path",
    files: {
      "foo/a.proto": `syntax = "proto3";\nmessage m_a { string fooA = 1; }\n`,
      "bar/b.proto": `syntax = "proto3";\nmessage m_b { string fooB = 1; }\n`,
    },
    config: v2(["MESSAGE_PASCAL_CASE", ...F], { ignore_only: { FIELD_LOWER_SNAKE_CASE: ["foo/a.proto"], MESSAGE_PASCAL_CASE: ["bar"] } }),
    expected: ["bar/b.proto:2:22:FIELD_LOWER_SNAKE_CASE", "foo/a.proto:2:9:MESSAGE_PASCAL_CASE"],
  },
  {
    name: "config ignore: `.` ignores the whole module",
    files: P(`message M { string fooA = 1; }\n`),
    config: v2(F, { ignore: ["."] }),
    expected: [],
  },
];

describe("ignores match buf lint", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const [buf, ours] = await Promise.all([bufLintKeys(c.files, c.config), ourLintKeys(c.files, c.config, LINT_RULES)]);
    expect(buf, "buf").toEqual(c.expected);
    expect(ours, "protoguard").toEqual(buf);
  });
});

describe("protoguard:ignore (our spelling, unknown to buf)", () => {
  it("silences exactly what buf:lint:ignore silences", async () => {
    const text = (prefix: string): Record<string, string> =>
      P(`// ${prefix} FIELD_LOWER_SNAKE_CASE\nmessage M {\n  string fooBar = 1;\n  message N {\n    // ${prefix} FIELD_LOWER_SNAKE_CASE_X\n    string bazQux = 1;\n  }\n}\nmessage O { string quuxA = 1; }\n`);
    const config = v2(F);
    const withBuf = await bufLintKeys(text("buf:lint:ignore"), config);
    expect(withBuf).toEqual(["a/v1/a.proto:11:20:FIELD_LOWER_SNAKE_CASE"]);
    expect(await ourLintKeys(text("protoguard:ignore"), config, LINT_RULES)).toEqual(withBuf);
    // buf itself does not know the spelling: it reports all three fields.
    expect(await bufLintKeys(text("protoguard:ignore"), config)).toHaveLength(3);
  });
});

describe("order matches buf lint", () => {
  it("by path, then position, then rule ID; findings without a location first in their file", async () => {
    const files = {
      "b/Bad.proto": `syntax = "proto3";\npackage b.V1;\nmessage m { string fooBar = 1; }\n`,
      "b/c.proto": `syntax = "proto3";\nmessage N {}\n`,
      "a/x.proto": `package zz;\nenum e { e_x = 0; }\n`,
    };
    const config = v2([
      "DIRECTORY_SAME_PACKAGE",
      "PACKAGE_DIRECTORY_MATCH",
      "PACKAGE_VERSION_SUFFIX",
      "PACKAGE_LOWER_SNAKE_CASE",
      "PACKAGE_DEFINED",
      "FILE_LOWER_SNAKE_CASE",
      "SYNTAX_SPECIFIED",
      "MESSAGE_PASCAL_CASE",
      "ENUM_PASCAL_CASE",
      "ENUM_VALUE_UPPER_SNAKE_CASE",
      "ENUM_VALUE_PREFIX",
      "ENUM_ZERO_VALUE_SUFFIX",
      ...F,
    ]);
    const buf = await bufLintKeys(files, config);
    expect(buf.length).toBeGreaterThan(12);
    expect(await ourLintKeys(files, config, LINT_RULES)).toEqual(buf);
  });
});
