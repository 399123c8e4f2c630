/** Deprecated: use the FIELD_*_CARDINALITY rules. */
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "FIELD_SAME_LABEL",
  categories: { v1beta1: [], v1: [] },
  deprecated: true,
  replacedBy: ["FIELD_SAME_CARDINALITY", "FIELD_WIRE_COMPATIBLE_CARDINALITY", "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY"],
  summary: "Deprecated: use the FIELD_*_CARDINALITY rules.",
  docs: "Deprecated in buf's v1 configuration: naming it enables `FIELD_SAME_CARDINALITY`, `FIELD_WIRE_COMPATIBLE_CARDINALITY` and `FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY`. Unknown in v2 configuration.",
  examples: { bad: [], good: [] },
  target: "file",
  check() {
    // Deprecated: accepted in configuration, checks nothing (its replacements do).
  },
});
