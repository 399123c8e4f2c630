/** Deprecated: use FIELD_SAME_JAVA_UTF8_VALIDATION. */
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "FILE_SAME_JAVA_STRING_CHECK_UTF8",
  categories: { v1beta1: [], v1: [] },
  deprecated: true,
  replacedBy: ["FIELD_SAME_JAVA_UTF8_VALIDATION"],
  summary: "Deprecated: use FIELD_SAME_JAVA_UTF8_VALIDATION.",
  docs: "Deprecated in buf's v1 configuration: naming it enables `FIELD_SAME_JAVA_UTF8_VALIDATION`, which judges each string field with the file option and the `(pb.java).utf8_validation` feature. Unknown in v2 configuration.",
  examples: { bad: [], good: [] },
  target: "file",
  check() {
    // Deprecated: accepted in configuration, checks nothing (its replacements do).
  },
});
