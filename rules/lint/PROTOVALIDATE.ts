/** protovalidate rules on fields, messages and predefined rules are coherent, accept their examples, and their CEL compiles (buf's PROTOVALIDATE; see docs). */
import { create, createFileRegistry, type Registry } from "@bufbuild/protobuf";
import { FieldDescriptorProto_Label, FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";
import { FIELD_OPTIONS, forEachElement, MESSAGE_OPTIONS, type Field, type Message, type Model } from "../../src/engine/model.js";
import {
  checkCelRules,
  checkMessageOneofs,
  checkPredefinedRule,
  checkRules,
  fieldRules,
  messageRules,
  optionLocationPath,
  predefinedRules,
  presenceOf,
  VALIDATE_FIELD_EXTENSION,
  VALIDATE_PREDEFINED_EXTENSION,
  WireMessage,
  type FieldExamples,
  type Judged,
  type RuleReporter,
} from "../../src/engine/protovalidate.js";
import { celTypes, type CelTypes } from "../../src/engine/protovalidate-cel.js";
import { celRuleText, type CelRuleText, type PredefinedRules } from "../../src/engine/protovalidate-example.js";
import { lintRule, type LintContext } from "../../src/engine/rule.js";

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
message MessageRules { repeated Rule cel = 3; repeated string cel_expression = 5; repeated MessageOneofRule oneof = 4; }
message MessageOneofRule { repeated string fields = 1; optional bool required = 2; }
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
  optional string pattern = 6;
  optional string prefix = 7;
  optional string suffix = 8;
  optional string contains = 9;
  optional string not_contains = 23;
  optional bool strict = 25;
  repeated string example = 34;
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
  summary: "protovalidate rules fit their field, can be satisfied, accept their own examples, and their CEL expressions compile.",
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
    "`gt_now` are not combined, field mask `in` and `not_in` do not overlap; `prefix`/`suffix`/`contains` fit " +
    "`max_len`/`max_bytes` and avoid `not_contains`; `const` stands alone (predefined rules beside it do not " +
    "count, as buf does not know them); `ignore = IGNORE_ALWAYS` stands alone; `required` is not combined with " +
    "`IGNORE_IF_ZERO_VALUE`, not put on oneof members, extensions, repeated items or map keys/values; " +
    "`unique` only on scalars and wrappers; `strict` only with `well_known_regex`.\n\n" +
    "`pattern` (string and bytes) is an RE2 regular expression, as Go's regexp parses it: lookahead and " +
    "lookbehind, backreferences, `\\k<name>`, possessive and nested repetition (`a*+`, `a**`), atomic groups, " +
    "`\\Z`, `(?x)` and comments are rejected, repeat counts stay within 1000 (their product too), and the " +
    "message gives Go's error (`invalid or unsupported Perl syntax: (?=`); `(?P<name>…)`, `(?<name>…)`, flag " +
    "groups such as `(?i)`, `\\z`, `\\Q…\\E`, POSIX classes and Unicode classes by category, alias or script " +
    "(`\\pL`, `\\p{Letter}`, `\\p{greek}`, Unicode 17) are accepted. Go's limits on the compiled size and on " +
    "nesting depth (a thousand levels) are not modelled.\n\n" +
    "`example` values are checked against the field's own rules, as protovalidate would validate them: every " +
    "standard rule an example breaks is a finding at the example, named by protovalidate's rule ID " +
    "(`string.min_len`, `int32.gt_lt_exclusive`, `string.email`, `string.uri`, `required`), following `ignore` " +
    "and presence; `uri` and `uri_ref` follow protovalidate's RFC 3986 reader (IPv6 and IPvFuture hosts, zone " +
    "IDs, percent-encoding, relative references). The CEL rules run on the examples as well: `cel` and " +
    "`cel_expression` of the field (or of its items, map keys or values), and predefined rules the example's " +
    "rules set, with `rule`, `rules` and `now`; an expression yielding `false` or a non-empty string is a " +
    "finding naming the rule. An expression that fails on an example at run time (`int(this)` on \"ab\") is " +
    "reported: protovalidate returns an error instead of a verdict, and buf lint stops on it. Evaluation is " +
    "bounded (100,000 steps, counting loop steps and the characters, bytes and items each call touches): an " +
    "expression costing more on an example, such as ten nested loops over ten items, is reported as too " +
    "costly and not checked. Not run: the rules of a repeated or map field itself (buf does not report them " +
    "at an item's example), and expressions using functions the interpreter lacks (`reverse()`). As in buf, " +
    "examples are not checked when the rules hold nothing else (a `cel_expression` alone counts as nothing), " +
    "when the field is ignored, or when any rule of the field does not compile (a CEL error, a pattern RE2 " +
    "rejects, rules for another type).\n\n" +
    "`(buf.validate.message).oneof` entries name at least one field, no field twice, only fields of the " +
    "message, and no field in two entries. Like buf, repeated and map fields and members of real oneofs are " +
    "accepted there.\n\n" +
    "CEL rules (`cel` and `cel_expression` on fields and in `(buf.validate.message)`, and " +
    "`(buf.validate.predefined).cel` of predefined rules, extensions of `buf.validate.StringRules` and the " +
    "other rule messages): each expression parses and type-checks as cel-go checks it in buf, with `this` " +
    "typed as the field value (a list or map for repeated and map fields, an item, a map key or value), the " +
    "message, or, in predefined rules, the value the rule message checks, with `rule` (the extension's " +
    "value) and `rules` (the rule message); `now` is a timestamp. Reported: references to anything else " +
    "(buf's environment has the strings extension but no math, lists, sets or optional functions, and no " +
    "two-variable comprehensions), fields the type does not have, operators and functions without an " +
    "overload for their operand types (`string + int`, `1 == 1u`, `size()` on an int, `!` on an int, " +
    "`this.startsWith(1)`, a non-bool operand of `&&`), results that are not bool or string, a `message` " +
    "beside an expression that yields the message string itself, blank expressions, and IDs that repeat within " +
    "the field, message or extension or use other characters than letters, digits, `.`, `_`, `-`. Where a type " +
    "is not known (`dyn`: `google.protobuf.Any` and `Value` fields, qualified names, `dyn(…)`), and for the " +
    "arguments of conversions such as `int(…)`, nothing is reported.\n\n" +
    "Fix a finding by removing the rule that cannot apply, by correcting the bounds, pattern, example or " +
    "expression it names.",
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
  int32 count = 4 [(buf.validate.field).cel = {id: "count", expression: "this.size() > 0"}];
                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PROTOVALIDATE
  string slug = 5 [(buf.validate.field).string.pattern = "^(?!-)[a-z-]+$"];
                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PROTOVALIDATE
  string nick = 6 [(buf.validate.field).string = {min_len: 3, example: "al"}];
                                                              ^^^^^^^^^^^^^ PROTOVALIDATE
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
  int32 count = 5 [(buf.validate.field).cel = {id: "count", expression: "this > 0"}];
  string slug = 6 [(buf.validate.field).string.pattern = "^[a-z][a-z-]*$"];
  string nick = 7 [(buf.validate.field).string = {min_len: 3, example: "ally"}];
}
`,
        },
      },
    ],
  },
  // Field rules (`(buf.validate.field)`) and message rules (`(buf.validate.message)`).
  target: ["field", "message"],
  check(element, ctx) {
    const types = celTypes(ctx.model);
    if (element.kind === "field") checkField(element, ctx, types);
    else checkMessage(element, ctx, types);
  },
});

/**
 * Reports findings at paths inside an option (`(buf.validate.field)`, `(buf.validate.message)`,
 * `(buf.validate.predefined)`) of `element`, each where buf places it. Identical findings at one place
 * (both bounds in one option statement, two entries resolving to the same option) report once, as in buf.
 */
function optionReporter(ctx: LintContext, element: Field | Message, optionsNo: number, extension: number): RuleReporter {
  const seen = new Set<string>();
  return (path, message) => {
    const at = optionLocationPath(element, optionsNo, path, extension);
    const key = `${at?.join(".") ?? "-"}\0${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    ctx.report(at ? { element, at } : { element, at: [optionsNo, extension], fallback: "none" }, message);
  };
}

