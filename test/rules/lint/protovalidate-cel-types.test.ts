/**
 * PROTOVALIDATE's CEL type checks against buf 1.75 (cel-go's checker): one field per expression, each
 * with the type its `this` has, and every row's findings equal to buf's. The table covers operators
 * (`==` needs one type, `<` compares numbers across kinds, arithmetic needs one kind), functions and
 * methods of the standard library and protovalidate (`size`, `startsWith`, `matches`, `isEmail`,
 * `isNan`, `unique`), conversions, ternaries, `in`, indexing, comprehension variables, message
 * fields, enums, wrappers, timestamps and durations, and results that are not bool or string.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runExample } from "../../../src/engine/examples.js";
import { projectRoot } from "../../util/files.js";
import { bufRows, ourRows, rulesById } from "./elements-rules.js";

const VALIDATE = readFileSync(join(projectRoot, "test/fixtures/protovalidate/buf/validate/validate.proto"), "utf8");
const module = (text: string) => ({ files: { "buf/validate/validate.proto": VALIDATE, "a.proto": text } });

/** [type of the field, expression]. */
const TABLE: readonly (readonly [string, string])[] = [
  ["int32", "this.size() > 1"],
  ["string", "this + 1 > 2"],
  ["string", "this.size()"],
  ["int32", "this == 'a'"],
  ["uint32", "this > 1"],
  ["uint32", "this == 1"],
  ["int32", "this == 1.0"],
  ["double", "this > 1"],
  ["bool", "this && true"],
  ["bool", "this == 1"],
  ["string", "this.startsWith(1)"],
  ["string", "this.matches('a') + 1"],
  ["string", "(this + 1) + 1"],
  ["string", "this + 1 == 'a'"],
  ["bytes", "this.size() > 1u"],
  ["int32", "this > 1 ? 'a' : 1"],
  ["int32", "!this"],
  ["string", "-this"],
  ["string", "this in [1, 2]"],
  ["string", "this.startsWith('a') && 1"],
  ["string", "size(this) == 'a'"],
  ["repeated int32", "this.all(x, x == 'a')"],
  ["map<string, int32>", "this.size() > 0"],
  ["map<string, int32>", "this.all(k, k == 1)"],
  ["E", "this == 1"],
  ["E", "this == 'A'"],
  ["google.protobuf.Timestamp", "this > now"],
  ["google.protobuf.Timestamp", "this > 1"],
  ["google.protobuf.Duration", "this > duration('1s')"],
  ["google.protobuf.StringValue", "this == 'a'"],
  ["google.protobuf.StringValue", "this + 1 == 2"],
  ["string", "this.size() == 1u"],
  ["int32", "1 == 1u"],
  ["string", "dyn(this) + 1 > 0"],
  ["string", "int(this) + 1 > 0"],
  ["int32", "string(this) + 'a' == ''"],
  ["int32", "this || true"],
  ["string", "this.startsWith('a', 'b')"],
  ["int32", "[1, 'a'].size() > 0"],
  ["int32", "this + 1u > 0"],
  ["int64", "this * 2 > 1"],
  ["uint64", "this > 1u"],
  ["int32", "this.size() > 1 && this + 'a' == ''"],
  ["int32", "this > 1 && (this + 'a' == '' || this.size() > 0)"],
  ["string", "this < 1"],
  ["string", "this < 'a'"],
  ["bytes", "this == 'a'"],
  ["bytes", "this == b'a'"],
  ["double", "this == 1"],
  ["double", "this + 1 > 0"],
  ["int32", "this / 2.0 > 0"],
  ["int32", "this % 2 == 0"],
  ["int32", "[1, 2][0] == 'a'"],
  ["int32", "{'a': 1}['a'] == 'x'"],
  ["string", "this.contains('a') == 1"],
  ["string", "this.size() + this.size()"],
  ["string", "'a' + this == 1"],
  ["int32", "this > 1 ? 1 : 2"],
  ["int32", "this > 1 ? 'a' : 'b'"],
  ["string", "this.endsWith('x') ? 'a' : 'b'"],
  ["M", "this.a == 1"],
  ["M", "this.a + 1 > 0"],
  ["M", "this.n.a == 1"],
  ["M", "this.r.size() > 'a'"],
  ["M", "this.e == 1"],
  ["M", "this.ts > now"],
  ["M", "this.m.size() > 0"],
  ["M", "this.a.size() > 0 && this.n.a.startsWith(1)"],
  ["int32", "this == null"],
  ["M", "this.n == null"],
  ["int32", "timestamp('2020-01-01T00:00:00Z') > 1"],
  ["int32", "duration('1s') + 1 > 0"],
  ["string", "this.matches(1)"],
  ["int32", "max(1, 2) > 0"],
  ["int32", "this.isNan()"],
  ["double", "this.isNan()"],
  ["double", "this.isInf()"],
  ["string", "this.isEmail()"],
  ["int32", "this.isEmail()"],
  ["string", "this.isHostname() && this.isIp(4) && this.isIpPrefix(true)"],
  ["repeated string", "this.unique()"],
  ["repeated M", "this.unique()"],
  ["int32", "type(this) == int"],
  ["int32", "type(this) == string"],
  ["string", "this.split(',').size() > 0"],
  ["string", "this.lowerAscii() == 1"],
  ["int32", "math.greatest(this, 1) > 0"],
  ["int32", "this > 0.5"],
  ["int32", "this >= 1u"],
  ["uint32", "this < -1"],
  ["double", "this < 1u"],
  ["int32", "this && true"],
  ["int32", "true && this"],
  ["int32", "this || false"],
  ["int32", "1 || true"],
  ["int32", "true || 1"],
  ["string", "this.size() > 0 || 1"],
  ["string", "1 && this.startsWith('a')"],
  ["string", "'a' && 'b'"],
  ["int32", "this && this"],
  ["int32", "!(this || true)"],
  ["int32", "(this || true) == 1"],
  ["int32", "(this && true) == 1"],
  ["string", "this.startsWith('a') && 1 && true"],
  ["int32", "this > 0 && this"],
  ["int32", "this.all(x, x)"],
  ["repeated int32", "this.all(x, x)"],
  ["repeated int32", "this.exists(x, x + 1)"],
  ["repeated int32", "this.exists_one(x, x)"],
  ["repeated int32", "this.map(x, x > 0)"],
  ["repeated int32", "this.filter(x, x)"],
  ["repeated int32", "this.map(x, x > 0).size() > 0 && this.filter(x, x > 1).size() > 0"],
  ["int32", "strings.quote('a') == ''"],
  ["int32", "base64.encode(b'a') == ''"],
  ["int32", "sets.contains([1], [1])"],
  ["int32", "lists.range(3).size() > 0"],
  ["int32", "[1, 2].distinct().size() > 0"],
  ["int32", "[1].sort().size() > 0"],
  ["int32", "optional.of(1).hasValue()"],
  ["int32", "math.abs(-1) > 0"],
  ["int32", "[1].slice(0, 1).size() > 0"],
  ["int32", "'a'.reverse() == 'a'"],
  ["int32", "[[1]].flatten().size() > 0"],
  ["int32", "'a'.charAt(0) == 'a'"],
  ["int32", "'a'.indexOf('a') == 0"],
  ["int32", "'a,b'.split(',').size() == 2"],
  ["int32", "['a'].join(',') == 'a'"],
  ["int32", "'%s'.format(['a']) == 'a'"],
  ["int32", "'a'.replace('a', 'b') == 'b'"],
  ["int32", "'a'.substring(0) == 'a'"],
  ["int32", "' a '.trim() == 'a'"],
  ["int32", "'a'.upperAscii() == 'A'"],
  ["int32", "'a'.lastIndexOf('a') == 0"],
  ["int32", "[1].first().hasValue()"],
  ["int32", "[1].last().hasValue()"],
  ["int32", "[1, 2].sortBy(x, x).size() > 0"],
  ["int32", "this.isNaN()"],
  ["int32", "math.isNaN(1.0)"],
  ["int32", "greatest(1, 2) > 0"],
  ["int32", "getField(this, 'a') == 1"],
  ["int32", "this.getField('a') == 1"],
  ["int32", "[1].all(i, v, v > 0)"],
  ["int32", "[1].exists(i, v, v > 0)"],
  ["int32", "[1].transformList(i, v, v).size() > 0"],
  ["int32", "{'a': 1}.transformMap(k, v, v).size() > 0"],
  ["int32", "duration('1s').getSeconds() > 0"],
  ["int32", "timestamp('2020-01-01T00:00:00Z').getFullYear() > 0"],
  ["int32", "int('1') > 0"],
  ["int32", "uint(1) > 0u"],
  ["int32", "double(1) > 0.0"],
  ["int32", "bool('true')"],
  ["int32", "bytes('a') == b'a'"],
  ["int32", "string(1) == '1'"],
  ["int32", "type(1) == int"],
  ["int32", "dyn(1) == 1"],
  ["int32", "1.0.isInf()"],
  ["int32", "'a'.isIpPrefix(4, true)"],
  ["int32", "'a:1'.isHostAndPort(true)"],
  ["int32", "'a'.isUri()"],
  ["int32", "'a'.isUriRef()"],
  ["int32", "[1].unique()"],
  ["int32", "this.exists_one(x, x > 0)"],
];

