/**
 * Package versioning conventions of protoguard's own VERSIONING rules (issue 4): the nearest valid
 * form of a package whose version is missing or malformed, sibling versions of one API
 * (`acme.user.v1` and `acme.user.v2` share the base `acme.user`), the packages a project exempts
 * from its conventions, and the "add the next major version" advice the breaking-change checks
 * give inside a stable package.
 *
 * The version grammar itself is buf's and lives in naming.ts (`parsePackageVersion`); this module
 * only builds on it. Options come from protoguard.yaml's `protoguard:` map (`LintOptions.extra`):
 *
 * - `exempt_packages`: globs on package names (`*` matches any run of characters, dots included)
 *   whose files no VERSIONING or GO rule reports on; default `["google.*"]` (vendored Google APIs).
 */
import type { ProtoFile } from "./model.js";
import { parsePackageVersion, parseVersionComponent, type PackageVersion } from "./naming.js";

// ---- options --------------------------------------------------------------------------------------

/** Packages exempted by default: vendored copies of Google's APIs follow Google's conventions. */
export const DEFAULT_EXEMPT_PACKAGES: readonly string[] = ["google.*"];

/** The `protoguard:` key listing exempted package globs. */
export const EXEMPT_PACKAGES_KEY = "exempt_packages";

/** The exempted package globs of a run (a malformed value falls back to the default). */
export function exemptPackages(extra: Readonly<Record<string, unknown>>): readonly string[] {
  const v = extra[EXEMPT_PACKAGES_KEY];
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v as string[];
  return DEFAULT_EXEMPT_PACKAGES;
}

/**
 * Whether `pkg` matches a glob: `*` is any run of characters (dots too); everything else is literal.
 * Globs come from the repository's configuration, so matching must not blow up on an adversarial one
 * (`*a*a*a*a*a*b`, which a backtracking regular expression takes exponential time over): a star
 * that fails is retried only from the last star, one character further, which bounds the work by
 * the product of the two lengths.
 */
export function packageMatches(pkg: string, glob: string): boolean {
  let i = 0;
  let g = 0;
  let star = -1;
  let resume = 0;
  while (i < pkg.length) {
    if (g < glob.length && glob[g] === "*") {
      star = g++;
      resume = i;
    } else if (g < glob.length && glob[g] === pkg[i]) {
      g++;
      i++;
    } else if (star >= 0) {
      g = star + 1;
      i = ++resume;
    } else return false;
  }
  while (g < glob.length && glob[g] === "*") g++;
  return g === glob.length;
}

/** Whether a file's package is exempted from protoguard's conventions. */
export function isExempt(file: ProtoFile, extra: Readonly<Record<string, unknown>>): boolean {
  return file.package !== "" && exemptPackages(extra).some((g) => packageMatches(file.package, g));
}

/** Problems with the VERSIONING options, one line each (for the config loader; empty when fine). */
export function validateVersioningOptions(extra: Readonly<Record<string, unknown>>): string[] {
  const v = extra[EXEMPT_PACKAGES_KEY];
  if (v === undefined) return [];
  return Array.isArray(v) && v.every((x) => typeof x === "string") ? [] : [`${EXEMPT_PACKAGES_KEY} must be a list of package globs (e.g. ["google.*"])`];
}

// ---- nearest valid form -----------------------------------------------------------------------

/**
 * Whether a valid version is written canonically: buf accepts leading zeros (`v01`, `v1alpha01`),
 * which make two spellings of one version; the canonical form has none.
 */
export function isCanonicalVersion(version: PackageVersion): boolean {
  return canonicalComponent(version) === version.component;
}

/** A valid version written canonically: `v01` → `v1`, `v1p01beta02` → `v1p1beta2`. */
export function canonicalComponent(version: PackageVersion): string {
  const { major, stability, minor, patch, suffix } = version;
  if (stability === "stable") return `v${major}`;
  if (stability === "test") return `v${major}test${suffix}`;
  return `v${major}${patch ? `p${patch}` : ""}${stability}${minor ? String(minor) : ""}`;
}

/**
 * The nearest package with a valid, canonical version, or undefined when `pkg` already has one.
 * Fixes what is recognisable and appends `v1` otherwise:
 * `acme.billing` → `acme.billing.v1`, `acme.V1` → `acme.v1`, `acme.v0` → `acme.v1`,
 * `acme.v01` → `acme.v1`, `acme.v1alpha0` → `acme.v1alpha1`, `acme.v1_beta1` → `acme.v1beta1`,
 * `acme.v1rc1` → `acme.v1beta1`, `acme.v1p1` → `acme.v1`, `acme.v1p1test` → `acme.v1test`,
 * `acme.version2` → `acme.v2`, `acme.beta` → `acme.v1beta1`, `acme.v1.billing` → `acme.billing.v1`.
 * A one-component package gets a name placeholder: `v1` → `NAME.v1`.
 */
