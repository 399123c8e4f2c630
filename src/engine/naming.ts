/**
 * Naming conventions shared by the lint rules: buf's PascalCase, lower_snake_case and
 * UPPER_SNAKE_CASE conversions (a name is valid when converting it changes nothing), and buf's
 * grammar of package versions (`foo.v1`, `foo.v1beta2`, `foo.v1p1alpha`, `foo.v1test`).
 *
 * The conversions reproduce buf 1.75 exactly, quirks included, because a finding exists exactly
 * when the converted name differs from the written one (buf-rules.md §1.2, §1.3; checked against
 * buf on generated names in test/engine/naming.test.ts). Proto identifiers are ASCII; for other
 * text (file names) the snake conversion looks at neighbouring UTF-8 bytes as buf does.
 */

/** Characters that separate words: dropped by PascalCase, turned into `_` by snake_case. */
function isDelimiter(c: string): boolean {
  return c === "_" || c === "-" || c === "." || c === " " || c === "\t" || c === "\n" || c === "\r";
}

const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;
const DIGIT = /^\p{Nd}$/u;

function isUpper(c: string): boolean {
  return c >= "A" && c <= "Z" ? true : c < "\x80" ? false : UPPER.test(c);
}
function isLower(c: string): boolean {
  return c >= "a" && c <= "z" ? true : c < "\x80" ? false : LOWER.test(c);
}
function isDigit(c: string): boolean {
  return c >= "0" && c <= "9" ? true : c < "\x80" ? false : DIGIT.test(c);
}

/** Upper/lower-cases one character without changing its length (as Go's unicode.ToUpper does). */
function upper1(c: string): string {
  const u = c.toUpperCase();
  return [...u].length === 1 ? u : c;
}
function lower1(c: string): string {
  const l = c.toLowerCase();
  return [...l].length === 1 ? l : c;
}

const PASCAL = /^[A-Z0-9][A-Za-z0-9]*$/;

/**
 * PascalCase as buf converts: delimiters are dropped; the first character and every character
 * after a delimiter are upper-cased; characters already upper-case stay so; all others are
 * lower-cased. So `HTTPServer` and `FOO` are valid PascalCase, `foo_bar` becomes `FooBar`.
 */
export function toPascalCase(name: string): string {
  if (PASCAL.test(name)) return name; // already PascalCase: nothing to drop or re-case
  let out = "";
  let previous = "";
  let first = true;
  for (const c of name.trim()) {
    if (!isDelimiter(c)) out += first || isDelimiter(previous) || isUpper(c) ? upper1(c) : lower1(c);
    previous = c;
    first = false;
  }
  return out;
}

/**
 * The word-splitting core of buf's snake_case: leading and trailing delimiters trimmed, every
 * delimiter becomes `_`, runs of `_` collapse, and `_` is inserted before an upper-case letter
 * when the previous character is lower-case or the next one starts no new word (is neither
 * upper-case, a digit nor a delimiter). Digits never start a word, so `field1` and `field_1`
 * are both valid. Neighbours are read as UTF-8 bytes, as buf reads them.
 */
function toSnakeCase(name: string): string {
  let start = 0;
  let end = name.length;
  while (start < end && isDelimiter(name[start]!)) start++;
  while (end > start && isDelimiter(name[end - 1]!)) end--;
  const s = name.slice(start, end);
  if (s === "") return "";
  const ascii = !/[^\x00-\x7f]/.test(s);
  const bytes = ascii ? undefined : new TextEncoder().encode(s);
  const byteLength = bytes ? bytes.length : s.length;
  const byteAt = (i: number): string => (bytes ? String.fromCharCode(bytes[i]!) : s[i]!);
  let out = "";
  let i = 0; // byte offset of the current character
  for (let c of s) {
    const width = bytes ? new TextEncoder().encode(c).length : 1;
    if (isDelimiter(c)) c = "_";
    if (i === 0) {
      out += c;
    } else if (
      isUpper(c) &&
      !out.endsWith("_") &&
      ((i < byteLength - 1 && !isUpper(byteAt(i + 1)) && !isDigit(byteAt(i + 1)) && !isDelimiter(byteAt(i + 1))) ||
        isLower(byteAt(i - 1)))
    ) {
      out += "_" + c;
    } else if (!(c === "_" && out.endsWith("_"))) {
      out += c;
    }
    i += width;
  }
  return out;
}

// Names already in the form convert to themselves: no delimiter to trim or collapse, no capital
// to split before (lower) or that a lower-case neighbour could split (upper). The lint corpus has
// ~1M names, most of them valid and many repeated (an enum's name per value), so the conversions
// take these shortcuts and remember their last results.
const LOWER_SNAKE = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;
const UPPER_SNAKE = /^[A-Z0-9]+(?:_[A-Z0-9]+)*$/;
const MEMO_LIMIT = 50_000;
const lowerMemo = new Map<string, string>();
const upperMemo = new Map<string, string>();

