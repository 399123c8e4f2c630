/**
 * The candidate side of the differential tests: compile a module directory with our compiler
 * (`compile` from src/compiler/compile.ts) over the same file list buf would build.
 */
import { clone, create, toBinary } from "@bufbuild/protobuf";
import { FileDescriptorProtoSchema, FileDescriptorSetSchema, type FileDescriptorProto } from "@bufbuild/protobuf/wkt";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { CompileResult } from "../../src/compiler/compile.js";
import { formatDiagnostic } from "../../src/compiler/diagnostics.js";
import { listProtoFiles, type ListOptions } from "./files.js";
import { dirResolver } from "./resolver.js";

export interface OurBuildOptions extends ListOptions {
  readonly sourceInfo?: boolean;
  /** Targets (module-relative); default: every .proto file under the directory. */
  readonly paths?: readonly string[];
}

export interface OurImage {
  readonly result: CompileResult;
  /** Every compiled file that produced a descriptor, in the compiler's (= buf's image) order. */
  readonly files: FileDescriptorProto[];
  /** Error diagnostics, formatted as buf prints them (`path:line:col:message`). */
  readonly errors: string[];
}

export async function ourBuild(dir: string, options: OurBuildOptions = {}): Promise<OurImage> {
  const files = options.paths ? [...options.paths] : listProtoFiles(dir, options);
  // Imported lazily so that a compiler that does not load yet fails only the tests that use it.
  const { compile } = await import("../../src/compiler/compile.js");
  const result: CompileResult = await compile({ files, resolver: dirResolver(dir), sourceInfo: options.sourceInfo ?? true });
  const protos: FileDescriptorProto[] = [];
  for (const f of result.files) if (f.proto) protos.push(f.proto);
  const errors = result.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic);
  return { result, files: protos, errors };
}

/** Writes descriptors as a FileDescriptorSet, e.g. for /work/shared/tools/descriptor-diff.mjs. */
export function writeImage(path: string, files: readonly FileDescriptorProto[]): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, toBinary(FileDescriptorSetSchema, create(FileDescriptorSetSchema, { file: [...files] })));
}

/**
 * A copy of `f` without the unknown fields of the file and of its source info (buf records none
 * there that matter), for comparing with `equals(…, { unknown: true })`: custom option bytes count.
 */
export function comparable(f: FileDescriptorProto): FileDescriptorProto {
  const c = clone(FileDescriptorProtoSchema, f);
  c.$unknown = undefined;
  if (c.sourceCodeInfo) c.sourceCodeInfo.$unknown = undefined;
  return c;
}
