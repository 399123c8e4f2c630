/**
 * The linker's symbol table: every declared name of every compiled file, with protobuf's scoping
 * rules for references (shared/reference/descriptors.md §3.2) and import visibility (a file sees
 * itself, its direct imports and what they re-export with `import public`).
 *
 * Names live in a tree of scopes (root → packages → messages/services), each holding its members by
 * simple name, rather than in one map keyed by fully-qualified name: resolving `Foo` from inside
 * `a.b.M` is then a few lookups of an identifier the parser already made, with no string building,
 * and a corpus-sized table is many small maps instead of one huge one.
 *
 * Implements the {@link SymbolTable} contract of symbols.ts. Resolving a name also records which
 * direct import provided it, which is how unused imports are found.
 */
import type { SourceText, TokenIndex, Tokens } from "./ast.js";
import { Diagnostics } from "./diagnostics.js";
import { lex } from "./lexer.js";
import type { FieldSymbol, PackageSymbol, Scope, Symbol, SymbolTable } from "./symbols.js";

/** Where a symbol was declared: its name token (packages have none). */
export interface DeclaredAt {
  readonly declTokens?: Tokens | undefined;
  readonly declTok?: TokenIndex | undefined;
}

/** A {@link Scope} as the linker builds it: its members can be added to. */
export interface Container extends Scope {
  readonly members: Map<string, Symbol & DeclaredAt>;
  readonly parentScope: Container | undefined;
}

/** What one file can see: file path → index of the direct import that makes it visible (-1 = itself). */
export interface FileScope {
  readonly visible: Map<string, number>;
  /** Per direct import: set to 1 once a symbol from it (or re-exported by it) was used. */
  readonly used: Uint8Array;
}

class PackageSym implements PackageSymbol, Container, DeclaredAt {
  readonly kind = "package";
  readonly file = undefined;
  readonly members = new Map<string, Symbol & DeclaredAt>();
  constructor(
    readonly fullName: string,
    readonly parentScope: Container,
    /** The `package` statement of the first file that declared it (for clashes). */
    readonly declTokens: Tokens | undefined,
    readonly declTok: TokenIndex | undefined,
    /** That file's path (packages have no `file`; clash reports sort by it). */
    readonly declFile: string,
  ) {}
}

class RootScope implements Container {
  readonly fullName = "";
  readonly members = new Map<string, Symbol & DeclaredAt>();
  readonly parentScope = undefined;
}

interface DeclSite {
  readonly source: SourceText;
  readonly start: number;
  readonly end: number;
}

function siteOf(s: DeclaredAt): DeclSite | undefined {
  const t = s.declTokens;
  if (t === undefined || s.declTok === undefined) return undefined;
  const at = tokenOffsets(t);
  return { source: t.source, start: at.start[s.declTok]!, end: at.end[s.declTok]! };
}

/** Offsets lexed again for files whose tokens were released after linking (linker.ts). */
const relexed = new WeakMap<Tokens, Pick<Tokens, "start" | "end">>();

/**
 * A file's token offsets. Once a file is linked its tokens keep only the text (linker.ts
 * `releaseTokens`); the offsets are lexed again, once, for the rare symbol reported as a
 * duplicate. The lexer is deterministic, so they are the offsets the symbol was declared with.
 */
function tokenOffsets(t: Tokens): Pick<Tokens, "start" | "end"> {
  if (t.start.length >= t.count) return t;
  let again = relexed.get(t);
  if (again === undefined) {
    again = lex(t.source, new Diagnostics());
    relexed.set(t, again);
  }
  return again;
}

function fileOf(s: Symbol): string {
  return s.file?.path ?? (s as Partial<PackageSym>).declFile ?? "";
}

function isContainer(s: Symbol | Scope | undefined): s is Symbol & Container {
  return s !== undefined && (s as Partial<Container>).members !== undefined;
}

/** Order of symbol kinds when picking the declaration a duplicate is reported at (probed). */
const KIND_RANK: Record<Symbol["kind"], number> = {
  package: 0,
  message: 1,
  enum: 2,
  field: 3,
  extension: 4,
  oneof: 5,
  enumValue: 6,
  service: 7,
  method: 8,
};

interface Duplicate {
  readonly name: string;
  readonly sites: { kind: Symbol["kind"]; file: string; site: DeclSite }[];
}

