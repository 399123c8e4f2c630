/** String and bytes fields keep their C++ string type. */
import { describeField, fieldKind } from "../../src/breaking/describe.js";
import { cppStringType, firstOption, optionAt } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

/** String and bytes fields have a C++ string type. */
function isText(kind: string): boolean {
  return kind === "string" || kind === "bytes";
}

export default breakingRule({
  id: "FIELD_SAME_CPP_STRING_TYPE",
  categories: { v1beta1: ["FILE", "PACKAGE"], v1: ["FILE", "PACKAGE"], v2: ["FILE", "PACKAGE"] },
  summary: "String and bytes fields keep their C++ string type.",
  docs: "The `ctype` option and the `(pb.cpp).string_type` feature decide the C++ type of string and bytes accessors (`std::string`, `absl::Cord`, `absl::string_view`); changing it breaks C++ code. `STRING_PIECE` \u2192 `STRING` is allowed.\n\nRestore the old setting. Map entry fields are skipped. The finding is on the `ctype` option or the feature, or on the field when neither is written.",
  examples: {
    bad: [
      {
        before: `syntax = "proto2";
package shop.v1;
message Order {
  optional string note = 1 [ctype = CORD];
}
`,
        after: `syntax = "proto2";
package shop.v1;
message Order {
  optional string note = 1;
  ^^^^^^^^^^^^^^^^^^^^^^^^^ FIELD_SAME_CPP_STRING_TYPE
}
`,
      }
    ],
    good: [
      {
        before: `syntax = "proto2";
package shop.v1;
message Order {
  optional string note = 1;
}
`,
        after: `syntax = "proto2";
package shop.v1;
message Order {
  optional string note = 1 [ctype = STRING];
}
`,
      }
    ],
  },
  target: "field",
  only: ({ previous, current }) => !(previous.parent?.isMapEntry === true && current.parent?.isMapEntry === true),
  check({ previous, current }, ctx) {
    if (!isText(fieldKind(previous)) || !isText(fieldKind(current))) return;
    const was = cppStringType(previous);
    const now = cppStringType(current);
    if (was.type === now.type && was.piece === now.piece) return;
    if (was.piece && now.type === "STRING" && !now.piece) return;
    const name = (t: { type: string; piece: boolean }): string => (t.piece ? "STRING_PIECE" : t.type);
    const ctypeAt = current.file.locations.get([...current.path, 8, 1]) ? ([8, 1] as const) : undefined;
    ctx.report(
      firstOption(current, ctypeAt, optionAt(current, [8, 21, 1000, 2], 2)),
      `The C++ string type of ${describeField(current)} changed from ${name(was)} to ${name(now)}, which changes its C++ accessors. Restore the old ${previous.file.syntax === "editions" ? "(pb.cpp).string_type feature" : "ctype option"} (${name(was)}).`,
    );
  },
});
