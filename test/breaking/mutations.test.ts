// The mutation suite (issue 5, "Done means"): for every live breaking rule, at least one small edit
// of a schema that must trip it and one close variant that must not (add a field, reserve a deleted
// number, move a type within a package under PACKAGE, int32 → int64 under WIRE, …). Each pair runs
// through protoguard and through `buf breaking` (buf 1.75; outputs cached under .cache/buf-breaking/)
// and the two must report the same (path, start line, start column, rule) — and the mutation must
// trip (or not) as declared, so a rule that never fires cannot pass by agreeing with silence.
import { describe, expect, it } from "vitest";
import { compileBreakingSide } from "../../src/breaking/examples.js";
import { runBreaking } from "../../src/breaking/run.js";
import type { BreakingRule } from "../../src/engine/rule.js";
import { BREAKING_RULES } from "../../rules/breaking/index.js";
import { bufBreaking, comparable, comparableBuf } from "./buf-breaking.js";

type Files = Readonly<Record<string, string>>;

interface Mutation {
  /** A rule ID or a v2 category (`PACKAGE`, `WIRE`, …) enabled alone. */
  readonly use: string;
  readonly name: string;
  readonly before: Files;
  readonly after: Files;
  /** Whether the edit must produce at least one finding. */
  readonly trips: boolean;
  /** Extra buf.yaml `breaking` keys (e.g. `ignore_unstable_packages`). */
  readonly config?: Readonly<Record<string, unknown>>;
  /** buf.yaml version of the input side (default v2). */
  readonly version?: "v1";
}

const p3 = (body: string, pkg = "shop.v1"): string => `syntax = "proto3";\npackage ${pkg};\n${body}`;
const p2 = (body: string, pkg = "shop.v1"): string => `syntax = "proto2";\npackage ${pkg};\n${body}`;
const ed = (body: string, pkg = "shop.v1"): string => `edition = "2023";\npackage ${pkg};\n${body}`;
const one = (text: string): Files => ({ "shop/v1/a.proto": text });
const pair = (use: string, name: string, before: string | Files, after: string | Files, trips: boolean, config?: Record<string, unknown>): Mutation => ({
  use,
  name,
  before: typeof before === "string" ? one(before) : before,
  after: typeof after === "string" ? one(after) : after,
  trips,
  ...(config ? { config } : {}),
});

const ORDER = `message Order {\n  string id = 1;\n  int32 qty = 2;\n  message Line {\n    string sku = 1;\n  }\n}\n`;
const ENUM = `enum Status {\n  STATUS_UNSPECIFIED = 0;\n  STATUS_ACTIVE = 1;\n  STATUS_DONE = 2;\n}\n`;
const SVC = `message Req {}\nmessage Resp {}\nservice OrderService {\n  rpc Get(Req) returns (Resp);\n  rpc List(Req) returns (Resp);\n}\n`;
const BASE2 = `message Base {\n  extensions 100 to max;\n}\n`;

