/**
 * The real-history pair: google-proto-files 5.0.2 (the npm alias `gpf-old`) and 5.0.3 (the lint
 * corpus, test/lint/corpus-lint.ts), each arranged as one buf module under .cache/ with the same
 * buf.yaml, so `buf breaking NEW --against OLD` and `protoguard breaking NEW --against OLD` compare
 * two published releases. The copies hold only the `.proto` files of `google/` and `grafeas/`, minus
 * the two MessageSet files buf cannot load for checks (`lintCorpusOmitted`: buf breaking stops with
 * the same "is a MessageSet" failure as buf lint).
 */
import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { corpusExcludes } from "../util/corpus.js";
import { corpusLintDir, lintCorpusOmitted } from "../lint/corpus-lint.js";
import { cacheDir, projectRoot } from "../util/files.js";

export const oldPackage = join(projectRoot, "node_modules", "gpf-old");
const oldVersion = "5.0.2";
const stamp = `${oldVersion}\n${Object.keys(lintCorpusOmitted).join("\n")}`;

/**
 * Left out of the old side only: 5.0.2's google/protobuf/json/json_enumval_custom_string.proto uses
 * an edition buf 1.75 rejects ("unrecognized `edition` declaration value"). The file is still in
 * 5.0.3, where it compiles; a file present only on the new side is an addition, never a finding.
 */
export const oldOnlyExcludes: readonly string[] = ["google/protobuf/json"];

/** The buf.yaml of a side, with a `breaking` block when `use` is given. */
export function historyYaml(use: readonly string[] = [], excludes: readonly string[] = corpusExcludes): string {
  return [
    "version: v2",
    "modules:",
    "  - path: .",
    "    excludes:",
    ...excludes.map((e) => `      - ${e}`),
    ...(use.length ? ["breaking:", "  use:", ...use.map((u) => `    - ${u}`)] : []),
    "",
  ].join("\n");
}

/** Creates (once) and returns the old module directory. */
export function historyOldDir(): string {
  const found = (JSON.parse(readFileSync(join(oldPackage, "package.json"), "utf8")) as { version: string }).version;
  if (found !== oldVersion) throw new Error(`expected gpf-old ${oldVersion}, found ${found}`);
  const dir = join(cacheDir, "corpus-old");
  const marker = join(dir, ".copied");
  if (!existsSync(marker) || readFileSync(marker, "utf8") !== stamp) {
    mkdirSync(dir, { recursive: true });
    for (const name of ["google", "grafeas"]) {
      const dest = join(dir, name);
      rmSync(dest, { recursive: true, force: true });
      cpSync(join(oldPackage, name), dest, {
        recursive: true,
        filter: (src) => !(relative(oldPackage, src).replaceAll("\\", "/") in lintCorpusOmitted) && (src.endsWith(".proto") || lstatSync(src).isDirectory()),
      });
    }
    writeFileSync(marker, stamp);
  }
  const yaml = historyYaml([], [...corpusExcludes, ...oldOnlyExcludes]);
  if (!existsSync(join(dir, "buf.yaml")) || readFileSync(join(dir, "buf.yaml"), "utf8") !== yaml) writeFileSync(join(dir, "buf.yaml"), yaml);
  return dir;
}

/** The new side: the lint corpus (5.0.3 minus the MessageSet files). */
export function historyNewDir(): string {
  return corpusLintDir();
}
