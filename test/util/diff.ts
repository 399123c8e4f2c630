/**
 * Turns a failed per-file comparison into a readable explanation by running the shared
 * descriptor-diff tool on both images (written under .cache/diff/<label>/).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { FileDescriptorProto } from "@bufbuild/protobuf/wkt";
import { cacheDir, projectRoot } from "./files.js";
import { writeImage } from "./ours.js";

export const diffTool = "/work/shared/tools/descriptor-diff.mjs";

/** Writes both images once per label; returns their paths. */
export function writeDiffImages(label: string, ref: readonly FileDescriptorProto[], ours: readonly FileDescriptorProto[]): { ref: string; ours: string } {
  const dir = join(cacheDir, "diff", label);
  const paths = { ref: join(dir, "ref.binpb"), ours: join(dir, "ours.binpb") };
  writeImage(paths.ref, ref);
  writeImage(paths.ours, ours);
  return paths;
}

/** The tool's explanation of how `file` differs (its stdout), preceded by the command to rerun it. */
export function explainDifference(images: { ref: string; ours: string }, file: string): string {
  const args = [diffTool, images.ref, images.ours, "--file", file];
  const r = spawnSync(process.execPath, args, { cwd: projectRoot, encoding: "utf8" });
  return `$ node ${args.join(" ")}\n${r.stdout}${r.stderr}`;
}