const MUTATIONS: readonly Mutation[] = [
  // ---- deletions
  pair("FILE_NO_DELETE", "a file renamed", one(p3(ORDER)), { "shop/v1/order.proto": p3(ORDER) }, true),
  pair("FILE_NO_DELETE", "a file added", one(p3(ORDER)), { ...one(p3(ORDER)), "shop/v1/b.proto": p3("message Extra {}\n") }, false),
  pair("MESSAGE_NO_DELETE", "a nested message deleted", p3(ORDER), p3(`message Order {\n  string id = 1;\n  int32 qty = 2;\n}\n`), true),
  pair("MESSAGE_NO_DELETE", "messages reordered", p3(`message A {}\nmessage B {}\n`), p3(`message B {}\nmessage A {}\n`), false),
  // buf reports the map entry of a deleted map field as a deleted nested message.
  pair("MESSAGE_NO_DELETE", "a map field deleted (its entry message goes with it)", p3(`message M {\n  map<string, int32> tags = 1;\n}\n`), p3(`message M {\n  reserved 1;\n}\n`), true),
  pair("ENUM_NO_DELETE", "a top-level enum deleted", p3(ENUM + ORDER), p3(ORDER), true),
  pair("ENUM_NO_DELETE", "an enum value renamed", p3(ENUM), p3(ENUM.replace("STATUS_DONE", "STATUS_FINISHED")), false),
  pair("SERVICE_NO_DELETE", "a service renamed", p3(SVC), p3(SVC.replace("OrderService", "OrdersService")), true),
  pair("SERVICE_NO_DELETE", "an RPC added", p3(SVC), p3(SVC.replace("  rpc List", "  rpc Watch(Req) returns (Resp);\n  rpc List")), false),
  pair("EXTENSION_NO_DELETE", "a message-scoped extension deleted", p2(`${BASE2}message Scope {\n  extend Base {\n    optional int32 rank = 101;\n  }\n}\n`), p2(`${BASE2}message Scope {}\n`), true),
  pair("EXTENSION_NO_DELETE", "an extension added", p2(BASE2), p2(`${BASE2}extend Base {\n  optional int32 rank = 101;\n}\n`), false),
  pair("PACKAGE_NO_DELETE", "the only file of a package moved to another package", p3(ORDER), p3(ORDER, "shop.v2"), true),
  pair("PACKAGE_NO_DELETE", "a file moved within its package", one(p3(ORDER)), { "shop/v1/order.proto": p3(ORDER) }, false),
  pair("PACKAGE_MESSAGE_NO_DELETE", "a message deleted", p3(`message A {}\nmessage B {}\n`), p3(`message A {}\n`), true),
  pair("PACKAGE_MESSAGE_NO_DELETE", "a map field deleted (its entry message goes with it)", p3(`message M {\n  map<string, int32> tags = 1;\n}\n`), p3(`message M {\n  reserved 1;\n}\n`), true),
  pair("PACKAGE_MESSAGE_NO_DELETE", "a message moved to another file of the package", p3(`message A {}\nmessage B {}\n`), { ...one(p3(`message A {}\n`)), "shop/v1/b.proto": p3(`message B {}\n`) }, false),
  pair("PACKAGE_ENUM_NO_DELETE", "an enum deleted", p3(ENUM + `enum Size {\n  SIZE_UNSPECIFIED = 0;\n}\n`), p3(`enum Size {\n  SIZE_UNSPECIFIED = 0;\n}\n`), true),
  pair("PACKAGE_ENUM_NO_DELETE", "an enum moved to another file", p3(ENUM + ORDER), { ...one(p3(ORDER)), "shop/v1/b.proto": p3(ENUM) }, false),
  pair("PACKAGE_SERVICE_NO_DELETE", "a service deleted", p3(SVC), p3(`message Req {}\nmessage Resp {}\n`), true),
  pair(
    "PACKAGE_SERVICE_NO_DELETE",
    "a service moved to another file",
    p3(SVC),
    { ...one(p3(`message Req {}\nmessage Resp {}\n`)), "shop/v1/svc.proto": p3(`import "shop/v1/a.proto";\n${SVC.slice(SVC.indexOf("service"))}`) },
    false,
  ),
  pair("PACKAGE_EXTENSION_NO_DELETE", "an extension deleted", p2(`${BASE2}extend Base {\n  optional int32 rank = 101;\n  optional int32 tier = 102;\n}\n`), p2(`${BASE2}extend Base {\n  optional int32 tier = 102;\n}\n`), true),
  pair("PACKAGE_EXTENSION_NO_DELETE", "an extension renumbered is a deletion by name? no: same name kept", p2(`${BASE2}extend Base {\n  optional int32 rank = 101;\n}\n`), p2(`${BASE2}extend Base {\n  optional int32 rank = 105;\n}\n`), false),
  pair("FIELD_NO_DELETE", "a field of a nested message deleted", p3(ORDER), p3(ORDER.replace("    string sku = 1;\n", "")), true),
  pair("FIELD_NO_DELETE", "a field renamed", p3(ORDER), p3(ORDER.replace("qty", "quantity")), false),
  pair("FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED", "deleted with only its name reserved", p3(ORDER), p3(ORDER.replace("  int32 qty = 2;\n", '  reserved "qty";\n')), true),
  pair("FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED", "deleted inside a reserved range", p3(ORDER), p3(ORDER.replace("  int32 qty = 2;\n", "  reserved 2 to 5;\n")), false),
  pair("FIELD_NO_DELETE_UNLESS_NAME_RESERVED", "deleted with only its number reserved", p3(ORDER), p3(ORDER.replace("  int32 qty = 2;\n", "  reserved 2;\n")), true),
  pair("FIELD_NO_DELETE_UNLESS_NAME_RESERVED", "deleted with its name reserved", p3(ORDER), p3(ORDER.replace("  int32 qty = 2;\n", '  reserved "qty";\n')), false),
  pair("ENUM_VALUE_NO_DELETE", "a value deleted", p3(ENUM), p3(ENUM.replace("  STATUS_DONE = 2;\n", "")), true),
  pair("ENUM_VALUE_NO_DELETE", "a value renamed (same number)", p3(ENUM), p3(ENUM.replace("STATUS_DONE", "STATUS_CLOSED")), false),
  pair("ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED", "deleted without a reservation", p3(ENUM), p3(ENUM.replace("  STATUS_DONE = 2;\n", "")), true),
  pair("ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED", "deleted inside `reserved 2 to max`", p3(ENUM), p3(ENUM.replace("  STATUS_DONE = 2;\n", "  reserved 2 to max;\n")), false),
  pair(
    "ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED",
    "an aliased number deleted with one of its names reserved",
    p3(`enum E {\n  option allow_alias = true;\n  E_UNSPECIFIED = 0;\n  E_A = 1;\n  E_B = 1;\n}\n`),
    p3(`enum E {\n  E_UNSPECIFIED = 0;\n  reserved "E_A";\n}\n`),
    true,
  ),
  pair(
    "ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED",
    "an aliased number deleted with all its names reserved",
    p3(`enum E {\n  option allow_alias = true;\n  E_UNSPECIFIED = 0;\n  E_A = 1;\n  E_B = 1;\n}\n`),
    p3(`enum E {\n  E_UNSPECIFIED = 0;\n  reserved "E_A", "E_B";\n}\n`),
    false,
  ),
  pair("ONEOF_NO_DELETE", "a oneof renamed", p3(`message M {\n  oneof choice {\n    string a = 1;\n  }\n}\n`), p3(`message M {\n  oneof pick {\n    string a = 1;\n  }\n}\n`), true),
  pair("ONEOF_NO_DELETE", "a field added to a oneof", p3(`message M {\n  oneof choice {\n    string a = 1;\n  }\n}\n`), p3(`message M {\n  oneof choice {\n    string a = 1;\n    string b = 2;\n  }\n}\n`), false),
  pair("RPC_NO_DELETE", "an RPC renamed", p3(SVC), p3(SVC.replace("rpc List", "rpc ListAll")), true),
  pair("RPC_NO_DELETE", "an RPC deprecated", p3(SVC), p3(SVC.replace("rpc List(Req) returns (Resp);", "rpc List(Req) returns (Resp) {\n    option deprecated = true;\n  }")), false),
  pair("EXTENSION_MESSAGE_NO_DELETE", "`to max` capped", p2(BASE2), p2(BASE2.replace("100 to max", "100 to 1000")), true),
  pair("EXTENSION_MESSAGE_NO_DELETE", "a range split in two", p2(BASE2), p2(BASE2.replace("100 to max", "100 to 199, 200 to max")), false),
  pair("RESERVED_MESSAGE_NO_DELETE", "a reserved name dropped", p3(`message M {\n  reserved 4;\n  reserved "old";\n}\n`), p3(`message M {\n  reserved 4;\n}\n`), true),
  pair("RESERVED_MESSAGE_NO_DELETE", "single numbers merged into a range", p3(`message M {\n  reserved 1, 2, 3;\n}\n`), p3(`message M {\n  reserved 1 to 3;\n}\n`), false),
  pair("RESERVED_ENUM_NO_DELETE", "a reserved range shrunk in a nested enum", p3(`message M {\n  enum E {\n    E_UNSPECIFIED = 0;\n    reserved 10 to 20;\n  }\n}\n`), p3(`message M {\n  enum E {\n    E_UNSPECIFIED = 0;\n    reserved 10 to 15, 18;\n  }\n}\n`), true),
  pair("RESERVED_ENUM_NO_DELETE", "a reservation added", p3(`enum E {\n  E_UNSPECIFIED = 0;\n  reserved 10;\n}\n`), p3(`enum E {\n  E_UNSPECIFIED = 0;\n  reserved 10, 11;\n  reserved "E_OLD";\n}\n`), false),
  // ---- field changes
  pair("FIELD_SAME_TYPE", "int32 → sint32", p3(ORDER), p3(ORDER.replace("int32 qty", "sint32 qty")), true),
  pair("FIELD_SAME_TYPE", "a field renamed", p3(ORDER), p3(ORDER.replace("qty", "count")), false),
  pair("FIELD_WIRE_COMPATIBLE_TYPE", "int32 → fixed32", p3(ORDER), p3(ORDER.replace("int32 qty", "fixed32 qty")), true),
  pair("FIELD_WIRE_COMPATIBLE_TYPE", "int32 → int64 (same wire group)", p3(ORDER), p3(ORDER.replace("int32 qty", "int64 qty")), false),
  pair(
    "FIELD_WIRE_COMPATIBLE_TYPE",
    "an enum field moved to an enum of another short name",
    p3(`${ENUM}enum Other {\n  OTHER_UNSPECIFIED = 0;\n}\nmessage M {\n  Status s = 1;\n}\n`),
    p3(`${ENUM}enum Other {\n  OTHER_UNSPECIFIED = 0;\n}\nmessage M {\n  Other s = 1;\n}\n`),
    true,
  ),
  pair(
    "FIELD_WIRE_COMPATIBLE_TYPE",
    "an enum field moved to a same-named enum holding all old values",
    p3(`${ENUM}message M {\n  Status s = 1;\n}\n`),
    p3(`${ENUM}message M {\n  enum Status {\n    STATUS_UNSPECIFIED = 0;\n    STATUS_ACTIVE = 1;\n    STATUS_DONE = 2;\n    STATUS_LOST = 3;\n  }\n  Status s = 1;\n}\n`),
    false,
  ),
  pair("FIELD_WIRE_JSON_COMPATIBLE_TYPE", "string → bytes (JSON differs)", p3(ORDER), p3(ORDER.replace("string id", "bytes id")), true),
  pair("FIELD_WIRE_JSON_COMPATIBLE_TYPE", "int32 → uint32", p3(ORDER), p3(ORDER.replace("int32 qty", "uint32 qty")), false),
  pair("FIELD_SAME_CARDINALITY", "proto2 optional → required", p2(`message M {\n  optional string a = 1;\n}\n`), p2(`message M {\n  required string a = 1;\n}\n`), true),
  pair("FIELD_SAME_CARDINALITY", "a map's value type kept, key renamed field order", p3(`message M {\n  map<string, int32> tags = 1;\n}\n`), p3(`message M {\n  map<string, int32> tags = 1 [deprecated = true];\n}\n`), false),
  pair("FIELD_WIRE_COMPATIBLE_CARDINALITY", "optional → repeated", p3(ORDER), p3(ORDER.replace("int32 qty", "repeated int32 qty")), true),
  pair("FIELD_WIRE_COMPATIBLE_CARDINALITY", "repeated entries → map", p3(`message E {\n  string key = 1;\n  int32 value = 2;\n}\nmessage M {\n  repeated E tags = 1;\n}\n`), p3(`message E {\n  string key = 1;\n  int32 value = 2;\n}\nmessage M {\n  map<string, int32> tags = 1;\n}\n`), false),
  pair("FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY", "required → optional", p2(`message M {\n  required string a = 1;\n}\n`), p2(`message M {\n  optional string a = 1;\n}\n`), true),
  pair("FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY", "implicit → explicit presence", p3(ORDER), p3(ORDER.replace("int32 qty", "optional int32 qty")), false),
  pair("FIELD_SAME_NAME", "an extension renamed", p2(`${BASE2}extend Base {\n  optional int32 rank = 101;\n}\n`), p2(`${BASE2}extend Base {\n  optional int32 level = 101;\n}\n`), true),
  pair("FIELD_SAME_NAME", "a json_name added", p3(ORDER), p3(ORDER.replace("int32 qty = 2;", 'int32 qty = 2 [json_name = "quantity"];')), false),
  pair("FIELD_SAME_JSON_NAME", "a rename that changes the derived JSON name", p3(`message M {\n  string note_text = 1;\n}\n`), p3(`message M {\n  string notetext = 1;\n}\n`), true),
  pair("FIELD_SAME_JSON_NAME", "a rename that keeps the derived JSON name", p3(`message M {\n  string note_text = 1;\n}\n`), p3(`message M {\n  string noteText = 1;\n}\n`), false),
  pair("FIELD_SAME_ONEOF", "moved between oneofs", p3(`message M {\n  oneof a {\n    string x = 1;\n  }\n  oneof b {\n    string y = 2;\n  }\n}\n`), p3(`message M {\n  oneof a {\n    string y = 2;\n  }\n  oneof b {\n    string x = 1;\n  }\n}\n`), true),
  pair("FIELD_SAME_ONEOF", "proto3 optional added (synthetic oneof)", p3(ORDER), p3(ORDER.replace("int32 qty", "optional int32 qty")), false),
  pair("FIELD_SAME_DEFAULT", "an explicit non-zero default dropped", p2(`message M {\n  optional int32 a = 1 [default = 7];\n}\n`), p2(`message M {\n  optional int32 a = 1;\n}\n`), true),
  pair(
    "FIELD_SAME_DEFAULT",
    "a closed enum's first value changed (implicit default)",
    p2(`enum E {\n  E_A = 1;\n  E_B = 2;\n}\nmessage M {\n  optional E e = 1;\n}\n`),
    p2(`enum E {\n  E_B = 2;\n  E_A = 1;\n}\nmessage M {\n  optional E e = 1;\n}\n`),
    true,
  ),
  pair("FIELD_SAME_DEFAULT", "int32 default 5 → int64 default 5", p2(`message M {\n  optional int32 a = 1 [default = 5];\n}\n`), p2(`message M {\n  optional int64 a = 1 [default = 5];\n}\n`), false),
  pair("FIELD_SAME_DEFAULT", "float 0.1 → double 0.1 (equal at float precision)", p2(`message M {\n  optional float a = 1 [default = 0.1];\n}\n`), p2(`message M {\n  optional double a = 1 [default = 0.1];\n}\n`), false),
  pair("FIELD_SAME_JSTYPE", "JS_STRING → JS_NUMBER", p3(`message M {\n  int64 a = 1 [jstype = JS_STRING];\n}\n`), p3(`message M {\n  int64 a = 1 [jstype = JS_NUMBER];\n}\n`), true),
  pair("FIELD_SAME_JSTYPE", "explicit JS_NORMAL removed", p3(`message M {\n  int64 a = 1 [jstype = JS_NORMAL];\n}\n`), p3(`message M {\n  int64 a = 1;\n}\n`), false),
  pair("FIELD_SAME_CPP_STRING_TYPE", "bytes ctype STRING → CORD", p2(`message M {\n  optional bytes a = 1 [ctype = STRING];\n}\n`), p2(`message M {\n  optional bytes a = 1 [ctype = CORD];\n}\n`), true),
  pair("FIELD_SAME_CPP_STRING_TYPE", "STRING_PIECE → STRING (allowed)", p2(`message M {\n  optional string a = 1 [ctype = STRING_PIECE];\n}\n`), p2(`message M {\n  optional string a = 1;\n}\n`), false),
  pair("FIELD_SAME_JAVA_UTF8_VALIDATION", "java_string_check_utf8 turned on in proto2", p2(`message M {\n  optional string a = 1;\n}\n`), p2(`option java_string_check_utf8 = true;\nmessage M {\n  optional string a = 1;\n}\n`), true),
  pair("FIELD_SAME_JAVA_UTF8_VALIDATION", "java_string_check_utf8 turned on in proto3 (already VERIFY)", p3(`message M {\n  string a = 1;\n}\n`), p3(`option java_string_check_utf8 = true;\nmessage M {\n  string a = 1;\n}\n`), false),
  pair("FIELD_SAME_UTF8_VALIDATION", "proto3 → proto2", p3(`message M {\n  string a = 1;\n}\n`), p2(`message M {\n  optional string a = 1;\n}\n`), true),
  pair("FIELD_SAME_UTF8_VALIDATION", "proto3 → editions (VERIFY both)", p3(`message M {\n  string a = 1;\n}\n`), ed(`message M {\n  string a = 1 [features.field_presence = IMPLICIT];\n}\n`), false),
  // ---- message, enum, file and RPC changes
  pair("MESSAGE_SAME_REQUIRED_FIELDS", "a required field deleted", p2(`message M {\n  required string a = 1;\n  optional string b = 2;\n}\n`), p2(`message M {\n  optional string b = 2;\n}\n`), true),
  pair("MESSAGE_SAME_REQUIRED_FIELDS", "a required field renamed", p2(`message M {\n  required string a = 1;\n}\n`), p2(`message M {\n  required string b = 1;\n}\n`), false),
  pair("MESSAGE_NO_REMOVE_STANDARD_DESCRIPTOR_ACCESSOR", "false → true", p3(`message M {\n  option no_standard_descriptor_accessor = false;\n}\n`), p3(`message M {\n  option no_standard_descriptor_accessor = true;\n}\n`), true),
  pair("MESSAGE_NO_REMOVE_STANDARD_DESCRIPTOR_ACCESSOR", "true → false", p3(`message M {\n  option no_standard_descriptor_accessor = true;\n}\n`), p3(`message M {\n  option no_standard_descriptor_accessor = false;\n}\n`), false),
  pair("MESSAGE_SAME_JSON_FORMAT", "proto3 → proto2 (ALLOW → LEGACY_BEST_EFFORT)", p3(`message M {\n  string a = 1;\n}\n`), p2(`message M {\n  optional string a = 1;\n}\n`), true),
  pair("MESSAGE_SAME_JSON_FORMAT", "proto2 → proto3", p2(`message M {\n  optional string a = 1;\n}\n`), p3(`message M {\n  string a = 1;\n}\n`), false),
  pair("ENUM_SAME_JSON_FORMAT", "a file-level feature inherited by the enum", ed(`enum E {\n  E_UNSPECIFIED = 0;\n}\n`), ed(`option features.json_format = LEGACY_BEST_EFFORT;\nenum E {\n  E_UNSPECIFIED = 0;\n}\n`), true),
  pair("ENUM_SAME_JSON_FORMAT", "an explicit ALLOW", ed(`enum E {\n  E_UNSPECIFIED = 0;\n}\n`), ed(`enum E {\n  option features.json_format = ALLOW;\n  E_UNSPECIFIED = 0;\n}\n`), false),
  pair("ENUM_SAME_TYPE", "proto3 → proto2 (open → closed)", p3(`enum E {\n  E_UNSPECIFIED = 0;\n}\n`), p2(`enum E {\n  E_UNSPECIFIED = 0;\n}\n`), true),
  pair("ENUM_SAME_TYPE", "proto2 → editions with enum_type = CLOSED", p2(`enum E {\n  E_UNSPECIFIED = 0;\n}\n`), ed(`option features.enum_type = CLOSED;\nenum E {\n  E_UNSPECIFIED = 0;\n}\n`), false),
  pair("ENUM_VALUE_SAME_NAME", "an alias dropped", p3(`enum E {\n  option allow_alias = true;\n  E_UNSPECIFIED = 0;\n  E_A = 1;\n  E_B = 1;\n}\n`), p3(`enum E {\n  E_UNSPECIFIED = 0;\n  E_A = 1;\n}\n`), true),
  pair("ENUM_VALUE_SAME_NAME", "an alias added", p3(`enum E {\n  E_UNSPECIFIED = 0;\n  E_A = 1;\n}\n`), p3(`enum E {\n  option allow_alias = true;\n  E_UNSPECIFIED = 0;\n  E_A = 1;\n  E_B = 1;\n}\n`), false),
  pair("FILE_SAME_PACKAGE", "the package statement removed", p3(ORDER), `syntax = "proto3";\n${ORDER}`, true),
  pair("FILE_SAME_PACKAGE", "whitespace around the package", p3(ORDER), `syntax = "proto3";\n\npackage   shop.v1 ;\n${ORDER}`, false),
  pair("FILE_SAME_SYNTAX", "proto3 → editions", p3(`message M {}\n`), ed(`message M {}\n`), true),
  pair("FILE_SAME_SYNTAX", "a missing syntax made explicit proto2", `package shop.v1;\nmessage M {}\n`, p2(`message M {}\n`), false),
  ...fileOptionMutations(),
  pair("RPC_SAME_REQUEST_TYPE", "a request type of the same short name in another package", { ...one(p3(SVC)), "other/v1/req.proto": p3("message Req {}\n", "other.v1") }, { ...one(p3(`import "other/v1/req.proto";\n${SVC.replace("rpc Get(Req)", "rpc Get(other.v1.Req)")}`)), "other/v1/req.proto": p3("message Req {}\n", "other.v1") }, true),
  pair("RPC_SAME_REQUEST_TYPE", "a fully-qualified spelling of the same type", p3(SVC), p3(SVC.replace("rpc Get(Req)", "rpc Get(.shop.v1.Req)")), false),
  pair("RPC_SAME_RESPONSE_TYPE", "the response type swapped", p3(SVC), p3(SVC.replace("rpc List(Req) returns (Resp)", "rpc List(Req) returns (Req)")), true),
  pair("RPC_SAME_RESPONSE_TYPE", "the request type of another RPC changed only", p3(SVC), p3(SVC.replace("rpc List(Req) returns (Resp)", "rpc List(Req) returns (shop.v1.Resp)")), false),
  pair("RPC_SAME_CLIENT_STREAMING", "client streaming removed", p3(SVC.replace("rpc Get(Req)", "rpc Get(stream Req)")), p3(SVC), true),
  pair("RPC_SAME_CLIENT_STREAMING", "server streaming added", p3(SVC), p3(SVC.replace("returns (Resp);\n  rpc List", "returns (stream Resp);\n  rpc List")), false),
  pair("RPC_SAME_SERVER_STREAMING", "server streaming added", p3(SVC), p3(SVC.replace("returns (Resp);\n  rpc List", "returns (stream Resp);\n  rpc List")), true),
  pair("RPC_SAME_SERVER_STREAMING", "client streaming added", p3(SVC), p3(SVC.replace("rpc Get(Req)", "rpc Get(stream Req)")), false),
  pair("RPC_SAME_IDEMPOTENCY_LEVEL", "a level changed", p3(SVC.replace("rpc Get(Req) returns (Resp);", "rpc Get(Req) returns (Resp) {\n    option idempotency_level = IDEMPOTENT;\n  }")), p3(SVC.replace("rpc Get(Req) returns (Resp);", "rpc Get(Req) returns (Resp) {\n    option idempotency_level = NO_SIDE_EFFECTS;\n  }")), true),
  pair("RPC_SAME_IDEMPOTENCY_LEVEL", "IDEMPOTENCY_UNKNOWN written out", p3(SVC), p3(SVC.replace("rpc Get(Req) returns (Resp);", "rpc Get(Req) returns (Resp) {\n    option idempotency_level = IDEMPOTENCY_UNKNOWN;\n  }")), false),
  // ---- edge cases: aliases, editions features, defaults of every kind, deleted parents and files
  pair("ENUM_VALUE_SAME_NAME", "both names of an aliased number renamed", p3(`enum E {\n  option allow_alias = true;\n  E_UNSPECIFIED = 0;\n  E_A = 1;\n  E_B = 1;\n}\n`), p3(`enum E {\n  option allow_alias = true;\n  E_UNSPECIFIED = 0;\n  E_C = 1;\n  E_D = 1;\n}\n`), true),
  pair("ENUM_VALUE_NO_DELETE", "one alias of a number deleted (number kept)", p3(`enum E {\n  option allow_alias = true;\n  E_UNSPECIFIED = 0;\n  E_A = 1;\n  E_B = 1;\n}\n`), p3(`enum E {\n  E_UNSPECIFIED = 0;\n  E_A = 1;\n}\n`), false),
  pair("FIELD_SAME_DEFAULT", "a string default changed", p2(`message M {\n  optional string a = 1 [default = "x"];\n}\n`), p2(`message M {\n  optional string a = 1 [default = "y"];\n}\n`), true),
  pair("FIELD_SAME_DEFAULT", "a bytes default changed", p2(`message M {\n  optional bytes a = 1 [default = "AB"];\n}\n`), p2(`message M {\n  optional bytes a = 1 [default = "\\101C"];\n}\n`), true),
  pair("FIELD_SAME_DEFAULT", "a bytes default respelled with escapes", p2(`message M {\n  optional bytes a = 1 [default = "AB"];\n}\n`), p2(`message M {\n  optional bytes a = 1 [default = "\\x41\\102"];\n}\n`), false),
  pair("FIELD_SAME_DEFAULT", "an explicit enum default changed", p2(`enum E {\n  E_A = 1;\n  E_B = 2;\n}\nmessage M {\n  optional E e = 1 [default = E_A];\n}\n`), p2(`enum E {\n  E_A = 1;\n  E_B = 2;\n}\nmessage M {\n  optional E e = 1 [default = E_B];\n}\n`), true),
  pair("FIELD_SAME_DEFAULT", "nan stays nan, inf → -inf", p2(`message M {\n  optional double a = 1 [default = nan];\n  optional float b = 2 [default = inf];\n}\n`), p2(`message M {\n  optional double a = 1 [default = nan];\n  optional float b = 2 [default = -inf];\n}\n`), true),
  pair("FIELD_SAME_DEFAULT", "bool default true → false", p2(`message M {\n  optional bool a = 1 [default = true];\n}\n`), p2(`message M {\n  optional bool a = 1 [default = false];\n}\n`), true),
  pair("FIELD_SAME_DEFAULT", "uint64 max default kept while type changes to fixed64", p2(`message M {\n  optional uint64 a = 1 [default = 18446744073709551615];\n}\n`), p2(`message M {\n  optional fixed64 a = 1 [default = 18446744073709551615];\n}\n`), false),
  pair("FIELD_SAME_DEFAULT", "an editions default dropped", ed(`message M {\n  int32 a = 1 [default = 3];\n}\n`), ed(`message M {\n  int32 a = 1;\n}\n`), true),
  pair("FIELD_SAME_UTF8_VALIDATION", "a field-level feature set to NONE", ed(`message M {\n  string a = 1;\n}\n`), ed(`message M {\n  string a = 1 [features.utf8_validation = NONE];\n}\n`), true),
  pair("FIELD_SAME_UTF8_VALIDATION", "a file-level feature inherited", ed(`message M {\n  string a = 1;\n}\n`), ed(`option features.utf8_validation = NONE;\nmessage M {\n  string a = 1;\n}\n`), true),
  pair("FIELD_SAME_CARDINALITY", "editions explicit → implicit presence", ed(`message M {\n  int32 a = 1;\n}\n`), ed(`message M {\n  int32 a = 1 [features.field_presence = IMPLICIT];\n}\n`), true),
  pair("FIELD_SAME_CARDINALITY", "editions LEGACY_REQUIRED", ed(`message M {\n  int32 a = 1;\n}\n`), ed(`message M {\n  int32 a = 1 [features.field_presence = LEGACY_REQUIRED];\n}\n`), true),
  pair("FIELD_SAME_CARDINALITY", "proto2 optional → editions default (explicit both)", p2(`message M {\n  optional int32 a = 1;\n}\n`), ed(`message M {\n  int32 a = 1;\n}\n`), false),
  // buf looks at the descriptor label only, so an editions LEGACY_REQUIRED field (label OPTIONAL) is not
  // "required" for this rule (FIELD_SAME_CARDINALITY still reports it); we follow buf.
  pair("MESSAGE_SAME_REQUIRED_FIELDS", "editions LEGACY_REQUIRED added (buf: label only)", ed(`message M {\n  int32 a = 1;\n}\n`), ed(`message M {\n  int32 a = 1 [features.field_presence = LEGACY_REQUIRED];\n}\n`), false),
  pair("FIELD_SAME_TYPE", "a message field made DELIMITED", ed(`message A {}\nmessage M {\n  A a = 1;\n}\n`), ed(`message A {}\nmessage M {\n  A a = 1 [features.message_encoding = DELIMITED];\n}\n`), true),
  pair("FIELD_WIRE_COMPATIBLE_TYPE", "a proto2 group → message field", p2(`message M {\n  optional group G = 1 {\n    optional int32 x = 2;\n  }\n}\n`), p2(`message M {\n  message G {\n    optional int32 x = 2;\n  }\n  optional G g = 1;\n}\n`), true),
  pair("FIELD_SAME_TYPE", "an extension's type changed", p2(`${BASE2}extend Base {\n  optional int32 rank = 101;\n}\n`), p2(`${BASE2}extend Base {\n  optional int64 rank = 101;\n}\n`), true),
  pair("FIELD_SAME_TYPE", "an extension moved to another file (paired by extendee and number)", { ...one(p2(`${BASE2}extend Base {\n  optional int32 rank = 101;\n}\n`)) }, { ...one(p2(BASE2)), "shop/v1/ext.proto": p2(`import "shop/v1/a.proto";\nextend Base {\n  optional int32 rank = 101;\n}\n`) }, false),
  pair("ENUM_NO_DELETE", "an enum nested two deep whose parent was deleted too", p3(`message A {\n  message B {\n    enum E {\n      E_UNSPECIFIED = 0;\n    }\n  }\n}\n`), p3(`message A {}\n`), true),
  pair("MESSAGE_SAME_JSON_FORMAT", "a nested message inherits its parent's feature", ed(`message A {\n  message B {}\n}\n`), ed(`message A {\n  option features.json_format = LEGACY_BEST_EFFORT;\n  message B {}\n}\n`), true),
  pair("ENUM_SAME_JSON_FORMAT", "a nested enum inherits its message's feature", ed(`message A {\n  enum E {\n    E_UNSPECIFIED = 0;\n  }\n}\n`), ed(`message A {\n  option features.json_format = LEGACY_BEST_EFFORT;\n  enum E {\n    E_UNSPECIFIED = 0;\n  }\n}\n`), true),
  pair("ENUM_SAME_TYPE", "proto2 → proto3 (closed → open)", p2(`enum E {\n  E_UNSPECIFIED = 0;\n}\n`), p3(`enum E {\n  E_UNSPECIFIED = 0;\n}\n`), true),
  pair("FIELD_SAME_JSON_NAME", "an explicit json_name removed", p3(`message M {\n  string a = 1 [json_name = "alpha"];\n}\n`), p3(`message M {\n  string a = 1;\n}\n`), true),
  pair("FIELD_SAME_JSON_NAME", "an extension renamed (skipped)", p2(`${BASE2}extend Base {\n  optional int32 rank = 101;\n}\n`), p2(`${BASE2}extend Base {\n  optional int32 level = 101;\n}\n`), false),
  pair("PACKAGE_ENUM_NO_DELETE", "an enum deleted with its file (package kept)", { ...one(p3(ENUM)), "shop/v1/b.proto": p3(`enum Size {\n  SIZE_UNSPECIFIED = 0;\n}\n`) }, { "shop/v1/b.proto": p3(`enum Size {\n  SIZE_UNSPECIFIED = 0;\n}\n`) }, true),
  pair("PACKAGE_SERVICE_NO_DELETE", "a service deleted with its file", { ...one(p3(SVC)), "shop/v1/b.proto": p3("message X {}\n") }, { "shop/v1/b.proto": p3("message X {}\n") }, true),
  pair("PACKAGE_MESSAGE_NO_DELETE", "a nested message deleted, its parent moved to another file", p3(`message A {\n  message B {}\n}\nmessage C {}\n`), { ...one(p3(`message C {}\n`)), "shop/v1/b.proto": p3(`message A {}\n`) }, true),
  pair("RPC_SAME_IDEMPOTENCY_LEVEL", "the option removed", p3(SVC.replace("rpc Get(Req) returns (Resp);", "rpc Get(Req) returns (Resp) {\n    option idempotency_level = IDEMPOTENT;\n  }")), p3(SVC), true),
  pair("FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED", "a field of a nested message deleted", p3(ORDER), p3(ORDER.replace("    string sku = 1;\n", "")), true),
  pair("EXTENSION_MESSAGE_NO_DELETE", "a single extension number dropped from the middle", p2(`message Base {\n  extensions 100 to 110;\n}\n`), p2(`message Base {\n  extensions 100 to 104, 106 to 110;\n}\n`), true),
  pair("RESERVED_MESSAGE_NO_DELETE", "a reserved `to max` range capped", p3(`message M {\n  reserved 10 to max;\n}\n`), p3(`message M {\n  reserved 10 to 100;\n}\n`), true),
  pair("FIELD_SAME_ONEOF", "a field moved out of a oneof", p3(`message M {\n  oneof c {\n    string a = 1;\n    string b = 2;\n  }\n}\n`), p3(`message M {\n  oneof c {\n    string b = 2;\n  }\n  string a = 1;\n}\n`), true),
  pair("FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY", "repeated → map", p3(`message E {\n  string key = 1;\n  int32 value = 2;\n}\nmessage M {\n  repeated E tags = 1;\n}\n`), p3(`message E {\n  string key = 1;\n  int32 value = 2;\n}\nmessage M {\n  map<string, int32> tags = 1;\n}\n`), true),
  pair("FIELD_SAME_CPP_STRING_TYPE", "a string field made bytes with ctype CORD kept", p2(`message M {\n  optional string a = 1 [ctype = CORD];\n}\n`), p2(`message M {\n  optional bytes a = 1 [ctype = CORD];\n}\n`), false),
  pair("FIELD_SAME_CPP_STRING_TYPE", "editions (pb.cpp).string_type = CORD", ed(`import "google/protobuf/cpp_features.proto";\nmessage M {\n  string a = 1;\n}\n`), ed(`import "google/protobuf/cpp_features.proto";\nmessage M {\n  string a = 1 [features.(pb.cpp).string_type = CORD];\n}\n`), true),
  pair("FIELD_SAME_CPP_STRING_TYPE", "editions (pb.cpp).string_type = STRING written out", ed(`import "google/protobuf/cpp_features.proto";\nmessage M {\n  bytes a = 1;\n}\n`), ed(`import "google/protobuf/cpp_features.proto";\nmessage M {\n  bytes a = 1 [features.(pb.cpp).string_type = STRING];\n}\n`), false),
  pair("FIELD_SAME_CPP_STRING_TYPE", "editions file-level (pb.cpp).string_type inherited", ed(`import "google/protobuf/cpp_features.proto";\nmessage M {\n  string a = 1;\n}\n`), ed(`import "google/protobuf/cpp_features.proto";\noption features.(pb.cpp).string_type = CORD;\nmessage M {\n  string a = 1;\n}\n`), true),
  pair("FIELD_SAME_JAVA_UTF8_VALIDATION", "proto2 → proto3 with java_string_check_utf8 kept (VERIFY both)", p2(`option java_string_check_utf8 = true;\nmessage M {\n  optional string a = 1;\n}\n`), p3(`option java_string_check_utf8 = true;\nmessage M {\n  string a = 1;\n}\n`), false),
  // (pb.java).utf8_validation is read by the rule, but java_features.proto is not bundled by our compiler yet, so it is not exercised here.
  pair("FIELD_SAME_TYPE", "a map's value type changed (buf reports entry fields at the map type)", p3(`message M {\n  map<string, int32> tags = 1;\n}\n`), p3(`message M {\n  map<string, int64> tags = 1;\n}\n`), true),
  pair("FIELD_WIRE_JSON_COMPATIBLE_TYPE", "a map's value type changed", p3(`message M {\n  map<string, int32> tags = 1;\n}\n`), p3(`message M {\n  map<string, int64> tags = 1;\n}\n`), true),
  pair("FIELD_SAME_CARDINALITY", "a map's key type changed (entry fields skipped)", p3(`message M {\n  map<string, int32> tags = 1;\n}\n`), p3(`message M {\n  map<int32, int32> tags = 1;\n}\n`), false),
  pair("FIELD_SAME_NAME", "a proto2 group renamed", p2(`message M {\n  optional group Item = 1 {\n    optional int32 x = 2;\n  }\n}\n`), p2(`message M {\n  optional group Entry = 1 {\n    optional int32 x = 2;\n  }\n}\n`), true),
  pair("MESSAGE_NO_DELETE", "a proto2 group renamed (its message goes)", p2(`message M {\n  optional group Item = 1 {\n    optional int32 x = 2;\n  }\n}\n`), p2(`message M {\n  optional group Entry = 1 {\n    optional int32 x = 2;\n  }\n}\n`), true),
  pair("ENUM_NO_DELETE", "a nested enum moved to the top level", p3(`message A {\n  enum E {\n    E_UNSPECIFIED = 0;\n  }\n}\n`), p3(`message A {}\nenum E {\n  E_UNSPECIFIED = 0;\n}\n`), true),
  pair("FIELD_SAME_TYPE", "a field's message type moved to the top level", p3(`message A {\n  message B {}\n  B b = 1;\n}\n`), p3(`message B {}\nmessage A {\n  B b = 1;\n}\n`), true),
  // found by breaking-fuzz.test.ts
  pair("MESSAGE_NO_DELETE", "a message renamed: its nested message is reported on the closest surviving ancestor", p3(`message A {\n  message B {\n    message C {}\n  }\n}\n`), p3(`message A {\n  message B2 {\n    message C {}\n  }\n}\n`), true),
  pair("MESSAGE_SAME_JSON_FORMAT", "proto3 → proto2 with a map (its entry reported at the map type)", p3(`message M {\n  map<string, string> tags = 1;\n}\n`), p2(`message M {\n  map<string, string> tags = 1;\n}\n`), true),
  pair("FIELD_SAME_TYPE", "file-level DELIMITED: map fields and their entries stay length-prefixed", ed(`message B {}\nmessage A {\n  map<int32, B> m = 1;\n}\n`), ed(`option features.message_encoding = DELIMITED;\nmessage B {}\nmessage A {\n  map<int32, B> m = 1;\n}\n`), false),
  // ignore_unstable_packages reads the previous side only where the previous file wrote the same thing (buf's against location)
  pair("FILE_SAME_CSHARP_NAMESPACE", "added as the package leaves an unstable version", p3(`message M {}\n`, "shop.v1beta1"), p3(`option csharp_namespace = "X";\nmessage M {}\n`), true, { ignore_unstable_packages: true }),
  pair("FILE_SAME_CSHARP_NAMESPACE", "changed as the package leaves an unstable version", p3(`option csharp_namespace = "Y";\nmessage M {}\n`, "shop.v1beta1"), p3(`option csharp_namespace = "X";\nmessage M {}\n`), false, { ignore_unstable_packages: true }),
  pair("FILE_SAME_SYNTAX", "written out as the package leaves an unstable version", `package shop.v1beta1;\nmessage M {}\n`, p3(`message M {}\n`), true, { ignore_unstable_packages: true }),
  pair("RPC_SAME_REQUEST_TYPE", "an RPC in an editions file", ed(SVC), ed(SVC.replace("rpc Get(Req)", "rpc Get(Resp)")), true),
  pair("FIELD_WIRE_COMPATIBLE_TYPE", "a map's value type changed across wire groups (reported at the map type)", p3(`message M {\n  map<string, int32> tags = 1;\n}\n`), p3(`message M {\n  map<string, sint32> tags = 1;\n}\n`), true),
  pair("FIELD_SAME_UTF8_VALIDATION", "a map's string value in a file switched to proto2", p3(`message M {\n  map<string, string> tags = 1;\n}\n`), p2(`message M {\n  map<string, string> tags = 1;\n}\n`), true),
  pair("FIELD_SAME_JAVA_UTF8_VALIDATION", "a map's string value with java_string_check_utf8 added", p2(`message M {\n  map<string, string> tags = 1;\n}\n`), p2(`option java_string_check_utf8 = true;\nmessage M {\n  map<string, string> tags = 1;\n}\n`), true),
  // ---- categories: the same edit judged by different compatibility levels
  pair("PACKAGE", "a message moved within its package", p3(`message A {}\nmessage B {}\n`), { ...one(p3(`message A {}\n`)), "shop/v1/b.proto": p3(`message B {}\n`) }, false),
  pair("FILE", "a message moved within its package", p3(`message A {}\nmessage B {}\n`), { ...one(p3(`message A {}\n`)), "shop/v1/b.proto": p3(`message B {}\n`) }, true),
  pair("WIRE", "int32 → int64", p3(ORDER), p3(ORDER.replace("int32 qty", "int64 qty")), false),
  pair("WIRE_JSON", "int32 → int64", p3(ORDER), p3(ORDER.replace("int32 qty", "int64 qty")), true),
  pair("WIRE_JSON", "a field deleted with number and name reserved", p3(ORDER), p3(ORDER.replace("  int32 qty = 2;\n", '  reserved 2;\n  reserved "qty";\n')), false),
  pair("WIRE", "a field deleted with only its name reserved", p3(ORDER), p3(ORDER.replace("  int32 qty = 2;\n", '  reserved "qty";\n')), true),
  pair("FILE", "a field deleted in an unstable package, ignore_unstable_packages", p3(ORDER, "shop.v1alpha1"), p3(ORDER.replace("  int32 qty = 2;\n", ""), "shop.v1alpha1"), false, { ignore_unstable_packages: true }),
  pair("FILE", "a field deleted in an unstable package", p3(ORDER, "shop.v1alpha1"), p3(ORDER.replace("  int32 qty = 2;\n", ""), "shop.v1alpha1"), true),
  // ---- v1 configuration: deprecated IDs expand to their replacements; v2-only rules are absent
  v1(pair("FIELD_SAME_LABEL", "optional → repeated (expands to the three cardinality rules)", p3(ORDER), p3(ORDER.replace("int32 qty", "repeated int32 qty")), true)),
  v1(pair("FIELD_SAME_LABEL", "implicit → explicit presence (allowed by the wire rules, not by FIELD_SAME_CARDINALITY)", p3(ORDER), p3(ORDER.replace("int32 qty", "optional int32 qty")), true)),
  v1(pair("FIELD_SAME_CTYPE", "ctype CORD → STRING", p2(`message M {\n  optional string a = 1 [ctype = CORD];\n}\n`), p2(`message M {\n  optional string a = 1;\n}\n`), true)),
  v1(pair("FIELD_SAME_CTYPE", "STRING_PIECE → STRING", p2(`message M {\n  optional string a = 1 [ctype = STRING_PIECE];\n}\n`), p2(`message M {\n  optional string a = 1;\n}\n`), false)),
  v1(pair("FILE_SAME_JAVA_STRING_CHECK_UTF8", "java_string_check_utf8 turned on", p2(`message M {\n  optional string a = 1;\n}\n`), p2(`option java_string_check_utf8 = true;\nmessage M {\n  optional string a = 1;\n}\n`), true)),
  v1(pair("WIRE", "a default changed (FIELD_SAME_DEFAULT is v2 only)", p2(`message M {\n  optional int32 a = 1 [default = 1];\n}\n`), p2(`message M {\n  optional int32 a = 1 [default = 2];\n}\n`), false)),
  pair("WIRE", "a default changed", p2(`message M {\n  optional int32 a = 1 [default = 1];\n}\n`), p2(`message M {\n  optional int32 a = 1 [default = 2];\n}\n`), true),
  v1(pair("FILE", "an extension deleted (EXTENSION_NO_DELETE is v2 only)", p2(`${BASE2}extend Base {\n  optional int32 rank = 101;\n}\n`), p2(BASE2), false)),
];

