/**
 * PROTOVALIDATE against buf 1.75 on modules that exercise every check we implement (rule kind vs field
 * type, repeated/map rules, bounds, const, ignore/required combinations, extensions, oneofs, NaN, equal
 * numeric, duration and timestamp bounds, invalid durations and timestamps, field masks). The modules import a small wire-compatible stand-in for buf/validate/validate.proto
 * (VALIDATE_PROTO_STUB); buf reads the options by extension and field number with its own compiled-in
 * protovalidate schema, so both tools see the same rules. Ours must equal buf's findings exactly
 * (line, column, end line, end column), and the counts pin down that every case still fires.
 */
import { describe, expect, it } from "vitest";
import { VALIDATE_PROTO_STUB } from "../../../rules/lint/PROTOVALIDATE.js";
import { diffFindings, expectedFindings, runExample } from "../../../src/engine/examples.js";
import { ruleName, WireMessage } from "../../../src/engine/protovalidate.js";
import { bufRows, ourRows, rulesById } from "./elements-rules.js";

const FIELDS = `syntax = "proto3";
package a.v1;
import "buf/validate/validate.proto";
import "google/protobuf/wrappers.proto";

message M {
  int32 a = 1 [(buf.validate.field).string.min_len = 1];
  string b = 2 [(buf.validate.field).string = {min_len: 5, max_len: 2}];
  repeated string c = 3 [(buf.validate.field).repeated.min_items = 1];
  string d = 4 [(buf.validate.field).repeated.min_items = 1];
  string f = 6 [(buf.validate.field).required = true, (buf.validate.field).ignore = IGNORE_ALWAYS];
  int32 h = 8 [(buf.validate.field).int32.const = 3, (buf.validate.field).int32.gt = 1];
  string i = 9 [(buf.validate.field).string.len = 3, (buf.validate.field).string.min_len = 1, (buf.validate.field).string.max_len = 4];
  string j = 10 [(buf.validate.field).string = {min_len: 3, max_len: 3}];
  string k = 11 [(buf.validate.field).string = {min_len: 10, max_bytes: 5}];
  string l = 12 [(buf.validate.field).string = {max_len: 2, min_bytes: 9}];
  string m = 13 [(buf.validate.field).string = {prefix: "abcdef", max_len: 3, not_contains: "cd"}];
  string n = 14 [(buf.validate.field).string.strict = false];
  string o = 15 [(buf.validate.field).string = {const: "x", min_len: 1}];
  repeated string p = 16 [(buf.validate.field).string.min_len = 1];
  map<string, int32> q = 17 [(buf.validate.field).string.min_len = 1];
  map<string, int32> r = 18 [(buf.validate.field).map = {min_pairs: 3, max_pairs: 1, keys: {string: {min_len: 1}, required: true}, values: {string: {min_len: 1}}}];
  repeated M s = 19 [(buf.validate.field).repeated = {unique: true, items: {required: true}}];
  repeated int32 t = 20 [(buf.validate.field).repeated = {min_items: 4, max_items: 2, items: {string: {min_len: 1}}}];
  int32 u = 21 [(buf.validate.field).map.min_pairs = 1];
  optional string v = 22 [(buf.validate.field).ignore = IGNORE_IF_ZERO_VALUE];
  string w = 23 [(buf.validate.field).ignore = IGNORE_IF_ZERO_VALUE, (buf.validate.field).required = true];
  oneof choice {
    string x = 24 [(buf.validate.field).required = true];
    int32 y = 25;
  }
  google.protobuf.StringValue z = 26 [(buf.validate.field).string.min_len = 1];
  google.protobuf.Int32Value aa = 27 [(buf.validate.field).string.min_len = 1];
  bytes bb = 28 [(buf.validate.field).bytes = {min_len: 4, max_len: 2, prefix: "abc"}];
  E cc = 29 [(buf.validate.field).enum = {const: 1, defined_only: true}];
  M dd = 30 [(buf.validate.field).ignore = IGNORE_IF_ZERO_VALUE];
  repeated google.protobuf.StringValue ee = 31 [(buf.validate.field).repeated.unique = true];
  string ff = 32 [
    (buf.validate.field).string.min_len = 8,
    (buf.validate.field).string.max_len = 4
  ];
  string gg = 33 [(buf.validate.field).ignore = IGNORE_ALWAYS];
  enum E { E_UNSPECIFIED = 0; E_ONE = 1; }
}
`;
const NUMBERS = `syntax = "proto2";
package a.v1;
import "buf/validate/validate.proto";
message N {
  optional int32 a = 1 [(buf.validate.field).int32 = {gte: 5, lte: 5}];
  optional int32 b = 2 [(buf.validate.field).int32 = {gt: -5, lt: -5}];
  optional int32 c = 3 [(buf.validate.field).int32 = {gte: 5, lt: 5}];
  optional float d = 4 [(buf.validate.field).float = {gt: nan, in: [1, nan, 2], not_in: [nan]}];
  optional double e = 5 [(buf.validate.field).double = {const: 1.5, lt: 3}];
  optional double f = 6 [(buf.validate.field).double = {gte: -0.0, lte: 0.0}];
  optional sint32 g = 7 [(buf.validate.field).sint32 = {gt: -3, lte: -3}];
  optional sfixed64 h = 8 [(buf.validate.field).sfixed64 = {gte: -9, lte: -9}];
  optional uint64 i = 9 [(buf.validate.field).uint64 = {gt: 1, lt: 2}];
  optional int64 j = 10 [(buf.validate.field).int32.gt = 1];
  optional double k = 11 [(buf.validate.field).double.lt = inf, (buf.validate.field).double.gt = inf];
  repeated float l = 12 [(buf.validate.field).repeated.items.float.const = nan];
  optional uint64 m = 13 [(buf.validate.field).uint64 = {gt: 18446744073709551615, lt: 18446744073709551615}];
  extensions 100 to 200;
}
extend N {
  optional string ext = 100 [(buf.validate.field).required = true, (buf.validate.field).ignore = IGNORE_IF_ZERO_VALUE];
  repeated string rext = 101 [(buf.validate.field).repeated.items.required = true];
}
`;

