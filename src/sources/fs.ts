/**
 * Source files from the working tree: target discovery (walk the module roots for `*.proto`) and a
 * {@link Resolver} that reads import paths from those roots.
 *
 * Hardened against what a repository can contain: import paths that escape their root (`../x`,
 * absolute paths, symlinks pointing outside the root) are refused; symlink cycles are detected by
 * real path and not followed; unreadable files, directories named `x.proto`, FIFOs and files over
 * the size limit each become a diagnostic naming the file, and every other file is still read.
 *
 * Reads are synchronous inside the async `read()`: for many small files this is faster in Node than
 * the thread pool, and nothing else runs during a build. Targets are read once up front
 * ({@link FsSources.preload}) so that unreadable ones are dropped before compiling, and the compiler's
 * later `read()` of the same path is served from memory.
 */
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent } from "node:fs";
import * as path from "node:path";
import type { Resolver } from "../compiler/compile.js";
import type { Diagnostic, Severity } from "../compiler/diagnostics.js";

/** Files larger than this are refused (a .proto file this big is a mistake or an attack). */
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface SourceRoot {
  /** Directory of the root, for file-system calls (absolute, or relative to the process cwd). */
  readonly dir: string;
  /** The same directory as the user would write it, prefixed to displayed paths (default `dir`). */
  readonly display?: string;
  /** Excluded directories relative to the root. */
  readonly excludes: readonly string[];
  /** If given, only files under these directories (relative to the root) are sources. */
  readonly includes?: readonly string[];
  /** A root that does not exist is no error, just a root without files (the caller decides). */
  readonly mayBeMissing?: boolean;
}

/** The file-system calls used, replaceable in tests (e.g. to simulate EACCES when running as root). */
export interface FsApi {
  openSync(p: string, flags: number): number;
  fstatSync(fd: number): { isFile(): boolean; isDirectory(): boolean; size: number };
  readSync(fd: number, buf: Uint8Array, offset: number, length: number, position: number | null): number;
  closeSync(fd: number): void;
  readdirSync(p: string): Dirent[];
  realpathSync(p: string): string;
  statSync(p: string): { isFile(): boolean; isDirectory(): boolean };
}

const nodeFs: FsApi = {
  openSync,
  fstatSync,
  readSync,
  closeSync,
  readdirSync: (p) => readdirSync(p, { withFileTypes: true }),
  realpathSync: (p) => realpathSync(p),
  statSync: (p) => statSync(p),
};

export interface FsSourcesOptions {
  readonly maxFileBytes?: number;
  readonly fs?: FsApi;
}

/**
 * A diagnostic from reading sources: `file` is the display path (relative to the cwd).
 * `badImportPath` marks a refused import path (`../x.proto`): buf reports those as compile errors
 * at the import statement, so the caller may drop ours when the compiler reported it too.
 */
export type SourceDiagnostic = Diagnostic & { readonly badImportPath?: true };

interface RootState {
  readonly spec: SourceRoot;
  readonly excluded: ReadonlySet<string>;
  /** Real path of the root directory, or undefined when it does not exist. */
  real: string | undefined;
}

