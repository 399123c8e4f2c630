/**
 * The `--against` argument in buf's input syntax (buf-rules.md §6): `PATH#key=value,key=value`.
 *
 * Supported, all local:
 * - a git repository: `.git#branch=main,subdir=proto`, `.git#ref=HEAD~1`, `#tag=v1.0`, `#commit=SHA`
 *   (`PATH` ends in `.git`, or `#format=git`); read from the repository's objects, never a checkout;
 * - a directory: `../old`, `old#format=dir`;
 * - a buf image: `x.binpb`, `x.bin`, `x.json` (or `#format=binpb|bin|json`).
 *
 * Refused with an {@link AgainstError} naming what to use instead: remote URLs and BSR modules
 * (fetch the base yourself, e.g. `git fetch origin main`, then use `.git#branch=origin/main`),
 * archives (`.tar`, `.zip`, …), text/YAML images, compressed images, stdin, single `.proto` files,
 * and options we do not implement. Options buf has that change nothing for a local repository
 * (`depth`, `filter`) are accepted and ignored.
 */

/** A mistake in the `--against` value (a usage error, exit 2). */
export class AgainstError extends Error {
  override name = "AgainstError";
}

export type AgainstSource =
  | {
      readonly kind: "git";
      /** The repository path as given (`.git`, `../repo/.git`, or a work tree with `#format=git`). */
      readonly repo: string;
      /** What to read: a branch, tag, commit or any revision (`HEAD` when none is given). */
      readonly ref: string;
      readonly refKind: "branch" | "tag" | "commit" | "ref" | "default";
      /** Directory inside the repository holding the against side's workspace (`.` = root). */
      readonly subdir: string;
    }
  | { readonly kind: "dir"; readonly dir: string }
  | { readonly kind: "image"; readonly file: string; readonly format: "binpb" | "json" };

const GIT_KEYS = new Set(["branch", "tag", "commit", "ref", "subdir", "depth", "filter", "format", "recurse_submodules"]);

/** Parses an `--against` value. */
export function parseAgainst(input: string): AgainstSource {
  if (input === "") throw new AgainstError(`--against needs a value: a directory, a .git path (e.g. .git#branch=main) or a buf image (.binpb, .json)`);
  const hash = input.indexOf("#");
  const path = hash === -1 ? input : input.slice(0, hash);
  const opts = parseOptions(hash === -1 ? "" : input.slice(hash + 1), input);
  if (path === "-") throw new AgainstError(`--against -: reading an image from stdin is not supported; write it to a file (x.binpb) and pass that`);
  if (path === "") throw new AgainstError(`--against ${input}: the path before "#" is empty`);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path) || /^[^/]+@[^/]+:/.test(path))
    throw new AgainstError(
      `--against ${input}: remote repositories are not supported; fetch the base into this repository (git fetch origin main) and use .git#branch=origin/main`,
    );
  if (/^buf\.build\//.test(path) || (/^[a-z0-9.-]+\.[a-z]{2,}\/[^/]+\/[^/]+/i.test(path) && !path.startsWith(".")))
    throw new AgainstError(`--against ${input}: BSR modules are not supported; compare against a git ref, a directory or a buf image`);
  const format = opts.get("format") ?? inferFormat(path, input);
  switch (format) {
    case "git":
      return gitSource(path, opts, input);
    case "dir":
      onlyKeys(opts, ["format"], input, "a directory");
      return { kind: "dir", dir: path };
    case "binpb":
    case "bin":
      onlyKeys(opts, ["format"], input, "an image");
      return { kind: "image", file: path, format: "binpb" };
    case "json":
      onlyKeys(opts, ["format"], input, "an image");
      return { kind: "image", file: path, format: "json" };
    case "tar":
    case "zip":
      throw new AgainstError(`--against ${input}: archives are not supported; extract it and pass the directory, or use a git ref (.git#branch=main)`);
    case "txtpb":
    case "yaml":
      throw new AgainstError(`--against ${input}: ${format} images are not supported; write a binary (.binpb) or JSON (.json) image instead`);
    case "mod":
      throw new AgainstError(`--against ${input}: BSR modules are not supported; compare against a git ref, a directory or a buf image`);
    case "protofile":
      throw new AgainstError(`--against ${input}: a single .proto file is not supported; pass the directory of its module`);
    default:
      throw new AgainstError(`--against ${input}: unknown format "${format}" (supported: git, dir, binpb, bin, json)`);
  }
}

