/**
 * The lint corpus: the build corpus (test/util/corpus.ts, google-proto-files 5.0.3 as one buf
 * module) minus the two files buf lint cannot load. buf builds them, but `buf lint` stops with
 * "… is a MessageSet, which is a legacy proto1 feature that is no longer supported" on
 * google/protobuf/bridge/message_set.proto and google/protobuf/sample_messages_edition.proto (probed,
 * buf 1.75), so neither tool is given them. The copy lives in .cache/corpus-lint with the same
 * buf.yaml (default lint rules), so both tools lint exactly the same module without extra flags.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { corpusDir } from "../util/corpus.js";
import { cacheDir } from "../util/files.js";

/** Module-relative files left out of the lint corpus, and why. */
export const lintCorpusOmitted: Readonly<Record<string, string>> = {
  "google/protobuf/bridge/message_set.proto": "buf lint fails: MessageSet (proto1) is not supported",
  "google/protobuf/sample_messages_edition.proto": "buf lint fails: MessageSet (proto1) is not supported",
};

/** Creates (once) and returns the lint corpus module directory. */
export function corpusLintDir(): string {
  const source = corpusDir();
  const dir = join(cacheDir, "corpus-lint");
  const marker = join(dir, ".copied");
  const stamp = `${readFileSync(join(source, ".copied"), "utf8")}\n${Object.keys(lintCorpusOmitted).join("\n")}`;
  if (!existsSync(marker) || readFileSync(marker, "utf8") !== stamp) {
    rmSync(dir, { recursive: true, force: true });
    cpSync(source, dir, {
      recursive: true,
      filter: (src) => !(relative(source, src).replaceAll("\\", "/") in lintCorpusOmitted) && !src.endsWith(".copied"),
    });
    writeFileSync(marker, stamp);
  }
  return dir;
}
