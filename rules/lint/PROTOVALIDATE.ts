/** protovalidate rules on fields and messages are coherent and their CEL compiles (most of buf's PROTOVALIDATE; see docs). */
import { FieldDescriptorProto_Label } from "@bufbuild/protobuf/wkt";
import { FIELD_OPTIONS, MESSAGE_OPTIONS, type Field, type Message, type Model } from "../../src/engine/model.js";
import {
  checkCelRules,
  celTypeName,
  checkRules,
  fieldRules,
  messageRules,
  optionLocationPath,
  presenceOf,
  ruleLocationPath,
  VALIDATE_FIELD_EXTENSION,
  type Judged,
} from "../../src/engine/protovalidate.js";
import type { CelScope, CelThis } from "../../src/engine/protovalidate-cel.js";
import { lintRule, type LintContext } from "../../src/engine/rule.js";

const rootsByModel = new WeakMap<Model, ReadonlySet<string>>();
/** First segments of every package and top-level type name: where CEL's qualified names start. */
function celRoots(model: Model): ReadonlySet<string> {
  let roots = rootsByModel.get(model);
  if (!roots) {
    const set = new Set<string>(["google"]);
    for (const file of model.files) {
      const pkg = file.proto.package ?? "";
      if (pkg !== "") set.add(pkg.split(".")[0]!);
      else for (const t of [...file.proto.messageType, ...file.proto.enumType]) set.add(t.name ?? "");
    }
    rootsByModel.set(model, (roots = set));
  }
  return roots;
}

/**
 * A small, wire-compatible stand-in for protovalidate's buf/validate/validate.proto (same package,
 * extension and field numbers), so the examples compile without the BSR dependency.
 */
export const VALIDATE_PROTO_STUB = `syntax = "proto2";
package buf.validate;
import "google/protobuf/descriptor.proto";
import "google/protobuf/duration.proto";
import "google/protobuf/field_mask.proto";
import "google/protobuf/timestamp.proto";
extend google.protobuf.MessageOptions { optional MessageRules message = 1159; }
extend google.protobuf.FieldOptions { optional FieldRules field = 1159; }
message MessageRules { repeated Rule cel = 3; repeated string cel_expression = 5; }
enum Ignore { IGNORE_UNSPECIFIED = 0; IGNORE_IF_ZERO_VALUE = 1; IGNORE_ALWAYS = 3; }
message FieldRules {
  optional bool required = 25;
  optional Ignore ignore = 27;
  repeated Rule cel = 23;
  repeated string cel_expression = 29;
  oneof type {
    FloatRules float = 1;
    DoubleRules double = 2;
    Int32Rules int32 = 3;
    UInt64Rules uint64 = 6;
    SInt32Rules sint32 = 7;
    SFixed64Rules sfixed64 = 12;
    StringRules string = 14;
    BytesRules bytes = 15;
    EnumRules enum = 16;
    RepeatedRules repeated = 18;
    MapRules map = 19;
    DurationRules duration = 21;
    TimestampRules timestamp = 22;
    FieldMaskRules field_mask = 28;
  }
}
message Rule { optional string id = 1; optional string message = 2; optional string expression = 3; }
message FloatRules { optional float const = 1; optional float lt = 2; optional float lte = 3; optional float gt = 4; optional float gte = 5; repeated float in = 6; repeated float not_in = 7; }
message DoubleRules { optional double const = 1; optional double lt = 2; optional double lte = 3; optional double gt = 4; optional double gte = 5; repeated double in = 6; repeated double not_in = 7; }
message Int32Rules { optional int32 const = 1; optional int32 lt = 2; optional int32 lte = 3; optional int32 gt = 4; optional int32 gte = 5; }
message UInt64Rules { optional uint64 const = 1; optional uint64 lt = 2; optional uint64 lte = 3; optional uint64 gt = 4; optional uint64 gte = 5; }
message SInt32Rules { optional sint32 const = 1; optional sint32 lt = 2; optional sint32 lte = 3; optional sint32 gt = 4; optional sint32 gte = 5; }
message SFixed64Rules { optional sfixed64 const = 1; optional sfixed64 lt = 2; optional sfixed64 lte = 3; optional sfixed64 gt = 4; optional sfixed64 gte = 5; }
message StringRules {
  optional string const = 1;
  optional uint64 len = 19;
  optional uint64 min_len = 2;
  optional uint64 max_len = 3;
  optional uint64 len_bytes = 20;
  optional uint64 min_bytes = 4;
  optional uint64 max_bytes = 5;
  optional string prefix = 7;
  optional string suffix = 8;
  optional string contains = 9;
  optional string not_contains = 23;
  optional bool strict = 25;
}
message BytesRules { optional bytes const = 1; optional uint64 len = 13; optional uint64 min_len = 2; optional uint64 max_len = 3; optional bytes prefix = 5; }
message EnumRules { optional int32 const = 1; optional bool defined_only = 2; }
message RepeatedRules { optional uint64 min_items = 1; optional uint64 max_items = 2; optional bool unique = 3; optional FieldRules items = 4; }
message DurationRules {
  optional google.protobuf.Duration const = 2;
  optional google.protobuf.Duration lt = 3;
  optional google.protobuf.Duration lte = 4;
  optional google.protobuf.Duration gt = 5;
  optional google.protobuf.Duration gte = 6;
}
message TimestampRules {
  optional google.protobuf.Timestamp const = 2;
  optional google.protobuf.Timestamp lt = 3;
  optional google.protobuf.Timestamp lte = 4;
  optional google.protobuf.Timestamp gt = 5;
  optional google.protobuf.Timestamp gte = 6;
  optional bool lt_now = 7;
  optional bool gt_now = 8;
  optional google.protobuf.Duration within = 9;
}
message FieldMaskRules { optional google.protobuf.FieldMask const = 1; repeated string in = 2; repeated string not_in = 3; }
message MapRules { optional uint64 min_pairs = 1; optional uint64 max_pairs = 2; optional FieldRules keys = 4; optional FieldRules values = 5; }
`;

