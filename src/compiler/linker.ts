/**
 * The linker: loads the target files and everything they import, orders them as buf's image does,
 * and links each file (after its dependencies) into a FileDescriptorProto through the
 * {@link FileBuilder}, sharing one symbol table. Implements `compile()` of compile.ts.
 *
 * Reading is asynchronous (all reachable files are requested concurrently); linking is one
 * synchronous pass. The bundled well-known types are linked once per process (per worker thread:
 * parallel.ts runs this linker in workers, on parts of the targets) and their immutable results
 * (descriptors and symbols) are reused by every later `compile()` call.
 */
import type { FileDescriptorProto } from "@bufbuild/protobuf/wkt";
import type { FileNode, ImportDecl, SourceText, Tokens } from "./ast.js";
import type { CompileOptions, CompileResult, CompiledFile } from "./compile.js";
import { FileBuilder } from "./descriptors.js";
import { Diagnostics } from "./diagnostics.js";
import { decodeSource } from "./lexer.js";
import { parse } from "./parser.js";
import { SourceInfoCollector, setSourceInfoBytes } from "./sourceinfo.js";
import type { FieldSymbol, Symbol } from "./symbols.js";
import { SymbolTableImpl } from "./symtab.js";
import type { DeclaredAt, FileScope } from "./symtab.js";
import { isWkt, wktSource } from "./wkt.js";

const DESCRIPTOR_PROTO = "google/protobuf/descriptor.proto";

/** One file as loaded: its AST, or why there is none. */
interface Loaded {
  readonly path: string;
  ast: FileNode | undefined;
  /** The file could not be found. */
  missing: boolean;
  /** It came from the bundled well-known types (so its link result may be cached). */
  bundled: boolean;
  /** Parsing reported errors. */
  parseErrors: boolean;
  /** The tokens of `ast` (kept after the tree is dropped, for diagnostics). */
  tokens: Tokens | undefined;
  /** The file has no syntax/edition statement. */
  syntaxUnspecified: boolean;
  /** Parsed (or found missing) already. */
  parsed: boolean;
  /** The resolver's answer until parsed: null when it has no such file, an Error when it failed. */
  got: { bytes: Uint8Array; where?: string } | null | Error | undefined;
  /** The pending read. */
  read: Promise<void> | undefined;
  /** Display path for diagnostics, when the resolver gave one. */
  where: string | undefined;
  imports: readonly ImportDecl[];
  /** Whether the file sets `optimize_for = LITE_RUNTIME`. */
  lite: boolean;
}

/** A linked bundled WKT, shared across compile() calls; never mutated after creation. */
interface CachedWkt {
  readonly ast: FileNode;
  readonly proto: FileDescriptorProto;
  readonly pkg: string;
  /** Symbols declared directly in the package scope (nested ones hang off these). */
  readonly topLevel: readonly [string, Symbol & DeclaredAt][];
  readonly extensions: readonly { extendee: string; sym: FieldSymbol }[];
  readonly unused: readonly number[];
}

const wktAstCache = new Map<string, FileNode | null>();
const wktLinkCache = new Map<string, CachedWkt>();
/**
 * The bundled WKTs are linked in tables of their own (one per source-info mode), so that the
 * cached symbols never point into a compile()'s table and keep it alive.
 */
const wktTables = new Map<boolean, SymbolTableImpl>();

/** Links one file into `table`; returns the builder and the indexes of unused imports. */
function linkFile(
  path: string,
  ast: FileNode,
  table: SymbolTableImpl,
  scope: FileScope,
  withSourceInfo: boolean,
  diags: Diagnostics,
): { builder: FileBuilder; unused: number[] } {
  table.setScope(path, scope);
  const si = withSourceInfo ? new SourceInfoCollector(ast) : undefined;
  const b = new FileBuilder(ast, path, table, diags, si);
  b.declareAll();
  b.resolveAll();
  b.interpretAll(table);
  if (si) setSourceInfoBytes(b.proto, si.encode());
  const unused: number[] = [];
  const pub = b.proto.publicDependency;
  for (let i = 0; i < scope.used.length; i++) if (!scope.used[i] && !pub.includes(i)) unused.push(i);
  return { builder: b, unused };
}

