/**
 * Compiling in worker threads: `compile({ workers })` of compile.ts.
 *
 * The targets (sorted by path) are cut into contiguous runs of about equal bytes, one per worker,
 * so that files of one directory, which import each other, stay together; each worker compiles
 * its run and what it imports with the ordinary linker (compile-worker.ts). A file imported from
 * several runs is compiled by each of them: a few shared files (google/api/*.proto and the like)
 * compiled twice cost less than coordinating one symbol table across threads.
 *
 * The main thread reads the targets (once, into one SharedArrayBuffer all workers see), serves
 * the workers' other reads through the caller's resolver, and merges the answers: files in buf's
 * image order (computed again from each file's imports, as the linker does), each one's descriptor
 * as bytes, decoded only when something reads `proto` (`protoguard build -o` copies the bytes
 * into the image without decoding them at all).
 *
 * The result is the same as compiling in one thread, which is what happens whenever the workers
 * cannot show that it would be: any diagnostic in any worker (the messages and their order come
 * from one symbol table), a name or extension number declared by two files that no worker saw
 * together (the duplicate would only be found by one table), a file whose encoding loses
 * something, a worker that fails or cannot start. Then the whole compile runs again in this
 * thread, from the bytes already read.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { FileDescriptorProto } from "@bufbuild/protobuf/wkt";
import type { CompileOptions, CompileResult, CompiledFile, Resolver } from "./compile.js";
import { COMPILE_WORKER, type PackedFile, type ReadReply, type ReadRequest, type WorkerFailure, type WorkerInput, type WorkerOutput } from "./compile-worker.js";
import { decodeFileParts, setEncodedFile, type EncodedFile } from "./image.js";
import { compileSequential } from "./linker.js";

declare const __PROTOGUARD_WKT__: unknown;

/** Below this many target bytes per worker, "auto" compiles in fewer workers (or in this thread). */
const AUTO_BYTES_PER_WORKER = 2 << 20;
const AUTO_MAX_WORKERS = 8;

type Read = { bytes: Uint8Array; where?: string };

/** With `PROTOGUARD_TIMING=1`, how the workers did (and why one thread compiled instead) goes to stderr. */
function trace(message: string): void {
  if (process.env["PROTOGUARD_TIMING"] === "1") process.stderr.write(`timing: workers: ${message}\n`);
}

/**
 * How many workers "auto" means for targets of `bytes` bytes: `PROTOGUARD_WORKERS` when set, else
 * one per core (at most 8) with at least 2 MiB each, and none on a machine of fewer than 3 cores.
 * Measured on this project's 2-core machine (`build` of the 8,042-file corpus, PROTOGUARD_WORKERS=1
 * and 2 alternating): two workers took about 50% more CPU (7.2 s vs 4.7-5.9 s user) and 40% more
 * peak memory, and were slower in wall time (4.3-5.0 s vs 3.6-4.4 s): each worker starts, warms
 * up its own JIT and links the well-known types, files are encoded for the trip (and decoded
 * again for lint and breaking), and V8's parallel GC already keeps the second core partly busy.
 */
export function autoWorkers(bytes: number, targets: number, cores = availableParallelism()): number {
  const env = process.env["PROTOGUARD_WORKERS"];
  if (env !== undefined && /^\d+$/.test(env)) return Math.max(1, Math.min(Number(env), targets));
  if (cores < 3) return 1;
  return Math.max(1, Math.min(cores, AUTO_MAX_WORKERS, Math.floor(bytes / AUTO_BYTES_PER_WORKER), targets));
}

