/**
 * The worker side of a parallel compile (parallel.ts has the other side and the reasons).
 *
 * A worker compiles its part of the targets with the ordinary linker, reading the targets' bytes
 * from a buffer shared by all workers and asking the main thread for any other file (imports from
 * outside the targets). It answers with every file it compiled, each already encoded as buf's
 * image writes it (image.ts `encodeFileParts`), packed into one transferred buffer, plus what the
 * main thread needs to merge the parts: each file's imports (for the image order), the names it
 * declares at the top of its package and its extension numbers (to find clashes between files
 * that no single worker saw together), and its diagnostics count.
 */
import { isMainThread, parentPort, workerData, type MessagePort } from "node:worker_threads";
import type { DescriptorProto, FieldDescriptorProto, FileDescriptorProto } from "@bufbuild/protobuf/wkt";
import { ByteWriter, encodeFileParts } from "./image.js";
import { compileSequential } from "./linker.js";

/** `workerData.kind` of a compile worker: a bundle's entry checks it (see {@link startCompileWorker}). */
export const COMPILE_WORKER = "protoguard-compile-worker";

/** What a worker is started with. */
export interface WorkerInput {
  readonly kind: typeof COMPILE_WORKER;
  /** The targets this worker compiles. */
  readonly targets: readonly string[];
  readonly sourceInfo: boolean;
  /** The bytes of every target of the whole compile, back to back, and where each one is. */
  readonly shared: SharedArrayBuffer;
  readonly paths: readonly string[];
  /** `paths[i]` is `shared[offsets[i], offsets[i + 1])`. */
  readonly offsets: Float64Array;
}

/** The worker asks the main thread for a file that is not among the shared targets. */
export interface ReadRequest {
  readonly type: "read";
  readonly id: number;
  readonly path: string;
}

/** The main thread's answer: bytes (null: no such file), or why reading failed. */
export interface ReadReply {
  readonly id: number;
  readonly bytes?: Uint8Array | null;
  readonly where?: string;
  readonly error?: string;
}

/** One compiled file: numbers are offsets and lengths into {@link WorkerOutput}'s buffers. */
export interface PackedFile {
  readonly path: string;
  /** Import paths in declaration order (regular imports, then `import option` ones). */
  readonly imports: readonly string[];
  readonly unusedDependencies: readonly number[];
  readonly syntaxUnspecified: boolean;
  /** Descriptor bytes (every field but source_code_info) at [descAt, descAt + descLength). */
  readonly descAt: number;
  readonly descLength: number;
  /** Bytes of the fields below 9 at the start of the descriptor bytes. */
  readonly split: number;
  /** SourceCodeInfo bytes, or -1 when the file has none. */
  readonly infoAt: number;
  readonly infoLength: number;
  /** Name keys (pairs of 32-bit hashes) in `keys`: top-level symbols, package prefixes, extensions. */
  readonly symAt: number;
  readonly symCount: number;
  readonly pkgAt: number;
  readonly pkgCount: number;
  readonly extAt: number;
  readonly extCount: number;
}

/** A worker's answer. */
export interface WorkerOutput {
  readonly type: "done";
  readonly files: readonly PackedFile[];
  readonly bytes: Uint8Array;
  readonly keys: Uint32Array;
  /** Diagnostics of any severity: the main thread then compiles again, in one thread. */
  readonly diagnostics: number;
  /**
   * Something the encoding does not carry as the linker has it (a `string` default that is not
   * valid UTF-8 keeps its raw bytes only in memory): compile again in one thread.
   */
  readonly unusual: boolean;
  /** Milliseconds spent compiling, then encoding and packing. */
  readonly compileMs: number;
  readonly packMs: number;
}

/** A failure inside the worker (the main thread then compiles in one thread). */
export interface WorkerFailure {
  readonly type: "failed";
  readonly message: string;
}

/**
 * Starts the compile worker when this thread is one (a bundle's entry point calls this first:
 * the bundle is its own worker script). Returns false on the main thread.
 */
