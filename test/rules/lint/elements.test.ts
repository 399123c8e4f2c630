/**
 * The element-level rules beyond their doc examples: which elements each one skips (map entries,
 * synthetic oneofs, group fields), where it points (name, number, type, option, whole declaration),
 * how buf.yaml options change it, and v1beta1/v1 differences. Every case is checked twice: our
 * findings must equal the caret markers (rule, file, line, column, end column), and they must equal
 * buf 1.75's findings on the same files and config, end line and column included.
 */
import { describe, expect, it } from "vitest";
import { compile } from "../../../src/compiler/compile.js";
import { diffFindings, expectedFindings, memoryResolver, modelFromCompile, runExample } from "../../../src/engine/examples.js";
import { DEFAULT_LINT_OPTIONS, type ConfigVersion, type Example } from "../../../src/engine/rule.js";
import { runLint } from "../../../src/engine/run.js";
import { bufRows, elementRules, ourRows, rulesById } from "./elements-rules.js";

interface Case {
  readonly name: string;
  readonly rules: readonly string[];
  readonly example: Example;
  readonly version?: ConfigVersion;
  /** Compare with buf only (markers cannot show the columns), expecting this many findings. */
  readonly bufOnly?: number;
}

const NAMING = [
  "ENUM_PASCAL_CASE",
  "ENUM_VALUE_UPPER_SNAKE_CASE",
  "FIELD_LOWER_SNAKE_CASE",
  "MESSAGE_PASCAL_CASE",
  "ONEOF_LOWER_SNAKE_CASE",
  "RPC_PASCAL_CASE",
  "SERVICE_PASCAL_CASE",
];
const COMMENTS = ["COMMENT_ENUM", "COMMENT_ENUM_VALUE", "COMMENT_FIELD", "COMMENT_MESSAGE", "COMMENT_ONEOF", "COMMENT_RPC", "COMMENT_SERVICE"];
const RPC_NAMES = ["RPC_REQUEST_STANDARD_NAME", "RPC_RESPONSE_STANDARD_NAME", "RPC_REQUEST_RESPONSE_UNIQUE"];