export async function compileParallel(opts: CompileOptions, workers: number | "auto"): Promise<CompileResult> {
  const targets = [...new Set(opts.files)].sort();
  // Every successful read, so that a fallback to one thread reads nothing twice.
  const known = new Map<string, Read>();
  const memo: Resolver = { read: (p) => (known.has(p) ? Promise.resolve(known.get(p)) : opts.resolver.read(p)) };
  const inThisThread = (): Promise<CompileResult> => compileSequential({ ...opts, resolver: memo, workers: 1 });

  const script = workerScript();
  if (script === undefined || targets.length < 2) return inThisThread();
  const got = await Promise.all(targets.map((t) => opts.resolver.read(t).then((g) => g ?? null, (e: unknown) => (e instanceof Error ? e : new Error(String(e))))));
  let total = 0;
  let complete = true;
  for (let i = 0; i < targets.length; i++) {
    const g = got[i];
    if (g === null || g === undefined || g instanceof Error) complete = false;
    else {
      known.set(targets[i]!, g);
      total += g.bytes.length;
    }
  }
  const n = workers === "auto" ? autoWorkers(total, targets.length) : Math.min(workers, targets.length);
  if (!complete || n < 2) return inThisThread(); // a missing target is a diagnostic: one thread reports it

  const shared = new SharedArrayBuffer(Math.max(total, 1));
  const offsets = new Float64Array(targets.length + 1);
  const view = new Uint8Array(shared);
  for (let i = 0; i < targets.length; i++) {
    const b = known.get(targets[i]!)!.bytes;
    view.set(b, offsets[i]!);
    offsets[i + 1] = offsets[i]! + b.length;
  }
  const runs: string[][] = [];
  let start = 0;
  for (let k = 1; k <= n; k++) {
    let end = start;
    const limit = (total * k) / n;
    while (end < targets.length && (k === n || offsets[end + 1]! <= limit || end === start)) end++;
    if (end > start) runs.push(targets.slice(start, end));
    start = end;
  }
  const reads = new Map<string, Promise<Read | undefined>>();
  const serve = (path: string): Promise<Read | undefined> => {
    let p = reads.get(path);
    if (p === undefined) {
      p = known.has(path) ? Promise.resolve(known.get(path)) : Promise.resolve().then(() => opts.resolver.read(path));
      p = p.then((g) => {
        if (g) known.set(path, g);
        return g;
      });
      reads.set(path, p);
    }
    return p;
  };
  const sourceInfo = opts.sourceInfo !== false;
  const started = performance.now();
  const outs = await Promise.all(
    runs.map((run) => runWorker(script, { kind: COMPILE_WORKER, targets: run, sourceInfo, shared, paths: targets, offsets }, serve)),
  );
  const each = outs.map((o, i) => `${runs[i]!.length} targets${o ? ` (${o.files.length} files) ${Math.round(o.compileMs)} + ${Math.round(o.packMs)} ms` : ""}`);
  trace(`${runs.length} workers, done in ${Math.round(performance.now() - started)} ms: ${each.join("; ")}`);
  const merged = merge(targets, outs);
  if (merged === undefined) return inThisThread();
  trace(`merged in ${Math.round(performance.now() - started)} ms`);
  return { files: merged, diagnostics: [], workers: runs.length };
}

/**
 * How to start a worker: the bundle itself, or (running from sources: tests, `npm run protoguard`)
 * a snippet that installs tsx's loader in the worker, then imports the worker entry. (Node 20 does
 * not apply a parent's `--import` loader to a worker's own script.)
 */
type WorkerScript = { readonly url: URL } | { readonly code: string };

