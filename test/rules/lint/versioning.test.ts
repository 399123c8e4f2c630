/**
 * protoguard's VERSIONING rules (issue 4) and their helpers in src/engine/versioning.ts: the
 * nearest valid package, sibling versions, imports followed through `import public` and into
 * files that are not linted, `exempt_packages`, and the next-major advice the breaking checks use.
 * Rule cases are proto text with caret markers (file, line, columns and rule ID all compared).
 */
import { describe, expect, test } from "vitest";
import { compileExample, diffFindings, exampleRunOptions, expectedFindings, runExample } from "../../../src/engine/examples.js";
import type { Example, LintRule } from "../../../src/engine/rule.js";
import { runLint } from "../../../src/engine/run.js";
import { parsePackageVersion } from "../../../src/engine/naming.js";
import {
  compareVersions,
  importedThrough,
  isCanonicalVersion,
  nearestVersionedPackage,
  nextMajorAdvice,
  packageMatches,
  versionedPackage,
} from "../../../src/engine/versioning.js";
import VERSION_NO_IMPORT_PREVIOUS_MAJOR from "../../../rules/lint/VERSION_NO_IMPORT_PREVIOUS_MAJOR.js";
import VERSION_PACKAGE_SUFFIX from "../../../rules/lint/VERSION_PACKAGE_SUFFIX.js";
import VERSION_SIBLING_DIRECTORY from "../../../rules/lint/VERSION_SIBLING_DIRECTORY.js";
import VERSION_STABLE_NO_IMPORT_UNSTABLE from "../../../rules/lint/VERSION_STABLE_NO_IMPORT_UNSTABLE.js";

const VERSIONING: readonly LintRule[] = [VERSION_PACKAGE_SUFFIX, VERSION_STABLE_NO_IMPORT_UNSTABLE, VERSION_SIBLING_DIRECTORY, VERSION_NO_IMPORT_PREVIOUS_MAJOR];

/** Runs a rule (default: every VERSIONING rule) on an example and compares with its markers. */
async function expectMarked(example: Example, rules: LintRule | readonly LintRule[] = VERSIONING): Promise<void> {
  expect(diffFindings(await runExample(rules, example), expectedFindings(example))).toEqual([]);
}

async function messages(example: Example, rules: LintRule | readonly LintRule[] = VERSIONING): Promise<string[]> {
  return (await runExample(rules, example)).map((f) => `${f.ruleId}: ${f.message}`);
}

describe("nearestVersionedPackage", () => {
  test.each([
    ["acme.user.v1", undefined],
    ["acme.user.v1beta1", undefined],
    ["acme.user.v1p1alpha", undefined],
    ["acme.user.v1test", undefined],
    ["acme.user", "acme.user.v1"],
    ["acme.user.V1", "acme.user.v1"],
    ["acme.user.v0", "acme.user.v1"],
    ["acme.user.v01", "acme.user.v1"],
    ["acme.user.v2alpha01", "acme.user.v2alpha1"],
    ["acme.user.v1p01beta2", "acme.user.v1p1beta2"],
    ["acme.user.v1alpha0", "acme.user.v1alpha1"],
    ["acme.user.v1_beta1", "acme.user.v1beta1"],
    ["acme.user.v1rc1", "acme.user.v1beta1"],
    ["acme.user.v1p1", "acme.user.v1"],
    ["acme.user.v1p1test", "acme.user.v1test"],
    ["acme.user.v1_1", "acme.user.v1"],
    ["acme.user.version2", "acme.user.v2"],
    ["acme.user.beta", "acme.user.v1beta1"],
    ["acme.v1.user", "acme.user.v1"],
    ["acme.v2beta1.user.admin", "acme.user.admin.v2beta1"],
    ["acme.user.vnext", "acme.user.vnext.v1"],
    ["v1", "NAME.v1"],
    ["acme", "acme.v1"],
  ])("%s → %s", (pkg, nearest) => {
    expect(nearestVersionedPackage(pkg)).toBe(nearest);
    if (nearest !== undefined && !nearest.startsWith("NAME.")) expect(nearestVersionedPackage(nearest)).toBeUndefined();
  });

  test("canonical versions: buf's grammar without leading zeros", () => {
    expect(isCanonicalVersion(parsePackageVersion("a.v10")!)).toBe(true);
    expect(isCanonicalVersion(parsePackageVersion("a.v1testfoo")!)).toBe(true);
    expect(isCanonicalVersion(parsePackageVersion("a.v010")!)).toBe(false);
  });
});

