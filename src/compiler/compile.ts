/**
 * The compiler's entry point: from a set of target paths and a way to read files, to linked
 * FileDescriptorProtos (with SourceCodeInfo) in buf's image order, plus diagnostics.
 *
 * CONTRACT (owned by the linker/descriptor work; the CLI, tests and bench call only this):
 * - `compile()` reads every target and, transitively, every import through `resolver`; the
 *   bundled well-known types (`google/protobuf/*.proto`) always resolve, even when the resolver
 *   does not have them.
 * - It never throws for bad input: every problem is a Diagnostic with a location, and a file with
 *   errors does not stop the others from being compiled (files that depend on a broken file may
 *   get follow-on errors, as in buf).
 * - `files` is in buf's image order: for each target in path order, its dependencies depth-first
 *   (declaration order), each file after its dependencies, once; imports are included with
 *   `isImport: true`.
 */
import type { FileDescriptorProto } from "@bufbuild/protobuf/wkt";
import type { FileNode } from "./ast.js";
import type { Diagnostic } from "./diagnostics.js";
import { compileSequential } from "./linker.js";
import { compileParallel } from "./parallel.js";

/** Reads a file by its import path (relative to the import roots). */
export interface Resolver {
  /**
   * Returns the file's bytes, or undefined when no root has it. `where` is a display path for
   * diagnostics (e.g. `proto/a/b.proto` for import path `a/b.proto`), if it differs.
   */
  read(path: string): Promise<{ bytes: Uint8Array; where?: string } | undefined>;
}

export interface CompileOptions {
  /** Import paths of the files to compile (targets), relative to the roots. */
  readonly files: readonly string[];
  readonly resolver: Resolver;
  /** Build SourceCodeInfo (default true). */
  readonly sourceInfo?: boolean;
  /**
   * Keep each file's syntax tree in {@link CompiledFile.ast} (default false). Trees are dropped
   * as soon as a file is linked otherwise: on a large module they are most of the memory.
   */
  readonly keepAst?: boolean;
  /**
   * Worker threads to compile with (parallel.ts). Default 1: everything in this thread. A number
   * ≥ 2 splits the targets among that many workers; "auto" does so only when the targets are
   * large enough to pay for the workers' start, with as many as the machine has cores (or
   * `PROTOGUARD_WORKERS`). The result is the same either way. Ignored with `keepAst`.
   */
  readonly workers?: number | "auto";
}

export interface CompiledFile {
  /** Import path (= FileDescriptorProto.name). */
  readonly path: string;
  /** True for files reached only as imports (not in `files`). */
  readonly isImport: boolean;
  /** Only with `keepAst`; undefined when the file could not be read or parsed at all. */
  readonly ast: FileNode | undefined;
  /** Undefined when the file failed to compile. */
  readonly proto: FileDescriptorProto | undefined;
  /** Indexes into `proto.dependency` of imports nothing uses (public imports never listed). */
  readonly unusedDependencies: readonly number[];
  /** The file has no syntax/edition statement. */
  readonly syntaxUnspecified: boolean;
}

export interface CompileResult {
  readonly files: readonly CompiledFile[];
  readonly diagnostics: readonly Diagnostic[];
  /** How many worker threads compiled the files; absent when this thread did. */
  readonly workers?: number;
}

/** Compiles `opts.files` (see the contract above), in worker threads when `opts.workers` asks. */
export async function compile(opts: CompileOptions): Promise<CompileResult> {
  const workers = opts.keepAst === true ? 1 : (opts.workers ?? 1);
  if (workers === 1) return compileSequential(opts);
  return compileParallel(opts, workers);
}
