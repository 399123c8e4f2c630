/** No field is named `descriptor` (v1beta1 configurations only). */
import { FIELD_NAME } from "../../src/engine/model.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "FIELD_NO_DESCRIPTOR",
  categories: {
    v1beta1: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "SENSIBLE"],
  },
  summary: "No field is named `descriptor`, in any capitalization, with or without surrounding `_`.",
  docs:
    "Some generators give every message a `descriptor` member; a field of that name (or `Descriptor`, " +
    "`_descriptor_`, …) then clashes with it in generated code. The rule exists only for buf.yaml `version: " +
    "v1beta1`; later versions dropped it.\n\n" +
    "Rename the field to say what it describes (`descriptor` → `file_descriptor`, `type_descriptor`).",
  examples: {
    bad: [
      `syntax = "proto3";
message Plugin {
  bytes __Descriptor_ = 1;
        ^^^^^^^^^^^^^ FIELD_NO_DESCRIPTOR
}
`,
    ],
    good: [
      `syntax = "proto3";
message Plugin {
  bytes file_descriptor = 1;
}
`,
    ],
  },
  target: "field",
  check(field, ctx) {
    if (field.name.replace(/^_+|_+$/g, "").toLowerCase() !== "descriptor") return;
    ctx.report(
      { element: field, at: [FIELD_NAME] },
      `field "${field.name}" clashes with the generated "descriptor" accessor in some languages; name it after what it describes, e.g. file_descriptor`,
    );
  },
});