const TIMES = `syntax = "proto3";
package a.v1;
import "buf/validate/validate.proto";
import "google/protobuf/duration.proto";
import "google/protobuf/field_mask.proto";
import "google/protobuf/timestamp.proto";
message T {
  google.protobuf.Duration a = 1 [(buf.validate.field).duration = {gte: {seconds: 5}, lte: {seconds: 5}}];
  google.protobuf.Duration b = 2 [(buf.validate.field).duration = {gt: {seconds: 1, nanos: 2}, lt: {seconds: 1, nanos: 2}}];
  google.protobuf.Duration c = 3 [(buf.validate.field).duration = {const: {seconds: 1}, gt: {seconds: 0}}];
  google.protobuf.Duration d = 4 [(buf.validate.field).duration = {gt: {seconds: 1, nanos: -5}}];
  google.protobuf.Duration e = 5 [(buf.validate.field).duration.lt = {nanos: 1000000000}];
  google.protobuf.Duration f = 6 [(buf.validate.field).duration.lt = {seconds: 9223372037}];
  google.protobuf.Timestamp g = 7 [(buf.validate.field).timestamp = {lt_now: true, gt_now: true}];
  google.protobuf.Timestamp h = 8 [(buf.validate.field).timestamp = {within: {seconds: 0}}];
  google.protobuf.Timestamp i = 9 [(buf.validate.field).timestamp = {within: {seconds: -1, nanos: 3}}];
  google.protobuf.Timestamp j = 10 [(buf.validate.field).timestamp = {gt: {seconds: -62135596801}}];
  google.protobuf.Timestamp k = 11 [(buf.validate.field).timestamp = {gte: {seconds: 7}, lte: {seconds: 7}}];
  google.protobuf.Timestamp l = 12 [(buf.validate.field).timestamp = {lt: {seconds: 7}, gt_now: true}];
  google.protobuf.FieldMask m = 13 [(buf.validate.field).field_mask = {in: ["a", "b"], not_in: ["b", "a"]}];
  google.protobuf.FieldMask n = 14 [(buf.validate.field).field_mask = {const: {paths: ["a"]}, in: ["a"]}];
  google.protobuf.Timestamp o = 15 [(buf.validate.field).timestamp = {gt: {nanos: -1}, lt: {seconds: 253402300800}}];
  google.protobuf.Duration p = 16 [(buf.validate.field).timestamp.gt_now = true];
}
`;

