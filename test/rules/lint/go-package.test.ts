/**
 * protoguard's GO rules (issue 4) and their helpers in src/engine/goPackage.ts: Go's import-path
 * and package-name grammar, the alias a package should have (and its options), the one line each
 * file should carry, prefix inference, and the files the rules look at beyond the linted ones.
 * Rule cases are proto text with caret markers (file, line, columns and rule ID all compared);
 * messages are compared whole where they name the line to write.
 */
import { describe, expect, test } from "vitest";
import { compileExample, diffFindings, exampleRunOptions, expectedFindings, runExample } from "../../../src/engine/examples.js";
import {
  aliasProblem,
  expectedAlias,
  formProblem,
  goOptions,
  goPackageLine,
  goPackageValue,
  importPathProblem,
  parseGoPackage,
  validateConventionOptions,
} from "../../../src/engine/goPackage.js";
import type { Example, Finding, LintRule } from "../../../src/engine/rule.js";
import { runLint } from "../../../src/engine/run.js";
import GO_PACKAGE_ALIAS from "../../../rules/lint/GO_PACKAGE_ALIAS.js";
import GO_PACKAGE_CONSISTENT from "../../../rules/lint/GO_PACKAGE_CONSISTENT.js";
import GO_PACKAGE_DEFINED from "../../../rules/lint/GO_PACKAGE_DEFINED.js";
import GO_PACKAGE_FORM from "../../../rules/lint/GO_PACKAGE_FORM.js";
import GO_PACKAGE_PATH_MATCH from "../../../rules/lint/GO_PACKAGE_PATH_MATCH.js";
import GO_PACKAGE_UNIQUE from "../../../rules/lint/GO_PACKAGE_UNIQUE.js";

const GO: readonly LintRule[] = [GO_PACKAGE_ALIAS, GO_PACKAGE_CONSISTENT, GO_PACKAGE_DEFINED, GO_PACKAGE_FORM, GO_PACKAGE_PATH_MATCH, GO_PACKAGE_UNIQUE];
const PREFIX = { go_package_prefix: "github.com/example/api" };

async function run(example: Example, rules: LintRule | readonly LintRule[] = GO): Promise<Finding[]> {
  return runExample(rules, example);
}

async function expectMarked(example: Example, rules: LintRule | readonly LintRule[] = GO): Promise<Finding[]> {
  const found = await run(example, rules);
  expect(diffFindings(found, expectedFindings(example))).toEqual([]);
  return found;
}

const proto = (pkg: string, goPackage?: string): string =>
  `syntax = "proto3";\npackage ${pkg};\n${goPackage === undefined ? "" : `option go_package = "${goPackage}";\n`}`;

describe("Go grammar", () => {
  test.each([
    ["github.com/example/api/user/v1", undefined],
    ["example.com/x", undefined],
    ["a/b", undefined],
    ["gopkg.in/yaml.v3", undefined],
    ["example.com/a+b/c~d", undefined],
    ["", "the import path is empty"],
    ["userv1", "it needs a domain or a path (protoc-gen-go rejects a bare name)"],
    ["-x.com/a", "it starts with -"],
    ["x.com//a", "it has an empty element (//)"],
    ["/x.com/a", "it starts with /"],
    ["x.com/a/", "it ends with /"],
    ["x.com/../a", `element ".." is only dots`],
    ["x.com/a./b", `element "a." ends with a dot`],
    ["x.com/user api", `element "user api" holds " " (allowed: letters, digits and - . _ ~ +)`],
    ["x.com/é", `element "é" holds "é" (allowed: letters, digits and - . _ ~ +)`],
    ["x.com/con/a", `element "con" is a reserved name on Windows`],
    ["x.com/PROGRA~1", `element "PROGRA~1" looks like a Windows short name`],
  ])("import path %j: %s", (path, problem) => expect(importPathProblem(path)).toBe(problem));

  test.each([
    ["userv1", undefined],
    ["user_admin", undefined],
    ["", "it is empty"],
    ["type", `"type" is a Go keyword`],
    ["UserV1", `"UserV1" is not a lower-case Go identifier`],
    ["1user", `"1user" is not a lower-case Go identifier`],
    ["user-api", `"user-api" is not a lower-case Go identifier`],
  ])("package name %j: %s", (alias, problem) => expect(aliasProblem(alias)).toBe(problem));

  test("go_package forms", () => {
    expect(parseGoPackage("a.com/x/v1;xv1")).toEqual({ raw: "a.com/x/v1;xv1", importPath: "a.com/x/v1", explicitAlias: "xv1", alias: "xv1" });
    expect(parseGoPackage("a.com/x/userv1")).toMatchObject({ explicitAlias: undefined, alias: "userv1" });
    expect(formProblem(parseGoPackage("a.com/x;y;z"))).toBe("it has more than one ';'");
    expect(formProblem(parseGoPackage("a.com/x/v1;"))).toBe("the package name after ';' is not usable: it is empty");
    expect(formProblem(parseGoPackage("a.com/x/user-api"))).toBe(`without ';NAME', Go names the package after the last path element, and "user-api" is not a lower-case Go identifier`);
    expect(formProblem(parseGoPackage("a.com/x/v1"))).toBeUndefined();
  });
});

