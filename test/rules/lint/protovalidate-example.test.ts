/**
 * PROTOVALIDATE against buf 1.75 on `example` values: buf validates each example against the field's
 * own rules with protovalidate and reports every rule it breaks, at the example. The modules cover
 * every kind of standard rule (lengths, bounds and their exclusive combinations, const, in, not_in,
 * patterns, prefixes, the well-known string and bytes formats, enums, durations, timestamps against
 * now, field masks), `required` and `ignore`, repeated items and map keys and values, wrappers, and
 * the fields buf skips: rules that do not compile (CEL errors, RE2 errors, rules of another type),
 * examples alone, ignored fields; URIs and URI references string by string; CEL rules of the field and
 * predefined rules run on the examples, and the rules whose evaluation fails or costs too much.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runExample } from "../../../src/engine/examples.js";
import { projectRoot } from "../../util/files.js";
import { bufRows, ourRows, rulesById } from "./elements-rules.js";

const VALIDATE = readFileSync(join(projectRoot, "test/fixtures/protovalidate/buf/validate/validate.proto"), "utf8");
const module = (text: string) => ({ files: { "buf/validate/validate.proto": VALIDATE, "a.proto": text } });

const STANDARD = `syntax = "proto3";
package a.v1;
import "buf/validate/validate.proto";
import "google/protobuf/wrappers.proto";
import "google/protobuf/duration.proto";
import "google/protobuf/timestamp.proto";
import "google/protobuf/field_mask.proto";
message E {
  string a = 1 [(buf.validate.field).string.min_len = 3, (buf.validate.field).string.example = "ab"];
  string b = 2 [(buf.validate.field).string.example = "ab"];
  string d = 4 [(buf.validate.field).cel_expression = "this.startsWith('x')", (buf.validate.field).string.example = "ab"];
  string e = 5 [(buf.validate.field).string = {min_len: 3, prefix: "x", example: ["ab", "xyz", "q"]}];
  repeated string f = 6 [(buf.validate.field).repeated = {min_items: 2, items: {string: {max_len: 2, example: "abc"}}}];
  map<string, int32> g = 7 [(buf.validate.field).map = {keys: {string: {min_len: 2, example: "a"}}, values: {int32: {gt: 5, example: 3}}}];
  En h = 8 [(buf.validate.field).enum = {defined_only: true, example: 7}];
  En i = 9 [(buf.validate.field).enum = {in: [1], example: [0, 1, 2]}];
  int32 j = 10 [(buf.validate.field).int32 = {gt: 5, lt: 10, example: [4, 7, 10]}];
  int32 k = 11 [(buf.validate.field).int32 = {gt: 10, lt: 5, example: [7, 11, 4]}];
  uint64 l = 12 [(buf.validate.field).uint64 = {in: [1, 2], not_in: [3], example: [3, 4, 1]}];
  float m = 13 [(buf.validate.field).float = {finite: true, example: [inf, nan, 1]}];
  bool n = 14 [(buf.validate.field).bool = {const: true, example: false}];
  bytes o = 15 [(buf.validate.field).bytes = {min_len: 2, prefix: "\\x01", example: "\\x02"}];
  google.protobuf.Duration p = 16 [(buf.validate.field).duration = {gt: {seconds: 5}, example: {seconds: 1}}];
  google.protobuf.Timestamp q = 17 [(buf.validate.field).timestamp = {lt: {seconds: 100}, example: {seconds: 200}}];
  google.protobuf.StringValue r = 18 [(buf.validate.field).string = {max_len: 1, example: "abc"}];
  string s = 19 [(buf.validate.field).required = true, (buf.validate.field).string = {example: ""}, (buf.validate.field).cel = {id: "s1", expression: "true"}];
  string t = 20 [(buf.validate.field).ignore = IGNORE_IF_ZERO_VALUE, (buf.validate.field).string = {min_len: 3, example: ""}];
  int32 u = 21 [(buf.validate.field).string = {min_len: 3, example: "a"}];
  string v = 22 [(buf.validate.field).string = {email: true, example: ["nope", "a@b.com"]}];
  string w = 23 [(buf.validate.field).string = {pattern: "^a+$", example: ["b", "aa"]}];
  string x = 24 [(buf.validate.field).ignore = IGNORE_ALWAYS, (buf.validate.field).string = {min_len: 3, example: "a"}];
  string y = 25 [(buf.validate.field).string = {const: "z", example: "a"}];
  string z = 26 [(buf.validate.field).cel = {id: "z1", expression: "this +"}, (buf.validate.field).string = {min_len: 3, example: "a"}];
  string aa = 27 [(buf.validate.field).string = {in: ["a", "b"], not_in: ["c"], example: ["c", "d", "a"]}];
  google.protobuf.FieldMask bb = 28 [(buf.validate.field).field_mask = {in: ["a"], example: {paths: ["b"]}}];
  optional string cc = 29 [(buf.validate.field).string = {min_len: 3, example: ""}];
  string dd = 30 [(buf.validate.field).string = {well_known_regex: KNOWN_REGEX_HTTP_HEADER_NAME, example: ["a b", ""]}];
  enum En { EN_UNSPECIFIED = 0; EN_ONE = 1; }
}
`;

const FORMATS = `syntax = "proto3";
package a.v1;
import "buf/validate/validate.proto";
import "google/protobuf/wrappers.proto";
import "google/protobuf/duration.proto";
import "google/protobuf/timestamp.proto";
message A {
  string a = 1 [(buf.validate.field).string = {pattern: "(?=x)", min_len: 5, example: "ab"}];
  repeated string b = 2 [(buf.validate.field).repeated.items = {cel: {id: "x", expression: "this +"}, string: {min_len: 5, example: "ab"}}];
  repeated string c = 3 [(buf.validate.field).ignore = IGNORE_ALWAYS, (buf.validate.field).repeated.items.string = {min_len: 5, example: "ab"}];
  google.protobuf.Int32Value d = 4 [(buf.validate.field).int32 = {gt: 5, example: 3}];
  bytes e = 5 [(buf.validate.field).bytes = {pattern: "^a+$", example: ["b", "aa"]}];
  string f = 6 [(buf.validate.field).string = {strict: true, example: "x"}];
  google.protobuf.Timestamp h = 8 [(buf.validate.field).timestamp = {lt_now: true, example: [{seconds: 99999999999}, {seconds: 1}]}];
  google.protobuf.Timestamp i = 9 [(buf.validate.field).timestamp = {gt_now: true, lt: {seconds: 5}, example: [{seconds: 1}]}];
  google.protobuf.Timestamp j = 10 [(buf.validate.field).timestamp = {within: {seconds: 60}, example: [{seconds: 1}]}];
  google.protobuf.Duration k = 11 [(buf.validate.field).duration = {in: [{seconds: 1}], not_in: [{seconds: 2}], example: [{seconds: 2}, {seconds: 1}, {nanos: 5}]}];
  float l = 12 [(buf.validate.field).float = {gt: nan, example: [1]}];
  float m = 13 [(buf.validate.field).float = {gte: 1, lt: 2, example: [2, 0.5, 1.5, nan]}];
  string o = 15 [(buf.validate.field).string = {len: 2, len_bytes: 3, example: ["ab", "é"]}];
  string p = 16 [(buf.validate.field).string = {hostname: true, example: ["", "a..b", "ok.com"]}];
  string q = 17 [(buf.validate.field).string = {ip: true, example: ["1.2.3.4", "::1", "1.2.3", "fe80::1%eth0"]}];
  string r = 18 [(buf.validate.field).string = {uuid: true, example: ["00000000-0000-0000-0000-00000000000g"]}];
  oneof o1 { string s = 19 [(buf.validate.field).string = {min_len: 2, example: ""}]; }
  string t = 20 [(buf.validate.field).string = {email: true, example: ["a@b", "a@b.c", "<a@b.c>", "a b@c.d"]}];
  string u = 21 [(buf.validate.field).string = {host_and_port: true, example: ["a:1", "a", "[::1]:80", "1.2.3.4:99999"]}];
  bytes v = 22 [(buf.validate.field).bytes = {ipv4: true, example: ["\\x01\\x02\\x03\\x04", "\\x01"]}];
  string w = 23 [(buf.validate.field).string = {ip_prefix: true, example: ["1.2.3.0/24", "1.2.3.4/24"]}];
  enum En { EN_UNSPECIFIED = 0; EN_ONE = 1; EN_TWO = 2; }
}
message B {
  option (buf.validate.message).cel = {id: "m", expression: "this +"};
  string a = 1 [(buf.validate.field).string = {min_len: 5, example: "ab"}];
}
`;

const MORE = `syntax = "proto3";
package a.v1;
import "buf/validate/validate.proto";
message A {
  map<string, int32> a = 1 [(buf.validate.field).map = {keys: {int32: {gt: 1}}, values: {int32: {gt: 5, example: 3}}}];
  int32 b = 2 [(buf.validate.field).cel = {id: "x", expression: "1"}, (buf.validate.field).int32 = {gt: 5, example: 3}];
  int32 c = 3 [(buf.validate.field).cel = {id: "x", expression: "this.size() > 0"}, (buf.validate.field).int32 = {gt: 5, example: 3}];
  repeated string d = 4 [(buf.validate.field).repeated = {items: {string: {min_len: 3, example: "a"}}, min_items: 5}];
  map<string, string> e = 5 [(buf.validate.field).map = {keys: {string: {min_len: 3, example: ""}}, values: {string: {min_len: 3, example: ""}}}];
  map<string, string> f = 6 [(buf.validate.field).map = {keys: {ignore: IGNORE_IF_ZERO_VALUE, string: {min_len: 3, example: ""}}, values: {ignore: IGNORE_IF_ZERO_VALUE, string: {min_len: 3, example: ""}}}];
  int32 g = 7 [(buf.validate.field).required = true, (buf.validate.field).int32 = {example: 0, lt: 5}];
  optional int32 h = 8 [(buf.validate.field).required = true, (buf.validate.field).int32 = {example: 0, lt: -5}];
  repeated string i = 9 [(buf.validate.field).repeated.items.string = {pattern: "(?=x)", example: "a"}, (buf.validate.field).cel = {id: "y", expression: "true"}];
  repeated string j = 10 [(buf.validate.field).repeated = {items: {string: {min_len: 3}}}, (buf.validate.field).cel_expression = "this.size() +"];
  repeated string k = 11 [(buf.validate.field).repeated = {items: {string: {min_len: 3, example: "a"}}}, (buf.validate.field).cel_expression = "this.size() +"];
  string l = 12 [(buf.validate.field).string = {min_len: 3, max_len: 1, example: "ab"}];
  uint32 m = 13 [(buf.validate.field).uint32 = {const: 5, example: [4, 5]}];
  sint64 n = 14 [(buf.validate.field).sint64 = {lte: -5, example: [-4, -5, -6]}];
  fixed64 o = 15 [(buf.validate.field).fixed64 = {gt: 18446744073709551614, example: [18446744073709551615, 1]}];
  double p = 16 [(buf.validate.field).double = {not_in: [1.5, -0.0], in: [0.0, 2.5], example: [0.0, -0.0, 1.5, 2.5]}];
  bytes q = 17 [(buf.validate.field).bytes = {in: ["a", "b"], not_in: ["c"], const: "a", example: ["c", "a"]}];
  string r = 18 [(buf.validate.field).string = {prefix: "a", suffix: "z", contains: "m", not_contains: "q", example: ["amz", "aqmz", "b"]}];
  string s = 19 [(buf.validate.field).string = {min_bytes: 4, max_bytes: 5, example: ["é", "éé", "ééé"]}];
  string t = 20 [(buf.validate.field).string = {tuuid: true, example: ["0123456789abcdef0123456789abcdef", "x"]}];
  string u = 21 [(buf.validate.field).string = {ulid: true, example: ["01ARZ3NDEKTSV4RRFFQ69G5FAV", "81ARZ3NDEKTSV4RRFFQ69G5FAV"]}];
  string v = 22 [(buf.validate.field).string = {protobuf_fqn: true, example: ["a.b", ".a.b", ""]}];
  string w = 23 [(buf.validate.field).string = {protobuf_dot_fqn: true, example: ["a.b", ".a.b"]}];
  string x = 24 [(buf.validate.field).string = {well_known_regex: KNOWN_REGEX_HTTP_HEADER_VALUE, strict: false, example: ["a\\x01", "a\\nb"]}];
  string y = 25 [(buf.validate.field).string = {address: true, example: ["1.2.3.4", "a.com", "1.2.3.256", "::1"]}];
  string z = 26 [(buf.validate.field).string = {ipv6_with_prefixlen: true, example: ["::1/64", "::1/129", "1.2.3.4/8", "::1%e/64"]}];
  bool aa = 27 [(buf.validate.field).bool = {const: false, example: [true, false]}];
  En bb = 28 [(buf.validate.field).enum = {not_in: [1], const: 2, example: [1, 2, 3]}];
  string cc = 29 [(buf.validate.field).string = {ipv4: true, example: ["01.2.3.4", "1.2.3.4", "255.255.255.255"]}];
  enum En { EN_UNSPECIFIED = 0; EN_ONE = 1; EN_TWO = 2; }
}
`;

// Strings against every well-known string format protovalidate checks natively (IPv4 and IPv6 with
// zones, IPv4 tails and prefixes, hostnames, host and port pairs, e-mail addresses).
const STRINGS = [
  "1.2.3.4", "0.0.0.0", "255.255.255.255", "256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.02.3.4", "1.2.3.04",
  "1.2.3.4 ", " 1.2.3.4", "1..3.4", "::", "::1", "1::", "1::2", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9",
  "1:2:3:4:5:6:7::", "1:2:3:4:5:6:7::8", "::1:2:3:4:5:6:7", ":1:2:3:4:5:6:7", "1:2:3:4:5:6:7:", "1::2::3", ":::1",
  "12345::", "abcd::ef01", "ABCD::EF01", "::ffff:1.2.3.4", "::1.2.3.4", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:1.2.3.4",
  "1:2:3:4:5:6:7:1.2.3.4", "1:2:3:4:5:6:7::1.2.3.4", "1::1.2.3.4", "::1.2.3", "::1.2.3.256", "fe80::1%eth0",
  "fe80::1%", "fe80::1%%", "::%a", "1%a", "1.2.3.4%a", "[::1]", "g::1", "1:2:3:4:5:6:7:8%x", "::1/64", "::1/0",
  "::/0", "::1/128", "::1/129", "::1/064", "::1%a/64", "1.2.3.0/24", "1.2.3.4/24", "1.2.3.4/32", "1.2.3.4/33",
  "1.2.3.4/08", "1.2.3.4/", "0.0.0.0/0", "1.2.3.4/0", "2001:db8::/32", "2001:db8::1/32", "2001:db8::/129",
  "1::1.2.3.0/120", "a.b", "a.b.", "a..b", "-a.b", "a-.b", "a.b-c.d", "a.123", "123.a", "123", "a.b.1a", "localhost",
  "a_b.c", "a:80", "a:0", "a:65535", "a:65536", "a:080", "a:", ":80", "1.2.3.4:80", "[::1]:80", "[::1]", "[::1]:",
  "[1.2.3.4]:80", "a.b:1:2", "::1:80", "\u00e9.com", "a@b", "a@b.c", "a.b@c.d", "a@-b.c", "a@b-.c", "@b.c", "a@",
  "a@b..c", "x@[1.2.3.4]",
];
const FORMAT_NAMES = ["ip", "ipv4", "ipv6", "ip_prefix", "ipv4_prefix", "ipv6_prefix", "ip_with_prefixlen", "ipv4_with_prefixlen", "ipv6_with_prefixlen", "hostname", "host_and_port", "email", "address"];
const STRING_FORMATS = `syntax = "proto3";
package a.v1;
import "buf/validate/validate.proto";
message S {
${FORMAT_NAMES.map((f, i) => `  string ${f} = ${i + 1} [(buf.validate.field).string = {${f}: true, example: [${STRINGS.map((s) => JSON.stringify(s)).join(", ")}]}];`).join("\n")}
}
`;

// URIs and URI references, valid and not, as protovalidate's RFC 3986 reader takes them: schemes,
// userinfo, hosts (names, IPv4, IPv6 with zones, IPvFuture), ports, percent-encoding, paths, queries,
// fragments, relative references, characters outside the grammar and outside ASCII.
const URIS = [
  "", "a:", "a:b", "https://example.com", "https://example.com/", "https://example.com/foo/bar?baz=quux#frag",
  "HTTP://EXAMPLE.COM", "a+b-c.d:x", "1a:b", "+a:b", "-a:b", ".a:b", "a_b:c", ":x", "://x", "not a uri", "a b:c",
  "a:b c", "https://exa mple.com", "https://example.com/a b", "https://example.com/?a b", "https://example.com/#a b",
  "https://user:pass@example.com", "https://user@example.com:8080/", "https://us%20er@example.com", "https://us%zzer@example.com",
  "https://@example.com", "https://a@b@c", "https://:@example.com", "https://example.com:", "https://example.com:80",
  "https://example.com:099999999", "https://example.com:8a", "https://example.com:-1", "https://1.2.3.4:80/",
  "https://256.256.256.256/", "https://[::1]/", "https://[::1]:80/", "https://[::1", "https://::1/", "https://[::ffff:1.2.3.4]/",
  "https://[1:2:3:4:5:6:7:8]/", "https://[1:2:3:4:5:6:7:8:9]/", "https://[fe80::1%25eth0]/", "https://[fe80::1%eth0]/",
  "https://[fe80::1%25]/", "https://[fe80::1%25%41]/", "https://[fe80::1%25%zz]/", "https://[v1.x]/", "https://[v1.]/",
  "https://[v.x]/", "https://[vG.x]/", "https://[V1.x]/", "https://[v1a.b:c!]/", "https://[]/", "https://[g::1]/",
  "https://ex%41mple.com/", "https://ex%c3%a9mple.com/", "https://ex%c3mple.com/", "https://ex%ffmple.com/", "https://ex%4mple.com/",
  "https://example.com/%", "https://example.com/%4", "https://example.com/%41", "https://example.com/%GG", "https://example.com?%",
  "https://example.com#%", "https://example.com/a?b?c/d#e?f/g", "https://example.com/a#b#c", "https://example.com/a?b#c?d",
  "https://example.com/[x]", "https://example.com/?[x]", "https://example.com/#[x]", "https://example.com/{x}",
  "https://example.com/a|b", "https://example.com/a\\b", "https://example.com/a^b", "https://example.com/a`b",
  "https://example.com/a\"b", "https://example.com/<a>", "https://example.com/é", "https://exämple.com/", "https://example.com/?é",
  "https://example.com/#é", "https://example.com/\u{1F600}", "mailto:a@b.c", "urn:isbn:0451450523", "file:///etc/passwd", "file://",
  "a://", "a:///", "a:////", "a://b//c", "a:/b", "a://b:c@d", "a:b/c:d", "a:/", "a:?", "a:#", "a:?#", "//example.com",
  "//example.com/a", "//[::1]", "//", "///", "/", "/a/b", "a/b", "a", ".", "..", "../a", "./a:b", "a:b/c", "?a", "#a", "?",
  "#", "a?b#c", "%41", "%4", "%", "a%20b", "a b", "[::1]", "//a@b:1", "//a:b", "//a:1:2", "//a b", "a:b?//[::1]",
  "a:b#//[::1]", "a:b?[::1]", "a:b#c#d", "a:b?c d", "\t", " a:b", "a:b ", "//%zz", "//[v1.x]", "@a", "a@b", ":a", "a:",
];
// One field per string and format, so that each finding points at its own example.
const URI_MODULE = `syntax = "proto3";
package a.v1;
import "buf/validate/validate.proto";
message U {
${URIS.flatMap((s, i) => [
  `  string u${i} = ${2 * i + 1} [(buf.validate.field).string = {uri: true, example: ${JSON.stringify(s)}}];`,
  `  string r${i} = ${2 * i + 2} [(buf.validate.field).string = {uri_ref: true, example: ${JSON.stringify(s)}}];`,
]).join("\n")}
}
`;

// The first CEL rule and URIs buf checked and this linter once did not.
const NOT_EVALUATED = `syntax = "proto3";
package a.v1;
import "buf/validate/validate.proto";
message N {
  string c = 1 [(buf.validate.field).cel = {id: "c1", expression: "this.startsWith('x')"}, (buf.validate.field).string.example = "ab"];
  string g = 2 [(buf.validate.field).string = {uri: true, example: ["not a uri", ":x", ""]}];
}
`;

// CEL rules run on examples: the field's own `cel` (false, a string result, a message, no ID) and
// `cel_expression` (run only beside `cel` or other rules), on scalars, repeated items, map keys and
// values, durations, timestamps against now, wrappers; predefined rules with `rule` (scalar and
// repeated) and `rules`; protovalidate's functions. A repeated field's own rules judge the list, which
// buf does not report at an item's example.
const CEL = `syntax = "proto2";
package a.v1;
import "buf/validate/validate.proto";
import "google/protobuf/duration.proto";
import "google/protobuf/timestamp.proto";
import "google/protobuf/wrappers.proto";
extend buf.validate.StringRules {
  optional uint64 max_words = 1001 [(buf.validate.predefined).cel = {id: "string.max_words", message: "too many words", expression: "this.split(' ').size() <= rule"}];
  repeated string banned = 1002 [(buf.validate.predefined).cel = {id: "string.banned", expression: "this in rule ? 'value is banned' : ''"}];
  optional bool short_if_long = 1003 [(buf.validate.predefined).cel = {id: "string.sil", expression: "!rule || !has(rules.max_len) || this.size() <= rules.max_len"}];
}
extend buf.validate.Int32Rules {
  optional int32 even = 1001 [(buf.validate.predefined).cel = {id: "int32.even", expression: "this % 2 == 0"}];
}
message N {
  optional string c = 1 [(buf.validate.field).cel = {id: "c1", expression: "this.startsWith('x')"}, (buf.validate.field).string.example = "ab"];
  optional string h = 3 [(buf.validate.field).cel = {id: "h1", expression: "this.startsWith('x') ? '' : 'must start with x'"}, (buf.validate.field).string.example = "ab"];
  optional string i = 4 [(buf.validate.field).cel = {id: "i1", message: "custom msg", expression: "this.startsWith('x')"}, (buf.validate.field).string.example = "ab"];
  optional string j = 5 [(buf.validate.field).cel = {expression: "this.startsWith('x')"}, (buf.validate.field).string.example = "ab"];
  optional string k = 6 [(buf.validate.field).cel = {id: "k1", expression: "this.startsWith('x')"}, (buf.validate.field).cel_expression = "this.size() > 5", (buf.validate.field).string.example = "ab"];
  optional string m = 8 [(buf.validate.field).cel = {id: "m1", expression: "this.startsWith('x')"}, (buf.validate.field).string = {example: "ab", min_len: 5}];
  repeated string r = 9 [(buf.validate.field).repeated = {items: {cel: {id: "r1", expression: "this.isEmail()"}, string: {example: ["a@b.c", "nope"]}}}];
  repeated int64 r2 = 10 [(buf.validate.field).cel = {id: "whole", expression: "this.size() > 3"}, (buf.validate.field).repeated = {items: {cel: {id: "r2", expression: "this > 3"}, int64: {example: [1, 5]}}}];
  map<string, uint32> mp = 11 [(buf.validate.field).map = {keys: {cel: {id: "k", expression: "this.size() == 2"}, string: {example: ["ab", "abc"]}}, values: {cel: {id: "v", expression: "this < 10u"}, uint32: {example: [3, 30]}}}];
  optional google.protobuf.Duration d = 12 [(buf.validate.field).cel = {id: "d", expression: "this < duration('5s')"}, (buf.validate.field).duration = {example: [{seconds: 1}, {seconds: 10}]}];
  optional google.protobuf.Timestamp t = 13 [(buf.validate.field).cel = {id: "t", expression: "this < now"}, (buf.validate.field).timestamp = {example: [{seconds: 1}, {seconds: 99999999999}]}];
  optional google.protobuf.StringValue w = 14 [(buf.validate.field).cel = {id: "w", expression: "this.size() < 3"}, (buf.validate.field).string = {example: ["ab", "abcd"]}];
  optional string p1 = 15 [(buf.validate.field).string = {[a.v1.max_words]: 2, example: ["a b", "a b c"]}];
  optional string p2 = 16 [(buf.validate.field).string = {[a.v1.banned]: ["x", "y"], example: ["x", "z"]}];
  optional string p3 = 17 [(buf.validate.field).string = {[a.v1.short_if_long]: true, max_len: 10, example: ["abc"]}];
  optional int32 p4 = 18 [(buf.validate.field).int32 = {[a.v1.even]: 1, example: [1, 2]}];
  optional string s1 = 19 [(buf.validate.field).cel = {id: "s1", expression: "this.isUri() && this.isUriRef() && this.isHostname() == false && 'a.b'.isHostname() && '1.2.3.4'.isIp(4) && !'1.2.3.4'.isIp(6) && '1.2.3.0/24'.isIpPrefix(4, true) && 'a:1'.isHostAndPort(true) && [1,2].unique() && ![1,1].unique() && !(1.0).isNan() && !(1.0).isInf()"}, (buf.validate.field).string.example = "https://x"];
  optional double db = 20 [(buf.validate.field).cel = {id: "db", expression: "!this.isNan() && !this.isInf(1)"}, (buf.validate.field).double = {example: [nan, inf, -inf, 1]}];
  optional bytes by = 21 [(buf.validate.field).cel = {id: "by", expression: "this.startsWith(b'\\\\x01') && this.endsWith(b'\\\\x03') && this.contains(b'\\\\x02')"}, (buf.validate.field).bytes = {example: ["\\x01\\x02\\x03", "\\x01\\x03"]}];
  optional string fmt = 22 [(buf.validate.field).cel = {id: "fmt", expression: "'%s-%d'.format([this, 3]) == 'ab-3' ? '' : 'got ' + '%s-%d'.format([this, 3])"}, (buf.validate.field).string = {example: ["ab", "cd"]}];
}
`;

describe("PROTOVALIDATE equals buf", () => {
  it.each([
    ["standard rules", STANDARD, 40],
    ["well-known formats, time, ignore and skipped fields", FORMATS, 31],
    ["bounds, sets, formats, required, map keys and values", MORE, 49],
    ["a CEL rule and URIs", NOT_EVALUATED, 4],
  ] as const)("examples: %s", async (_name, text, count) => {
    const example = module(text);
    const buf = await bufRows(["PROTOVALIDATE"], example);
    expect(await ourRows(rulesById(["PROTOVALIDATE"]), example)).toEqual(buf);
    expect(buf).toHaveLength(count);
  });

  it("examples: well-known string formats, string by string", async () => {
    const example = module(STRING_FORMATS);
    const buf = await bufRows(["PROTOVALIDATE"], example);
    expect(await ourRows(rulesById(["PROTOVALIDATE"]), example)).toEqual(buf);
    const found = await runExample(rulesById(["PROTOVALIDATE"]), example);
    expect(found.length).toBe(1173);
  });

  it("examples: URIs and URI references, string by string", async () => {
    const example = module(URI_MODULE);
    const buf = await bufRows(["PROTOVALIDATE"], example);
    expect(await ourRows(rulesById(["PROTOVALIDATE"]), example)).toEqual(buf);
    expect(buf).toHaveLength(165);
  });

  it("says which rule an example breaks", async () => {
    const found = await runExample(rulesById(["PROTOVALIDATE"]), module(STANDARD));
    expect(found.filter((f) => f.startLine === 9).map((f) => f.message)).toEqual([
      'field "a" has example "ab", which breaks its own rule string.min_len: it must be at least 3 characters long; correct the example or the rule',
    ]);
    expect(found.filter((f) => f.startLine === 18).map((f) => f.message)).toEqual([
      'field "k" has example 7, which breaks its own rule int32.gt_lt_exclusive: it must be greater than 10 or less than 5; correct the example or the rule',
    ]);
  });

  it("examples: CEL rules of the field and predefined rules", async () => {
    const example = module(CEL);
    const buf = await bufRows(["PROTOVALIDATE"], example);
    expect(await ourRows(rulesById(["PROTOVALIDATE"]), example)).toEqual(buf);
    expect(buf).toHaveLength(22);
  });

  it("says which CEL rule an example breaks", async () => {
    const found = await runExample(rulesById(["PROTOVALIDATE"]), module(CEL));
    expect(found.filter((f) => f.startLine === 17 || f.startLine === 19 || f.startLine === 28).map((f) => f.message)).toEqual([
      'field "h" has example "ab", which breaks its own CEL rule "h1": must start with x; correct the example or the rule',
      'field "j" has example "ab", which breaks its own unnamed CEL rule: "this.startsWith(\'x\')" returned false; correct the example or the rule',
      'field "p1" has example "a b c", which breaks its own CEL rule "string.max_words": too many words; correct the example or the rule',
    ]);
  });

  // buf stops with an error on the first (protovalidate's runtime error), and does not finish the
  // others (ten nested loops of ten items; a string squared four times over).
  it("reports CEL rules that fail or cost too much on an example, where buf fails or hangs", async () => {
    const text = `syntax = "proto3";
package a.v1;
import "buf/validate/validate.proto";
message N {
  string l = 1 [(buf.validate.field).cel = {id: "l1", expression: "int(this) > 0"}, (buf.validate.field).string = {example: ["12", "ab"]}];
  string big = 2 [(buf.validate.field).cel = {id: "big", expression: "${"[1,2,3,4,5,6,7,8,9,10].all(a, ".repeat(10)}this != 'x'${")".repeat(10)}"}, (buf.validate.field).string.example = "ab"];
  string grow = 3 [(buf.validate.field).cel = {id: "grow", expression: "this.replace('', this).replace('', this.replace('', this)).replace('', this.replace('', this).replace('', this.replace('', this))).size() > 0"}, (buf.validate.field).string.example = "abcdefghijklmnopqrstuvwxyz"];
  string ok = 4 [(buf.validate.field).cel = {id: "ok", expression: "[1,2,3].all(a, [1,2,3].exists(b, a == b))"}, (buf.validate.field).string.example = "ab"];
}
`;
    const found = await runExample(rulesById(["PROTOVALIDATE"]), module(text));
    expect(found.map((f) => `${f.startLine}: ${f.message}`)).toEqual([
      '5: field "l" has example "ab", on which its CEL rule "l1" fails to evaluate (Cannot convert ab to a BigInt): protovalidate gives an error instead of a verdict, and buf lint stops on it; correct the expression or the example',
      '6: field "big" has example "ab", on which its CEL rule "big" takes more than 100000 steps to evaluate, so it was not checked; simplify the expression',
      '7: field "grow" has example "abcdefghijklmnopqrstuvwxyz", on which its CEL rule "grow" takes more than 100000 steps to evaluate, so it was not checked; simplify the expression',
    ]);
  });
});
