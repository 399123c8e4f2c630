/**
 * The builder's small text rules, checked against the tables of shared/reference/descriptors.md
 * (§5 JSON names, §6 map entry names, §8 default values), which were probed on buf 1.75.
 */
import { describe, expect, test } from "vitest";
import { escapeBytes, formatGoFloat } from "../../src/compiler/defaults.js";
import { defaultJsonName, mapEntryName } from "../../src/compiler/descriptors.js";

describe("json_name (§5)", () => {
  test.each([
    ["foo_bar", "fooBar"], ["_leading", "Leading"], ["trailing_", "trailing"], ["double__under", "doubleUnder"],
    ["foo_1bar", "foo1bar"], ["foo1_bar", "foo1Bar"], ["FooBar", "FooBar"], ["fooBAR_baz", "fooBARBaz"],
    ["a_b_c", "aBC"], ["__x__y", "XY"], ["plain", "plain"],
  ])("%s → %s", (name, json) => expect(defaultJsonName(name)).toBe(json));
});

describe("map entry names (§6)", () => {
  test.each([
    ["_foo", "FooEntry"], ["foo__bar", "FooBarEntry"], ["foo_1", "Foo1Entry"], ["FOO", "FOOEntry"],
    ["fOO_bar_", "FOOBarEntry"], ["map_3d", "Map3dEntry"],
  ])("%s → %s", (name, entry) => expect(mapEntryName(name)).toBe(entry));
});

describe("floating-point defaults in Go's shortest 'g' form (§8)", () => {
  test.each([
    [1e10, "1e+10"], [1.5e-7, "1.5e-07"], [123456, "123456"], [1234567, "1.234567e+06"], [1e-5, "1e-05"],
    [0.0001, "0.0001"], [-0, "-0"], [1, "1"], [1e23, "1e+23"], [Infinity, "inf"], [-Infinity, "-inf"], [NaN, "nan"],
    [Math.fround(0.1), "0.10000000149011612"], [Math.fround(16777217), "1.6777216e+07"], [-2.5, "-2.5"], [100, "100"],
  ])("%d → %s", (v, text) => expect(formatGoFloat(v)).toBe(text));
});

test("bytes defaults are C-escaped with 3-digit octal (§8)", () => {
  const b = new Uint8Array([0, 7, 10, 13, 9, 34, 39, 92, 0x20, 0x41, 0x7e, 0x7f, 0xff]);
  expect(escapeBytes(b)).toBe("\\000\\007\\n\\r\\t\\\"\\'\\\\ A~\\177\\377");
});
