/**
 * The reference side of the differential tests: run `buf build` (the pinned devDependency, buf
 * 1.75) on a module directory and decode its image, with the output cached under .cache/buf/ by a
 * hash of the module's content and the build flags, so repeated test runs do not pay buf again.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { fromBinary } from "@bufbuild/protobuf";
import { FileDescriptorSetSchema, type FileDescriptorSet } from "@bufbuild/protobuf/wkt";
import { cacheDir, hashFiles, listProtoFiles, projectRoot, type ListOptions } from "./files.js";

export const bufBin = join(projectRoot, "node_modules", ".bin", "buf");

export interface BufBuildOptions extends ListOptions {
  /** Include SourceCodeInfo (default true). */
  readonly sourceInfo?: boolean;
  /** Build only these module-relative paths (buf `--path`); default: the whole module. */
  readonly paths?: readonly string[];
}

export interface BufImage {
  /** Path of the cached `.binpb` (a buf image; wire-compatible with FileDescriptorSet). */
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly set: FileDescriptorSet;
}

/** Runs a command (argument array, no shell) and resolves with its exit code and stderr. */
export function run(cmd: string, args: readonly string[], cwd: string = projectRoot): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stderr }));
  });
}

/**
 * Builds `dir` (a directory holding a buf.yaml) with buf and returns the decoded image. The cache
 * key covers every .proto file's path and bytes under `dir` (minus `excludes`), buf.yaml, and the
 * flags. Throws with buf's stderr when buf fails: the reference must build.
 */
export async function bufBuild(dir: string, options: BufBuildOptions = {}): Promise<BufImage> {
  const sourceInfo = options.sourceInfo ?? true;
  const files = listProtoFiles(dir, options);
  const bufYaml = existsSync(join(dir, "buf.yaml")) ? readFileSync(join(dir, "buf.yaml"), "utf8") : "";
  const key = hashFiles(dir, files, ["buf-1.75.0", `si=${sourceInfo}`, `paths=${(options.paths ?? []).join(",")}`, bufYaml]);
  const outDir = join(cacheDir, "buf");
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, `${key.slice(0, 32)}.binpb`);
  if (!existsSync(out)) {
    const tmp = `${out}.${process.pid}.tmp`;
    const args = ["build", dir, "-o", `${tmp}#format=binpb`];
    if (!sourceInfo) args.push("--exclude-source-info");
    for (const p of options.paths ?? []) args.push("--path", join(dir, p));
    const { code, stderr } = await run(bufBin, args);
    if (code !== 0) throw new Error(`buf build ${dir} failed (exit ${code}):\n${stderr}`);
    renameSync(tmp, out);
  }
  const bytes = readFileSync(out);
  return { file: out, bytes, set: fromBinary(FileDescriptorSetSchema, bytes) };
}
