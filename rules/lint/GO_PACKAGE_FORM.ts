/** `option go_package` is `IMPORT_PATH;NAME`, or an `IMPORT_PATH` whose last element is a usable Go package name. */
import { expectedGoPackage, formProblem, goLayout, goPackageLine, goPackageOf, goPackageTarget, goPackageValue, isExempt, parseGoPackage, prefixHint } from "../../src/engine/goPackage.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "GO_PACKAGE_FORM",
  categories: { v1beta1: ["GO"], v1: ["GO"], v2: ["GO"] },
  protoguard: true,
  onByDefault: true,
  summary: "`option go_package` is `IMPORT_PATH;NAME`, or an `IMPORT_PATH` whose last element is already a valid Go package name.",
  docs:
    "protoc-gen-go reads `go_package` as a Go import path, optionally followed by `;` and the Go package name. " +
    "A malformed value fails code generation, or quietly produces a package name clients cannot write " +
    "(`user-api`) or do not expect.\n\n" +
    "Checked: at most one `;`; the import path is valid for Go (`/`-separated elements of letters, digits and " +
    "`-._~+`, no empty or dot-only elements, and at least one `.` or `/`, as protoc-gen-go demands); the name " +
    "after `;` — or, without one, the path's last element, which Go then uses — is a lower-case Go identifier " +
    "(letters, digits, `_`, starting with a letter) and not a keyword. The message gives the whole line to " +
    "write, with the package name of GO_PACKAGE_ALIAS. Packages matching `exempt_packages` (default `google.*`) are skipped.",
  examples: {
    bad: [
      {
        files: {
          "user/v1/user.proto": `syntax = "proto3";
package user.v1;
option go_package = "github.com/example/api/user-api";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ GO_PACKAGE_FORM
`,
        },
        config: { go_package_prefix: "github.com/example/api" },
      },
      {
        files: {
          "user/v1/user.proto": `syntax = "proto3";
package user.v1;
option go_package = "userv1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ GO_PACKAGE_FORM
`,
        },
      },
    ],
    good: [
      {
        files: {
          "user/v1/user.proto": `syntax = "proto3";
package user.v1;
option go_package = "github.com/example/api/user/v1;userv1";
`,
        },
      },
      {
        files: {
          "user/v1/user.proto": `syntax = "proto3";
package user.v1;
option go_package = "github.com/example/api/user/v1";
`,
        },
      },
    ],
  },
  target: "files",
  check(files, ctx) {
    const layout = goLayout(files, ctx);
    for (const file of files) {
      const raw = goPackageOf(file);
      if (raw === undefined || isExempt(file, ctx.options.extra)) continue;
      const problem = formProblem(parseGoPackage(raw));
      if (!problem) continue;
      const expected = expectedGoPackage(file, layout);
      const line = goPackageLine(goPackageValue(expected));
      ctx.report(goPackageTarget(file), `go_package ${JSON.stringify(raw)} is malformed: ${problem}; write ${line}${prefixHint(expected)}`, expected.certain ? { fix: { text: line } } : {});
    }
  },
});