describe("nextMajorAdvice (for the breaking-change checks)", () => {
  test.each([
    ["user.v1", "add user.v2 instead of changing user.v1"],
    ["acme.billing.v9", "add acme.billing.v10 instead of changing acme.billing.v9"],
    ["user.v1beta1", undefined],
    ["user.v2alpha", undefined],
    ["user.v1test", undefined],
    ["user", undefined],
    ["v1", undefined],
  ])("%s → %s", (pkg, advice) => expect(nextMajorAdvice(pkg)).toBe(advice));
});

describe("helpers", () => {
  test("package globs: * spans dots, the rest is literal", () => {
    expect(packageMatches("google.api", "google.*")).toBe(true);
    expect(packageMatches("google.cloud.run.v2", "google.*")).toBe(true);
    expect(packageMatches("google", "google.*")).toBe(false);
    expect(packageMatches("googleapis.v1", "google.*")).toBe(false);
    expect(packageMatches("acme.internal.v1", "acme.*.v1")).toBe(true);
    expect(packageMatches("acmeXv1", "acme.v1")).toBe(false);
    expect(packageMatches("acme.v1", "*")).toBe(true);
    expect(packageMatches("acme.v1", "**.v1")).toBe(true);
    expect(packageMatches("acme.v1", "acme.v1*")).toBe(true);
    expect(packageMatches("acme.v1", "*acme.v1")).toBe(true);
    expect(packageMatches("acme.v1x", "*.v1")).toBe(false);
    expect(packageMatches("a.b.a.b.c", "*a.b.c")).toBe(true);
    expect(packageMatches("", "*")).toBe(true);
    expect(packageMatches("", "a")).toBe(false);
    // Regular-expression characters are literal.
    expect(packageMatches("a.b", "a?b")).toBe(false);
    expect(packageMatches("a(b", "a(b")).toBe(true);
  });

  test("package globs: an adversarial glob still answers (a backtracking RegExp would not)", () => {
    const glob = `${"*a".repeat(30)}*b`;
    expect(packageMatches("a".repeat(2000), glob)).toBe(false);
    expect(packageMatches(`${"a".repeat(2000)}b`, glob)).toBe(true);
  });

  test("versions order: test < alpha < beta < stable, majors first", () => {
    const order = ["a.v1test", "a.v1alpha1", "a.v1beta1", "a.v1beta2", "a.v1", "a.v2alpha", "a.v2"].map((p) => parsePackageVersion(p)!);
    const shuffled = [...order].reverse().sort(compareVersions);
    expect(shuffled.map((v) => v.component)).toEqual(order.map((v) => v.component));
    expect(versionedPackage("acme.user.v2beta1")).toMatchObject({ base: "acme.user", version: { major: 2, stability: "beta" } });
  });

  test("importedThrough follows import public transitively, once per file", async () => {
    const model = await compileExample({
      files: {
        "a.proto": `syntax = "proto3";\nimport public "b.proto";\n`,
        "b.proto": `syntax = "proto3";\nimport public "c.proto";\nimport "d.proto";\n`,
        "c.proto": `syntax = "proto3";\nimport public "a.proto";\n`.replace(`import public "a.proto";\n`, ""),
        "d.proto": `syntax = "proto3";\n`,
      },
    });
    expect(importedThrough(model.file("a.proto")).map((f) => f.name)).toEqual(["a.proto", "b.proto", "c.proto"]);
  });
});