export class SymbolTableImpl implements SymbolTable {
  readonly root: Container = new RootScope();
  private readonly packages = new Map<string, Container>();
  private readonly extensions = new Map<string, Map<number, FieldSymbol>>();
  private readonly scopes = new Map<string, FileScope>();
  private readonly duplicates = new Map<Symbol, Duplicate>();
  private readonly lookups = new Map<string, Symbol>();

  /** Registers the visibility of `path`. */
  setScope(path: string, scope: FileScope): void {
    this.scopes.set(path, scope);
  }

  scopeOf(path: string): FileScope | undefined {
    return this.scopes.get(path);
  }

  /**
   * The container of package `name` ("" = root), created with its parents when missing. `decl` is
   * the `package` statement that asks for it: a package component whose name another kind of
   * symbol already has is reported as declared multiple times.
   */
  packageScope(name: string, decl?: { declTokens: Tokens; declTok: TokenIndex; file: { path: string } }): Container {
    if (name === "") return this.root;
    let c = this.packages.get(name);
    const dot = name.lastIndexOf(".");
    const parent = this.packageScope(dot < 0 ? "" : name.slice(0, dot), decl);
    const simple = dot < 0 ? name : name.slice(dot + 1);
    const existing = parent.members.get(simple);
    if (existing !== undefined && existing.kind !== "package" && decl) {
      this.clash(existing, new PackageSym(name, parent, decl.declTokens, decl.declTok, decl.file.path));
    }
    if (c) return c;
    if (existing && isContainer(existing)) {
      c = existing; // a message with the package's name (reported above): share its scope
    } else {
      const p = new PackageSym(name, parent, decl?.declTokens, decl?.declTok, decl?.file.path ?? "");
      if (existing === undefined) parent.members.set(simple, p);
      c = p;
    }
    this.packages.set(name, c);
    return c;
  }

  /**
   * Adds `sym` to `scope` under `name`. Returns false (and remembers the clash) when the name is
   * taken.
   */
  declare(scope: Container, name: string, sym: Symbol & DeclaredAt): boolean {
    const members = scope.members;
    const prev = members.get(name);
    if (prev === undefined) {
      members.set(name, sym);
      return true;
    }
    this.clash(prev, sym);
    return false;
  }

  /** Records that `sym` reuses the name of `prev` (reported by {@link reportDuplicates}). */
  private clash(prev: Symbol & DeclaredAt, sym: Symbol & DeclaredAt): void {
    const site = siteOf(sym);
    if (!site) return;
    let dup = this.duplicates.get(prev);
    if (!dup) {
      dup = { name: sym.fullName, sites: [] };
      const prevSite = siteOf(prev);
      if (prevSite) dup.sites.push({ kind: prev.kind, file: fileOf(prev), site: prevSite });
      this.duplicates.set(prev, dup);
    }
    dup.sites.push({ kind: sym.kind, file: fileOf(sym), site });
  }

  addExtension(extendee: string, sym: FieldSymbol): FieldSymbol | undefined {
    let m = this.extensions.get(extendee);
    if (!m) {
      m = new Map();
      this.extensions.set(extendee, m);
    }
    const prev = m.get(sym.proto.number!);
    if (prev) return prev;
    m.set(sym.proto.number!, sym);
    return undefined;
  }

  /** Reports each clash once, at the declaration that sorts first by kind, file, position. */
  reportDuplicates(diags: Diagnostics): void {
    for (const dup of this.duplicates.values()) {
      if (dup.sites.length === 0) continue;
      let best = dup.sites[0]!;
      for (const s of dup.sites) {
        const kr = KIND_RANK[s.kind] - KIND_RANK[best.kind];
        if (kr < 0 || (kr === 0 && (s.file < best.file || (s.file === best.file && s.site.start < best.site.start)))) best = s;
      }
      const simple = dup.name.slice(dup.name.lastIndexOf(".") + 1);
      diags.error(best.site.source, best.site.start, best.site.end, `\`${simple}\` declared multiple times`);
    }
  }

  lookup(fullName: string): Symbol | undefined {
    const memo = this.lookups.get(fullName);
    if (memo !== undefined) return memo;
    let c: Container = this.root;
    let s: Symbol | undefined;
    let at = 0;
    for (;;) {
      const dot = fullName.indexOf(".", at);
      const part = dot < 0 ? fullName.slice(at) : fullName.slice(at, dot);
      s = c.members.get(part);
      if (dot < 0 || s === undefined) break;
      if (!isContainer(s)) {
        s = undefined;
        break;
      }
      c = s;
      at = dot + 1;
    }
    if (s !== undefined) this.lookups.set(fullName, s); // hits only: a miss may be declared later
    return s;
  }