const cases: Case[] = [
  {
    name: "groups are checked at the group name: the field as lower-cased name, the message as written",
    rules: [...NAMING, "FIELD_NOT_REQUIRED"],
    example: `syntax = "proto2";
message Outer {
  optional group My__Group = 1 {
                 ^^^^^^^^^ FIELD_LOWER_SNAKE_CASE
                 ^^^^^^^^^ MESSAGE_PASCAL_CASE
    optional int32 innerValue = 1;
                   ^^^^^^^^^^ FIELD_LOWER_SNAKE_CASE
  }
  required group Grp_ = 2 {}
                 ^^^^ FIELD_LOWER_SNAKE_CASE
                 ^^^^ FIELD_NOT_REQUIRED
                 ^^^^ MESSAGE_PASCAL_CASE
  optional group GoodGroup = 3 {}
  map<string, int32> fooMap = 4;
                     ^^^^^^ FIELD_LOWER_SNAKE_CASE
  extensions 100 to 200;
}
`,
  },
  {
    name: "extensions are fields: top-level and nested extend blocks",
    rules: [...NAMING, "COMMENT_FIELD"],
    example: `syntax = "proto2";
// Documented.
message Outer {
  extensions 100 to 200;
}
extend Outer {
  optional int32 extName = 100;
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ COMMENT_FIELD
                 ^^^^^^^ FIELD_LOWER_SNAKE_CASE
  // Documented.
  optional int32 ext_ok = 101;
}
// Documented.
message Holder {
  extend Outer {
    optional int32 nestedExt = 102;
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ COMMENT_FIELD
                   ^^^^^^^^^ FIELD_LOWER_SNAKE_CASE
  }
}
`,
  },
  {
    name: "proto3 optional fields: the synthetic oneof is skipped, a real oneof named like one is not",
    rules: [...NAMING, "COMMENT_ONEOF"],
    example: `syntax = "proto3";
message P3 {
  optional int32 Opt = 1;
                 ^^^ FIELD_LOWER_SNAKE_CASE
  // A real oneof.
  oneof _x { int32 y = 2; }
        ^^ ONEOF_LOWER_SNAKE_CASE
  oneof Choice {
  ^ COMMENT_ONEOF
        ^^^^^^ ONEOF_LOWER_SNAKE_CASE
    int32 a = 3;
  }
}
message Plain {
  string name = 1;
  optional string id = 2;
}
`,
  },
  {
    name: "names in services and enums, nested and odd",
    rules: NAMING,
    example: `syntax = "proto3";
message GetFooRequest {}
message GetFooResponse {}
service foo_service {
        ^^^^^^^^^^^ SERVICE_PASCAL_CASE
  rpc get_foo(GetFooRequest) returns (GetFooResponse);
      ^^^^^^^ RPC_PASCAL_CASE
  rpc HTTPGet(GetFooRequest) returns (GetFooResponse);
}
message Wrapper {
  enum inner_kind {
       ^^^^^^^^^^ ENUM_PASCAL_CASE
    INNER_KIND_UNSPECIFIED = 0;
    inner_kind_one = 1;
    ^^^^^^^^^^^^^^ ENUM_VALUE_UPPER_SNAKE_CASE
    INNER_KIND_V2 = 2;
    INNER_KIND__THREE = 3;
    ^^^^^^^^^^^^^^^^^ ENUM_VALUE_UPPER_SNAKE_CASE
  }
  message nested_msg {}
          ^^^^^^^^^^ MESSAGE_PASCAL_CASE
}
`,
  },
  {
    name: "enum value prefix uses the enum's own name in UPPER_SNAKE_CASE",
    rules: ["ENUM_VALUE_PREFIX"],
    example: `syntax = "proto3";
enum HTTPStatus {
  HTTP_STATUS_UNSPECIFIED = 0;
  HTTPSTATUS_OK = 1;
  ^^^^^^^^^^^^^ ENUM_VALUE_PREFIX
}
enum fooBar {
  FOO_BAR_UNSPECIFIED = 0;
}
enum Foo2Bar {
  FOO2_BAR_UNSPECIFIED = 0;
  FOO_2_BAR_X = 1;
  ^^^^^^^^^^^ ENUM_VALUE_PREFIX
}
message Shirt {
  enum Size {
    SHIRT_SIZE_UNSPECIFIED = 0;
    ^^^^^^^^^^^^^^^^^^^^^^ ENUM_VALUE_PREFIX
    SIZE_LARGE = 1;
  }
}
`,
  },
  {
    name: "every value numbered 0 needs the suffix, aliases included; an empty option means the default",
    rules: ["ENUM_ZERO_VALUE_SUFFIX", "ENUM_NO_ALLOW_ALIAS", "ENUM_FIRST_VALUE_ZERO"],
    example: {
      files: {
        "example.proto": `syntax = "proto3";
enum Kind {
  KIND_UNSPECIFIED = 0;
  KIND_DEFAULT = 0;
  ^^^^^^^^^^^^ ENUM_ZERO_VALUE_SUFFIX
  KIND_ONE = 1 [deprecated = true];
  option allow_alias = true;
  ^^^^^^^^^^^^^^^^^^^^^^^^^^ ENUM_NO_ALLOW_ALIAS
  KIND_UNO = 1;
}
enum Other {
  option allow_alias = false;
  OTHER_NONE = 0;
  ^^^^^^^^^^ ENUM_ZERO_VALUE_SUFFIX
}
`,
      },
      config: { enum_zero_value_suffix: "" },
    },
  },
  {
    name: "the first declared value must be 0, also when negative or aliased (proto2)",
    rules: ["ENUM_FIRST_VALUE_ZERO", "ENUM_ZERO_VALUE_SUFFIX"],
    example: `syntax = "proto2";
enum Neg {
  NEG_MINUS = -1;
              ^^ ENUM_FIRST_VALUE_ZERO
  NEG_UNSPECIFIED = 0;
}
message M {
  enum Inner {
    INNER_TWO = 0x2;
                ^^^ ENUM_FIRST_VALUE_ZERO
    INNER_ZERO = 0;
    ^^^^^^^^^^ ENUM_ZERO_VALUE_SUFFIX
  }
}
`,
  },
  {
    name: "service suffix option, and an empty option means the default",
    rules: ["SERVICE_SUFFIX"],
    example: {
      files: {
        "example.proto": `syntax = "proto3";
service GreeterService {}
service GreeterAPI {}
        ^^^^^^^^^^ SERVICE_SUFFIX
`,
      },
      config: { service_suffix: "" },
    },
  },
  {
    name: "request and response names: short type name only, streams, qualified names, Empty",
    rules: RPC_NAMES,
    example: {
      files: {
        "a/v1/a.proto": `syntax = "proto3";
package a.v1;
import "google/protobuf/empty.proto";
import "b/v1/b.proto";
message GetFooRequest {}
message GetFooResponse {}
service FooService {
  rpc GetFoo(stream .a.v1.GetFooRequest) returns (stream b.v1.GetFooResponse);
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ RPC_REQUEST_RESPONSE_UNIQUE
  rpc get_foo(GetFooRequest) returns (GetFooResponse);
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ RPC_REQUEST_RESPONSE_UNIQUE
  rpc Ping(google.protobuf.Empty) returns (google.protobuf.Empty);
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ RPC_REQUEST_RESPONSE_UNIQUE
           ^^^^^^^^^^^^^^^^^^^^^ RPC_REQUEST_STANDARD_NAME
                                           ^^^^^^^^^^^^^^^^^^^^^ RPC_RESPONSE_STANDARD_NAME
  rpc Watch(FooServiceWatchRequest) returns (FooServiceWatchResponse) {
    option deprecated = true;
  }
}
message FooServiceWatchRequest {}
message FooServiceWatchResponse {}
`,
        "b/v1/b.proto": `syntax = "proto3";
package b.v1;
message GetFooResponse {}
`,
      },
    },
  },
  {
    name: "uniqueness spans files and services",
    rules: ["RPC_REQUEST_RESPONSE_UNIQUE"],
    example: {
      files: {
        "a.proto": `syntax = "proto3";
package p.v1;
message Shared {}
message OwnResponse {}
service AService {
  rpc One(Shared) returns (OwnResponse);
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ RPC_REQUEST_RESPONSE_UNIQUE
}
`,
        "b.proto": `syntax = "proto3";
package p.v1;
import "a.proto";
message TwoResponse {}
service BService {
  rpc Two(Shared) returns (TwoResponse);
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ RPC_REQUEST_RESPONSE_UNIQUE
}
`,
      },
    },
  },
  {
    name: "Empty allowed as request only: shared Empty responses and Empty-to-Empty RPCs are still reported",
    rules: RPC_NAMES,
    example: {
      files: {
        "example.proto": `syntax = "proto3";
import "google/protobuf/empty.proto";
message AResponse {}
service S {
  rpc A(google.protobuf.Empty) returns (AResponse);
  rpc B(google.protobuf.Empty) returns (google.protobuf.Empty);
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ RPC_REQUEST_RESPONSE_UNIQUE
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ RPC_REQUEST_RESPONSE_UNIQUE
                                        ^^^^^^^^^^^^^^^^^^^^^ RPC_RESPONSE_STANDARD_NAME
  rpc C(google.protobuf.Empty) returns (google.protobuf.Empty);
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ RPC_REQUEST_RESPONSE_UNIQUE
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ RPC_REQUEST_RESPONSE_UNIQUE
                                        ^^^^^^^^^^^^^^^^^^^^^ RPC_RESPONSE_STANDARD_NAME
}
`,
      },
      config: { rpc_allow_google_protobuf_empty_requests: true },
    },
  },
  {
    name: "Empty allowed both ways, and same request/response allowed",
    rules: RPC_NAMES,
    example: {
      files: {
        "example.proto": `syntax = "proto3";
import "google/protobuf/empty.proto";
message Thing {}
service S {
  rpc A(google.protobuf.Empty) returns (google.protobuf.Empty);
  rpc B(google.protobuf.Empty) returns (google.protobuf.Empty);
  rpc C(Thing) returns (Thing);
        ^^^^^ RPC_REQUEST_STANDARD_NAME
                        ^^^^^ RPC_RESPONSE_STANDARD_NAME
}
`,
      },
      config: {
        rpc_allow_google_protobuf_empty_requests: true,
        rpc_allow_google_protobuf_empty_responses: true,
        rpc_allow_same_request_response: true,
      },
    },
  },
  {
    name: "streaming RPCs are reported over the whole declaration",
    rules: ["RPC_NO_CLIENT_STREAMING", "RPC_NO_SERVER_STREAMING"],
    example: `syntax = "proto3";
message Req {}
message Res {}
service S {
  rpc Both(stream Req) returns (stream Res) {
  ^ RPC_NO_CLIENT_STREAMING
  ^ RPC_NO_SERVER_STREAMING
    option deprecated = true;
  }
  rpc Unary(Req) returns (Res);
}
`,
  },
  {
    name: "what counts as a doc comment",
    rules: COMMENTS,
    example: `syntax = "proto3";
/* Block comments count. */
message A {
  //
  string empty_line = 1;
  ^^^^^^^^^^^^^^^^^^^^^^ COMMENT_FIELD
  // buf:lint:ignore FIELD_LOWER_SNAKE_CASE
  string ignore_only = 2;
  ^^^^^^^^^^^^^^^^^^^^^^^ COMMENT_FIELD
  // buf:lint:ignore FIELD_LOWER_SNAKE_CASE
  // and a real line
  string ignore_and_doc = 3;

  // Detached.

  string detached = 4;
  ^^^^^^^^^^^^^^^^^^^^ COMMENT_FIELD
  string trailing = 5; // Trailing.
  ^^^^^^^^^^^^^^^^^^^^ COMMENT_FIELD
  //    
  //   indented text
  string spaces = 6;
  map<string, A> children = 7;
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ COMMENT_FIELD
  message Nested {}
  ^^^^^^^^^^^^^^^^^ COMMENT_MESSAGE
  enum E { E_UNSPECIFIED = 0; }
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ COMMENT_ENUM
           ^^^^^^^^^^^^^^^^^^ COMMENT_ENUM_VALUE
}
service S {
^ COMMENT_SERVICE
  rpc M(A) returns (A);
  ^^^^^^^^^^^^^^^^^^^^^ COMMENT_RPC
}
`,
  },
  {
    name: "groups: the group's message is documented, not its field (proto2)",
    rules: COMMENTS,
    example: `syntax = "proto2";
// Documented.
message A {
  optional group G = 1 {
  ^ COMMENT_MESSAGE
    // Documented.
    optional int32 x = 1;
  }
  // Documents the group's message.
  optional group H = 2 {
    optional int32 y = 1;
    ^^^^^^^^^^^^^^^^^^^^^ COMMENT_FIELD
  }
}
`,
  },
  {
    name: "an ignore comment on a group (kept on its message) silences its field's findings too, in messages and extend blocks",
    rules: ["FIELD_LOWER_SNAKE_CASE", "FIELD_NOT_REQUIRED", "MESSAGE_PASCAL_CASE"],
    example: `syntax = "proto2";
message A {
  // buf:lint:ignore FIELD_LOWER_SNAKE_CASE
  required group Value__A = 1 {
                 ^^^^^^^^ FIELD_NOT_REQUIRED
                 ^^^^^^^^ MESSAGE_PASCAL_CASE
    optional int32 x = 1;
  }
  // buf:lint:ignore FIELD_NOT_REQUIRED
  required group Value_b = 2 {
                 ^^^^^^^ MESSAGE_PASCAL_CASE
    optional int32 x = 1;
  }
  required group Value__C = 3 {
                 ^^^^^^^^ FIELD_LOWER_SNAKE_CASE
                 ^^^^^^^^ FIELD_NOT_REQUIRED
                 ^^^^^^^^ MESSAGE_PASCAL_CASE
    // buf:lint:ignore FIELD_LOWER_SNAKE_CASE
    optional int32 x = 1;
  }
  message Inner {
    extend A {
      // buf:lint:ignore FIELD_LOWER_SNAKE_CASE
      optional group Ext__G = 100 {
                     ^^^^^^ MESSAGE_PASCAL_CASE
        optional int32 y = 1;
      }
    }
  }
  extensions 100 to 200;
}
extend A {
  // buf:lint:ignore FIELD_LOWER_SNAKE_CASE
  optional group Top__G = 101 {
                 ^^^^^^ MESSAGE_PASCAL_CASE
    optional int32 y = 1;
  }
}
`,
  },
  {
    name: "comment ignores silence the COMMENT rules too (v2: on by default)",
    rules: COMMENTS,
    example: `syntax = "proto3";
// buf:lint:ignore COMMENT_FIELD
message A {
^ COMMENT_MESSAGE
  string a = 1;
}
`,
  },
  {
    name: "comment ignores are off by default in v1",
    version: "v1",
    rules: ["FIELD_LOWER_SNAKE_CASE", "ENUM_FIRST_VALUE_ZERO"],
    example: {
      files: {
        "example.proto": `syntax = "proto2";
message A {
  // buf:lint:ignore FIELD_LOWER_SNAKE_CASE
  optional string userName = 1;
                  ^^^^^^^^ FIELD_LOWER_SNAKE_CASE
}
enum E {
  E_ONE = 1;
          ^ ENUM_FIRST_VALUE_ZERO
}
`,
      },
      config: { version: "v1" },
    },
  },
  {
    name: "required fields: proto2 label and editions LEGACY_REQUIRED; delimited fields are not groups",
    rules: ["FIELD_NOT_REQUIRED", "COMMENT_FIELD", "FIELD_LOWER_SNAKE_CASE"],
    example: `edition = "2023";
// Documented.
message Ed {
  // Documented.
  int32 req = 1 [features.field_presence = LEGACY_REQUIRED];
        ^^^ FIELD_NOT_REQUIRED
  Sub delim = 2 [features.message_encoding = DELIMITED];
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ COMMENT_FIELD
  // Documented.
  int32 explicitField = 3 [features.field_presence = EXPLICIT];
        ^^^^^^^^^^^^^ FIELD_LOWER_SNAKE_CASE
  // Documented.
  message Sub {}
}
`,
  },
  {
    name: "FIELD_NO_DESCRIPTOR exists in v1beta1 only",
    version: "v1beta1",
    rules: ["FIELD_NO_DESCRIPTOR"],
    example: {
      files: {
        "example.proto": `syntax = "proto3";
message M {
  string descriptor = 1;
         ^^^^^^^^^^ FIELD_NO_DESCRIPTOR
  string DESCRIPTOR_ = 2;
         ^^^^^^^^^^^ FIELD_NO_DESCRIPTOR
  string descriptors = 3;
  string descriptor_set = 4;
  string _de_scriptor = 5;
}
`,
      },
      config: { version: "v1beta1" },
    },
  },
  {
    // Markers count characters, so this case is compared with buf only: 中文 is 2 characters but
    // 4 columns wide, and a tab advances to the next multiple of 4.
    name: "columns count display width: wide characters take two, tabs go to the next multiple of 4",
    rules: ["FIELD_LOWER_SNAKE_CASE", "MESSAGE_PASCAL_CASE"],
    bufOnly: 2,
    example: `syntax = "proto3";
message M { /* 中文 */ string userName = 1; }
message N {
\t \tstring fooBar = 1;
}
`,
  },
];