function workerScript(): WorkerScript | undefined {
  if (typeof __PROTOGUARD_WKT__ !== "undefined") return { url: new URL(import.meta.url) };
  try {
    const api = join(dirname(createRequire(import.meta.url).resolve("tsx/package.json")), "dist", "esm", "api", "index.mjs");
    const entry = new URL("./compile-worker-main.ts", import.meta.url);
    if (!existsSync(api) || !existsSync(fileURLToPath(entry))) return undefined;
    const code = `import(${JSON.stringify(pathToFileURL(api).href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
    return { code };
  } catch {
    return undefined;
  }
}

/** Runs one worker to its answer; undefined when it fails in any way. */
function runWorker(
  script: WorkerScript,
  input: WorkerInput,
  serve: (path: string) => Promise<Read | undefined>,
): Promise<WorkerOutput | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = "url" in script ? new Worker(script.url, { workerData: input }) : new Worker(script.code, { eval: true, workerData: input });
    } catch {
      resolve(undefined);
      return;
    }
    let settled = false;
    const finish = (out: WorkerOutput | undefined): void => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      resolve(out);
    };
    worker.on("message", (m: ReadRequest | WorkerOutput | WorkerFailure) => {
      if (m.type === "failed") trace(`a worker failed: ${m.message}`);
      if (m.type === "read") {
        serve(m.path).then(
          (g) => !settled && worker.postMessage({ id: m.id, bytes: g?.bytes ?? null, ...(g?.where !== undefined ? { where: g.where } : {}) } satisfies ReadReply),
          (e: unknown) => !settled && worker.postMessage({ id: m.id, error: e instanceof Error ? e.message : String(e) } satisfies ReadReply),
        );
      } else finish(m.type === "done" ? m : undefined);
    });
    worker.on("error", (e) => {
      trace(`a worker failed: ${e.stack ?? e.message}`);
      finish(undefined);
    });
    worker.on("exit", () => finish(undefined));
  });
}

/** The workers' files in image order, or undefined when one thread must compile instead. */
function merge(targets: readonly string[], outs: readonly (WorkerOutput | undefined)[]): CompiledFile[] | undefined {
  const byPath = new Map<string, { out: WorkerOutput; f: PackedFile }>();
  for (const out of outs) {
    if (out === undefined || out.diagnostics > 0 || out.unusual) {
      trace(`compiling in one thread: ${out === undefined ? "a worker failed" : out.diagnostics > 0 ? "diagnostics" : "a default value needs its raw bytes"}`);
      return undefined;
    }
    for (const f of out.files) if (!byPath.has(f.path)) byPath.set(f.path, { out, f });
  }
  for (const t of targets) if (!byPath.has(t)) return undefined;
  if (clashes(byPath)) {
    trace("compiling in one thread: files compiled apart may declare the same name");
    return undefined;
  }

  // buf's image order: from each target in path order, depth first, each file after its imports
  const order: string[] = [];
  const seen = new Set<string>();
  for (const t of targets) {
    if (seen.has(t)) continue;
    seen.add(t);
    const stack: { path: string; next: number }[] = [{ path: t, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const imports = byPath.get(top.path)?.f.imports ?? [];
      if (top.next < imports.length) {
        const p = imports[top.next++]!;
        if (!seen.has(p)) {
          seen.add(p);
          stack.push({ path: p, next: 0 });
        }
      } else {
        stack.pop();
        if (byPath.has(top.path)) order.push(top.path);
      }
    }
  }
  const isTarget = new Set(targets);
  return order.map((path) => {
    const { out, f } = byPath.get(path)!;
    const encoded: EncodedFile = {
      desc: out.bytes.subarray(f.descAt, f.descAt + f.descLength),
      split: f.split,
      sourceInfo: f.infoAt < 0 ? undefined : out.bytes.subarray(f.infoAt, f.infoAt + f.infoLength),
    };
    return decodedLazily(path, !isTarget.has(path), f, encoded);
  });
}

/** A compiled file whose `proto` is decoded from its bytes when first read. */
function decodedLazily(path: string, isImport: boolean, f: PackedFile, encoded: EncodedFile): CompiledFile {
  let proto: FileDescriptorProto | undefined;
  const file = {
    path,
    isImport,
    ast: undefined,
    get proto(): FileDescriptorProto {
      return (proto ??= decodeFileParts(encoded));
    },
    unusedDependencies: f.unusedDependencies,
    syntaxUnspecified: f.syntaxUnspecified,
  };
  setEncodedFile(file, encoded);
  return file;
}

/**
 * Whether two files (compiled by different workers, or the clash would have been a diagnostic)
 * declare the same top-level name, a package one of them declares a name of, or the same
 * extension number of a message. Keys are 53 bits of the names' two 32-bit hashes: a collision
 * only costs a compile in one thread.
 */
function clashes(byPath: ReadonlyMap<string, { out: WorkerOutput; f: PackedFile }>): boolean {
  const owners = new Map<number, string>();
  const extOwners = new Map<number, string>();
  const packages: number[] = [];
  const claim = (map: Map<number, string>, key: number, path: string): boolean => {
    const o = map.get(key);
    if (o !== undefined && o !== path) return true;
    map.set(key, path);
    return false;
  };
  for (const [path, { out, f }] of byPath) {
    const k = out.keys;
    const key = (i: number): number => k[2 * i]! * 0x200000 + (k[2 * i + 1]! & 0x1fffff);
    for (let i = f.symAt; i < f.symAt + f.symCount; i++) if (claim(owners, key(i), path)) return true;
    for (let i = f.pkgAt; i < f.pkgAt + f.pkgCount; i++) packages.push(key(i));
    for (let i = f.extAt; i < f.extAt + f.extCount; i++) if (claim(extOwners, key(i), path)) return true;
  }
  for (const p of packages) if (owners.has(p)) return true;
  return false;
}
