/**
 * The naming helpers against buf 1.75: hand-picked cases from buf-rules.md §1.2/§1.3, plus 600
 * generated identifiers and 51 packages whose verdicts were captured from `buf lint`
 * (fixtures/naming-buf-1.75.json: for each name, buf's suggested lower_snake, UPPER_SNAKE and
 * PascalCase spelling, the name itself when buf accepted it).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  isLowerSnakeCase,
  isPascalCase,
  isUnstable,
  isUpperSnakeCase,
  parsePackageVersion,
  toLowerSnakeCase,
  toPascalCase,
  toUpperSnakeCase,
} from "../../src/engine/naming.js";

const captured = JSON.parse(readFileSync(new URL("./fixtures/naming-buf-1.75.json", import.meta.url), "utf8")) as {
  conversions: Record<string, { lower: string; upper: string; pascal: string }>;
  packages: Record<string, boolean>;
};

describe("PascalCase", () => {
  it.each([
    ["HTTPServer", "HTTPServer"],
    ["FOO", "FOO"],
    ["Foo2bar", "Foo2bar"],
    ["foo_bar", "FooBar"],
    ["Foo_Bar", "FooBar"],
    ["fooBar", "FooBar"],
    ["foo.bar-baz qux", "FooBarBazQux"],
    ["_foo", "Foo"],
    ["fOO", "FOO"],
  ])("%s → %s", (name, want) => {
    expect(toPascalCase(name)).toBe(want);
    expect(isPascalCase(name)).toBe(name === want);
  });
});

describe("snake_case", () => {
  it.each([
    ["fooBar", "foo_bar"],
    ["HTTPServer", "http_server"],
    ["fooHTTP", "foo_http"],
    ["foo1Bar", "foo1_bar"],
    ["FOO", "foo"],
    ["_foo", "foo"],
    ["foo_", "foo"],
    ["foo__bar", "foo_bar"],
    ["field1", "field1"],
    ["field_1", "field_1"],
    ["foo-bar.baz", "foo_bar_baz"],
    ["IPv4Address", "i_pv4_address"],
  ])("lower %s → %s", (name, want) => {
    expect(toLowerSnakeCase(name)).toBe(want);
    expect(isLowerSnakeCase(name)).toBe(name === want);
  });

  it.each([
    ["HTTP_STATUS__BAD", "HTTP_STATUS_BAD"],
    ["HTTP_STATUS_fooBar", "HTTP_STATUS_FOO_BAR"],
    ["HTTP_STATUS_V2", "HTTP_STATUS_V2"],
    ["HTTP_STATUS_2V", "HTTP_STATUS_2V"],
    ["HTTPStatus", "HTTP_STATUS"],
    ["Foo2Bar", "FOO2_BAR"],
  ])("upper %s → %s", (name, want) => {
    expect(toUpperSnakeCase(name)).toBe(want);
    expect(isUpperSnakeCase(name)).toBe(name === want);
  });

  it("reads neighbours of non-ASCII characters as bytes, like buf (file names)", () => {
    expect(toLowerSnakeCase("caféBar")).toBe("café_bar");
    expect(toLowerSnakeCase("")).toBe("");
    expect(toLowerSnakeCase("__")).toBe("");
  });
});

describe("conversions equal buf's on 600 generated identifiers", () => {
  const entries = Object.entries(captured.conversions);
  it("has the captured data", () => expect(entries.length).toBe(600));
  it.each(["lower", "upper", "pascal"] as const)("%s", (kind) => {
    const convert = { lower: toLowerSnakeCase, upper: toUpperSnakeCase, pascal: toPascalCase }[kind];
    const wrong = entries.filter(([name, want]) => convert(name) !== want[kind]).map(([name, want]) => `${name}: buf ${want[kind]}, ours ${convert(name)}`);
    expect(wrong).toEqual([]);
  });
});

describe("package versions", () => {
  it.each(Object.entries(captured.packages))("%s accepted by buf: %s", (pkg, accepted) => {
    expect(parsePackageVersion(pkg) !== undefined).toBe(accepted);
  });

  it("parses the parts", () => {
    expect(parsePackageVersion("acme.pay.v1")).toMatchObject({ major: 1, stability: "stable", minor: 0, patch: 0, component: "v1" });
    expect(parsePackageVersion("acme.v2beta3")).toMatchObject({ major: 2, stability: "beta", minor: 3, patch: 0 });
    expect(parsePackageVersion("acme.v1p2alpha")).toMatchObject({ major: 1, stability: "alpha", minor: 0, patch: 2 });
    expect(parsePackageVersion("acme.v1testfoo")).toMatchObject({ major: 1, stability: "test", suffix: "foo" });
    expect(parsePackageVersion("acme.v01")).toMatchObject({ major: 1, stability: "stable" });
  });

  it("calls alpha, beta and test unstable", () => {
    expect(isUnstable(parsePackageVersion("a.v1")!)).toBe(false);
    for (const p of ["a.v1alpha", "a.v1beta1", "a.v1test"]) expect(isUnstable(parsePackageVersion(p)!)).toBe(true);
  });
});