describe("aliases and lines", () => {
  const defaults = goOptions({});
  test.each([
    ["user.v1", "userv1"],
    ["acme.billing.v1beta1", "billingv1beta1"],
    ["acme.billing", "billing"],
    ["acme.user_admin.v1", "user_adminv1"],
    ["acme.user.v01", "userv01"],
    ["", undefined],
  ])("%j → %s (default: as buf's managed mode)", (pkg, alias) => expect(expectedAlias(pkg, defaults)).toBe(alias));

  test("go_package_alias styles and go_package_aliases overrides", () => {
    expect(expectedAlias("acme.billing.v1beta1", goOptions({ go_package_alias: "last" }))).toBe("billing");
    expect(expectedAlias("acme.billing.v1beta1", goOptions({ go_package_alias: "all" }))).toBe("acmebillingv1beta1");
    expect(expectedAlias("acme.billing.v1", goOptions({ go_package_aliases: { "acme.billing.v1": "billingapi" } }))).toBe("billingapi");
    expect(expectedAlias("acme.other.v1", goOptions({ go_package_aliases: { "acme.billing.v1": "billingapi" } }))).toBe("otherv1");
  });

  test("the line: ';alias' only when the last element is not already the alias", () => {
    expect(goPackageLine(goPackageValue({ importPath: "github.com/example/api/user/v1", alias: "userv1" }))).toBe(
      `option go_package = "github.com/example/api/user/v1;userv1";`,
    );
    expect(goPackageValue({ importPath: "github.com/example/api/userv1", alias: "userv1" })).toBe("github.com/example/api/userv1");
  });

  test("option validation for the config loader", () => {
    expect(validateConventionOptions({ go_package_prefix: "github.com/example/api/", go_package_alias: "last", exempt_packages: ["google.*"] })).toEqual([]);
    expect(validateConventionOptions({ go_package_prefix: 3, go_package_alias: "short", exempt_packages: "google.*", go_package_aliases: { "a.v1": "A" } })).toEqual([
      `exempt_packages must be a list of package globs (e.g. ["google.*"])`,
      "go_package_prefix must be a Go import path (e.g. github.com/example/api)",
      `go_package_alias must be one of last_version, last, all, not "short"`,
      `go_package_aliases.a.v1: "A" is not a lower-case Go identifier`,
    ]);
    expect(goOptions({ go_package_prefix: "github.com/example/api/" }).prefix).toBe("github.com/example/api");
  });
});

describe("the issue's example", () => {
  test("a correct file passes every GO rule, with and without a prefix", async () => {
    const files = { "user/v1/user.proto": proto("user.v1", "github.com/example/api/user/v1;userv1") };
    await expectMarked({ files });
    await expectMarked({ files, config: PREFIX });
  });

  test("each rule names the same line to write", async () => {
    const found = await expectMarked({
      files: {
        "user/v1/user.proto": `syntax = "proto3";
package user.v1;
option go_package = "github.com/example/api/users/v1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ GO_PACKAGE_ALIAS
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ GO_PACKAGE_PATH_MATCH
`,
        "user/v1/service.proto": `syntax = "proto3";
package user.v1;
^^^^^^^^^^^^^^^^ GO_PACKAGE_DEFINED
`,
      },
      config: PREFIX,
    });
    const line = `option go_package = "github.com/example/api/user/v1;userv1";`;
    expect(found.map((f) => f.message)).toEqual([
      `file "user/v1/service.proto" does not set its Go package: add option go_package = "github.com/example/api/users/v1";, the value the other files of package "user.v1" have`,
      `the Go package of "user.v1" is named "v1" after its last path element but should be "userv1": write ${line}`,
      `the Go import path "github.com/example/api/users/v1" of "user/v1/user.proto" should be go_package_prefix "github.com/example/api" followed by its directory "user/v1": write ${line}`,
    ]);
    expect(found[1]!.fix).toEqual({ text: line });
    expect(found[2]!.fix).toEqual({ text: line });
  });
});