function parseOptions(text: string, input: string): Map<string, string> {
  const opts = new Map<string, string>();
  if (text === "") return opts;
  for (const part of text.split(",")) {
    const eq = part.indexOf("=");
    if (eq <= 0) throw new AgainstError(`--against ${input}: options after "#" are key=value pairs separated by commas, not "${part}"`);
    const key = part.slice(0, eq);
    if (opts.has(key)) throw new AgainstError(`--against ${input}: option "${key}" is given twice`);
    opts.set(key, part.slice(eq + 1));
  }
  return opts;
}

function inferFormat(path: string, input: string): string {
  const p = path.replace(/\/+$/, "");
  if (p.endsWith(".git")) return "git";
  if (p.endsWith(".binpb") || p.endsWith(".bin")) return "binpb";
  if (p.endsWith(".json")) return "json";
  if (p.endsWith(".txtpb")) return "txtpb";
  if (p.endsWith(".yaml") || p.endsWith(".yml")) return "yaml";
  if (/\.(tar|tgz|tar\.gz|zip|zst|gz)$/.test(p)) {
    if (/\.(binpb|bin|json)\.(gz|zst)$/.test(p))
      throw new AgainstError(`--against ${input}: compressed images are not supported; decompress it first`);
    return /\.zip$/.test(p) ? "zip" : "tar";
  }
  if (p.endsWith(".proto")) return "protofile";
  return "dir";
}

function onlyKeys(opts: Map<string, string>, allowed: readonly string[], input: string, what: string): void {
  for (const k of opts.keys()) {
    if (allowed.includes(k)) continue;
    const hint = GIT_KEYS.has(k) ? ` ("${k}" is for git inputs: end the path in .git or add format=git)` : "";
    throw new AgainstError(`--against ${input}: option "${k}" does not apply to ${what}${hint}`);
  }
}

function gitSource(repo: string, opts: Map<string, string>, input: string): AgainstSource {
  for (const k of opts.keys()) {
    if (!GIT_KEYS.has(k)) throw new AgainstError(`--against ${input}: unknown git option "${k}" (supported: branch, tag, commit, ref, subdir)`);
  }
  if (opts.get("recurse_submodules") === "true") throw new AgainstError(`--against ${input}: recurse_submodules is not supported`);
  const branch = opts.get("branch");
  const tag = opts.get("tag");
  const commit = opts.get("commit");
  const ref = opts.get("ref");
  const given = [branch, tag, commit].filter((v) => v !== undefined);
  if (given.length > 1) throw new AgainstError(`--against ${input}: give only one of branch, tag and commit`);
  if ((tag !== undefined || commit !== undefined) && ref !== undefined) throw new AgainstError(`--against ${input}: ref cannot be combined with tag or commit`);
  // buf resolves `ref` after fetching `branch`; in a local repository the ref alone names the revision.
  let chosen: { ref: string; refKind: "branch" | "tag" | "commit" | "ref" | "default" } = { ref: "HEAD", refKind: "default" };
  if (ref !== undefined) chosen = { ref, refKind: "ref" };
  else if (branch !== undefined) chosen = { ref: branch, refKind: "branch" };
  else if (tag !== undefined) chosen = { ref: tag, refKind: "tag" };
  else if (commit !== undefined) chosen = { ref: commit, refKind: "commit" };
  const why = checkRef(chosen.ref);
  if (why) throw new AgainstError(`--against ${input}: ${why}`);
  const subdir = normalizeSubdir(opts.get("subdir") ?? ".", input);
  return { kind: "git", repo, ref: chosen.ref, refKind: chosen.refKind, subdir };
}

/**
 * Why a revision cannot be passed to git, or undefined. Refs never reach a shell, but they do
 * reach git's argument parser: a leading `-` would be an option, so it is refused, as are
 * control characters, spaces and the characters git forbids in ref names (`~`, `^` and `:` are
 * allowed for revisions such as `HEAD~1`).
 */
export function checkRef(ref: string): string | undefined {
  if (ref === "") return "the ref is empty";
  if (ref.startsWith("-")) return `ref "${ref}" must not start with "-"`;
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x20\x7f\\?*[]/.test(ref)) return `ref "${ref}" contains a character git does not allow (space, control character, \\, ?, * or [)`;
  if (ref.includes("..")) return `ref "${ref}" must not contain ".." (ranges are not revisions)`;
  if (ref.length > 1024) return `ref is too long`;
  return undefined;
}

function normalizeSubdir(raw: string, input: string): string {
  if (raw.startsWith("/") || raw.includes("\\")) throw new AgainstError(`--against ${input}: subdir "${raw}" must be a relative path with / separators`);
  const parts: string[] = [];
  for (const seg of raw.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") throw new AgainstError(`--against ${input}: subdir "${raw}" must stay inside the repository`);
    parts.push(seg);
  }
  return parts.length === 0 ? "." : parts.join("/");
}
