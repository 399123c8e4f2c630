/** Enums stay open or closed. */
import { nestedName } from "../../src/breaking/describe.js";
import { firstOption, optionAt, resolveFeature } from "../../src/breaking/helpers.js";
import { FeatureSet_EnumType } from "@bufbuild/protobuf/wkt";
import type { Enum } from "../../src/engine/model.js";
import { breakingRule } from "../../src/engine/rule.js";

/** Whether the enum resolves to `enum_type = CLOSED`. */
function closed(e: Enum): boolean {
  return resolveFeature(e, "enumType") === FeatureSet_EnumType.CLOSED;
}

export default breakingRule({
  id: "ENUM_SAME_TYPE",
  categories: { v1beta1: ["FILE", "PACKAGE"], v1: ["FILE", "PACKAGE"], v2: ["FILE", "PACKAGE"] },
  summary: "Enums stay open or closed.",
  docs: "An open enum keeps unknown numbers; a closed one moves them to unknown fields. Changing `features.enum_type` (or switching the file between proto2 and proto3) changes what readers do with values they do not know, and the generated code.\n\nRestore the old `enum_type`. The finding is on the feature, or on the enum when it is inherited.",
  examples: {
    bad: [
      {
        before: `edition = "2023";
package shop.v1;
enum Kind {
  KIND_UNSPECIFIED = 0;
}
`,
        after: `edition = "2023";
package shop.v1;
enum Kind {
  option features.enum_type = CLOSED;
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ENUM_SAME_TYPE
  KIND_UNSPECIFIED = 0;
}
`,
      }
    ],
    good: [
      {
        before: `edition = "2023";
package shop.v1;
enum Kind {
  KIND_UNSPECIFIED = 0;
}
`,
        after: `edition = "2023";
package shop.v1;
enum Kind {
  option features.enum_type = OPEN;
  KIND_UNSPECIFIED = 0;
}
`,
      }
    ],
  },
  target: "enum",
  check({ previous, current }, ctx) {
    const was = closed(previous) ? "closed" : "open";
    const now = closed(current) ? "closed" : "open";
    if (was === now) return;
    ctx.report(
      firstOption(current, optionAt(current, [3, 7, 2], 2)),
      `Enum "${nestedName(current)}" changed from ${was} to ${now}, which changes how unknown values are read. Set \`option features.enum_type = ${was.toUpperCase()};\`.`,
    );
  },
});