function v1(m: Mutation): Mutation {
  return { ...m, version: "v1" };
}

/** FILE_SAME_<option>: changing or removing a non-default value trips; writing out the default does not. */
function fileOptionMutations(): Mutation[] {
  const options: [id: string, option: string, value: string, other: string, dflt: string][] = [
    ["GO_PACKAGE", "go_package", '"example.com/shop/v1;shopv1"', '"example.com/shop;shop"', '""'],
    ["JAVA_PACKAGE", "java_package", '"com.example.shop.v1"', '"com.example.shop"', '""'],
    ["JAVA_OUTER_CLASSNAME", "java_outer_classname", '"ShopProto"', '"AProto"', '""'],
    ["JAVA_MULTIPLE_FILES", "java_multiple_files", "true", "false", "false"],
    ["JAVA_GENERIC_SERVICES", "java_generic_services", "true", "false", "false"],
    ["CC_ENABLE_ARENAS", "cc_enable_arenas", "false", "true", "true"],
    ["CC_GENERIC_SERVICES", "cc_generic_services", "true", "false", "false"],
    ["PY_GENERIC_SERVICES", "py_generic_services", "true", "false", "false"],
    ["CSHARP_NAMESPACE", "csharp_namespace", '"Example.Shop.V1"', '"Example.Shop"', '""'],
    ["OBJC_CLASS_PREFIX", "objc_class_prefix", '"ESV"', '"ESX"', '""'],
    ["OPTIMIZE_FOR", "optimize_for", "CODE_SIZE", "LITE_RUNTIME", "SPEED"],
    ["PHP_CLASS_PREFIX", "php_class_prefix", '"Shop"', '"Store"', '""'],
    ["PHP_METADATA_NAMESPACE", "php_metadata_namespace", '"Shop_Meta"', '"Store_Meta"', '""'],
    ["PHP_NAMESPACE", "php_namespace", '"Shop_Ns"', '"Store_Ns"', '""'],
    ["RUBY_PACKAGE", "ruby_package", '"Shop::V1"', '"Shop"', '""'],
    ["SWIFT_PREFIX", "swift_prefix", '"SV1"', '"SV2"', '""'],
  ];
  const out: Mutation[] = [];
  options.forEach(([id, option, value, other, dflt], i) => {
    const withOpt = (v: string): string => p3(`option ${option} = ${v};\nmessage M {}\n`);
    // Alternate between a changed value (reported at the option) and a removed one (at 1:1).
    out.push(pair(`FILE_SAME_${id}`, i % 2 ? `${option} removed` : `${option} changed`, withOpt(value), i % 2 ? p3("message M {}\n") : withOpt(other), true));
    out.push(pair(`FILE_SAME_${id}`, `${option} default written out`, p3("message M {}\n"), withOpt(dflt), false));
  });
  return out;
}