describe("GO_PACKAGE_DEFINED", () => {
  test("with a prefix: the exact line, and a fix that adds it below the package", async () => {
    const [f] = await expectMarked({ files: { "user/v1/user.proto": `${proto("user.v1")}^^^^^^^^^^^^^^^^ GO_PACKAGE_DEFINED\n` }, config: PREFIX }, GO_PACKAGE_DEFINED);
    expect(f!.message).toBe(`file "user/v1/user.proto" does not set its Go package: add option go_package = "github.com/example/api/user/v1;userv1";`);
    expect(f!.fix).toEqual({ text: `package user.v1;\n\noption go_package = "github.com/example/api/user/v1;userv1";` });
  });

  test("without a prefix to go by: a placeholder, no fix", async () => {
    const [f] = await expectMarked({ files: { "user/v1/user.proto": `${proto("user.v1")}^^^^^^^^^^^^^^^^ GO_PACKAGE_DEFINED\n` } }, GO_PACKAGE_DEFINED);
    expect(f!.message).toBe(
      `file "user/v1/user.proto" does not set its Go package: add option go_package = "<go module path>/user/v1;userv1"; (set go_package_prefix in protoguard.yaml to have the exact path)`,
    );
    expect(f!.fix).toBeUndefined();
  });

  test("the prefix most files follow is inferred", async () => {
    const [f] = await expectMarked(
      {
        files: {
          "user/v1/user.proto": proto("user.v1", "example.com/apis/user/v1;userv1"),
          "order/v1/order.proto": proto("order.v1", "example.com/apis/order/v1;orderv1"),
          "team/v1/team.proto": `${proto("team.v1")}^^^^^^^^^^^^^^^^ GO_PACKAGE_DEFINED\n`,
        },
      },
      GO_PACKAGE_DEFINED,
    );
    expect(f!.message).toContain(`add option go_package = "example.com/apis/team/v1;teamv1";`);
  });

  test("a file without a package is reported without a location; google.* is exempt by default", async () => {
    await expectMarked(
      {
        files: {
          "x.proto": `^ GO_PACKAGE_DEFINED\nsyntax = "proto3";\nmessage X {}\n`,
          "google/type/date.proto": proto("google.type"),
        },
      },
      GO_PACKAGE_DEFINED,
    );
    await expectMarked({ files: { "google/type/date.proto": `${proto("google.type")}^^^^^^^^^^^^^^^^^^^^ GO_PACKAGE_DEFINED\n` }, config: { exempt_packages: [] } }, GO_PACKAGE_DEFINED);
  });
});

describe("GO_PACKAGE_FORM", () => {
  test("malformed values, at the option statement; alias and path rules stay quiet on them", async () => {
    const found = await expectMarked(
      {
        files: {
          "a/v1/a.proto": `syntax = "proto3";
package a.v1;
option go_package = "github.com/example/api/a/v1;a;v1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ GO_PACKAGE_FORM
`,
          "b/v1/b.proto": `syntax = "proto3";
package b.v1;
option go_package = "github.com/example/api/b/v1;type";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ GO_PACKAGE_FORM
`,
          "c/v1/c.proto": `syntax = "proto3";
package c.v1;
option go_package = "github.com/example/api/c/v1;Cv1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ GO_PACKAGE_FORM
`,
        },
        config: PREFIX,
      },
    );
    expect(found.map((f) => f.message)).toEqual([
      `go_package "github.com/example/api/a/v1;a;v1" is malformed: it has more than one ';'; write option go_package = "github.com/example/api/a/v1;av1";`,
      `go_package "github.com/example/api/b/v1;type" is malformed: the package name after ';' is not usable: "type" is a Go keyword; write option go_package = "github.com/example/api/b/v1;bv1";`,
      `go_package "github.com/example/api/c/v1;Cv1" is malformed: the package name after ';' is not usable: "Cv1" is not a lower-case Go identifier; write option go_package = "github.com/example/api/c/v1;cv1";`,
    ]);
  });

  test("a statement split over lines is reported at its start", async () => {
    await expectMarked(
      {
        files: {
          "a/v1/a.proto": `syntax = "proto3";
package a.v1;
    option go_package =
    ^ GO_PACKAGE_FORM
      "x";
`,
        },
      },
      GO_PACKAGE_FORM,
    );
  });
});