export default lintRule({
  id: "PROTOVALIDATE",
  categories: {
    v1: ["DEFAULT", "STANDARD"],
    v2: ["DEFAULT", "STANDARD"],
  },
  summary: "protovalidate rules fit their field, can be satisfied, and their CEL expressions compile.",
  docs:
    "protovalidate (`buf/validate/validate.proto`) checks messages at run time against rules written as " +
    "field options. Rules that do not fit the field, contradict each other or can never pass are not caught " +
    "by the compiler: they fail at run time, or silently never apply.\n\n" +
    "What is checked: the rule kind matches the field type (`string` rules on a `string` or " +
    "`google.protobuf.StringValue` field, `repeated` rules on a repeated field, `map` rules on a map, element " +
    "rules under `repeated.items` / `map.keys` / `map.values`); `min_len`/`max_len`, `min_bytes`/`max_bytes`, " +
    "`min_items`/`max_items`, `min_pairs`/`max_pairs` are in order (equal bounds: use `len`; `len` makes them " +
    "redundant); numeric, duration and timestamp bounds are not equal (`gte` = `lte`: use `const`), float " +
    "bounds are not NaN, duration and timestamp values are valid, `within` is positive, `lt_now` and " +
    "`gt_now` are not combined, field mask `in` and `not_in` do not overlap; `prefix`/`suffix`/`contains` fit `max_len`/`max_bytes` and avoid `not_contains`; `const` " +
    "stands alone; `ignore = IGNORE_ALWAYS` stands alone; `required` is not combined with " +
    "`IGNORE_IF_ZERO_VALUE`, not put on oneof members, extensions, repeated items or map keys/values; " +
    "`unique` only on scalars and wrappers; `strict` only with `well_known_regex`.\n\n" +
    "CEL rules (`cel` and `cel_expression`, on fields and in `(buf.validate.message)`): each expression " +
    "parses; it refers only to `this` (the field value, a repeated item, a map key or value, or the message) and " +
    "`now` (`rules` exists only in predefined rules), to fields `this` has, and to known functions; a literal or " +
    "bare `this` result is bool or string; `cel` expressions are not empty; IDs are unique within the field or " +
    "message and use only letters, digits, `.`, `_`, `-`. Type errors beyond these (`size()` on an int, " +
    "`string + int`) need a CEL type checker and are not reported yet.\n\n" +
    "Not yet checked (buf checks them): " +
    "`pattern` regular expressions (RE2), `example` values, predefined rule extensions, and " +
    "`(buf.validate.message).oneof`. Fix a finding by removing the rule that cannot " +
    "apply or by correcting the bounds it names.",
  examples: {
    bad: [
      {
        files: {
          "buf/validate/validate.proto": VALIDATE_PROTO_STUB,
          "example.proto": `syntax = "proto3";
import "buf/validate/validate.proto";
message User {
  int32 age = 1 [(buf.validate.field).string.min_len = 1];
                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PROTOVALIDATE
  string name = 2 [(buf.validate.field).string = {min_len: 5, max_len: 2}];
                                                  ^^^^^^^^^^ PROTOVALIDATE
                                                              ^^^^^^^^^^ PROTOVALIDATE
  string code = 3 [(buf.validate.field).cel = {id: "code", expression: "this.size() <= max_len"}];
                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PROTOVALIDATE
}
`,
        },
      },
    ],
    good: [
      {
        files: {
          "buf/validate/validate.proto": VALIDATE_PROTO_STUB,
          "example.proto": `syntax = "proto3";
import "buf/validate/validate.proto";
message User {
  int32 age = 1 [(buf.validate.field).int32.gt = 0];
  string name = 2 [(buf.validate.field).string = {min_len: 2, max_len: 5}];
  repeated string tags = 3 [(buf.validate.field).repeated.items.string.max_len = 10];
  string code = 4 [(buf.validate.field).cel = {id: "code", expression: "this.size() <= 4 ? '' : 'code is too long'"}];
}
`,
        },
      },
    ],
  },
  // Field rules (`(buf.validate.field)`) and message rules (`(buf.validate.message)`).
  target: ["field", "message"],
  check(element, ctx) {
    const celScope = celScopes(ctx);
    if (element.kind === "field") checkField(element, ctx, celScope);
    else checkMessage(element, ctx, celScope);
  },
});