/** Links a bundled WKT (whose imports are bundled WKTs, already linked) for the cache. */
function linkBundled(path: string, ast: FileNode, scope: FileScope, withSourceInfo: boolean, diags: Diagnostics): CachedWkt | undefined {
  let table = wktTables.get(withSourceInfo);
  if (!table) {
    table = new SymbolTableImpl();
    wktTables.set(withSourceInfo, table);
  }
  const own = new Diagnostics();
  const fresh: FileScope = { visible: scope.visible, used: new Uint8Array(scope.used.length) };
  const { builder, unused } = linkFile(path, ast, table, fresh, withSourceInfo, own);
  table.reportDuplicates(own);
  if (own.list.length > 0) {
    for (const d of own.list) diags.push(d);
    return undefined;
  }
  const extensions: { extendee: string; sym: FieldSymbol }[] = [];
  for (const x of builder.extensions) if (x.message) extensions.push({ extendee: x.message.fullName, sym: x });
  return { ast, proto: builder.proto, pkg: builder.info.package, topLevel: builder.topLevel, extensions, unused };
}

const NO_U8 = new Uint8Array(0);
const NO_U32 = new Uint32Array(0);

/**
 * Once a file is linked (and its tree dropped), its symbols still hold its Tokens, but only for
 * the text (diagnostics compute line and column from it) and, for a name declared twice, the
 * offsets of its declaration, which symtab.ts lexes again on demand. Everything else (kinds,
 * offsets, comments: about 9 bytes a token, more than the text itself) is let go.
 */
function releaseTokens(tokens: Tokens): void {
  const t = tokens as { -readonly [K in keyof Tokens]: Tokens[K] };
  t.kind = NO_U8;
  t.start = NO_U32;
  t.end = NO_U32;
  t.comments = [];
  t.commentStart = NO_U32;
}

function parseWkt(path: string): FileNode | undefined {
  let ast = wktAstCache.get(path);
  if (ast === undefined) {
    const text = wktSource(path);
    if (text === undefined) ast = null;
    else {
      const d = new Diagnostics();
      const source: SourceText = { path, text };
      ast = parse(source, d);
      if (d.errorCount > 0) ast = null;
    }
    wktAstCache.set(path, ast ?? null);
  }
  return ast ?? undefined;
}

/** Whether a file's `optimize_for` option is `LITE_RUNTIME` (the first one, when set again: an error). */
function isLite(ast: FileNode): boolean {
  for (const d of ast.decls) {
    if (d.kind !== "option") continue;
    const p = d.name.parts;
    if (p.length === 1 && !p[0]!.extension && p[0]!.name === "optimize_for") return d.value.kind === "identValue" && d.value.name === "LITE_RUNTIME";
  }
  return false;
}

function importsOf(ast: FileNode): ImportDecl[] {
  const out: ImportDecl[] = [];
  for (const d of ast.decls) if (d.kind === "import") out.push(d);
  return out;
}