describe("VERSION_PACKAGE_SUFFIX", () => {
  test("missing, malformed and misplaced versions, each with the package to write", async () => {
    const ex: Example = {
      files: {
        "a/a.proto": `syntax = "proto3";
package acme.user;
^^^^^^^^^^^^^^^^^^ VERSION_PACKAGE_SUFFIX
`,
        "b/b.proto": `syntax = "proto3";
// comment
package   acme.billing.V2 ;
^^^^^^^^^^^^^^^^^^^^^^^^^^^ VERSION_PACKAGE_SUFFIX
`,
        "c/c.proto": `syntax = "proto3";\npackage acme.v1.user.admin;\n^^^^^^^^^^^^^^^^^^^^^^^^^^^ VERSION_PACKAGE_SUFFIX\n`,
      },
    };
    await expectMarked(ex);
    expect(await messages(ex)).toEqual([
      `VERSION_PACKAGE_SUFFIX: package "acme.user" should end in a valid version: write package acme.user.v1;`,
      `VERSION_PACKAGE_SUFFIX: package "acme.billing.V2" should end in a valid version: write package acme.billing.v2;`,
      `VERSION_PACKAGE_SUFFIX: package "acme.v1.user.admin" should end in a valid version: write package acme.user.admin.v1;`,
    ]);
  });

  test("a one-component version asks for a name; files without a package are skipped", async () => {
    const ex: Example = { files: { "v1/x.proto": `syntax = "proto3";\npackage v1;\n^^^^^^^^^^^ VERSION_PACKAGE_SUFFIX\n`, "y.proto": `syntax = "proto3";\nmessage Y {}\n` } };
    await expectMarked(ex);
    expect(await messages(ex)).toEqual([`VERSION_PACKAGE_SUFFIX: package "v1" is only a version: put the API's name before it: package NAME.v1;`]);
  });

  test("exempt_packages: google.* by default, replaceable", async () => {
    const google = `syntax = "proto3";\npackage google.api;\n`;
    await expectMarked({ files: { "google/api/a.proto": google } });
    await expectMarked({ files: { "google/api/a.proto": `${google}^^^^^^^^^^^^^^^^^^^ VERSION_PACKAGE_SUFFIX\n` }, config: { exempt_packages: [] } });
    await expectMarked({ files: { "acme/internal/a.proto": `syntax = "proto3";\npackage acme.internal;\n` }, config: { exempt_packages: ["acme.internal"] } });
  });

  test("comment ignores work at the package statement", async () => {
    await expectMarked({ files: { "a/a.proto": `syntax = "proto3";\n// buf:lint:ignore VERSION_PACKAGE_SUFFIX\npackage acme.user;\n` } });
  });
});

describe("VERSION_STABLE_NO_IMPORT_UNSTABLE", () => {
  const beta = `syntax = "proto3";\npackage acme.draft.v1beta1;\nmessage Draft {}\n`;

  test("through import public, reported at the direct import", async () => {
    const ex: Example = {
      files: {
        "acme/draft/v1beta1/draft.proto": beta,
        "acme/common/common.proto": `syntax = "proto3";\npackage acme.common;\nimport public "acme/draft/v1beta1/draft.proto";\n`,
        "acme/user/v1/user.proto": `syntax = "proto3";
package acme.user.v1;
import "acme/common/common.proto";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ VERSION_STABLE_NO_IMPORT_UNSTABLE
message User { acme.draft.v1beta1.Draft d = 1; }
`,
      },
    };
    await expectMarked(ex, VERSION_STABLE_NO_IMPORT_UNSTABLE);
    expect((await messages(ex, VERSION_STABLE_NO_IMPORT_UNSTABLE)).filter((m) => m.startsWith("VERSION_STABLE"))).toEqual([
      `VERSION_STABLE_NO_IMPORT_UNSTABLE: stable package "acme.user.v1" should not depend on beta package "acme.draft.v1beta1" ` +
        `("acme/draft/v1beta1/draft.proto" (re-exported by "acme/common/common.proto" with import public)): remove this import and move the types it provides into a stable package`,
    ]);
  });

  test("the imported file need not be linted (another module, a dependency)", async () => {
    const ex: Example = {
      files: {
        "acme/draft/v1beta1/draft.proto": beta,
        "acme/user/v1/user.proto": `syntax = "proto3";
package acme.user.v1;
import "acme/draft/v1beta1/draft.proto";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ VERSION_STABLE_NO_IMPORT_UNSTABLE
message User { acme.draft.v1beta1.Draft d = 1; }
`,
      },
    };
    const model = await compileExample(ex);
    const opts = exampleRunOptions(VERSION_STABLE_NO_IMPORT_UNSTABLE, ex);
    const found = runLint(model, { ...opts, targets: [model.file("acme/user/v1/user.proto")!] });
    expect(diffFindings(found, expectedFindings(ex))).toEqual([]);
  });

  test("unstable and unversioned importers, and imports of stable packages, are fine", async () => {
    await expectMarked({
      files: {
        "acme/draft/v1beta1/draft.proto": beta,
        "acme/draft/v1alpha1/draft.proto": `syntax = "proto3";\npackage acme.draft.v1alpha1;\nimport "acme/draft/v1beta1/draft.proto";\n`,
        "acme/tools/tools.proto": `syntax = "proto3";\npackage acme.tools.v1test;\nimport "acme/draft/v1beta1/draft.proto";\n`,
        "acme/misc/misc.proto": `syntax = "proto3";\npackage acme.misc;\nimport "acme/draft/v1beta1/draft.proto";\n`,
        "acme/user/v1/user.proto": `syntax = "proto3";\npackage acme.user.v1;\nimport "google/protobuf/empty.proto";\n`,
      },
    }, VERSION_STABLE_NO_IMPORT_UNSTABLE);
  });
});

