/** The go_package import path is the Go prefix followed by the file's directory. */
import { directoryOf } from "../../src/engine/versioning.js";
import { endsWithDir, expectedGoPackage, formProblem, goLayout, goPackageLine, goPackageOf, goPackageTarget, goPackageValue, isExempt, parseGoPackage, prefixHint } from "../../src/engine/goPackage.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "GO_PACKAGE_PATH_MATCH",
  categories: { v1beta1: ["GO"], v1: ["GO"], v2: ["GO"] },
  protoguard: true,
  onByDefault: true,
  summary: "The go_package import path ends with the file's directory, after the module's Go prefix: `user/v1/user.proto` → `github.com/example/api/user/v1`.",
  docs:
    "When generated Go packages mirror the proto directories, a reader finds the Go package of any proto file " +
    "without looking, `paths=source_relative` and `paths=import` generate to the same place, and two " +
    "directories never collide in one Go package.\n\n" +
    "With `go_package_prefix` set in protoguard.yaml (e.g. `github.com/example/api`), the import path must be " +
    "exactly the prefix followed by the file's directory relative to the module root (the prefix alone for a " +
    "file at the root). Without it, the prefix most files of the module already follow is used; when no file " +
    "gives one, the path must end with the directory. The message names the line to write. Malformed values " +
    "(GO_PACKAGE_FORM) and packages matching `exempt_packages` (default `google.*`) are skipped.",
  examples: {
    bad: [
      {
        files: {
          "user/v1/user.proto": `syntax = "proto3";
package user.v1;
option go_package = "github.com/example/api/users/v1;userv1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ GO_PACKAGE_PATH_MATCH
`,
        },
        config: { go_package_prefix: "github.com/example/api" },
      },
      {
        files: {
          "user/v1/user.proto": `syntax = "proto3";
package user.v1;
option go_package = "github.com/example/api/user/v1;userv1";
`,
          "order/v1/order.proto": `syntax = "proto3";
package order.v1;
option go_package = "github.com/example/api/gen/order/v1;orderv1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ GO_PACKAGE_PATH_MATCH
`,
          "team/v1/team.proto": `syntax = "proto3";
package team.v1;
option go_package = "github.com/example/api/team/v1;teamv1";
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
        config: { go_package_prefix: "github.com/example/api" },
      },
      {
        files: {
          "user/v1/user.proto": `syntax = "proto3";
package user.v1;
option go_package = "example.com/anything/user/v1;userv1";
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
      const gp = parseGoPackage(raw);
      if (formProblem(gp)) continue;
      const dir = directoryOf(file.name);
      const expected = expectedGoPackage(file, layout);
      const ok = layout.prefix !== undefined ? gp.importPath === expected.importPath : endsWithDir(gp.importPath, dir);
      if (ok) continue;
      // The whole expected line (path and name), so that every GO rule names the same line.
      const alias = expected.alias ?? gp.explicitAlias;
      const line = goPackageLine(goPackageValue({ importPath: expected.importPath, alias }));
      const want =
        layout.prefix === undefined
          ? `should end with its directory "${dir}"`
          : `should be ${layout.prefixInferred ? "the prefix the other files use" : "go_package_prefix"} "${layout.prefix}" followed by its directory "${dir}"`;
      ctx.report(
        goPackageTarget(file),
        `the Go import path "${gp.importPath}" of "${file.name}" ${want}: write ${line}${prefixHint(expected)}`,
        expected.certain ? { fix: { text: line } } : {},
      );
    }
  },
});