/** The rules `use: [ID]` enables: a rule (a deprecated v1 ID becomes its replacements) or a category. */
function rulesFor(use: string, version: "v1" | "v2"): BreakingRule[] {
  const known = BREAKING_RULES.filter((r) => r.categories[version] !== undefined);
  const rule = known.find((r) => r.id === use);
  if (rule?.deprecated && rule.replacedBy) return known.filter((r) => rule.replacedBy!.includes(r.id));
  if (rule) return [rule];
  return known.filter((r) => !r.deprecated && r.categories[version]?.includes(use));
}

describe("every live breaking rule has a tripping and a non-tripping mutation", () => {
  const live = BREAKING_RULES.filter((r) => !r.deprecated).map((r) => r.id);
  it.each(live)("%s", (id) => {
    const mine = MUTATIONS.filter((m) => m.use === id && m.version === undefined);
    expect(mine.some((m) => m.trips), "a mutation that trips it").toBe(true);
    expect(mine.some((m) => !m.trips), "a close variant that does not").toBe(true);
  });
});

describe("mutations: protoguard agrees with buf breaking", () => {
  it.each(MUTATIONS.map((m) => [`${m.version ?? "v2"} ${m.use}: ${m.name}${m.trips ? "" : " (no finding)"}`, m] as const))("%s", async (_name, m) => {
    const version = m.version ?? "v2";
    const rules = rulesFor(m.use, version);
    expect(rules.length, `rules for ${m.use}`).toBeGreaterThan(0);
    const [previous, current] = await Promise.all([compileBreakingSide({ files: m.before }), compileBreakingSide({ files: m.after })]);
    const ours = runBreaking(previous, current, {
      rules,
      options: { ignoreUnstablePackages: m.config?.["ignore_unstable_packages"] === true, extra: {} },
      version,
    });
    const buf = await bufBreaking(m.before, m.after, { use: [m.use], ...(m.config ?? {}) }, version);
    expect(comparable(ours)).toEqual(comparableBuf(buf));
    expect(ours.length > 0, ours.map((f) => `${f.ruleId}: ${f.message}`).join("\n")).toBe(m.trips);
    for (const f of ours) expect(f.message.length, "a message says what changed and how to fix it").toBeGreaterThan(40);
  });
});