/**
 * The CEL scope builder of one run: message types for `this`, typed lazily and shared by every
 * expression of the run (cached per model, so nothing assumes one run per process).
 */
const scopesByModel = new WeakMap<Model, ScopeOf>();
function celScopes(ctx: LintContext): ScopeOf {
  const cached = scopesByModel.get(ctx.model);
  if (cached) return cached;
  const messages = new Map<string, CelThis>();
  /** A message type for CEL: its fields typed lazily (well-known types and unknown names: unknown). */
  const messageType = (fullName: string): CelThis => {
    let t = messages.get(fullName);
    if (t) return t;
    const type = fullName.startsWith("google.protobuf.") ? undefined : ctx.model.type(fullName);
    if (type?.kind !== "message") return { kind: "unknown" };
    const byName = new Map(type.fields.map((f) => [f.name, f] as const));
    t = {
      kind: "message",
      field: (name) => {
        const f = byName.get(name);
        if (!f) return undefined;
        const entry = f.typeName ? ctx.model.type(f.typeName) : undefined;
        if (entry?.kind === "message" && entry.isMapEntry) return { kind: "unknown" };
        if (f.proto.label === FieldDescriptorProto_Label.REPEATED) return { kind: "value", type: "list" };
        if (entry?.kind === "message") return messageType(entry.fullName);
        return f.typeName && !entry ? { kind: "unknown" } : { kind: "value", type: celTypeName(f.proto) };
      },
    };
    messages.set(fullName, t);
    return t;
  };
  const roots = celRoots(ctx.model);
  // `rules` is declared only for predefined rules, not for `cel` on fields and messages (buf reports it).
  const variables = new Set(["this", "now"]);
  const scope: ScopeOf = (self) => ({ variables, this: typeof self === "string" ? messageType(self) : self, roots });
  scopesByModel.set(ctx.model, scope);
  return scope;
}

type ScopeOf = (self: CelThis | string) => CelScope;

function checkField(field: Field, ctx: LintContext, celScope: ScopeOf): void {
  const rules = fieldRules(field);
  if (!rules) return;
  const entry = field.proto.label === FieldDescriptorProto_Label.REPEATED && field.typeName ? ctx.model.type(field.typeName) : undefined;
  const mapEntry = entry?.kind === "message" && entry.isMapEntry && entry.fields.length === 2 ? ([entry.fields[0]!.proto, entry.fields[1]!.proto] as const) : undefined;
  const judged: Judged = { field, proto: field.proto, mapEntry, hasPresence: presenceOf(field.proto, field), celScope };
  const seen = new Set<string>();
  checkRules(judged, rules, [], field.proto.label === FieldDescriptorProto_Label.REPEATED, (path, message) => {
    const at = ruleLocationPath(field, path);
    // Two rule paths written at one place (e.g. both bounds in one option statement) report once.
    const key = `${at?.join(".") ?? "-"}\0${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    ctx.report(at ? { element: field, at } : { element: field, at: [FIELD_OPTIONS, VALIDATE_FIELD_EXTENSION], fallback: "none" }, message);
  });
}

// MessageRules.cel (repeated Rule) and MessageRules.cel_expression (repeated string).
const MESSAGE_CEL = 3;
const MESSAGE_CEL_EXPRESSION = 5;

function checkMessage(message: Message, ctx: LintContext, celScope: ScopeOf): void {
  const rules = messageRules(message);
  if (!rules) return;
  const owner = { what: `message "${message.name}"`, within: "message" as const, cel: "(buf.validate.message).cel", celExpression: "(buf.validate.message).cel_expression" };
  checkCelRules(rules, MESSAGE_CEL, MESSAGE_CEL_EXPRESSION, [], owner, celScope(message.fullName), (path, text) => {
    const at = optionLocationPath(message, MESSAGE_OPTIONS, path);
    ctx.report(at ? { element: message, at } : { element: message, at: [MESSAGE_OPTIONS, VALIDATE_FIELD_EXTENSION], fallback: "none" }, text);
  });
}