/** `compile()` of compile.ts, in this thread. */
export async function compileSequential(opts: CompileOptions): Promise<CompileResult> {
  const withSourceInfo = opts.sourceInfo !== false;
  const keepAst = opts.keepAst === true;
  const targets = [...new Set(opts.files)].sort();
  const targetSet = new Set(targets);
  // Diagnostics by stage, concatenated at the end in stage order (loading, cycles, linking), so
  // the list does not depend on when each file happens to be parsed.
  const loadDiags = new Diagnostics();
  const cycleDiags = new Diagnostics();
  const diags = new Diagnostics();

  // ---- reading: every reachable file is requested as soon as an import names it ---------------
  // Reads run concurrently; parsing happens when the depth-first walk below reaches a file, and a
  // file's tree is dropped once it is linked, so only the trees on the walk's stack are alive.
  const loaded = new Map<string, Loaded>();
  const request = (path: string): Loaded => {
    let entry = loaded.get(path);
    if (entry) return entry;
    const e: Loaded = {
      path,
      ast: undefined,
      tokens: undefined,
      missing: false,
      bundled: false,
      parseErrors: false,
      imports: [],
      lite: false,
      where: undefined,
      syntaxUnspecified: false,
      parsed: false,
      got: undefined,
      read: undefined,
    };
    const failed = (err: unknown): void => {
      e.got = err instanceof Error ? err : new Error(String(err));
    };
    try {
      e.read = opts.resolver.read(path).then((got) => {
        e.got = got ?? null;
      }, failed);
    } catch (err) {
      failed(err);
    }
    loaded.set(path, e);
    return e;
  };
  const parseEntry = async (entry: Loaded): Promise<void> => {
    if (entry.parsed) return;
    if (entry.got === undefined) await entry.read;
    if (entry.parsed) return;
    entry.parsed = true;
    const path = entry.path;
    const got = entry.got;
    entry.got = undefined;
    entry.read = undefined;
    if (got instanceof Error) {
      loadDiags.error(undefined, 0, 0, `cannot read file: ${got.message}`, path);
      entry.missing = true;
      return;
    }
    if (got === null || got === undefined) {
      if (isWkt(path)) {
        entry.ast = parseWkt(path);
        entry.bundled = entry.ast !== undefined;
      }
      if (entry.ast === undefined) entry.missing = true;
    } else {
      if (got.where !== undefined && got.where !== path) entry.where = got.where;
      const before = loadDiags.list.length;
      const source = decodeSource(path, got.bytes, loadDiags);
      if (source !== undefined) entry.ast = parse(source, loadDiags);
      for (let i = before; i < loadDiags.list.length; i++) if (loadDiags.list[i]!.severity === "error") entry.parseErrors = true;
      if (source === undefined) entry.parseErrors = true;
    }
    if (entry.ast) {
      entry.tokens = entry.ast.tokens;
      entry.syntaxUnspecified = entry.ast.syntax === undefined;
      entry.imports = importsOf(entry.ast);
      entry.lite = isLite(entry.ast);
      for (const imp of entry.imports) request(imp.path.value);
    }
  };
  for (const t of targets) request(t);
  request(DESCRIPTOR_PROTO);

  // ---- linking state -------------------------------------------------------------------------------
  /** Import statements that close a cycle (skipped when linking). */
  const cyclic = new Set<ImportDecl>();
  const table = new SymbolTableImpl();
  const results = new Map<string, { proto: FileDescriptorProto; unused: number[] }>();
  const publicClosure = new Map<string, string[]>();
  const publicOf = (path: string): string[] => {
    let out = publicClosure.get(path);
    if (out) return out;
    out = [];
    publicClosure.set(path, out);
    const l = loaded.get(path);
    if (l) {
      for (const imp of l.imports) {
        if (imp.modifier?.text !== "public" || cyclic.has(imp)) continue;
        const p = imp.path.value;
        out.push(p);
        for (const q of publicOf(p)) out.push(q);
      }
    }
    return out;
  };

  const reachMemo = new Map<string, Set<string>>();
  /** Every file `path` imports, of any kind, transitively, itself included (cyclic imports skipped). */
  const reaches = (path: string): Set<string> => {
    let out = reachMemo.get(path);
    if (out) return out;
    out = new Set([path]);
    reachMemo.set(path, out);
    const stack = [path];
    while (stack.length > 0) {
      for (const imp of loaded.get(stack.pop()!)?.imports ?? []) {
        const q = imp.path.value;
        if (cyclic.has(imp) || out.has(q)) continue;
        out.add(q);
        stack.push(q);
      }
    }
    return out;
  };

  const bundledMemo = new Map<string, boolean>();
  /** Whether a file and everything it imports come from the bundled WKTs (so its link can be shared). */
  const allBundled = (path: string): boolean => {
    let v = bundledMemo.get(path);
    if (v !== undefined) return v;
    bundledMemo.set(path, false); // cycles are never shareable
    const l = loaded.get(path);
    v = l !== undefined && l.bundled && !l.parseErrors && l.imports.every((i) => !cyclic.has(i) && allBundled(i.path.value));
    bundledMemo.set(path, v);
    return v;
  };

  /**
   * Links one loaded file. Every file it imports has been linked before (or is missing, or closes
   * a cycle), and the cyclic imports among its own imports are known: the walk has explored all of
   * its imports.
   */
  const link = (l: Loaded): void => {
    const path = l.path;
    // A file with syntax errors is still linked (from the recovered tree), as buf does: its other
    // errors are reported and files importing it can resolve what it declares; it gets no proto.
    if (!l.ast) return;
    const ast = l.ast;
    if (!keepAst && !l.bundled) l.ast = undefined;

    // visibility and import checks
    const visible = new Map<string, number>([[path, -1]]);
    let depIndex = 0;
    const seenImports = new Set<string>();
    const direct: [string, number, boolean][] = [];
    let sawOptionImport = false;
    const t = ast.tokens;
    for (const imp of l.imports) {
      const p = imp.path.value;
      const isOption = imp.modifier?.text === "option";
      if (isOption) sawOptionImport = true;
      else if (sawOptionImport) diags.error(t.source, t.start[imp.first]!, t.end[imp.last]!, "import after `import option`");
      const idx = isOption ? -2 : depIndex++;
      if (seenImports.has(p)) {
        diags.error(t.source, t.start[imp.first]!, t.end[imp.last]!, "file imported multiple times");
        continue;
      }
      seenImports.add(p);
      const dep = loaded.get(p);
      if (!dep || dep.missing) {
        diags.error(t.source, t.start[imp.first]!, t.end[imp.last]!, "imported file does not exist");
        continue;
      }
      if (dep.lite && !l.lite) diags.error(t.source, t.start[imp.path.first]!, t.end[imp.path.last]!, "`LITE_RUNTIME` file imported in non-`LITE_RUNTIME` file");
      if (cyclic.has(imp)) continue;
      if (!visible.has(p)) visible.set(p, idx);
      direct.push([p, idx, imp.modifier?.text === "public"]);
    }
    // A use of a file imported directly is credited to that import. A file visible only through
    // public imports is credited as buf 1.75 credits it (probed): to the first direct import, public
    // ones first, then in declaration order, whose imports of any kind reach it, even where the
    // file is visible through another import.
    let ordered: [string, number, boolean][] | undefined;
    for (const [p] of direct) {
      for (const q of publicOf(p)) {
        if (visible.has(q)) continue;
        ordered ??= [...direct.filter((d) => d[2]), ...direct.filter((d) => !d[2])];
        visible.set(q, (ordered.find(([d]) => reaches(d).has(q)) ?? ordered[0]!)[1]);
      }
    }
    const scope: FileScope = { visible, used: new Uint8Array(depIndex) };
    table.setScope(path, scope);

    let cached: CachedWkt | undefined;
    if (l.bundled && allBundled(path)) {
      const key = (withSourceInfo ? "si:" : "") + path;
      cached = wktLinkCache.get(key);
      if (cached === undefined || cached.ast !== ast) {
        cached = linkBundled(path, ast, scope, withSourceInfo, diags);
        if (cached) wktLinkCache.set(key, cached);
      }
    }
    if (cached) {
      // install the shared, immutable result: top-level symbols into this table's package scope
      const pkgScope = table.packageScope(cached.pkg);
      for (const [name, sym] of cached.topLevel) table.declare(pkgScope, name, sym);
      for (const e of cached.extensions) table.addExtension(e.extendee, e.sym);
      results.set(path, { proto: cached.proto, unused: [...cached.unused] });
      return;
    }
    const r = linkFile(path, ast, table, scope, withSourceInfo, diags);
    results.set(path, { proto: r.builder.proto, unused: r.unused });
    if (!keepAst) releaseTokens(ast.tokens);
  };

  // descriptor.proto is linked first, whatever imports it: option interpretation needs it.
  const descriptor = request(DESCRIPTOR_PROTO);
  await parseEntry(descriptor);
  link(descriptor);

  // ---- image order (depth-first from each target, each file after its imports), cycles, linking ----
  const order: string[] = [];
  const state = new Map<string, 1 | 2>();
  const stack: { path: string; via: ImportDecl | undefined }[] = [];
  const visit = async (path: string, via: ImportDecl | undefined): Promise<void> => {
    const st = state.get(path);
    if (st === 2) return;
    if (st === 1) {
      // Report at the import that closes the cycle. (buf 1.75 picks one of the cycle's imports
      // nondeterministically; this is the one its depth-first walk from the first target meets.)
      const top = stack[stack.length - 1];
      const from = top ? loaded.get(top.path) : undefined;
      if (via && from?.tokens) {
        const t = from.tokens;
        cycleDiags.error(t.source, t.start[via.first]!, t.end[via.last]!, `detected cyclic import while importing "${path}"`);
      }
      if (via) cyclic.add(via);
      return;
    }
    state.set(path, 1);
    stack.push({ path, via });
    const l = request(path);
    await parseEntry(l);
    for (const imp of l.imports) await visit(imp.path.value, imp);
    stack.pop();
    state.set(path, 2);
    if (!l.missing) {
      order.push(path);
      if (l !== descriptor) link(l);
    }
  };
  for (const t of targets) await visit(t, undefined);
  table.reportDuplicates(diags);
  for (const d of cycleDiags.list) loadDiags.push(d);
  for (const d of diags.list) loadDiags.push(d);
  diags.list.length = 0;
  for (const d of loadDiags.list) diags.push(d);

  // ---- results --------------------------------------------------------------------------------------
  const failed = new Set<string>();
  for (const d of diags.list) if (d.severity === "error") failed.add(d.file);
  const files: CompiledFile[] = [];
  for (const path of order) {
    const l = loaded.get(path)!;
    const r = results.get(path);
    const ok = r !== undefined && !failed.has(path) && !l.parseErrors;
    files.push({
      path,
      isImport: !targetSet.has(path),
      ast: keepAst ? l.ast : undefined,
      proto: ok ? r.proto : undefined,
      unusedDependencies: r ? r.unused : [],
      syntaxUnspecified: l.syntaxUnspecified,
    });
  }
  for (const t of targets) {
    const l = loaded.get(t);
    if (l?.missing) diags.error(undefined, 0, 0, `file does not exist`, t);
  }
  // diagnostics name files by their display path where the resolver gave one
  let diagnostics = diags.list;
  if ([...loaded.values()].some((l) => l.where !== undefined)) {
    diagnostics = diags.list.map((d) => {
      const where = loaded.get(d.file)?.where;
      return where === undefined ? d : { ...d, file: where };
    });
  }
  return { files, diagnostics };
}