describe("GO_PACKAGE_ALIAS", () => {
  test("an explicit alias that does not follow the package; overrides win", async () => {
    const found = await expectMarked(
      {
        files: {
          "acme/user/v1/user.proto": `syntax = "proto3";
package acme.user.v1;
option go_package = "github.com/example/api/acme/user/v1;user";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ GO_PACKAGE_ALIAS
`,
          "acme/billing/v1/billing.proto": proto("acme.billing.v1", "github.com/example/api/acme/billing/v1;billingapi"),
        },
        config: { go_package_aliases: { "acme.billing.v1": "billingapi" } },
      },
      GO_PACKAGE_ALIAS,
    );
    expect(found[0]!.message).toBe(`the Go package of "acme.user.v1" is named "user" but should be "userv1": write option go_package = "github.com/example/api/acme/user/v1;userv1";`);
  });

  test("a path that is only a guess is kept as written", async () => {
    const [f] = await expectMarked(
      {
        files: {
          "user/v1/user.proto": `syntax = "proto3";\npackage user.v1;\noption go_package = "example.com/x/y;y";\n^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ GO_PACKAGE_ALIAS\n`,
        },
      },
      GO_PACKAGE_ALIAS,
    );
    expect(f!.fix).toEqual({ text: `option go_package = "example.com/x/y;userv1";` });
  });
});

describe("GO_PACKAGE_PATH_MATCH", () => {
  test("a file at the module root gets the prefix itself; without any prefix, only the directory suffix counts", async () => {
    await expectMarked(
      {
        files: {
          "root.proto": `syntax = "proto3";\npackage acme.v1;\noption go_package = "github.com/example/api/acme/v1;acmev1";\n^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ GO_PACKAGE_PATH_MATCH\n`,
        },
        config: PREFIX,
      },
      GO_PACKAGE_PATH_MATCH,
    );
    const [f] = await expectMarked(
      {
        files: {
          "user/v1/user.proto": `syntax = "proto3";\npackage user.v1;\noption go_package = "example.com/apis/users/v1;userv1";\n^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ GO_PACKAGE_PATH_MATCH\n`,
          "order/v1/order.proto": proto("order.v1", "example.com/other/order/v1;orderv1"),
        },
      },
      GO_PACKAGE_PATH_MATCH,
    );
    expect(f!.message).toBe(
      `the Go import path "example.com/apis/users/v1" of "user/v1/user.proto" should end with its directory "user/v1": write option go_package = "example.com/apis/user/v1;userv1"; (set go_package_prefix in protoguard.yaml to have the exact path)`,
    );
    expect(f!.fix).toBeUndefined();
  });
});

describe("GO_PACKAGE_CONSISTENT", () => {
  test("files that are not linted count toward the package's value, but are not reported", async () => {
    const ex: Example = {
      files: {
        "user/v1/a.proto": proto("user.v1", "github.com/example/api/user/v1;userv1"),
        "user/v1/b.proto": proto("user.v1", "github.com/example/api/user/v1;userv1"),
        "user/v1/c.proto": `syntax = "proto3";
package user.v1;
import "user/v1/a.proto";
import "user/v1/b.proto";
option go_package = "github.com/example/user/v1;userv1";
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ GO_PACKAGE_CONSISTENT
`,
      },
    };
    const model = await compileExample(ex);
    const found = runLint(model, { ...exampleRunOptions(GO_PACKAGE_CONSISTENT, ex), targets: [model.file("user/v1/c.proto")!] });
    expect(diffFindings(found, expectedFindings(ex))).toEqual([]);
    expect(found[0]!.message).toBe(
      `files of package "user.v1" disagree on go_package (2 values); 2 files use "github.com/example/api/user/v1;userv1", this one "github.com/example/user/v1;userv1": write option go_package = "github.com/example/api/user/v1;userv1";`,
    );
  });

  test("on a tie, the value the conventions expect wins", async () => {
    await expectMarked(
      {
        files: {
          "user/v1/a.proto": `syntax = "proto3";\npackage user.v1;\noption go_package = "github.com/example/api/user/v1;user";\n^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ GO_PACKAGE_CONSISTENT\n`,
          "user/v1/b.proto": proto("user.v1", "github.com/example/api/user/v1;userv1"),
        },
        config: PREFIX,
      },
      GO_PACKAGE_CONSISTENT,
    );
  });
});

describe("GO_PACKAGE_UNIQUE", () => {
  test("two packages in one directory: no line can fix it, the message says to move the files", async () => {
    const [f] = await expectMarked(
      {
        files: {
          "user/v1/user.proto": proto("user.v1", "github.com/example/api/user/v1;userv1"),
          "user/v1/audit.proto": `syntax = "proto3";\npackage audit.v1;\noption go_package = "github.com/example/api/user/v1;userv1";\n^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ GO_PACKAGE_UNIQUE\n`,
        },
        config: PREFIX,
      },
      GO_PACKAGE_UNIQUE,
    );
    expect(f!.message).toBe(
      `Go import path "github.com/example/api/user/v1" belongs to package "user.v1" ("user/v1/user.proto"), not to "audit.v1": move its files to a directory of their own and give them that directory's go_package`,
    );
    expect(f!.fix).toBeUndefined();
  });
});