// CEL on fields: syntax errors, undeclared references (`rules` is not declared for field rules),
// unknown fields of `this`, ID checks, empty expressions; and expressions that must pass (comprehension
// variables, type names, qualified enum names, `now`, string results, empty IDs).
const CEL = `syntax = "proto3";
package a.v1;
import "buf/validate/validate.proto";
message C {
  string a = 1 [(buf.validate.field).cel = {id: "a", message: "m", expression: "this.size() > 1"}];
  int32 c = 3 [(buf.validate.field).cel = {id: "c", expression: "1 +"}];
  int32 d = 4 [(buf.validate.field).cel = {id: "d", expression: "this > 1"}, (buf.validate.field).cel = {id: "d", expression: "this > 2"}];
  int32 e = 5 [(buf.validate.field).cel = {id: "e", expression: "this > rules.gt"}];
  int32 f = 6 [(buf.validate.field).cel = {id: "f", expression: "now > timestamp('2020-01-01T00:00:00Z')"}];
  int32 g = 7 [(buf.validate.field).cel_expression = "this > 1", (buf.validate.field).cel_expression = "this ++ 1"];
  int32 i = 9 [(buf.validate.field).cel = {expression: "this > 1"}];
  int32 j = 10 [(buf.validate.field).cel = {id: "j", expression: ""}];
  int32 k = 11 [(buf.validate.field).cel = {id: "k", expression: "this > 0 ? '' : 'must be positive'"}];
  int32 l = 12 [(buf.validate.field).cel = {id: "l bad!", expression: "this > 1"}];
  C m = 13 [(buf.validate.field).cel = {id: "m", expression: "this.a != '' && this.nope == 1"}];
  C n = 14 [(buf.validate.field).cel = {id: "n", expression: "has(this.c) && this.e == a.v1.C.E.E_ONE"}];
  repeated int32 o = 15 [(buf.validate.field).cel = {id: "o", expression: "this.all(x, x > 0) && this.exists(y, y == z)"}];
  repeated C p = 16 [(buf.validate.field).repeated.items.cel = {id: "p", expression: "this.a == '' || this.zz"}];
  map<string, C> q = 17 [(buf.validate.field).map.values.cel = {id: "q", expression: "type(this.c) == int && this.a.startsWith('x')"}];
  int32 r = 18 [(buf.validate.field).cel = {id: "r", expression: "this in [1, 2] && {'k': this}.size() == 1"}];
  string s = 19 [(buf.validate.field).cel = {id: "s", expression: "this.matches('^a'"}];
  int32 t = 20 [(buf.validate.field).cel = {id: "t", expression: "other > 1"}];
  C u = 21 [(buf.validate.field).cel = {id: "u", expression: "this.m.a.x == 1 || this.m.m.zz || this.o.q || this.p.size() > 0"}];
  C v = 22 [(buf.validate.field).cel = {id: "v", expression: "this.q.anykey.a == '' && this.cc.x == 1 && this.e.nope == 1"}];
  int32 w = 23 [(buf.validate.field).cel = {id: "w", expression: "[1, 2]"}, (buf.validate.field).cel = {id: "x", expression: "{'a': 1}"}];
  string x = 24 [(buf.validate.field).cel = {id: "x", expression: "this"}, (buf.validate.field).cel = {id: "y", expression: "this.all(c, c == 'a')"}];
  enum E { E_UNSPECIFIED = 0; E_ONE = 1; }
}
`;