const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export class FsSources implements Resolver {
  readonly diagnostics: SourceDiagnostic[] = [];
  private readonly roots: RootState[];
  private readonly fs: FsApi;
  private readonly maxBytes: number;
  /** Import path → index of the root where the walk found it (a regular file, inside its root). */
  private readonly found = new Map<string, number>();
  /** Bytes read by `preload`, handed out once by `read`. */
  private readonly cache = new Map<string, Uint8Array>();
  /** Import path → root index, for every file read (for display paths and module names). */
  private readonly servedFrom = new Map<string, number>();
  private readonly reported = new Set<string>();

  constructor(roots: readonly SourceRoot[], opts: FsSourcesOptions = {}) {
    this.fs = opts.fs ?? nodeFs;
    this.maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    this.roots = roots.map((spec) => ({ spec, excluded: new Set(spec.excludes), real: undefined }));
    for (const r of this.roots) {
      try {
        r.real = this.fs.realpathSync(r.spec.dir);
      } catch (e) {
        if (r.spec.mayBeMissing && (e as NodeJS.ErrnoException)?.code === "ENOENT") continue;
        this.report(displayDir(r.spec), `module root directory cannot be read: ${describeError(e)}`);
      }
    }
  }

  /**
   * Walks every root and returns the import paths of all `.proto` files, sorted; excluded
   * directories and `node_modules` are skipped. A path found in two roots is reported.
   */
  discover(): string[] {
    for (let i = 0; i < this.roots.length; i++) {
      const r = this.roots[i]!;
      if (r.real !== undefined) this.walk(i, r.spec.dir, "", r.real, [r.real]);
    }
    return [...this.found.keys()].sort(comparePaths);
  }

  /** Reads the given targets and returns those that could be read (the others are reported). */
  preload(targets: readonly string[]): string[] {
    const ok: string[] = [];
    for (const t of targets) {
      const bytes = this.load(t);
      if (bytes) {
        this.cache.set(t, bytes);
        ok.push(t);
      }
    }
    return ok;
  }

  async read(importPath: string): Promise<{ bytes: Uint8Array; where?: string } | undefined> {
    const cached = this.cache.get(importPath);
    if (cached) {
      this.cache.delete(importPath);
      return { bytes: cached, where: this.displayPath(importPath) };
    }
    const bytes = this.load(importPath);
    return bytes ? { bytes, where: this.displayPath(importPath) } : undefined;
  }

  /** The path to show for an import path: the root directory joined with it (`proto/a/b.proto`). */
  displayPath(importPath: string): string {
    const i = this.servedFrom.get(importPath) ?? this.found.get(importPath);
    if (i === undefined) return importPath;
    return joinDisplay(displayDir(this.roots[i]!.spec), importPath);
  }

  /** Index of the root a file was found in or read from. */
  rootIndexOf(importPath: string): number | undefined {
    return this.servedFrom.get(importPath) ?? this.found.get(importPath);
  }

  // ---- walking ----------------------------------------------------------------------------------

  private walk(rootIndex: number, absDir: string, relDir: string, realDir: string, ancestors: string[]): void {
    const root = this.roots[rootIndex]!;
    let entries: Dirent[];
    try {
      entries = this.fs.readdirSync(absDir);
    } catch (e) {
      this.report(joinDisplay(displayDir(root.spec), relDir || "."), `directory cannot be read: ${describeError(e)}`);
      return;
    }
    for (const ent of entries) {
      const name = ent.name;
      const rel = relDir === "" ? name : `${relDir}/${name}`;
      const abs = `${absDir}/${name}`;
      const isProto = name.endsWith(".proto");
      if (ent.isDirectory()) {
        if (name === "node_modules" || root.excluded.has(rel)) continue;
        const real = `${realDir}/${name}`;
        ancestors.push(real);
        this.walk(rootIndex, abs, rel, real, ancestors);
        ancestors.pop();
      } else if (ent.isFile()) {
        if (isProto) this.record(rootIndex, rel);
      } else if (ent.isSymbolicLink()) {
        this.walkLink(rootIndex, abs, rel, name, isProto, ancestors);
      } else if (isProto) {
        this.report(joinDisplay(displayDir(root.spec), rel), "not a regular file (a FIFO, socket or device); skipped");
      }
    }
  }

  private walkLink(rootIndex: number, abs: string, rel: string, name: string, isProto: boolean, ancestors: string[]): void {
    const root = this.roots[rootIndex]!;
    const display = joinDisplay(displayDir(root.spec), rel);
    let real: string;
    let st: { isFile(): boolean; isDirectory(): boolean };
    try {
      real = this.fs.realpathSync(abs);
      st = this.fs.statSync(real);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ELOOP") this.report(display, "symbolic link loop; not followed", "warning");
      else if (isProto) this.report(display, `broken symbolic link: ${describeError(e)}`);
      return;
    }
    if (st.isDirectory()) {
      if (name === "node_modules" || root.excluded.has(rel)) return;
      if (!isInside(real, root.real!)) {
        this.report(display, `symbolic link to a directory outside the module root (${real}); not followed`);
        return;
      }
      if (ancestors.includes(real)) {
        this.report(display, "symbolic link cycle (it points to a directory that contains it); not followed", "warning");
        return;
      }
      ancestors.push(real);
      this.walk(rootIndex, abs, rel, real, ancestors);
      ancestors.pop();
    } else if (isProto) {
      if (!isInside(real, root.real!)) {
        this.report(display, `symbolic link to a file outside the module root (${real}); not read`);
        return;
      }
      if (!st.isFile()) {
        this.report(display, "not a regular file (a FIFO, socket or device); skipped");
        return;
      }
      this.record(rootIndex, rel);
    }
  }

  private record(rootIndex: number, rel: string): void {
    const includes = this.roots[rootIndex]!.spec.includes;
    if (includes !== undefined && !isIncluded(rel, includes)) return;
    const prev = this.found.get(rel);
    if (prev === undefined) {
      this.found.set(rel, rootIndex);
      return;
    }
    if (prev === rootIndex) return; // the same file reached again through a symlinked directory
    const a = displayDir(this.roots[prev]!.spec);
    const b = displayDir(this.roots[rootIndex]!.spec);
    this.report(joinDisplay(b, rel), `${rel} is contained in multiple module roots: ${a} and ${b}`);
  }

  // ---- reading ----------------------------------------------------------------------------------

  /** Finds and reads an import path; undefined (maybe with a diagnostic) when it cannot. */
  private load(importPath: string): Uint8Array | undefined {
    const bad = checkImportPath(importPath);
    if (bad) {
      this.report(importPath, bad, "error", true);
      return undefined;
    }
    const known = this.found.get(importPath);
    if (known !== undefined) return this.readFrom(known, importPath);
    for (let i = 0; i < this.roots.length; i++) {
      const r = this.roots[i]!;
      if (r.real === undefined || isExcluded(importPath, r.excluded)) continue;
      if (r.spec.includes !== undefined && !isIncluded(importPath, r.spec.includes)) continue;
      const abs = `${r.spec.dir}/${importPath}`;
      let real: string;
      try {
        real = this.fs.realpathSync(abs);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "ENOENT" || code === "ENOTDIR") continue;
        this.report(joinDisplay(displayDir(r.spec), importPath), `cannot be read: ${describeError(e)}`);
        return undefined;
      }
      if (!isInside(real, r.real)) {
        this.report(joinDisplay(displayDir(r.spec), importPath), `resolves to ${real}, outside the module root; not read`);
        return undefined;
      }
      return this.readFrom(i, importPath);
    }
    return undefined;
  }

  private readFrom(rootIndex: number, importPath: string): Uint8Array | undefined {
    const spec = this.roots[rootIndex]!.spec;
    const dir = spec.dir;
    this.servedFrom.set(importPath, rootIndex);
    const display = joinDisplay(displayDir(spec), importPath);
    const fs = this.fs;
    let fd: number;
    try {
      fd = fs.openSync(`${dir}/${importPath}`, READ_FLAGS);
    } catch (e) {
      this.report(display, `cannot be read: ${describeError(e)}`);
      return undefined;
    }
    try {
      const st = fs.fstatSync(fd);
      if (st.isDirectory()) {
        this.report(display, "is a directory, not a file");
        return undefined;
      }
      if (!st.isFile()) {
        this.report(display, "not a regular file (a FIFO, socket or device); not read");
        return undefined;
      }
      if (st.size > this.maxBytes) {
        this.report(display, `file is ${st.size} bytes, over the ${formatBytes(this.maxBytes)} limit for .proto files; not read`);
        return undefined;
      }
      const buf = new Uint8Array(st.size);
      let n = 0;
      while (n < buf.length) {
        const got = fs.readSync(fd, buf, n, buf.length - n, null);
        if (got === 0) break;
        n += got;
      }
      return n === buf.length ? buf : buf.subarray(0, n);
    } catch (e) {
      this.report(display, `cannot be read: ${describeError(e)}`);
      return undefined;
    } finally {
      try {
        fs.closeSync(fd);
      } catch {
        // closing a descriptor we opened cannot fail in a way that matters here
      }
    }
  }

  private report(file: string, message: string, severity: Severity = "error", badImportPath = false): void {
    const key = `${file}\0${message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.diagnostics.push({ severity, file, start: 0, end: 0, message, ...(badImportPath ? { badImportPath: true as const } : {}) });
  }
}

/**
 * Why an import path cannot be read from a root, or undefined when it is fine. Import paths are
 * relative, `/`-separated, without `.`/`..` segments or empty segments (buf's rules).
 */
export function checkImportPath(p: string): string | undefined {
  if (p === "") return "import path is empty";
  const c0 = p.charCodeAt(0);
  if (c0 === 47 /* / */ || c0 === 92 /* \ */ || (p.length > 1 && p.charCodeAt(1) === 58 /* : */)) return `import path "${p}" must be relative`;
  let segStart = 0;
  for (let i = 0; i <= p.length; i++) {
    const c = i === p.length ? 47 : p.charCodeAt(i);
    if (c === 0) return `import path "${p}" contains a NUL character`;
    if (c === 92) return `import path "${p}" must use / as separator`;
    if (c !== 47) continue;
    const len = i - segStart;
    if (len === 0) return `import path "${p}" must not contain repeated separators`;
    if (len === 2 && p.charCodeAt(segStart) === 46 && p.charCodeAt(segStart + 1) === 46) return `import path "${p}" must not refer to a parent directory`;
    if (len === 1 && p.charCodeAt(segStart) === 46) return `import path "${p}" must not contain "." segments`;
    segStart = i + 1;
  }
  return undefined;
}

function isExcluded(rel: string, excluded: ReadonlySet<string>): boolean {
  if (excluded.size === 0) return false;
  for (let i = rel.indexOf("/"); i !== -1; i = rel.indexOf("/", i + 1)) if (excluded.has(rel.slice(0, i))) return true;
  return false;
}

function isIncluded(rel: string, includes: readonly string[]): boolean {
  for (const inc of includes) if (rel.startsWith(inc) && (rel.length === inc.length || rel.charCodeAt(inc.length) === 47)) return true;
  return false;
}

function isInside(real: string, rootReal: string): boolean {
  return real === rootReal || real.startsWith(rootReal.endsWith(path.sep) ? rootReal : rootReal + path.sep);
}

function displayDir(spec: SourceRoot): string {
  return spec.display ?? spec.dir;
}

/** `dir` joined with a root-relative path the way buf prints it (`./proto` + `a.proto` → `proto/a.proto`). */
export function joinDisplay(dir: string, rel: string): string {
  return path.join(dir, rel);
}

/** Byte-wise order of `/`-separated paths (UTF-16 order equals it outside astral characters). */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOENT":
      return "no such file or directory";
    case "ELOOP":
      return "too many levels of symbolic links";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "a parent of it is not a directory";
    default:
      return err?.code ? `${err.code}${err.message ? ` (${err.message})` : ""}` : String(e);
  }
}

function formatBytes(n: number): string {
  return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : `${n} bytes`;
}