function checkField(field: Field, ctx: LintContext, types: CelTypes): void {
  if (field.isExtension) checkPredefinedRule(field, types, optionReporter(ctx, field, FIELD_OPTIONS, VALIDATE_PREDEFINED_EXTENSION));
  const rules = fieldRules(field);
  if (!rules) return;
  const entry = field.proto.label === FieldDescriptorProto_Label.REPEATED && field.typeName ? ctx.model.type(field.typeName) : undefined;
  const mapEntry = entry?.kind === "message" && entry.isMapEntry && entry.fields.length === 2 ? ([entry.fields[0]!.proto, entry.fields[1]!.proto] as const) : undefined;
  const examples: FieldExamples = {
    compiles: true,
    pending: [],
    predefined: modelPredefinedRules(ctx.model),
    enumNumbers: (name) => {
      const type = ctx.model.type(name);
      return type?.kind === "enum" ? type.values.map((v) => v.number) : undefined;
    },
  };
  const judged: Judged = { field, proto: field.proto, mapEntry, hasPresence: presenceOf(field.proto, field), celTypes: types, examples };
  checkRules(judged, rules, [], field.proto.label === FieldDescriptorProto_Label.REPEATED, optionReporter(ctx, field, FIELD_OPTIONS, VALIDATE_FIELD_EXTENSION));
}

