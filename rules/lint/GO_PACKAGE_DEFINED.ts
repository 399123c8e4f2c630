/** Every file sets `option go_package`; the finding names the line to add. */
import { FILE_PACKAGE } from "../../src/engine/model.js";
import { expectedGoPackage, goLayout, goPackageLine, goPackageOf, goPackageValue, isExempt, packageGoPackage, prefixHint } from "../../src/engine/goPackage.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "GO_PACKAGE_DEFINED",
  categories: { v1beta1: ["GO"], v1: ["GO"], v2: ["GO"] },
  protoguard: true,
  onByDefault: true,
  summary: "Every file sets `option go_package`.",
  docs:
    "protoc-gen-go needs to know each file's Go import path; without `option go_package` it stops (or needs a " +
    "`M` flag per file on every command line that generates code).\n\n" +
    "The message gives the line to add below the package statement: the go_package the other files of the " +
    "package have; for a package's first file, the import path is `go_package_prefix` " +
    "(protoguard.yaml; otherwise the prefix most files of the module already use) followed by the file's " +
    "directory, and the package name follows the package (GO_PACKAGE_ALIAS): " +
    "`option go_package = \"github.com/example/api/user/v1;userv1\";`. Without a prefix to go by, the line " +
    "holds a `<go module path>` placeholder. Reported at the package statement (at the top of the file when " +
    "there is none). Packages matching `exempt_packages` (default `google.*`) are skipped.",
  examples: {
    bad: [
      {
        files: {
          "user/v1/user.proto": `syntax = "proto3";
package user.v1;
^^^^^^^^^^^^^^^^ GO_PACKAGE_DEFINED
message User {}
`,
        },
        config: { go_package_prefix: "github.com/example/api" },
      },
    ],
    good: [
      {
        files: {
          "user/v1/user.proto": `syntax = "proto3";
package user.v1;
option go_package = "github.com/example/api/user/v1;userv1";
message User {}
`,
        },
      },
    ],
  },
  target: "files",
  check(files, ctx) {
    const layout = goLayout(files, ctx);
    for (const file of files) {
      if (goPackageOf(file) !== undefined || isExempt(file, ctx.options.extra)) continue;
      // The other files of the package say best which Go package this one belongs to.
      const shared = file.package === "" ? undefined : packageGoPackage(ctx.model, file.package);
      const expected = expectedGoPackage(file, layout);
      const line = goPackageLine(shared ?? goPackageValue(expected));
      const certain = shared !== undefined || expected.certain;
      const fix = certain && file.package !== "" ? { fix: { text: `package ${file.package};\n\n${line}` } } : {};
      const why = shared !== undefined ? `, the value the other files of package "${file.package}" have` : prefixHint(expected);
      ctx.report({ element: file, at: [FILE_PACKAGE], fallback: "none" }, `file "${file.name}" does not set its Go package: add ${line}${why}`, fix);
    }
  },
});