function memo(cache: Map<string, string>, name: string, convert: (name: string) => string): string {
  let out = cache.get(name);
  if (out === undefined) {
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(name, (out = convert(name)));
  }
  return out;
}

/** lower_snake_case as buf converts: `fooBar` → `foo_bar`, `HTTPServer` → `http_server`. */
export function toLowerSnakeCase(name: string): string {
  if (LOWER_SNAKE.test(name)) return name;
  return memo(lowerMemo, name, (n) => toSnakeCase(n).toLowerCase());
}

/** UPPER_SNAKE_CASE as buf converts: `fooBar` → `FOO_BAR`, `HTTP_STATUS__BAD` → `HTTP_STATUS_BAD`. */
export function toUpperSnakeCase(name: string): string {
  if (UPPER_SNAKE.test(name)) return name;
  return memo(upperMemo, name, (n) => toSnakeCase(n).toUpperCase());
}

export function isPascalCase(name: string): boolean {
  return toPascalCase(name) === name;
}

export function isLowerSnakeCase(name: string): boolean {
  return toLowerSnakeCase(name) === name;
}

export function isUpperSnakeCase(name: string): boolean {
  return toUpperSnakeCase(name) === name;
}

// ---- package versions ---------------------------------------------------------------------------

export type Stability = "stable" | "alpha" | "beta" | "test";

/** The version carried by a package's last component, e.g. `v1p2beta3` of `acme.pay.v1p2beta3`. */
export interface PackageVersion {
  /** `N` of `vN…` (≥ 1). */
  readonly major: number;
  readonly stability: Stability;
  /** The number after `alpha`/`beta` (0 when absent). */
  readonly minor: number;
  /** `P` of `vNpP…` (0 when absent; only with alpha/beta). */
  readonly patch: number;
  /** What follows `test` in a test version (`v1testfoo` → `foo`). */
  readonly suffix: string;
  /** The component as written. */
  readonly component: string;
}

/**
 * The version of a package whose last component is a valid version and which has at least two
 * components; undefined otherwise (`foo`, `v1`, `foo.v0`, `foo.V1`, `foo.v1rc1`, `foo.v1p1`).
 * Accepted: `vN`, `vNalpha[M]`, `vNbeta[M]`, `vNpPalpha[M]`, `vNpPbeta[M]`, `vNtest<anything>`,
 * with N, M, P ≥ 1 and leading zeros allowed (buf-rules.md §1.3).
 */
export function parsePackageVersion(pkg: string): PackageVersion | undefined {
  const parts = pkg.split(".");
  if (parts.length < 2) return undefined;
  return parseVersionComponent(parts[parts.length - 1]!);
}

/** The version of one package component (`v1beta1`), or undefined if it is not one. */
export function parseVersionComponent(component: string): PackageVersion | undefined {
  if (component.length < 2 || component[0] !== "v" || component.includes(".")) return undefined;
  const version = component.slice(1);
  const make = (major: number, stability: Stability, minor: number, patch: number, suffix: string): PackageVersion => ({
    major,
    stability,
    minor,
    patch,
    suffix,
    component,
  });
  const testAt = version.indexOf("test");
  if (testAt >= 0) {
    const major = number(version.slice(0, testAt), 1);
    return major === undefined ? undefined : make(major, "test", 0, 0, version.slice(testAt + 4));
  }
  const alpha = version.includes("alpha");
  const beta = version.includes("beta");
  if (alpha && beta) return undefined;
  if (!alpha && !beta) {
    const major = number(version, 1);
    return major === undefined ? undefined : make(major, "stable", 0, 0, "");
  }
  const word = alpha ? "alpha" : "beta";
  const at = version.indexOf(word);
  const rest = version.slice(at + word.length);
  let minor = 0;
  if (rest !== "") {
    const m = number(rest, 1);
    if (m === undefined) return undefined;
    minor = m;
  }
  const head = version.slice(0, at);
  const p = head.indexOf("p");
  if (p >= 0) {
    const major = number(head.slice(0, p), 1);
    const patch = number(head.slice(p + 1), 1);
    return major === undefined || patch === undefined ? undefined : make(major, word, minor, patch, "");
  }
  const major = number(head, 1);
  return major === undefined ? undefined : make(major, word, minor, 0, "");
}

/** Unstable = alpha, beta or test. */
export function isUnstable(version: PackageVersion): boolean {
  return version.stability !== "stable";
}

/**
 * A decimal integer ≥ `min` that fits in 32 bits (Go's strconv.ParseInt(s, 10, 32), which also
 * takes a sign and leading zeros).
 */
function number(s: string, min: number): number | undefined {
  if (!/^[+-]?[0-9]+$/.test(s)) return undefined;
  const value = Number(s);
  if (value > 2147483647 || value < -2147483648 || value < min) return undefined;
  return value;
}