// CEL on messages: \`this\` is the message. The option spans a statement, or several lines.
const CEL_MESSAGES = `syntax = "proto3";
package a.v1;
import "buf/validate/validate.proto";
message M {
  option (buf.validate.message).cel = {id: "m1", message: "x", expression: "this.a > "};
  option (buf.validate.message).cel = {id: "m1", message: "x", expression: "this.nope == 1"};
  option (buf.validate.message).cel = {id: "", message: "x", expression: ""};
  option (buf.validate.message).cel_expression = "this.a +";
  option (buf.validate.message).cel_expression = "this.a +";
  option (buf.validate.message).cel = {id: "bad id", expression: "this.a == ''"};
  option (buf.validate.message).cel = {id: "r", expression: "rules == 1"};
  option (buf.validate.message).cel = {id: "u", expression: "1"};
  option (buf.validate.message).cel = {id: "v", expression: "this"};
  option (buf.validate.message).cel = {id: "w", expression: "this.a.foo() && has(this.b) && this.b.zz == 1"};
  option (buf.validate.message).cel = {id: "ok", expression: "this.a.size() > 0 ? '' : 'a is empty'"};
  string a = 1;
  M b = 2;
  message N {
    option (buf.validate.message).cel = {
      id: "n"
      expression: "this.x +"
    };
  }
}
message Empty {
  option (buf.validate.message).cel_expression = "this.anything";
}
`;

// Type errors buf's checker (cel-go) finds, and ours too: string + int, string == int, size() on an
// int, a result of type int (see protovalidate-cel-types.test.ts for the full table).
const CEL_TYPE_ERRORS = `syntax = "proto3";
package a.v1;
import "buf/validate/validate.proto";
message M {
  option (buf.validate.message).cel_expression = "this.a + 1";
  option (buf.validate.message).cel = {id: "t", expression: "this.a == 1"};
  int32 b = 2 [(buf.validate.field).cel = {id: "b", expression: "this.size() > 1"}];
  string a = 1 [(buf.validate.field).cel = {id: "a", expression: "this + 1 > 2"}];
  string c = 3 [(buf.validate.field).cel = {id: "c", expression: "this.size()"}];
}
`;

