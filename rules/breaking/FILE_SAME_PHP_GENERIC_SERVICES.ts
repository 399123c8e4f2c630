/** Deprecated: php_generic_services is no longer a file option. */
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "FILE_SAME_PHP_GENERIC_SERVICES",
  categories: { v1beta1: [], v1: [] },
  deprecated: true,
  summary: "Deprecated: php_generic_services is no longer a file option.",
  docs: "Deprecated in buf's v1 configuration with no replacement (protobuf removed the option); it checks nothing. Unknown in v2 configuration.",
  examples: { bad: [], good: [] },
  target: "file",
  check() {
    // Deprecated: accepted in configuration, checks nothing.
  },
});
