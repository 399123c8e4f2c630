/** Findings for reporter tests: a normal one, one without a location, one about no file. */
import type { Finding } from "../../src/engine/rule.js";

export function finding(over: Partial<Finding>): Finding {
  return {
    ruleId: "FIELD_LOWER_SNAKE_CASE",
    severity: "error",
    message: 'field "userName" should be lower_snake_case: user_name',
    file: "acme/v1/a.proto",
    displayPath: "proto/acme/v1/a.proto",
    startLine: 4,
    startColumn: 10,
    endLine: 4,
    endColumn: 18,
    elementPath: [4, 0, 2, 0, 1],
    ...over,
  };
}

export const SAMPLE: readonly Finding[] = [
  finding({ ruleId: "FILE_NO_DELETE", message: 'file "shop/v1/gone.proto" was deleted', file: undefined, displayPath: undefined, startLine: 0, startColumn: 0, endLine: 0, endColumn: 0, elementPath: undefined }),
  finding({ ruleId: "PACKAGE_DEFINED", message: "file declares no package", startLine: 0, startColumn: 0, endLine: 0, endColumn: 0, elementPath: undefined }),
  finding({}),
  finding({ displayPath: "proto/b.proto", file: "b.proto", message: `"quoted" <tag> & 'apos'`, ruleId: "ENUM_PASCAL_CASE", startLine: 2, startColumn: 6, endLine: 2, endColumn: 11 }),
];
