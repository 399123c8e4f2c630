/** One Go import path belongs to one proto package. */
import type { ProtoFile } from "../../src/engine/model.js";
import { expectedGoPackage, goLayout, goPackageLine, goPackageOf, goPackageTarget, goPackageValue, isExempt, parseGoPackage } from "../../src/engine/goPackage.js";
import { lintRule } from "../../src/engine/rule.js";
import { directoryOf } from "../../src/engine/versioning.js";

export default lintRule({
  id: "GO_PACKAGE_UNIQUE",
  categories: { v1beta1: ["GO"], v1: ["GO"], v2: ["GO"] },
  protoguard: true,
  onByDefault: true,
  summary: "A go_package import path is used by the files of one proto package only.",
  docs:
    "When files of two proto packages name one Go import path, protoc-gen-go puts both into one Go package: " +
    "their types collide as soon as the two packages declare the same name (both have a `User`), the registry " +
    "sees two proto packages behind one Go package, and the generated code can no longer move with either.\n\n" +
    "Import paths are compared without the `;name` part, over every file of the build that is not exempt " +
    "(`exempt_packages`, default `google.*`), imports included. The proto package that owns the path is the " +
    "one whose expected go_package it is (GO_PACKAGE_PATH_MATCH) and whose directory spells it, else the one " +
    "with most files (on a tie, the first by name); each linted file of another package is reported at its go_package statement with the " +
    "line it should have.",
  examples: {
    bad: [
      {
        files: {
          "user/v1/user.proto": `syntax = "proto3";
package user.v1;
option go_package = "github.com/example/api/user/v1;userv1";
`,
          "user/v1/internal/audit.proto": `syntax = "proto3";
package user.internal.v1;
option go_package = "github.com/example/api/user/v1;userv1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ GO_PACKAGE_UNIQUE
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
`,
          "user/internal/v1/audit.proto": `syntax = "proto3";
package user.internal.v1;
option go_package = "github.com/example/api/user/internal/v1;internalv1";
`,
        },
        config: { go_package_prefix: "github.com/example/api" },
      },
    ],
  },
  target: "files",
  check(files, ctx) {
    const layout = goLayout(files, ctx);
    const byPath = new Map<string, ProtoFile[]>();
    for (const f of ctx.model.files) {
      const raw = goPackageOf(f);
      if (raw === undefined || isExempt(f, ctx.options.extra)) continue;
      const path = parseGoPackage(raw).importPath;
      const list = byPath.get(path) ?? [];
      list.push(f);
      byPath.set(path, list);
    }
    const linted = new Set(files);
    for (const [path, group] of byPath) {
      const counts = new Map<string, number>();
      for (const f of group) counts.set(f.package, (counts.get(f.package) ?? 0) + 1);
      if (counts.size < 2 || !group.some((f) => linted.has(f))) continue;
      const sorted = [...group].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      // The owner: a package whose files expect this path and whose directory spells the package,
      // else one whose files expect it, else the one with most files; then by name.
      const score = (pkg: string): number[] => {
        const own = group.filter((f) => f.package === pkg);
        const expects = own.some((f) => {
          const e = expectedGoPackage(f, layout);
          return e.certain && e.importPath === path;
        });
        const spelled = own.some((f) => pkg !== "" && directoryOf(f.name).endsWith(pkg.replaceAll(".", "/")));
        return [expects && spelled ? 1 : 0, expects ? 1 : 0, own.length];
      };
      const ranked = [...counts.keys()].map((pkg) => ({ pkg, s: score(pkg) }));
      ranked.sort((a, b) => b.s[0]! - a.s[0]! || b.s[1]! - a.s[1]! || b.s[2]! - a.s[2]! || (a.pkg < b.pkg ? -1 : a.pkg > b.pkg ? 1 : 0));
      const owner = ranked[0]!.pkg;
      const ownerFile = sorted.find((f) => f.package === owner)!;
      for (const f of sorted) {
        if (f.package === owner || !linted.has(f)) continue;
        const expected = expectedGoPackage(f, layout);
        const fixable = expected.certain && expected.importPath !== path;
        const then = fixable
          ? `give it its own: write ${goPackageLine(goPackageValue(expected))}`
          : `move its files to a directory of their own and give them that directory's go_package`;
        ctx.report(
          goPackageTarget(f),
          `Go import path "${path}" belongs to package "${owner}" ("${ownerFile.name}"), not to "${f.package === "" ? "(no package)" : f.package}": ${then}`,
          fixable ? { fix: { text: goPackageLine(goPackageValue(expected)) } } : {},
        );
      }
    }
  },
});