export function nearestVersionedPackage(pkg: string): string | undefined {
  const parts = pkg.split(".");
  const valid = parsePackageVersion(pkg);
  if (valid) return isCanonicalVersion(valid) ? undefined : [...parts.slice(0, -1), canonicalComponent(valid)].join(".");
  const last = parts[parts.length - 1]!;
  if (parts.length === 1) {
    const own = repairComponent(last);
    return own ? `NAME.${own}` : `${pkg}.v1`;
  }
  const repaired = repairComponent(last);
  if (repaired) return [...parts.slice(0, -1), repaired].join(".");
  // A version that is not last moves to the end: acme.v1.billing → acme.billing.v1.
  for (let i = parts.length - 2; i >= 0; i--) {
    const v = parseVersionComponent(parts[i]!) ?? undefined;
    const fixed = v ? canonicalComponent(v) : undefined;
    if (fixed) return [...parts.slice(0, i), ...parts.slice(i + 1), fixed].join(".");
  }
  return `${pkg}.v1`;
}

/** A malformed version component made valid (`V1` → `v1`, `v0` → `v1`), or undefined if it is no version at all. */
function repairComponent(component: string): string | undefined {
  const c = component.toLowerCase().replace(/[_-](?=[a-z])/g, "");
  const valid = parseVersionComponent(c);
  if (valid) return canonicalComponent(valid);
  const m = /^v(?:er(?:sion)?)?(\d*)(?:p(\d+))?(alpha|beta|test|rc|pre|preview|dev)?(\d*)(.*)$/.exec(c);
  if (!m) {
    const word = /^(alpha|beta|test|rc|preview|pre|dev)(\d*)$/.exec(c);
    return word ? `v1${stabilityWord(word[1]!)}${word[1] === "test" ? "" : positive(word[2]!) || "1"}` : undefined;
  }
  const [, majorText = "", patchText, word, minorText = "", rest = ""] = m;
  if (majorText === "" && word === undefined) return undefined; // `v`, `vfoo`: not a version
  // `v1_1`, `v2_0`: a dotted release number; the major is what a package version keeps.
  if (rest !== "" && word === undefined) return /^[_.-]?\d+$/.test(rest) ? `v${positive(majorText) || "1"}` : undefined;
  const major = positive(majorText) || "1";
  if (word === undefined) return `v${major}`;
  const stability = stabilityWord(word);
  if (stability === "test") return `v${major}test`;
  const patch = patchText !== undefined ? positive(patchText) : "";
  return `v${major}${patch ? `p${patch}` : ""}${stability}${positive(minorText) || "1"}`;
}

function stabilityWord(word: string): "alpha" | "beta" | "test" {
  if (word === "alpha" || word === "dev") return "alpha";
  if (word === "test") return "test";
  return "beta"; // beta, rc, pre, preview: a release candidate is a beta
}

/** A decimal number ≥ 1 without leading zeros, or "" when there is none. */
function positive(digits: string): string {
  const n = digits === "" ? 0 : Number(digits);
  return n >= 1 && Number.isSafeInteger(n) ? String(n) : "";
}

// ---- sibling versions ---------------------------------------------------------------------------

/** A versioned package split into its base and version: `acme.user.v2` → `acme.user` + v2. */
export interface VersionedPackage {
  readonly base: string;
  readonly version: PackageVersion;
}

export function versionedPackage(pkg: string): VersionedPackage | undefined {
  const version = parsePackageVersion(pkg);
  if (!version) return undefined;
  return { base: pkg.slice(0, pkg.length - version.component.length - 1), version };
}

const STABILITY_ORDER = { alpha: 0, beta: 1, test: -1, stable: 2 } as const;

/** Orders versions: by major, then alpha < beta < stable (test first), then patch and number. */
export function compareVersions(a: PackageVersion, b: PackageVersion): number {
  return a.major - b.major || STABILITY_ORDER[a.stability] - STABILITY_ORDER[b.stability] || a.patch - b.patch || a.minor - b.minor;
}

/** The files a file depends on through one import: the imported file, and what it re-exports with `import public`. */
export function importedThrough(target: ProtoFile | undefined): ProtoFile[] {
  const out: ProtoFile[] = [];
  const seen = new Set<ProtoFile>();
  const visit = (f: ProtoFile | undefined): void => {
    if (!f || seen.has(f)) return;
    seen.add(f);
    out.push(f);
    for (const imp of f.imports) if (imp.isPublic) visit(imp.target);
  };
  visit(target);
  return out;
}

/** The directory of a module-relative file path (`.` at the root). */
export function directoryOf(fileName: string): string {
  const slash = fileName.lastIndexOf("/");
  return slash < 0 ? "." : fileName.slice(0, slash);
}

// ---- breaking-change advice ---------------------------------------------------------------------

/**
 * The advice a breaking change inside a package gets: for a stable package, to add the next major
 * version beside it (`user.v1` → "add user.v2 instead of changing user.v1"); undefined for packages
 * without a version and for unstable ones (alpha, beta and test packages may change; buf's
 * `ignore_unstable_packages` decides whether their breaking changes are reported at all).
 */
export function nextMajorAdvice(pkg: string): string | undefined {
  const v = versionedPackage(pkg);
  if (!v || v.version.stability !== "stable") return undefined;
  return `add ${v.base}.v${v.version.major + 1} instead of changing ${pkg}`;
}