  /** The container named by `fullName` (a package, message or service; "" = root). */
  scopeNamed(fullName: string): Container | undefined {
    if (fullName === "") return this.root;
    const s = this.lookup(fullName);
    return isContainer(s) ? s : undefined;
  }

  private visible(fs: FileScope | undefined, s: Symbol | undefined): Symbol | undefined {
    if (s === undefined || s.file === undefined || fs === undefined) return s;
    return fs.visible.has(s.file.path) ? s : undefined;
  }

  private markUsed(fs: FileScope | undefined, s: Symbol): void {
    if (fs === undefined || s.file === undefined) return;
    const i = fs.visible.get(s.file.path);
    if (i !== undefined && i >= 0) fs.used[i] = 1;
  }

  scopeFor(scope: string): Scope {
    const c = this.scopeNamed(scope);
    if (c !== undefined) return c;
    // a scope that is not a container (an enum, say): start from its parent
    const dot = scope.lastIndexOf(".");
    return this.scopeNamed(dot < 0 ? "" : scope.slice(0, dot)) ?? this.root;
  }

  resolveFrom(
    fromFile: string,
    scope: Scope,
    name: string,
    accept: (s: Symbol) => boolean,
  ): { symbol: Symbol } | { error: string } {
    const fs = this.scopes.get(fromFile);
    const absolute = name.charCodeAt(0) === 46;
    const parts = (absolute ? name.slice(1) : name).split(".");
    const s = this.resolveIn(fs, scope, parts, absolute, accept);
    if (s === undefined) return { error: `cannot find \`${name}\` in this scope` };
    this.markUsed(fs, s);
    return { symbol: s };
  }

  /** Scoping rules of descriptors.md §3.2; undefined when nothing acceptable is found. */
  resolveIn(
    fs: FileScope | undefined,
    scope: Scope,
    parts: readonly string[],
    absolute: boolean,
    accept: (s: Symbol) => boolean,
  ): Symbol | undefined {
    const first = parts[0]!;
    if (absolute) return this.walk(fs, this.root, parts, accept);
    // Below the root, another file's `local` type (edition 2024) does not stop the search; found
    // nowhere else, it is the answer for a simple name (reported as unexported) and no answer for
    // a dotted one. At the root it is taken like any other (buf 1.75, probed).
    let local: Symbol | undefined;
    for (let c: Scope | undefined = scope; c !== undefined; c = c.parentScope) {
      const s = this.visible(fs, c.members.get(first));
      if (s === undefined) continue;
      if ((s.kind === "message" || s.kind === "enum") && s.exported === false && c.parentScope !== undefined && fs !== undefined && fs.visible.get(s.file.path) !== -1) {
        if (parts.length === 1 && local === undefined && accept(s)) local = s;
        continue;
      }
      if (parts.length === 1) {
        if (accept(s)) return s;
      } else if (s.kind === "message" || s.kind === "package") {
        return this.walk(fs, c, parts, accept);
      }
    }
    return local;
  }

  /** Follows `parts` down from `c`; the last part must be visible and accepted. */
  private walk(fs: FileScope | undefined, c: Scope, parts: readonly string[], accept: (s: Symbol) => boolean): Symbol | undefined {
    let cur: Scope = c;
    for (let i = 0; ; i++) {
      const s = cur.members.get(parts[i]!);
      if (s === undefined) return undefined;
      if (i === parts.length - 1) {
        const v = this.visible(fs, s);
        return v !== undefined && accept(v) ? v : undefined;
      }
      if (!isContainer(s)) return undefined;
      cur = s;
    }
  }

  /** Marks the import that provides `s` as used by `fromFile` (for references resolved elsewhere). */
  noteUse(fs: FileScope | undefined, s: Symbol): void {
    this.markUsed(fs, s);
  }

  extensionsOf(messageFullName: string): ReadonlyMap<number, FieldSymbol> {
    return this.extensions.get(messageFullName) ?? EMPTY;
  }
}

const EMPTY: ReadonlyMap<number, FieldSymbol> = new Map();
