/** The Go package name follows the proto package: `user.v1` → `userv1`. */
import { expectedGoPackage, formProblem, goLayout, goPackageLine, goPackageOf, goPackageTarget, goPackageValue, isExempt, parseGoPackage } from "../../src/engine/goPackage.js";
import { lintRule } from "../../src/engine/rule.js";

export default lintRule({
  id: "GO_PACKAGE_ALIAS",
  categories: { v1beta1: ["GO"], v1: ["GO"], v2: ["GO"] },
  protoguard: true,
  onByDefault: true,
  summary: "The Go package name of `go_package` follows the proto package: `user.v1` → `userv1`, `acme.billing.v1beta1` → `billingv1beta1`.",
  docs:
    "Go code refers to generated types through the package name: `userv1.User`. When the name follows the " +
    "proto package, two versions can be imported side by side (`userv1`, `userv2`) without renaming, and " +
    "every team writes the same name.\n\n" +
    "The expected name is the last component before the version followed by the version (`acme.billing.v1beta1` " +
    "→ `billingv1beta1`; without a version, the last component: `acme.billing` → `billing`), exactly what buf's " +
    "managed mode writes. The name checked is the one after `;`, or without one the path's last element " +
    "(`…/user/v1` alone makes a package named `v1`). Configure in protoguard.yaml: `go_package_alias: last` " +
    "(`billing`) or `all` (`acmebillingv1beta1`), and `go_package_aliases: {acme.billing.v1: billing}` for " +
    "single packages. Files without a package, malformed values (GO_PACKAGE_FORM) and packages matching " +
    "`exempt_packages` (default `google.*`) are skipped.",
  examples: {
    bad: [
      {
        files: {
          "user/v1/user.proto": `syntax = "proto3";
package user.v1;
option go_package = "github.com/example/api/user/v1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ GO_PACKAGE_ALIAS
`,
        },
      },
      {
        files: {
          "acme/billing/v1beta1/invoice.proto": `syntax = "proto3";
package acme.billing.v1beta1;
option go_package = "github.com/example/api/acme/billing/v1beta1;billing";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ GO_PACKAGE_ALIAS
`,
        },
      },
    ],
    good: [
      {
        files: {
          "acme/billing/v1beta1/invoice.proto": `syntax = "proto3";
package acme.billing.v1beta1;
option go_package = "github.com/example/api/acme/billing/v1beta1;billingv1beta1";
`,
        },
      },
      {
        files: {
          "acme/billing/v1beta1/invoice.proto": `syntax = "proto3";
package acme.billing.v1beta1;
option go_package = "github.com/example/api/acme/billing/v1beta1;billing";
`,
        },
        config: { go_package_alias: "last" },
      },
    ],
  },
  target: "files",
  check(files, ctx) {
    const layout = goLayout(files, ctx);
    for (const file of files) {
      const raw = goPackageOf(file);
      if (raw === undefined || file.package === "" || isExempt(file, ctx.options.extra)) continue;
      const gp = parseGoPackage(raw);
      if (formProblem(gp)) continue;
      const expected = expectedGoPackage(file, layout);
      if (expected.alias === undefined || gp.alias === expected.alias) continue;
      // The alias is this rule's business; a path that is only a guess stays as written (GO_PACKAGE_PATH_MATCH).
      const importPath = expected.certain ? expected.importPath : gp.importPath;
      const line = goPackageLine(goPackageValue({ importPath, alias: expected.alias }));
      const named = gp.explicitAlias === undefined ? `is named "${gp.alias}" after its last path element` : `is named "${gp.alias}"`;
      ctx.report(goPackageTarget(file), `the Go package of "${file.package}" ${named} but should be "${expected.alias}": write ${line}`, { fix: { text: line } });
    }
  },
});