const TYPES = `syntax = "proto3";
package a.v1;
import "buf/validate/validate.proto";
import "google/protobuf/wrappers.proto";
import "google/protobuf/duration.proto";
import "google/protobuf/timestamp.proto";
message M {
  string a = 1;
  M n = 2;
  repeated int32 r = 3;
  E e = 4;
  google.protobuf.Timestamp ts = 5;
  map<string, M> m = 6;
}
enum E { E_UNSPECIFIED = 0; E_A = 1; }
message T {
${TABLE.map(([type, expression], i) => `  ${type} f${i + 1} = ${i + 1} [(buf.validate.field).cel = {id: "x", expression: ${JSON.stringify(expression)}}];`).join("\n")}
}
`;

// Rules whose expression yields a string and also carry a message; blank expressions.
const MESSAGES = `syntax = "proto3";
package a.v1;
import "buf/validate/validate.proto";
message M {
  option (buf.validate.message).cel = {id: "m1", message: "hello", expression: "'x'"};
  option (buf.validate.message).cel_expression = "";
  option (buf.validate.message).cel_expression = "  ";
  option (buf.validate.message).cel = {id: "m2", expression: "   "};
  string a = 1 [(buf.validate.field).cel = {id: "a", message: "m", expression: "this == '' ? 'empty' : ''"}];
  string b = 2 [(buf.validate.field).cel_expression = ""];
  string c = 3 [(buf.validate.field).cel = {id: "c", message: "m", expression: "this"}];
  int32 d = 4 [(buf.validate.field).cel = {id: "d", message: "m", expression: "this.size() > 1 ? 'a' : 'b'"}];
  map<string, int32> e = 5 [(buf.validate.field).cel = {id: "e", expression: "this.all(k, this[k] > 0)"}];
  repeated M f = 6 [(buf.validate.field).cel = {id: "f", expression: "this.all(x, x.a == 1)"}];
  int32 g = 7 [(buf.validate.field).cel = {id: "g", expression: "this.all(x, x > 0)"}];
  string h = 8 [(buf.validate.field).cel = {id: "h", expression: "this.exists_one(x, x)"}];
  string i = 9 [(buf.validate.field).cel = {id: "i", message: "m", expression: "this.size() > 1"}];
}
`;

