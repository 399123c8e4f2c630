/**
 * protoguard's VERSIONING and GO rules (issue 4) on three corpora:
 *
 * - test/fixtures/conventions/good: a module written to follow every convention. `protoguard lint`
 *   (its protoguard.yaml: STANDARD plus every VERSIONING and GO rule, with go_package_prefix)
 *   reports nothing, neither does buf lint (its buf.yaml: STANDARD), and neither do our rules
 *   without any option (the prefix is then inferred).
 * - test/fixtures/conventions/bad: every rule broken somewhere; the expected findings are caret
 *   markers in the files. The markers are stripped into a copy under .cache/ and `protoguard lint
 *   --error-format json` runs there, end to end (protoguard.yaml options, comment ignores).
 * - google-proto-files (test/lint/corpus-lint.ts) with `exempt_packages: []` (google.* is exempt
 *   by default): the real inconsistencies found there, counted per rule, with a sample checked by
 *   hand against the files (listed below with the reason each is real).
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { LINT_RULES } from "../../rules/lint/index.js";
import { lintCommand } from "../../src/cli/lint.js";
import { expectedFromMarkers, modelFromCompile } from "../../src/engine/examples.js";
import type { Model } from "../../src/engine/model.js";
import { DEFAULT_LINT_OPTIONS, type Finding, type LintRule } from "../../src/engine/rule.js";
import { runLint } from "../../src/engine/run.js";
import { corpusExcludes } from "../util/corpus.js";
import { cacheDir, projectRoot } from "../util/files.js";
import { ourBuild } from "../util/ours.js";
import { bufLint, type BufFinding } from "./buf-lint.js";
import { corpusLintDir } from "./corpus-lint.js";

const CONVENTION_RULES: readonly LintRule[] = LINT_RULES.filter((r) => r.categories.v2?.some((c) => c === "VERSIONING" || c === "GO"));
const fixtures = join(projectRoot, "test", "fixtures", "conventions");

function protoFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) return protoFiles(abs, base);
    return name.endsWith(".proto") ? [relative(base, abs)] : [];
  });
}

async function protoguardLint(dir: string): Promise<{ code: number; findings: BufFinding[]; stderr: string }> {
  const out: string[] = [];
  let stderr = "";
  const code = await lintCommand([".", "--error-format", "json"], {
    stdout: (c) => void out.push(typeof c === "string" ? c : new TextDecoder().decode(c)),
    stderr: (t) => void (stderr += t),
    cwd: dir,
  });
  const findings = out
    .join("")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as BufFinding);
  return { code, findings, stderr };
}

test("the registry holds the ten convention rules, all protoguard's own and on by default", () => {
  expect(CONVENTION_RULES.map((r) => r.id)).toEqual([
    "GO_PACKAGE_ALIAS",
    "GO_PACKAGE_CONSISTENT",
    "GO_PACKAGE_DEFINED",
    "GO_PACKAGE_FORM",
    "GO_PACKAGE_PATH_MATCH",
    "GO_PACKAGE_UNIQUE",
    "VERSION_NO_IMPORT_PREVIOUS_MAJOR",
    "VERSION_PACKAGE_SUFFIX",
    "VERSION_SIBLING_DIRECTORY",
    "VERSION_STABLE_NO_IMPORT_UNSTABLE",
  ]);
  for (const r of CONVENTION_RULES) {
    expect(r.protoguard, r.id).toBe(true);
    expect(r.onByDefault, r.id).toBe(true);
    for (const v of ["v1beta1", "v1", "v2"] as const) expect(r.categories[v], `${r.id} ${v}`).toEqual([r.id.startsWith("GO_") ? "GO" : "VERSIONING"]);
  }
});

describe("a corpus of correct files", () => {
  const dir = join(fixtures, "good");

  test("protoguard lint (STANDARD + VERSIONING + GO, go_package_prefix) reports nothing", async () => {
    const { code, findings, stderr } = await protoguardLint(dir);
    expect(stderr).toBe("");
    expect(findings).toEqual([]);
    expect(code).toBe(0);
  });

  test("buf lint (STANDARD) reports nothing either", async () => {
    expect(await bufLint(dir)).toEqual([]);
  });

  test("without any option (prefix inferred, google.* exempt) the rules report nothing", async () => {
    const build = await ourBuild(dir);
    expect(build.errors).toEqual([]);
    const model = modelFromCompile(build.result);
    expect(model.targets.length).toBe(protoFiles(dir).length);
    expect(runLint(model, { rules: CONVENTION_RULES, options: DEFAULT_LINT_OPTIONS, version: "v2", commentIgnores: true })).toEqual([]);
  });
});

describe("a corpus of bad files", () => {
  const source = join(fixtures, "bad");
  const work = join(cacheDir, "conventions-bad");
  const expected: string[] = [];

  beforeAll(() => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    cpSync(join(source, "protoguard.yaml"), join(work, "protoguard.yaml"));
    for (const rel of protoFiles(source)) {
      const { text, expected: marks } = expectedFromMarkers(readFileSync(join(source, rel), "utf8"), rel);
      mkdirSync(dirname(join(work, rel)), { recursive: true });
      writeFileSync(join(work, rel), text);
      for (const m of marks) expected.push(`${m.file}:${m.line}:${m.column}-${m.endColumn} ${m.ruleId}`);
    }
  });

  test("protoguard lint reports exactly the marked findings, and every rule is exercised", async () => {
    const { code, findings, stderr } = await protoguardLint(work);
    expect(stderr).toBe("");
    const got = findings.map((f) => `${f.path}:${f.start_line}:${f.start_column}-${f.end_column} ${f.type}`);
    expect(got.sort()).toEqual([...expected].sort());
    expect(code).toBe(1);
    expect(new Set(findings.map((f) => f.type))).toEqual(new Set(CONVENTION_RULES.map((r) => r.id)));
  });

  test("messages name the line to write", async () => {
    const { findings } = await protoguardLint(work);
    const at = (path: string, type: string): string => findings.find((f) => f.path === path && f.type === type)!.message;
    expect(at("acme/user/v1/audit.proto", "GO_PACKAGE_DEFINED")).toBe(
      `file "acme/user/v1/audit.proto" does not set its Go package: add option go_package = "github.com/example/api/acme/user/v1;userv1";, the value the other files of package "acme.user.v1" have`,
    );
    expect(at("acme/search/v1/search.proto", "GO_PACKAGE_PATH_MATCH")).toBe(
      `the Go import path "github.com/example/api/acme/find/v1" of "acme/search/v1/search.proto" should be go_package_prefix "github.com/example/api" followed by its directory "acme/search/v1": write option go_package = "github.com/example/api/acme/search/v1;searchv1";`,
    );
    expect(at("acme/shipping/v01/shipment.proto", "VERSION_PACKAGE_SUFFIX")).toBe(`package "acme.shipping.v01" should end in a valid version: write package acme.shipping.v1;`);
  });
});

describe("google-proto-files", () => {
  let found: Finding[];
  let model: Model;
  const keys = (): Set<string> => new Set(found.map((f) => `${f.file}:${f.startLine} ${f.ruleId}`));

  beforeAll(async () => {
    const dir = corpusLintDir();
    const build = await ourBuild(dir, { excludes: corpusExcludes });
    model = modelFromCompile(build.result);
    const t0 = performance.now();
    found = runLint(model, { rules: CONVENTION_RULES, options: { ...DEFAULT_LINT_OPTIONS, extra: { exempt_packages: [] } }, version: "v2", commentIgnores: true });
    console.log(`convention rules on ${model.targets.length} corpus files: ${(performance.now() - t0).toFixed(0)} ms`);
  }, 300_000);

  test("findings per rule", () => {
    const counts: Record<string, number> = {};
    for (const f of found) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
    // Most GO_PACKAGE_PATH_MATCH and GO_PACKAGE_ALIAS findings are Google's own convention, not
    // slips: import paths drop the leading `google/` (google.golang.org/genproto/googleapis/api/…,
    // cloud.google.com/go/…/apiv1/…pb) and package names are `…pb`, so they never end with the
    // directory nor follow the package. VERSION_PACKAGE_SUFFIX: mostly google.ads.googleads.v19.*,
    // whose version is not the last component (buf's PACKAGE_VERSION_SUFFIX reports them too).
    expect(counts).toEqual({
      GO_PACKAGE_ALIAS: 3400,
      GO_PACKAGE_CONSISTENT: 48,
      GO_PACKAGE_DEFINED: 14,
      GO_PACKAGE_FORM: 11,
      GO_PACKAGE_PATH_MATCH: 7992,
      GO_PACKAGE_UNIQUE: 10,
      VERSION_PACKAGE_SUFFIX: 4826,
      VERSION_SIBLING_DIRECTORY: 18,
      VERSION_STABLE_NO_IMPORT_UNSTABLE: 1,
    });
  });

  // Each checked by hand against the files in .cache/corpus-lint.
  test.each([
    // google.api is split over 11 Go packages (annotations, serviceconfig, httpbody, label, …):
    // 17 files say …/api/serviceconfig, 7 say …/api/annotations.
    ["google/api/annotations.proto:22 GO_PACKAGE_CONSISTENT"],
    ["google/api/http.proto:19 GO_PACKAGE_CONSISTENT"],
    // google.actions.type: date_range vs date_time_range, one file each.
    ["google/actions/type/datetime_range.proto:22 GO_PACKAGE_CONSISTENT"],
    // The 15 other files of google.maps.weather.v1 say cloud.google.com/go/maps/weather/apiv1/weatherpb;
    // this one has no go_package at all.
    ["google/maps/weather/v1/public_alerts_enums.proto:17 GO_PACKAGE_DEFINED"],
    ["google/cloud/common_resources.proto:20 GO_PACKAGE_DEFINED"],
    // Eleven files of ten proto packages (grafeas.v1beta1.build, .image, .package, …) share one Go
    // package, containeranalysispb.
    ["google/devtools/containeranalysis/v1beta1/build/build.proto:21 GO_PACKAGE_UNIQUE"],
    ["google/devtools/containeranalysis/v1beta1/image/image.proto:19 GO_PACKAGE_UNIQUE"],
    // The Go package is named after the last path element "type", a Go keyword.
    ["google/apps/script/type/addon_widget_set.proto:20 GO_PACKAGE_FORM"],
    ["google/actions/sdk/v2/interactionmodel/type/type.proto:23 GO_PACKAGE_FORM"],
    // google.actions.sdk.v2 is named "sdk" (…/actions/sdk/v2 would need sdkv2 to sit beside a v3).
    ["google/actions/sdk/v2/account_linking.proto:21 GO_PACKAGE_ALIAS"],
    // A stable logging.v1 imports the beta package saasservicemgmt.v1beta1.
    ["google/cloud/saasplatform/saasservicemgmt/logging/v1/unit_operation_log.proto:20 VERSION_STABLE_NO_IMPORT_UNSTABLE"],
    // Package google.cloud.translation.v3 lives in google/cloud/translate/v3.
    ["google/cloud/translate/v3/translation_service.proto:17 VERSION_SIBLING_DIRECTORY"],
    // Package google.cloud.gkehub.configmanagement.v1 lives in gkehub/v1/configmanagement: the
    // version sits in the middle of the directory.
    ["google/cloud/gkehub/v1/configmanagement/configmanagement.proto:17 VERSION_SIBLING_DIRECTORY"],
  ])("%s", (key) => {
    expect(keys().has(key)).toBe(true);
  });

  test("no new major version imports its predecessor there", () => {
    expect(found.filter((f) => f.ruleId === "VERSION_NO_IMPORT_PREVIOUS_MAJOR")).toEqual([]);
  });

  test("with the default exemption (google.*), only files of other packages are reported", () => {
    const t0 = performance.now();
    const kept = runLint(model, { rules: CONVENTION_RULES, options: DEFAULT_LINT_OPTIONS, version: "v2", commentIgnores: true });
    console.log(`convention rules, google.* exempt: ${kept.length} findings in ${(performance.now() - t0).toFixed(0)} ms`);
    const packages = new Set(kept.map((f) => model.file(f.file!)!.package.split(".")[0]));
    // cloud.* and maps.fleetengine.* are real packages of their own in the corpus, not google.*.
    expect([...packages].sort()).toEqual(["cloud", "grafeas", "json_enumval_custom_string", "maps", "pb", "proto2_unittest"]);
    expect(kept.length).toBeLessThan(found.length / 10);
  });
});
