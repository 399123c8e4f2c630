/**
 * Command-line summary of how our compiler's descriptors differ from buf's, grouped by cause:
 *
 *   node --import tsx test/util/summarize.ts [fixtures|corpus|DIR] [--si] [--unknown] [--limit N]
 *
 * buf's images come from the .cache/buf cache (built on first use); ours are compiled fresh.
 */
import { join } from "node:path";
import { bufBuild } from "./buf.js";
import { compareImages } from "./compare.js";
import { formatCauses, groupCauses } from "./causes.js";
import { corpusDir, corpusExcludes } from "./corpus.js";
import { projectRoot } from "./files.js";
import { ourBuild } from "./ours.js";

const argv = process.argv.slice(2);
const sourceInfo = argv.includes("--si");
/** Also compare unknown fields (custom option bytes). */
const unknown = argv.includes("--unknown");
const limit = argv.includes("--limit") ? Number(argv[argv.indexOf("--limit") + 1]) : 30;
const which = argv.find((a, i) => !a.startsWith("--") && argv[i - 1] !== "--limit") ?? "fixtures";
const corpus = which === "corpus";
const dir = corpus ? corpusDir() : which === "fixtures" ? join(projectRoot, "test/fixtures/constructs") : which;
const excludes = corpus ? corpusExcludes : [];

const ref = (await bufBuild(dir, { sourceInfo, excludes })).set.file;
const t0 = performance.now();
const ours = await ourBuild(dir, { sourceInfo, excludes });
const ms = performance.now() - t0;
const c = compareImages(ref, ours.files, sourceInfo, undefined, unknown);
console.log(
  `${which} ${sourceInfo ? "with" : "without"} source info${unknown ? ", unknown fields compared" : ""}: ${c.equal.length}/${ref.length} equal, ` +
    `${c.unequal.length} unequal, ${c.missing.length} missing, ${c.extra.length} extra; ` +
    `${ours.errors.length} errors; our compile ${(ms / 1000).toFixed(2)} s`,
);
if (ours.errors.length) console.log(`first errors:\n  ${ours.errors.slice(0, 10).join("\n  ")}`);
if (c.missing.length) console.log(`first missing: ${c.missing.slice(0, 10).join(", ")}`);
const byName = new Map(ours.files.map((f) => [f.name, f]));
const refByName = new Map(ref.map((f) => [f.name, f]));
const groups = groupCauses(
  c.unequal.map((name) => ({ name, ref: refByName.get(name)!, ours: byName.get(name)! })),
  sourceInfo,
  unknown,
);
console.log(`causes (files per cause):\n${formatCauses(groups, limit)}`);