export function startCompileWorker(): boolean {
  if (isMainThread || parentPort === null) return false;
  const input = workerData as WorkerInput | undefined;
  if (input?.kind !== COMPILE_WORKER) return false;
  const port = parentPort;
  runWorker(input, port).then(
    (out) => port.postMessage(out, [out.bytes.buffer as ArrayBuffer, out.keys.buffer as ArrayBuffer]),
    (err: unknown) => port.postMessage({ type: "failed", message: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies WorkerFailure),
  );
  return true;
}

async function runWorker(input: WorkerInput, port: MessagePort): Promise<WorkerOutput> {
  const shared = new Map<string, Uint8Array>();
  for (let i = 0; i < input.paths.length; i++) {
    shared.set(input.paths[i]!, new Uint8Array(input.shared, input.offsets[i]!, input.offsets[i + 1]! - input.offsets[i]!));
  }
  const waiting = new Map<number, (reply: ReadReply) => void>();
  let nextId = 0;
  port.on("message", (reply: ReadReply) => {
    const done = waiting.get(reply.id);
    waiting.delete(reply.id);
    done?.(reply);
  });
  const resolver = {
    read(path: string): Promise<{ bytes: Uint8Array; where?: string } | undefined> {
      const bytes = shared.get(path);
      if (bytes !== undefined) return Promise.resolve({ bytes });
      return new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, (r) => {
          if (r.error !== undefined) reject(new Error(r.error));
          else if (!r.bytes) resolve(undefined);
          else resolve(r.where === undefined ? { bytes: r.bytes } : { bytes: r.bytes, where: r.where });
        });
        port.postMessage({ type: "read", id, path } satisfies ReadRequest);
      });
    },
  };
  const started = performance.now();
  const result = await compileSequential({ files: input.targets, resolver, sourceInfo: input.sourceInfo });
  const compiled = performance.now();
  port.removeAllListeners("message");
  const out = new Packer();
  const files: PackedFile[] = [];
  let unusual = false;
  for (const f of result.files) {
    const proto = f.proto;
    if (proto === undefined) continue; // only with errors, which send the compile back to one thread
    const enc = encodeFileParts(proto);
    const descAt = out.bytes(enc.desc);
    const infoAt = enc.sourceInfo === undefined ? -1 : out.bytes(enc.sourceInfo);
    const names = new NameKeys(out);
    if (names.file(proto)) unusual = true;
    files.push({
      path: f.path,
      imports: [...proto.dependency, ...proto.optionDependency],
      unusedDependencies: f.unusedDependencies,
      syntaxUnspecified: f.syntaxUnspecified,
      descAt,
      descLength: enc.desc.length,
      split: enc.split,
      infoAt,
      infoLength: enc.sourceInfo?.length ?? 0,
      ...names.counts(),
    });
  }
  const bytes = out.byteView();
  const keys = out.keyView();
  const packMs = performance.now() - compiled;
  return { type: "done", files, bytes, keys, diagnostics: result.diagnostics.length, unusual, compileMs: compiled - started, packMs };
}

/** The worker's answer being packed: bytes in one growing buffer, name keys in another. */
class Packer {
  private readonly out = new ByteWriter();
  private keyBuf = new Uint32Array(1 << 16);
  keyCount = 0;

  /** Appends bytes; returns where they start. */
  bytes(b: Uint8Array): number {
    const at = this.out.length;
    this.out.raw(b);
    return at;
  }

  key(s: string): void {
    if (this.keyCount * 2 + 2 > this.keyBuf.length) {
      const next = new Uint32Array(this.keyBuf.length * 2);
      next.set(this.keyBuf);
      this.keyBuf = next;
    }
    this.keyBuf[this.keyCount * 2] = hashA(s);
    this.keyBuf[this.keyCount * 2 + 1] = hashB(s);
    this.keyCount++;
  }

  /** The bytes written, in a buffer of their own (transferred to the main thread). */
  byteView(): Uint8Array {
    return this.out.bytes();
  }

  keyView(): Uint32Array {
    return this.keyBuf.slice(0, this.keyCount * 2);
  }
}

/**
 * The keys of one file. Clashes between files are found from the top-level names alone: a nested
 * name can only clash with another file's if its top-level ancestor does, or if that file's
 * package is the ancestor's full name (a package prefix). Every extension is keyed by extendee
 * and number.
 */
class NameKeys {
  private readonly symAt: number;
  private symEnd = 0;
  private pkgEnd = 0;
  private readonly out: Packer;

  constructor(out: Packer) {
    this.out = out;
    this.symAt = out.keyCount;
  }

  /** Writes the file's keys; returns true when the file has something unusual (see WorkerOutput). */
  file(proto: FileDescriptorProto): boolean {
    const pkg = proto.package;
    const prefix = pkg === "" ? "" : `${pkg}.`;
    for (const m of proto.messageType) this.out.key(prefix + m.name);
    for (const e of proto.enumType) {
      this.out.key(prefix + e.name);
      for (const v of e.value) this.out.key(prefix + v.name); // values live beside their enum
    }
    for (const s of proto.service) this.out.key(prefix + s.name);
    for (const x of proto.extension) this.out.key(prefix + x.name);
    this.symEnd = this.out.keyCount;
    for (let i = pkg.indexOf("."); pkg !== ""; i = pkg.indexOf(".", i + 1)) {
      this.out.key(i < 0 ? pkg : pkg.slice(0, i));
      if (i < 0) break;
    }
    this.pkgEnd = this.out.keyCount;
    let unusual = false;
    const fields = (list: readonly FieldDescriptorProto[], ext: boolean): void => {
      for (const f of list) {
        if (ext) this.out.key(`${f.extendee}#${f.number}`);
        if (f.defaultValue.includes("\uFFFD")) unusual = true;
      }
    };
    const message = (m: DescriptorProto): void => {
      fields(m.field, false);
      fields(m.extension, true);
      for (const n of m.nestedType) message(n);
    };
    fields(proto.extension, true);
    for (const m of proto.messageType) message(m);
    return unusual;
  }

  counts(): Pick<PackedFile, "symAt" | "symCount" | "pkgAt" | "pkgCount" | "extAt" | "extCount"> {
    return {
      symAt: this.symAt,
      symCount: this.symEnd - this.symAt,
      pkgAt: this.symEnd,
      pkgCount: this.pkgEnd - this.symEnd,
      extAt: this.pkgEnd,
      extCount: this.out.keyCount - this.pkgEnd,
    };
  }
}

/** FNV-1a over UTF-16 units. */
function hashA(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A second, independent hash (multiplicative, other seed), so that a key has 64 bits. */
function hashB(s: string): number {
  let h = 0x9e3779b9;
  for (let i = 0; i < s.length; i++) h = Math.imul(h + s.charCodeAt(i), 0x85ebca6b) ^ (h >>> 13);
  return h >>> 0;
}
