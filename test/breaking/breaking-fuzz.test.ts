/**
 * Randomized differential test of breaking-change detection: for each seed a random module that
 * compiles (proto2, proto3 and edition 2023 files in a few packages: messages, nested types,
 * enums, maps, oneofs, extensions, reserved ranges, options, services) is the base, and a run of
 * random edits of it (schema-gen.ts: deletions, additions, renames, renumbering, type and label
 * changes, oneof moves, field and file options, editions features, enum values and aliases, type
 * moves between files, packages and parents, RPC changes, file deletions, renames, package and
 * syntax changes) is the head. `buf breaking` (buf 1.75) and protoguard compare the two under each
 * v2 category (and FILE with `ignore_unstable_packages`, and FILE of a v1 config), and must report
 * the same (path, line, column, rule), as multisets.
 *
 * Seeds are fixed, so a failure is reproducible (30 in CI, ~15 s with buf's output not cached;
 * 1-1400 pass); both sides are kept under
 * .cache/breaking-fuzz/<seed>/{base,head}/ with the edits in edits.txt, ready for
 * `buf breaking head --against base`.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { compileBreakingSide } from "../../src/breaking/examples.js";
import { runBreaking } from "../../src/breaking/run.js";
import { BREAKING_RULES } from "../../rules/breaking/index.js";
import { cacheDir } from "../util/files.js";
import { bufBreaking, comparable, comparableBuf } from "./buf-breaking.js";
import { Random, seedList } from "../util/random.js";
import { EDITS, GROWTH, applyEdits, emptyModule, render } from "./schema-gen.js";

/** Fixed seeds; `BREAKING_FUZZ_SEEDS=from-to` runs others (for a longer hunt, not for CI). */
const SEEDS = seedList(process.env.BREAKING_FUZZ_SEEDS) ?? seedList("1-30")!;
/** The configurations compared: each v2 category, and two more (unstable packages ignored, a v1 config). */
const RUNS: readonly { readonly name: string; readonly use: string; readonly version: "v1" | "v2"; readonly ignoreUnstable: boolean }[] = [
  ...["FILE", "PACKAGE", "WIRE_JSON", "WIRE"].map((use) => ({ name: use, use, version: "v2" as const, ignoreUnstable: false })),
  { name: "FILE ignore_unstable_packages", use: "FILE", version: "v2", ignoreUnstable: true },
  { name: "v1 FILE", use: "FILE", version: "v1", ignoreUnstable: false },
];
/** Growth edits that make the base, and edits that make the head from it. */
const BASE_EDITS = 45;
const HEAD_EDITS = 12;

/** The items of `a` left after taking out those of `b`, one for one. */
function multisetMinus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  return a.filter((x) => {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    return n === 0;
  });
}

function writeSide(dir: string, files: Readonly<Record<string, string>>): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "buf.yaml"), "version: v2\n");
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
}

describe("random schema edits: protoguard breaking agrees with buf breaking", () => {
  for (const s of SEEDS) {
    test(`seed ${s}`, async () => {
      const r = new Random(s);
      const grown = await applyEdits(emptyModule(), r, GROWTH, BASE_EDITS);
      const edited = await applyEdits(structuredClone(grown.mod), r, EDITS, HEAD_EDITS);
      const before = render(grown.mod);
      const after = render(edited.mod);
      const root = join(cacheDir, "breaking-fuzz", String(s));
      writeSide(join(root, "base"), before);
      writeSide(join(root, "head"), after);
      writeFileSync(join(root, "edits.txt"), edited.log.join("\n") + "\n");

      const [previous, current] = await Promise.all([compileBreakingSide({ files: before }), compileBreakingSide({ files: after })]);
      const diffs: string[] = [];
      await Promise.all(
        RUNS.map(async ({ name, use, version, ignoreUnstable }) => {
          const rules = BREAKING_RULES.filter((rule) => !rule.deprecated && rule.categories[version]?.includes(use));
          const ours = comparable(runBreaking(previous, current, { rules, options: { ignoreUnstablePackages: ignoreUnstable, extra: {} }, version }));
          const config = { use: [use], ...(ignoreUnstable ? { ignore_unstable_packages: true } : {}) };
          const theirs = comparableBuf(await bufBreaking(before, after, config, version));
          for (const x of multisetMinus(theirs, ours)) diffs.push(`${name} buf only: ${x}`);
          for (const x of multisetMinus(ours, theirs)) diffs.push(`${name} ours only: ${x}`);
        }),
      );
      expect(diffs.sort(), `module in ${root} (edits in edits.txt)`).toEqual([]);
      expect(edited.log.length).toBeGreaterThan(HEAD_EDITS / 2);
    }, 120_000);
  }
});
