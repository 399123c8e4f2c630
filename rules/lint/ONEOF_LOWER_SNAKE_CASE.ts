/** Oneof names are lower_snake_case. */
import { ONEOF_NAME } from "../../src/engine/model.js";
import { toLowerSnakeCase } from "../../src/engine/naming.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "ONEOF_LOWER_SNAKE_CASE",
  categories: {
    v1beta1: ["BASIC", "DEFAULT", "STANDARD", "STYLE_BASIC", "STYLE_DEFAULT", "STYLE_STANDARD"],
    v1: ["BASIC", "DEFAULT", "STANDARD"],
    v2: ["BASIC", "DEFAULT", "STANDARD"],
  },
  summary: "Oneof names are lower_snake_case.",
  docs:
    "Generated code derives case enums and accessors from the oneof name (`getPaymentCase()`, `PaymentCase`), " +
    "which only come out right from a lower_snake_case name, like field names.\n\n" +
    "Rename the oneof to its lower_snake_case form (`PaymentMethod` → `payment_method`). The synthetic oneof " +
    "that protoc creates for a proto3 `optional` field is not checked. Oneof names are not on the wire, but " +
    "renaming changes generated code.",
  examples: {
    bad: [
      `syntax = "proto3";
message Payment {
  oneof PaymentMethod {
        ^^^^^^^^^^^^^ ONEOF_LOWER_SNAKE_CASE
    string card = 1;
    string iban = 2;
  }
}
`,
    ],
    good: [
      `syntax = "proto3";
message Payment {
  oneof payment_method {
    string card = 1;
    string iban = 2;
  }
  optional int32 retries = 3;
}
`,
    ],
  },
  target: "oneof",
  // The synthetic oneof of a proto3 `optional` field is not a oneof anyone wrote.
  only: (oneof) => !oneof.synthetic,
  check(oneof, ctx) {
    const expected = toLowerSnakeCase(oneof.name);
    if (expected === oneof.name) return;
    ctx.report({ element: oneof, at: [ONEOF_NAME] }, `oneof "${oneof.name}" should be lower_snake_case: ${expected}`, {
      fix: { text: expected },
    });
  },
});
