/** 64-bit integer fields keep their jstype. */
import { describeField } from "../../src/breaking/describe.js";
import { fieldAt, is64BitInteger, jsTypeName } from "../../src/breaking/helpers.js";
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "FIELD_SAME_JSTYPE",
  categories: { v1beta1: ["FILE", "PACKAGE"], v1: ["FILE", "PACKAGE"], v2: ["FILE", "PACKAGE"] },
  summary: "64-bit integer fields keep their jstype.",
  docs: "`jstype` decides whether JavaScript code sees a 64-bit integer as a number or a string; changing it changes the generated type.\n\nRestore the old `jstype`. Only checked when the field is a 64-bit integer on both sides. The finding is on the `jstype` option, or on the field when there is none.",
  examples: {
    bad: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {
  int64 id = 1;
}
`,
        after: `syntax = "proto3";
package shop.v1;
message Order {
  int64 id = 1 [jstype = JS_STRING];
                ^^^^^^^^^^^^^^^^^^ FIELD_SAME_JSTYPE
}
`,
      }
    ],
    good: [
      {
        before: `syntax = "proto3";
package shop.v1;
message Order {
  int64 id = 1;
}
`,
        after: `syntax = "proto3";
package shop.v1;
message Order {
  int64 id = 1 [jstype = JS_NORMAL];
}
`,
      }
    ],
  },
  target: "field",
  check({ previous, current }, ctx) {
    if (!is64BitInteger(previous) || !is64BitInteger(current)) return;
    const was = jsTypeName(previous);
    const now = jsTypeName(current);
    if (was === now) return;
    ctx.report(
      current.file.locations.get([...current.path, 8, 6]) ? { element: current, at: [8, 6] } : fieldAt(current),
      `The jstype of ${describeField(current)} changed from ${was} to ${now}, which changes its type in generated JavaScript. Restore \`[jstype = ${was}]\`.`,
    );
  },
});