const predefinedByModel = new WeakMap<Model, PredefinedRules>();

/**
 * The model's predefined rules (extensions of `buf.validate.*Rules` with `(buf.validate.predefined).cel`),
 * indexed when first looked up, and a registry of the model's messages, built when first needed.
 */
function modelPredefinedRules(model: Model): PredefinedRules {
  let found = predefinedByModel.get(model);
  if (found) return found;
  let index: Map<string, { proto: Field["proto"]; cel: CelRuleText[] }> | undefined;
  let registry: Registry | undefined | null = null;
  found = {
    find(extendee, number) {
      if (!index) {
        index = new Map();
        for (const file of model.files) {
          forEachElement(file, (e) => {
            if (e.kind !== "field" || !e.isExtension || !e.extendee?.startsWith("buf.validate.")) return;
            const cel = (predefinedRules(e)?.fields ?? []).filter((f) => f.no === 1 && f.bytes).map((f) => celRuleText(WireMessage.parse(f.bytes!)));
            index!.set(`${e.extendee}#${e.number}`, { proto: e.proto, cel });
          });
        }
      }
      return index.get(`${extendee}#${number}`);
    },
    registry() {
      if (registry === null) {
        try {
          registry = createFileRegistry(create(FileDescriptorSetSchema, { file: model.files.map((f) => f.proto) }));
        } catch {
          registry = undefined;
        }
      }
      return registry;
    },
  };
  predefinedByModel.set(model, found);
  return found;
}

// MessageRules.cel (repeated Rule) and MessageRules.cel_expression (repeated string).
const MESSAGE_CEL = 3;
const MESSAGE_CEL_EXPRESSION = 5;

function checkMessage(message: Message, ctx: LintContext, types: CelTypes): void {
  const rules = messageRules(message);
  if (!rules) return;
  const report = optionReporter(ctx, message, MESSAGE_OPTIONS, VALIDATE_FIELD_EXTENSION);
  checkMessageOneofs(message, rules, report);
  const owner = { what: `message "${message.name}"`, within: "message", cel: "(buf.validate.message).cel", celExpression: "(buf.validate.message).cel_expression" };
  checkCelRules(rules, MESSAGE_CEL, MESSAGE_CEL_EXPRESSION, [], owner, types.scope(types.message(message.fullName)), report);
}
