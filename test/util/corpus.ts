/**
 * The real-world corpus: google-proto-files 5.0.3 (`google/` and `grafeas/`), arranged as one buf
 * module under .cache/corpus. The .proto files are copied there once (not symlinked: our CLI, unlike
 * buf, does not follow symlinks that leave the module root), so the package itself is never
 * modified. The two folders buf cannot build are excluded in buf.yaml and by the tests
 * (shared/reference/descriptors.md §15); the package's own `node_modules/` and `build/` are left
 * out because only `google/` and `grafeas/` are copied.
 */
import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cacheDir, projectRoot } from "./files.js";

export const corpusPackage = join(projectRoot, "node_modules", "google-proto-files");
export const corpusExcludes: readonly string[] = ["google/protobuf/compiler/ruby", "google/protobuf/util"];

const version = "5.0.3";

/** Creates (once) and returns the module directory. */
export function corpusDir(): string {
  const found = (JSON.parse(readFileSync(join(corpusPackage, "package.json"), "utf8")) as { version: string }).version;
  if (found !== version) throw new Error(`expected google-proto-files ${version}, found ${found}`);
  const dir = join(cacheDir, "corpus");
  const marker = join(dir, ".copied");
  if (!existsSync(marker) || readFileSync(marker, "utf8") !== version) {
    mkdirSync(dir, { recursive: true });
    for (const name of ["google", "grafeas"]) {
      const dest = join(dir, name);
      if (existsSync(dest) || isLink(dest)) rmSync(dest, { recursive: true, force: true });
      cpSync(join(corpusPackage, name), dest, {
        recursive: true,
        filter: (src) => src.endsWith(".proto") || lstatSync(src).isDirectory(),
      });
    }
    writeFileSync(marker, version);
  }
  const yaml = ["version: v2", "modules:", "  - path: .", "    excludes:", ...corpusExcludes.map((e) => `      - ${e}`), ""].join("\n");
  const yamlPath = join(dir, "buf.yaml");
  if (!existsSync(yamlPath) || readFileSync(yamlPath, "utf8") !== yaml) writeFileSync(yamlPath, yaml);
  return dir;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