describe.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  const rules = rulesById(c.rules);

  it.skipIf(c.bufOnly !== undefined)("our findings are the marked ones", async () => {
    const expected = expectedFindings(c.example);
    expect(diffFindings(await runExample(rules, c.example), expected)).toEqual([]);
  });

  it("our findings equal buf's, spans included", async () => {
    const buf = await bufRows(c.rules, c.example, c.version ?? "v2");
    expect(buf.filter((r) => r.endsWith(" COMPILE"))).toEqual([]);
    expect(await ourRows(rules, c.example)).toEqual(buf);
    if (c.bufOnly !== undefined) expect(buf.length).toBe(c.bufOnly);
  });
});

describe("without source info (an image built with --exclude-source-info)", () => {
  it("name rules report at 1:1 without a location and the COMMENT rules skip, as buf does", async () => {
    const files = {
      "a.proto": `syntax = "proto3";
package a.v1;
message bad_msg { string fooBar = 1; }
enum E { X = 0; }
service S { rpc m(bad_msg) returns (bad_msg); }
`,
    };
    const result = await compile({ files: ["a.proto"], resolver: memoryResolver(files), sourceInfo: false });
    const findings = runLint(modelFromCompile(result), { rules: elementRules, options: DEFAULT_LINT_OPTIONS, version: "v2", commentIgnores: true });
    // buf 1.75: `buf build --exclude-source-info -o img.binpb && buf lint img.binpb` with STANDARD, COMMENTS, UNARY_RPC.
    expect(findings.map((f) => `${f.file}:${f.startLine}:${f.startColumn} ${f.ruleId}`)).toEqual([
      "a.proto:0:0 ENUM_VALUE_PREFIX",
      "a.proto:0:0 ENUM_ZERO_VALUE_SUFFIX",
      "a.proto:0:0 FIELD_LOWER_SNAKE_CASE",
      "a.proto:0:0 MESSAGE_PASCAL_CASE",
      "a.proto:0:0 RPC_PASCAL_CASE",
      "a.proto:0:0 RPC_REQUEST_RESPONSE_UNIQUE",
      "a.proto:0:0 RPC_REQUEST_STANDARD_NAME",
      "a.proto:0:0 RPC_RESPONSE_STANDARD_NAME",
      "a.proto:0:0 SERVICE_SUFFIX",
    ]);
  });
});

