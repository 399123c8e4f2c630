/**
 * PROTOVALIDATE against buf 1.75 on predefined rules: extensions of protovalidate's rule messages
 * (`extend buf.validate.StringRules { … [(buf.validate.predefined).cel = {…}] }`), whose CEL rules
 * buf compiles with `this` (the checked value's type), `rule` (the extension's value), `rules` (the
 * rule message) and `now`. The stand-in validate.proto under test/fixtures/protovalidate has the
 * extension ranges and `(buf.validate.predefined)`, so buf resolves the extensions as it would with
 * protovalidate's own file.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runExample } from "../../../src/engine/examples.js";
import { projectRoot } from "../../util/files.js";
import { bufRows, ourRows, rulesById } from "./elements-rules.js";

const VALIDATE = readFileSync(join(projectRoot, "test/fixtures/protovalidate/buf/validate/validate.proto"), "utf8");
const module = (text: string) => ({ files: { "buf/validate/validate.proto": VALIDATE, "a.proto": text } });

const DEFINITIONS = `syntax = "proto2";
package a.v1;
import "buf/validate/validate.proto";
extend buf.validate.StringRules {
  optional uint64 my_max = 1001 [(buf.validate.predefined).cel = {id: "string.my_max", message: "too long", expression: "uint(this.size()) <= rule"}];
  optional bool bad_syntax = 1002 [(buf.validate.predefined).cel = {id: "bs", expression: "this +"}];
  optional bool bad_ref = 1003 [(buf.validate.predefined).cel = {id: "br", expression: "nope == 1"}];
  optional bool uses_rules = 1004 [(buf.validate.predefined).cel = {id: "ur", expression: "rules.min_len > 0u && rules.zz"}];
  optional bool bad_id = 1005 [(buf.validate.predefined).cel = {id: "b d", expression: "rule"}, (buf.validate.predefined).cel = {id: "b d", expression: "this"}];
  optional bool empty = 1006 [(buf.validate.predefined).cel = {id: "e", expression: ""}];
  optional int32 int_result = 1007 [(buf.validate.predefined).cel = {id: "ir", expression: "rule"}];
  optional bool type_err = 1008 [(buf.validate.predefined).cel = {id: "te", expression: "this + 1 == 2"}];
  optional bool uses_this_field = 1009 [(buf.validate.predefined).cel = {id: "tf", expression: "this.foo == 1"}];
  repeated string list_rule = 1010 [(buf.validate.predefined).cel = {id: "lr", expression: "this in rule"}];
  optional bool no_cel = 1011;
  optional bool with_now = 1012 [(buf.validate.predefined).cel = {id: "wn", expression: "now > timestamp('2000-01-01T00:00:00Z') && rule"}];
  optional bool str_msg = 1013 [(buf.validate.predefined).cel = {id: "sm", message: "m", expression: "rule ? '' : 'x'"}];
}
extend buf.validate.Int32Rules {
  optional bool even = 1001 [(buf.validate.predefined).cel = {id: "int32.even", expression: "this % 2 == 0"}];
}
extend buf.validate.RepeatedRules {
  optional bool rep = 1001 [(buf.validate.predefined).cel = {id: "rep", expression: "this.size() > 0 && this.zz"}];
}
extend buf.validate.MapRules {
  optional bool mp = 1001 [(buf.validate.predefined).cel = {id: "mp", expression: "this.all(k, k == 1) && this.size() == 'a'"}];
}
extend buf.validate.DurationRules {
  optional bool du = 1001 [(buf.validate.predefined).cel = {id: "du", expression: "this > duration('1s') && this.zz"}];
}
extend buf.validate.EnumRules {
  optional bool en = 1001 [(buf.validate.predefined).cel = {id: "en", expression: "this > 0 && this.zz"}];
}
extend buf.validate.BytesRules {
  repeated bytes bl = 1001 [(buf.validate.predefined).cel = {id: "bl", expression: "this in rule && rule.size() > 0u"}];
  optional bool bb = 1002 [(buf.validate.predefined).cel = {id: "bb", expression: "rules.min_len > 0 && rules.prefix == 'a'"}];
  optional string bs = 1003 [(buf.validate.predefined).cel = {expression: "rule + 1 == ''"}, (buf.validate.predefined).cel = {expression: "rule"}, (buf.validate.predefined).cel = {expression: "this.size()"}];
}
extend buf.validate.UInt32Rules {
  optional uint32 u = 1001 [(buf.validate.predefined).cel = {id: "u", expression: "this > rule && this == 1"}];
}
extend buf.validate.TimestampRules {
  optional bool t = 1001 [(buf.validate.predefined).cel = {id: "t", expression: "this > now && rules.lt_now"}];
}
extend buf.validate.FieldMaskRules {
  optional bool fm = 1001 [(buf.validate.predefined).cel = {id: "fm", expression: "this.paths.size() > 0"}];
}
message Other { extensions 10 to 20; }
extend Other {
  optional bool o = 10 [(buf.validate.predefined).cel = {id: "o", expression: "nope"}];
}
message Holder {
  extend buf.validate.DoubleRules {
    optional bool nested = 1001 [(buf.validate.predefined).cel = {
      id: "n"
      expression: "this.isNan() && this == 1"
    }];
  }
}
message U {
  optional string c = 3 [(buf.validate.field).string.(my_max) = 3, (buf.validate.field).string.const = "ab"];
  optional int32 d = 4 [(buf.validate.field).string.(my_max) = 3];
}
`;

// Examples a predefined rule rejects: buf evaluates the rule's CEL on them; we do not evaluate CEL.
const EXAMPLES = `syntax = "proto2";
package a.v1;
import "buf/validate/validate.proto";
extend buf.validate.StringRules {
  optional uint64 my_max = 1001 [(buf.validate.predefined).cel = {id: "string.my_max", message: "too long", expression: "uint(this.size()) <= rule"}];
}
message U {
  optional string a = 1 [(buf.validate.field).string.(my_max) = 3, (buf.validate.field).string.example = "abcd"];
}
`;

describe("PROTOVALIDATE equals buf", () => {
  it("predefined rule definitions", async () => {
    const example = module(DEFINITIONS);
    const buf = await bufRows(["PROTOVALIDATE"], example);
    expect(await ourRows(rulesById(["PROTOVALIDATE"]), example)).toEqual(buf);
    expect(buf).toHaveLength(22);
  });

  it("names the extension and its rule", async () => {
    const found = await runExample(rulesById(["PROTOVALIDATE"]), module(DEFINITIONS));
    expect(found.filter((f) => f.startLine === 8).map((f) => f.message)).toEqual([
      `extension "uses_rules" has (buf.validate.predefined).cel "ur" whose expression does not compile: undefined field 'zz' at character 28`,
    ]);
  });

  it("evaluates predefined rules on examples", async () => {
    const example = module(EXAMPLES);
    expect(await bufRows(["PROTOVALIDATE"], example)).toEqual(["a.proto:8:68-8:112 PROTOVALIDATE"]);
    expect(await ourRows(rulesById(["PROTOVALIDATE"]), example)).toEqual(["a.proto:8:68-8:112 PROTOVALIDATE"]);
  });
});
