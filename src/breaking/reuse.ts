/**
 * Which against-side files need no compiling: those whose descriptors are, by construction, the
 * input side's. `protoguard breaking` compiles the input first, then reads every against file and
 * reuses the input's descriptor object for a file when
 * - its bytes equal the input's file of the same path, and
 * - every file it imports, transitively, is *the same to its importers*: equal bytes, or the same
 *   tokens (kinds and texts) with only comments and layout changed.
 *
 * Why that is sound: a file's descriptor, source info aside, is a function of its token stream
 * and of what its imports declare; positions and comments reach only SourceCodeInfo and the
 * positions of diagnostics. So a file whose own bytes are unchanged and whose imports differ at
 * most in comments and layout compiles to the same descriptor, source info included (its own bytes
 * are the same), and with the same errors (none: the input side compiled). An import that changed
 * only in comments is itself compiled again on the against side (its source info differs, and the
 * against model keeps what that side says); what imports it is not. A pull request that edits the
 * comments of a file imported everywhere then compiles one file on the against side instead of all
 * of them.
 *
 * Every file also depends on `google/protobuf/descriptor.proto`, imported or not: options are
 * interpreted with its messages. A module that has its own copy and changes it (google-proto-files
 * does between 5.0.2 and 5.0.3) therefore makes every file compile again on the against side.
 *
 * Bundled well-known types, read by neither side's resolver, are the same on both sides. Reuse is
 * an optimisation only: the engine skips comparing a file pair that shares one descriptor
 * (unchanged.ts), and would find nothing in it anyway.
 */
import { createHash } from "node:crypto";
import type { CompiledFile, Resolver } from "../compiler/compile.js";
import { Diagnostics } from "../compiler/diagnostics.js";
import { decodeSource, lex } from "../compiler/lexer.js";

type Read = { bytes: Uint8Array; where?: string } | undefined;

const DESCRIPTOR_PROTO = "google/protobuf/descriptor.proto";

/** The input side as compiled. */
export interface CurrentSide {
  readonly files: readonly CompiledFile[];
  /** SHA-1 (hex) of every file the compiler read for the input side, by import path. */
  readonly hashes: ReadonlyMap<string, string>;
  /** Reads an input-side file again (only for files whose bytes differ between the sides). */
  readonly read: (path: string) => Promise<Read>;
}

export interface ReusePlan {
  /** Against files whose descriptor is the input side's (targets and what they import). */
  readonly same: Set<string>;
  /** Every against file read on the way, by import path (undefined: not found). */
  readonly bytes: Map<string, Read>;
  /** How many imports differ from the input side's only in comments and layout. */
  readonly commentOnly: number;
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("hex");
}

/** Reads the against `targets` (and what they import) once and decides what can be reused. */
export async function planReuse(targets: readonly string[], against: { read: Resolver["read"] }, current: CurrentSide): Promise<ReusePlan> {
  const bytes = new Map<string, Read>();
  const hashes = new Map<string, string | undefined>();
  const load = async (p: string): Promise<string | undefined> => {
    if (!bytes.has(p)) {
      const r = await against.read(p);
      bytes.set(p, r);
      hashes.set(p, r ? hashBytes(r.bytes) : undefined);
    }
    return hashes.get(p);
  };
  for (const t of targets) await load(t);
  const byName = new Map(current.files.map((f) => [f.path, f]));

  let commentOnly = 0;
  const sameTokens = async (name: string): Promise<boolean> => {
    const mine = bytes.get(name);
    const theirs = await current.read(name);
    if (!mine || !theirs) return false;
    const equal = tokensEqual(name, mine.bytes, theirs.bytes);
    if (equal) commentOnly++;
    return equal;
  };

  // Both memos mark a file false while it is being decided: an import cycle is a compile error,
  // never the same.
  const reusable = new Map<string, boolean>();
  const transparent = new Map<string, boolean>();
  /** Equal bytes, and every import transparent. */
  const isReusable = async (name: string): Promise<boolean> => {
    const known = reusable.get(name);
    if (known !== undefined) return known;
    reusable.set(name, false);
    const file = byName.get(name);
    const ok = file?.proto !== undefined && current.hashes.get(name) === (await load(name)) && (await importsTransparent(name, file.proto.dependency));
    reusable.set(name, ok);
    return ok;
  };
  /** Compiles, for its importers, to the same declarations as on the input side. */
  const isTransparent = async (name: string): Promise<boolean> => {
    const known = transparent.get(name);
    if (known !== undefined) return known;
    transparent.set(name, false);
    let ok = await isReusable(name);
    if (!ok) {
      const file = byName.get(name);
      ok = file?.proto !== undefined && (await load(name)) !== undefined && (await importsTransparent(name, file.proto.dependency)) && (await sameTokens(name));
    }
    transparent.set(name, ok);
    return ok;
  };
  /** What `name` imports, and descriptor.proto, the same to it on both sides. */
  const importsTransparent = async (name: string, deps: readonly string[]): Promise<boolean> => {
    if (name !== DESCRIPTOR_PROTO && !(await isTransparent(DESCRIPTOR_PROTO))) return false;
    for (const dep of deps) if (!(await isTransparent(dep))) return false;
    return true;
  };

  const same = new Set<string>();
  for (const t of targets) if (await isReusable(t)) same.add(t);
  // A reused file brings its imports along: those with equal bytes are reused too.
  for (const [name, ok] of reusable) if (ok) same.add(name);
  return { same, bytes, commentOnly };
}

/**
 * Whether two versions of a file have the same tokens (kind and text, in order): they differ at
 * most in comments and whitespace. Invalid UTF-8 or a lexing error on either side is "different".
 */
export function tokensEqual(path: string, a: Uint8Array, b: Uint8Array): boolean {
  const da = new Diagnostics();
  const db = new Diagnostics();
  const sa = decodeSource(path, a, da);
  const sb = decodeSource(path, b, db);
  if (!sa || !sb) return false;
  const ta = lex(sa, da);
  const tb = lex(sb, db);
  if (da.errorCount > 0 || db.errorCount > 0 || ta.count !== tb.count) return false;
  const xa = sa.text;
  const xb = sb.text;
  for (let i = 0; i < ta.count; i++) {
    if (ta.kind[i] !== tb.kind[i]) return false;
    const s = ta.start[i]!;
    const len = ta.end[i]! - s;
    const t = tb.start[i]!;
    if (tb.end[i]! - t !== len) return false;
    for (let k = 0; k < len; k++) if (xa.charCodeAt(s + k) !== xb.charCodeAt(t + k)) return false;
  }
  return true;
}