describe("messages say what to write instead", () => {
  const run = async (ids: readonly string[], text: string, config?: Record<string, unknown>) =>
    (await runExample(rulesById(ids), config ? { files: { "example.proto": text }, config } : text)).map((f) => ({
      rule: f.ruleId,
      message: f.message,
      fix: f.fix?.text,
    }));

  it("names: the converted name, and a fix for the name span", async () => {
    expect(
      await run(NAMING, `syntax = "proto2";
message bad_msg {
  optional string userName = 1;
  optional group My__Group = 2 {}
}
enum color { color_red = 0; }
service greeter { rpc say_hello(bad_msg) returns (bad_msg); }
`),
    ).toEqual([
      { rule: "MESSAGE_PASCAL_CASE", message: 'message "bad_msg" should be PascalCase: BadMsg', fix: "BadMsg" },
      { rule: "FIELD_LOWER_SNAKE_CASE", message: 'field "userName" should be lower_snake_case: user_name', fix: "user_name" },
      {
        rule: "FIELD_LOWER_SNAKE_CASE",
        message: 'group "My__Group" makes a field named "my__group", which is not lower_snake_case; rename the group to MyGroup',
        fix: "MyGroup",
      },
      { rule: "MESSAGE_PASCAL_CASE", message: 'message "My__Group" should be PascalCase: MyGroup', fix: "MyGroup" },
      { rule: "ENUM_PASCAL_CASE", message: 'enum "color" should be PascalCase: Color', fix: "Color" },
      { rule: "ENUM_VALUE_UPPER_SNAKE_CASE", message: 'enum value "color_red" should be UPPER_SNAKE_CASE: COLOR_RED', fix: "COLOR_RED" },
      { rule: "SERVICE_PASCAL_CASE", message: 'service "greeter" should be PascalCase: Greeter', fix: "Greeter" },
      { rule: "RPC_PASCAL_CASE", message: 'rpc "say_hello" should be PascalCase: SayHello', fix: "SayHello" },
    ]);
  });

  it("enum conventions name the prefix, the suffix and the zero value to add", async () => {
    const found = await run(
      ["ENUM_VALUE_PREFIX", "ENUM_ZERO_VALUE_SUFFIX", "ENUM_FIRST_VALUE_ZERO"],
      `syntax = "proto2";
enum Color {
  RED = 1;
  COLOR_NONE = 0;
}
`,
      { enum_zero_value_suffix: "_UNKNOWN" },
    );
    expect(found.map((f) => f.message)).toEqual([
      'enum value "RED" should start with the enum\'s prefix "COLOR_": COLOR_RED',
      'the first value of enum "Color" is "RED" = 1; declare a value numbered 0 first, e.g. COLOR_UNKNOWN = 0',
      'enum value "COLOR_NONE" is the zero value and should end with "_UNKNOWN", e.g. COLOR_UNKNOWN',
    ]);
  });

  it("RPC names suggest both accepted names; uniqueness names the other RPCs", async () => {
    const found = await run(
      ["RPC_REQUEST_STANDARD_NAME", "RPC_REQUEST_RESPONSE_UNIQUE"],
      `syntax = "proto3";
message Thing {}
service ThingService {
  rpc GetThing(Thing) returns (Thing);
  rpc PutThing(Thing) returns (Thing);
}
`,
    );
    expect(found.map((f) => f.message)).toContain('rpc "GetThing" takes "Thing"; name its request message GetThingRequest (or ThingServiceGetThingRequest)');
    expect(found.map((f) => f.message)).toContain(
      '"Thing" is the request or response of 2 RPCs (ThingService.GetThing, ThingService.PutThing); give rpc "PutThing" its own PutThingRequest and PutThingResponse messages',
    );
    expect(found.map((f) => f.message)).toContain('rpc "GetThing" uses "Thing" as both request and response; give it its own GetThingRequest and GetThingResponse messages');
  });
});