describe("VERSION_NO_IMPORT_PREVIOUS_MAJOR", () => {
  const v1 = `syntax = "proto3";\npackage acme.user.v1;\nmessage Address {}\n`;

  test("an unstable v2 importing v1 also drags v1 along; a v1 importing v2 or another API's v1 does not", async () => {
    await expectMarked({
      files: {
        "acme/user/v1/address.proto": v1,
        "acme/user/v2beta1/user.proto": `syntax = "proto3";
package acme.user.v2beta1;
import "acme/user/v1/address.proto";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ VERSION_NO_IMPORT_PREVIOUS_MAJOR
`,
        "acme/user/v1/uses_next.proto": `syntax = "proto3";\npackage acme.user.v1;\nimport "acme/user/v2beta1/user.proto";\n`,
        "acme/order/v2/order.proto": `syntax = "proto3";\npackage acme.order.v2;\nimport "acme/user/v1/address.proto";\n`,
        "acme/user/v1beta2/x.proto": `syntax = "proto3";\npackage acme.user.v1beta2;\nimport "acme/user/v1/address.proto";\n`,
      },
    }, VERSION_NO_IMPORT_PREVIOUS_MAJOR);
  });

  test("message names the package to copy the types into", async () => {
    const ex: Example = {
      files: {
        "acme/user/v1/address.proto": v1,
        "acme/user/v3/user.proto": `syntax = "proto3";\npackage acme.user.v3;\nimport "acme/user/v1/address.proto";\n^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ VERSION_NO_IMPORT_PREVIOUS_MAJOR\n`,
      },
    };
    await expectMarked(ex, VERSION_NO_IMPORT_PREVIOUS_MAJOR);
    expect(await messages(ex, VERSION_NO_IMPORT_PREVIOUS_MAJOR)).toEqual([
      `VERSION_NO_IMPORT_PREVIOUS_MAJOR: package "acme.user.v3" should not import "acme/user/v1/address.proto" of its earlier version "acme.user.v1": copy the types it needs into acme.user.v3 and remove this import`,
    ]);
  });
});

describe("VERSION_SIBLING_DIRECTORY", () => {
  test("the earliest well-placed version is the reference; messages name the new path", async () => {
    const ex: Example = {
      files: {
        "proto/acme/user/v1/user.proto": `syntax = "proto3";\npackage acme.user.v1;\n`,
        "proto/acme/user/v1beta1/user.proto": `syntax = "proto3";\npackage acme.user.v1beta1;\n`,
        "proto/acme/user/v2/user.proto": `syntax = "proto3";\npackage acme.user.v2;\n`,
        "other/acme/user/v3/user.proto": `syntax = "proto3";
package acme.user.v3;
^^^^^^^^^^^^^^^^^^^^^ VERSION_SIBLING_DIRECTORY
`,
        "proto/acme/user/version4/user.proto": `syntax = "proto3";
package acme.user.v4;
^^^^^^^^^^^^^^^^^^^^^ VERSION_SIBLING_DIRECTORY
`,
      },
    };
    await expectMarked(ex, VERSION_SIBLING_DIRECTORY);
    expect(await messages(ex, VERSION_SIBLING_DIRECTORY)).toEqual([
      `VERSION_SIBLING_DIRECTORY: package "acme.user.v3" should sit beside its sibling version "acme.user.v1beta1" in "proto/acme/user", not in "other/acme/user": move this file to "proto/acme/user/v3/user.proto"`,
      `VERSION_SIBLING_DIRECTORY: package "acme.user.v4" should be in a directory ending in "user/v4", not "proto/acme/user/version4": move this file to "proto/acme/user/v4/user.proto"`,
    ]);
  });

  test("without a well-placed sibling, the package's own path is suggested", async () => {
    const ex: Example = { files: { "x/y.proto": `syntax = "proto3";\npackage acme.user.v1;\n^^^^^^^^^^^^^^^^^^^^^ VERSION_SIBLING_DIRECTORY\n` } };
    await expectMarked(ex, VERSION_SIBLING_DIRECTORY);
    expect((await messages(ex, VERSION_SIBLING_DIRECTORY))[0]).toContain(`move this file to "acme/user/v1/y.proto"`);
  });

  test("unversioned packages and files at the root of a version are left alone", async () => {
    await expectMarked({ files: { "a/b.proto": `syntax = "proto3";\npackage acme.misc;\n`, "user/v1/u.proto": `syntax = "proto3";\npackage user.v1;\n` } }, VERSION_SIBLING_DIRECTORY);
  });
});
