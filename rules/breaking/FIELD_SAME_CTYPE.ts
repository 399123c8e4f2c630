/** Deprecated: use FIELD_SAME_CPP_STRING_TYPE. */
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "FIELD_SAME_CTYPE",
  categories: { v1beta1: [], v1: [] },
  deprecated: true,
  replacedBy: ["FIELD_SAME_CPP_STRING_TYPE"],
  summary: "Deprecated: use FIELD_SAME_CPP_STRING_TYPE.",
  docs: "Deprecated in buf's v1 configuration: naming it enables `FIELD_SAME_CPP_STRING_TYPE`, which also covers the `(pb.cpp).string_type` feature. Unknown in v2 configuration.",
  examples: { bad: [], good: [] },
  target: "file",
  check() {
    // Deprecated: accepted in configuration, checks nothing (its replacements do).
  },
});
