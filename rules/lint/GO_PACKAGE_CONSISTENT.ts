/** Every file of one proto package has the same go_package, in this module and in the files it imports. */
import type { ProtoFile } from "../../src/engine/model.js";
import { expectedGoPackage, goLayout, goPackageLine, goPackageOf, goPackageTarget, goPackageValue, isExempt } from "../../src/engine/goPackage.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "GO_PACKAGE_CONSISTENT",
  categories: { v1beta1: ["GO"], v1: ["GO"], v2: ["GO"] },
  protoguard: true,
  onByDefault: true,
  overlaps: ["PACKAGE_SAME_GO_PACKAGE"],
  summary: "All files of one proto package, wherever they live, set the same go_package; the odd ones out are told the value the package uses.",
  docs:
    "protoc-gen-go generates one Go package per go_package: files of one proto package that name different " +
    "Go packages split its types across Go packages that cannot see each other's unexported code and must " +
    "import each other (often in a cycle).\n\n" +
    "All files of the package are compared, including files of other modules and dependencies that the linted " +
    "files import; the value most of them carry is the package's (on a tie, the one the conventions expect, " +
    "else the first in path order), and each linted file with another value is reported at its go_package " +
    "statement with the line to write. Files without go_package are left to GO_PACKAGE_DEFINED. buf's " +
    "PACKAGE_SAME_GO_PACKAGE flags every file of a disagreeing package among the linted files only, without " +
    "saying which value is right. Packages matching `exempt_packages` (default `google.*`) are skipped.",
  examples: {
    bad: [
      {
        files: {
          "user/v1/user.proto": `syntax = "proto3";
package user.v1;
option go_package = "github.com/example/api/user/v1;userv1";
`,
          "user/v1/admin.proto": `syntax = "proto3";
package user.v1;
option go_package = "github.com/example/api/user/v1;user";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ GO_PACKAGE_CONSISTENT
`,
          "user/v1/service.proto": `syntax = "proto3";
package user.v1;
option go_package = "github.com/example/api/user/v1;userv1";
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
          "user/v1/service.proto": `syntax = "proto3";
package user.v1;
option go_package = "github.com/example/api/user/v1;userv1";
`,
        },
      },
    ],
  },
  target: "files",
  check(files, ctx) {
    const layout = goLayout(files, ctx);
    const packages = new Set(files.filter((f) => !isExempt(f, ctx.options.extra)).map((f) => f.package));
    const byPackage = new Map<string, ProtoFile[]>();
    for (const f of ctx.model.files) {
      if (!packages.has(f.package) || goPackageOf(f) === undefined) continue;
      const list = byPackage.get(f.package) ?? [];
      list.push(f);
      byPackage.set(f.package, list);
    }
    const linted = new Set(files);
    for (const [pkg, group] of byPackage) {
      const counts = new Map<string, number>();
      for (const f of group) counts.set(goPackageOf(f)!, (counts.get(goPackageOf(f)!) ?? 0) + 1);
      if (counts.size < 2) continue;
      const sorted = [...group].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const top = Math.max(...counts.values());
      const tied = [...counts].filter(([, n]) => n === top).map(([v]) => v);
      const expected = sorted.find((f) => tied.includes(goPackageValue(expectedGoPackage(f, layout))));
      const chosen = expected ? goPackageValue(expectedGoPackage(expected, layout)) : goPackageOf(sorted.find((f) => tied.includes(goPackageOf(f)!))!)!;
      const line = goPackageLine(chosen);
      for (const f of sorted) {
        const own = goPackageOf(f)!;
        if (own === chosen || !linted.has(f)) continue;
        const n = counts.get(chosen)!;
        ctx.report(
          goPackageTarget(f),
          `files of package "${pkg}" disagree on go_package (${counts.size} values); ${n === 1 ? "1 file uses" : `${n} files use`} ${JSON.stringify(chosen)}, this one ${JSON.stringify(own)}: write ${line}`,
          { fix: { text: line } },
        );
      }
    }
  },
});