describe("PROTOVALIDATE equals buf", () => {
  it.each([
    ["field rules", FIELDS, 42],
    ["numeric rules, extensions", NUMBERS, 28],
    ["duration, timestamp and field mask rules", TIMES, 21],
    ["CEL expressions and IDs", CEL, 20],
    ["CEL on messages", CEL_MESSAGES, 15],
  ] as const)("%s", async (_name, text, count) => {
    const example = { files: { "buf/validate/validate.proto": VALIDATE_PROTO_STUB, "a.proto": text } };
    const buf = await bufRows(["PROTOVALIDATE"], example);
    expect(buf.filter((r) => r.endsWith(" COMPILE"))).toEqual([]);
    expect(await ourRows(rulesById(["PROTOVALIDATE"]), example)).toEqual(buf);
    expect(buf.length).toBe(count);
  });

  it("says what is wrong in a CEL expression, and where", async () => {
    const example = {
      files: {
        "buf/validate/validate.proto": VALIDATE_PROTO_STUB,
        "example.proto": `syntax = "proto3";
import "buf/validate/validate.proto";
message M {
  option (buf.validate.message).cel = {id: "m", expression: "this.nme != ''"};
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PROTOVALIDATE
  string name = 1 [(buf.validate.field).cel = {id: "len", expression: "this.size() >"}];
                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PROTOVALIDATE
  repeated string tags = 2 [(buf.validate.field).cel = {id: "t", expression: "this.all(t, t != x)"}, (buf.validate.field).cel = {id: "t", expression: "1"}];
                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PROTOVALIDATE
                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PROTOVALIDATE
                                                                                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PROTOVALIDATE
                                                                                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PROTOVALIDATE
}
`,
      },
    };
    const found = await runExample(rulesById(["PROTOVALIDATE"]), example);
    expect(diffFindings(found, expectedFindings(example))).toEqual([]);
    expect(found.map((f) => f.message)).toEqual([
      `message "M" has (buf.validate.message).cel "m" whose expression does not compile: undefined field 'nme' at character 5`,
      `field "name" has (buf.validate.field).cel "len" whose expression does not compile: syntax error at character 13: found > but expecting end of input`,
      `field "tags" has (buf.validate.field).cel "t" whose expression does not compile: undeclared reference to 'x' at character 18`,
      `field "tags" has 2 (buf.validate.field).cel rules with id "t"; rule IDs must be unique within the field`,
      `field "tags" has (buf.validate.field).cel "t" whose expression evaluates to int, but a rule must evaluate to bool (valid or not) or string (an error message, empty if valid)`,
      `field "tags" has 2 (buf.validate.field).cel rules with id "t"; rule IDs must be unique within the field`,
    ]);
    expect(await ourRows(rulesById(["PROTOVALIDATE"]), example)).toEqual(await bufRows(["PROTOVALIDATE"], example));
  });

  it("finds CEL type errors", async () => {
    const example = { files: { "buf/validate/validate.proto": VALIDATE_PROTO_STUB, "a.proto": CEL_TYPE_ERRORS } };
    const buf = await bufRows(["PROTOVALIDATE"], example);
    expect(buf).toHaveLength(5);
    expect(await ourRows(rulesById(["PROTOVALIDATE"]), example)).toEqual(buf);
  });

  it("reports at the rule inside the option, and a message that names the fix", async () => {
    const example = {
      files: {
        "buf/validate/validate.proto": VALIDATE_PROTO_STUB,
        "example.proto": `syntax = "proto3";
import "buf/validate/validate.proto";
message M {
  repeated string tags = 1 [(buf.validate.field).string.max_len = 3];
                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PROTOVALIDATE
  string code = 2 [(buf.validate.field).string = {len: 2, max_len: 2}];
                                                          ^^^^^^^^^^ PROTOVALIDATE
}
`,
      },
    };
    const found = await runExample(rulesById(["PROTOVALIDATE"]), example);
    expect(diffFindings(found, expectedFindings(example))).toEqual([]);
    expect(found.map((f) => f.message)).toEqual([
      'field "tags" is repeated string, so (buf.validate.field).string cannot apply to it; put them under (buf.validate.field).repeated.items.string',
      'field "code" has (buf.validate.field).string.len, so (buf.validate.field).string.max_len is redundant; remove it',
    ]);
    expect(await ourRows(rulesById(["PROTOVALIDATE"]), example)).toEqual(await bufRows(["PROTOVALIDATE"], example));
  });
});

describe("helpers", () => {
  it("names rule paths like buf", () => {
    expect(ruleName([19, 4, 14, 2])).toBe("(buf.validate.field).map.keys.string.min_len");
    expect(ruleName([18, 4, 25])).toBe("(buf.validate.field).repeated.items.required");
    expect(ruleName([27])).toBe("(buf.validate.field).ignore");
  });

  it("reads the wire, merging repeated message occurrences", () => {
    // field 14 (string rules) twice: {min_len: 5} then {max_len: 2}
    const m = WireMessage.parse(new Uint8Array([0x72, 0x02, 0x10, 0x05, 0x72, 0x02, 0x18, 0x02]))!;
    const s = m.message(14)!;
    expect([s.uint(2), s.uint(3), s.count()]).toEqual([5n, 2n, 2]);
    expect(WireMessage.parse(new Uint8Array([0x72, 0x05, 0x10]))).toBeUndefined();
  });
});