describe("PROTOVALIDATE equals buf", () => {
  it("CEL types, row by row", async () => {
    const example = module(TYPES);
    const buf = await bufRows(["PROTOVALIDATE"], example);
    const ours = await ourRows(rulesById(["PROTOVALIDATE"]), example);
    const byRow = (rows: readonly string[]) => TABLE.map((row, i) => [...row, rows.filter((r) => r.startsWith(`a.proto:${i + 17}:`)).length]);
    expect(byRow(ours)).toEqual(byRow(buf));
    expect(ours).toEqual(buf);
  });

  it("string results with a message, blank expressions", async () => {
    const example = module(MESSAGES);
    const buf = await bufRows(["PROTOVALIDATE"], example);
    expect(await ourRows(rulesById(["PROTOVALIDATE"]), example)).toEqual(buf);
    expect(buf).toHaveLength(11);
  });

  it("names the overload that is missing, and where", async () => {
    const found = await runExample(rulesById(["PROTOVALIDATE"]), module(TYPES));
    const at = (line: number) => found.filter((f) => f.startLine === line).map((f) => f.message);
    expect(at(17)).toEqual([`field "f1" has (buf.validate.field).cel "x" whose expression does not compile: found no matching overload for 'size' applied to 'int.()' at character 5`]);
    expect(at(18)).toEqual([`field "f2" has (buf.validate.field).cel "x" whose expression does not compile: found no matching overload for '_+_' applied to '(string, int)' at character 5`]);
    expect(at(19)).toEqual([`field "f3" has (buf.validate.field).cel "x" whose expression evaluates to int, but a rule must evaluate to bool (valid or not) or string (an error message, empty if valid)`]);
  });
});
