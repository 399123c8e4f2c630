/** The file-, import- and package-level lint rules, imported directly (independent of the generated index). */
import DIRECTORY_SAME_PACKAGE from "../../../rules/lint/DIRECTORY_SAME_PACKAGE.js";
import FILE_LOWER_SNAKE_CASE from "../../../rules/lint/FILE_LOWER_SNAKE_CASE.js";
import IMPORT_NO_PUBLIC from "../../../rules/lint/IMPORT_NO_PUBLIC.js";
import IMPORT_NO_WEAK from "../../../rules/lint/IMPORT_NO_WEAK.js";
import IMPORT_USED from "../../../rules/lint/IMPORT_USED.js";
import PACKAGE_DEFINED from "../../../rules/lint/PACKAGE_DEFINED.js";
import PACKAGE_DIRECTORY_MATCH from "../../../rules/lint/PACKAGE_DIRECTORY_MATCH.js";
import PACKAGE_LOWER_SNAKE_CASE from "../../../rules/lint/PACKAGE_LOWER_SNAKE_CASE.js";
import PACKAGE_NO_IMPORT_CYCLE from "../../../rules/lint/PACKAGE_NO_IMPORT_CYCLE.js";
import PACKAGE_SAME_CSHARP_NAMESPACE from "../../../rules/lint/PACKAGE_SAME_CSHARP_NAMESPACE.js";
import PACKAGE_SAME_DIRECTORY from "../../../rules/lint/PACKAGE_SAME_DIRECTORY.js";
import PACKAGE_SAME_GO_PACKAGE from "../../../rules/lint/PACKAGE_SAME_GO_PACKAGE.js";
import PACKAGE_SAME_JAVA_MULTIPLE_FILES from "../../../rules/lint/PACKAGE_SAME_JAVA_MULTIPLE_FILES.js";
import PACKAGE_SAME_JAVA_PACKAGE from "../../../rules/lint/PACKAGE_SAME_JAVA_PACKAGE.js";
import PACKAGE_SAME_PHP_NAMESPACE from "../../../rules/lint/PACKAGE_SAME_PHP_NAMESPACE.js";
import PACKAGE_SAME_RUBY_PACKAGE from "../../../rules/lint/PACKAGE_SAME_RUBY_PACKAGE.js";
import PACKAGE_SAME_SWIFT_PREFIX from "../../../rules/lint/PACKAGE_SAME_SWIFT_PREFIX.js";
import PACKAGE_VERSION_SUFFIX from "../../../rules/lint/PACKAGE_VERSION_SUFFIX.js";
import STABLE_PACKAGE_NO_IMPORT_UNSTABLE from "../../../rules/lint/STABLE_PACKAGE_NO_IMPORT_UNSTABLE.js";
import SYNTAX_SPECIFIED from "../../../rules/lint/SYNTAX_SPECIFIED.js";
import type { LintRule } from "../../../src/engine/rule.js";

export const packageRules: readonly LintRule[] = [
  DIRECTORY_SAME_PACKAGE,
  FILE_LOWER_SNAKE_CASE,
  IMPORT_NO_PUBLIC,
  IMPORT_NO_WEAK,
  IMPORT_USED,
  PACKAGE_DEFINED,
  PACKAGE_DIRECTORY_MATCH,
  PACKAGE_LOWER_SNAKE_CASE,
  PACKAGE_NO_IMPORT_CYCLE,
  PACKAGE_SAME_CSHARP_NAMESPACE,
  PACKAGE_SAME_DIRECTORY,
  PACKAGE_SAME_GO_PACKAGE,
  PACKAGE_SAME_JAVA_MULTIPLE_FILES,
  PACKAGE_SAME_JAVA_PACKAGE,
  PACKAGE_SAME_PHP_NAMESPACE,
  PACKAGE_SAME_RUBY_PACKAGE,
  PACKAGE_SAME_SWIFT_PREFIX,
  PACKAGE_VERSION_SUFFIX,
  STABLE_PACKAGE_NO_IMPORT_UNSTABLE,
  SYNTAX_SPECIFIED,
] as readonly LintRule[];
