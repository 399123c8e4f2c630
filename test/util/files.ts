/**
 * File-system helpers shared by the differential tests: list a module's .proto files the way buf
 * does (relative paths, `/` separators, sorted, symlinks followed, excluded folders skipped) and
 * hash a directory's content for the build caches.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** Project root (test/util/ → ../..). */
export const projectRoot = new URL("../../", import.meta.url).pathname.replace(/\/$/, "");

/** Where reusable build outputs live (gitignored). */
export const cacheDir = join(projectRoot, ".cache");

export interface ListOptions {
  /** Folders (relative to the root, `/`-separated, no trailing slash) to skip with everything below. */
  readonly excludes?: readonly string[];
}

/**
 * Every `.proto` file under `root`, as root-relative `/` paths sorted by UTF-16 code unit order
 * (equal to byte order for the ASCII paths of the fixtures and the corpus). Symlinks are followed.
 */
export function listProtoFiles(root: string, options: ListOptions = {}): string[] {
  const excluded = new Set(options.excludes ?? []);
  const out: string[] = [];
  const walk = (rel: string): void => {
    const abs = rel === "" ? root : join(root, rel);
    for (const name of readdirSync(abs)) {
      const childRel = rel === "" ? name : `${rel}/${name}`;
      if (excluded.has(childRel)) continue;
      const st = statSync(join(abs, name));
      if (st.isDirectory()) walk(childRel);
      else if (st.isFile() && name.endsWith(".proto")) out.push(childRel);
    }
  };
  walk("");
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A hex SHA-256 over the listed files' paths and bytes, plus any extra strings (flags, versions). */
export function hashFiles(root: string, paths: readonly string[], extra: readonly string[] = []): string {
  const h = createHash("sha256");
  for (const e of extra) h.update(`extra:${e}\0`);
  for (const p of paths) {
    h.update(`file:${p}\0`);
    h.update(readFileSync(join(root, p)));
    h.update("\0");
  }
  return h.digest("hex");
}
