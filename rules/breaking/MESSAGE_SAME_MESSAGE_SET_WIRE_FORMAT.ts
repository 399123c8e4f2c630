/** Deprecated: formerly checked that messages keep message_set_wire_format. */
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "MESSAGE_SAME_MESSAGE_SET_WIRE_FORMAT",
  categories: { v1beta1: [], v1: [], v2: [] },
  deprecated: true,
  summary: "Deprecated: formerly checked that messages keep message_set_wire_format.",
  docs: "Deprecated in buf with no replacement; it checks nothing and is accepted in configuration for compatibility.",
  examples: { bad: [], good: [] },
  target: "file",
  check() {
    // Deprecated: accepted in configuration, checks nothing.
  },
});
