/**
 * SourceCodeInfo, as buf 1.75 writes it (shared/reference/source-info.md).
 *
 * CONTRACT: the descriptor builder and the option interpreter call `add`/`addWithComments` for
 * each location, in any order except for the tie cases of source-info.md §2.2, where creation
 * order must be the documented order. `finish()` stable-sorts by span, computes comments and
 * inserts the file location first.
 *
 * Locations are kept in flat typed arrays until `finish()`, which computes every token's line and
 * display-width column in one pass (position.ts), sorts location indices by span (§1, §2.1: spans
 * compared as integer sequences, so a 3-element span [l, c, endCol] against a 4-element one
 * [l, c, endLine, endCol] compares endCol with endLine), and attaches the comments of comments.ts.
 */
import { create } from "@bufbuild/protobuf";
import type { SourceCodeInfo, SourceCodeInfo_Location } from "@bufbuild/protobuf/wkt";
import { SourceCodeInfo_LocationSchema, SourceCodeInfoSchema } from "@bufbuild/protobuf/wkt";
import type { FileNode, TokenIndex, Tokens } from "./ast.js";
import { tokenComments } from "./comments.js";
import type { TokenPositions } from "./position.js";
import { tokenPositions } from "./position.js";

const NO_TOKEN = -1;

export class SourceInfoCollector {
  /** Number of locations added. */
  private n = 0;
  /** Per location: token range, comment tokens (NO_TOKEN without comments), path slice. */
  private first: Int32Array<ArrayBuffer> = new Int32Array(64);
  private last = new Int32Array(64);
  private lead = new Int32Array(64);
  private trail = new Int32Array(64);
  private pathStart = new Int32Array(65);
  /** All paths, concatenated. */
  private paths = new Int32Array(512);
  private pathLen = 0;

  constructor(readonly file: FileNode) {}

  /** Number of locations recorded so far. */
  get size(): number {
    return this.n;
  }

  /** A location spanning tokens `first`..`last` (inclusive), without comments. */
  add(path: readonly number[], first: TokenIndex, last: TokenIndex): void {
    this.push(path, first, last, NO_TOKEN, NO_TOKEN);
  }

  /**
   * A location spanning `first`..`last` that carries comments: leading/detached are looked up at
   * token `leadTok`, trailing at token `trailTok` (source-info.md §6.2).
   */
  addWithComments(path: readonly number[], first: TokenIndex, last: TokenIndex, leadTok: TokenIndex, trailTok: TokenIndex): void {
    this.push(path, first, last, leadTok, trailTok);
  }

  private push(path: readonly number[], first: number, last: number, lead: number, trail: number): void {
    const i = this.n;
    if (i === this.first.length) this.grow();
    this.first[i] = first;
    this.last[i] = last;
    this.lead[i] = lead;
    this.trail[i] = trail;
    let p = this.pathLen;
    const need = p + path.length;
    if (need > this.paths.length) {
      const bigger = new Int32Array(Math.max(need, this.paths.length * 2));
      bigger.set(this.paths);
      this.paths = bigger;
    }
    for (let k = 0; k < path.length; k++) this.paths[p++] = path[k]!;
    this.pathLen = p;
    this.pathStart[i + 1] = p;
    this.n = i + 1;
  }

  private grow(): void {
    const cap = this.first.length * 2;
    const g = (a: Int32Array, size: number): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.first = g(this.first, cap);
    this.last = g(this.last, cap);
    this.lead = g(this.lead, cap);
    this.trail = g(this.trail, cap);
    this.pathStart = g(this.pathStart, cap + 1);
  }

  finish(): SourceCodeInfo {
    const tokens = this.file.tokens;
    const n = this.n;
    const pos = tokenPositions(tokens);
    const { startLine, startCol, endLine, endCol } = pos;

    // Sort keys: [k0, k1, k2, k3] where a 3-element span has k2 = endCol and k3 = -1 (a prefix
    // sorts first), a 4-element span k2 = endLine and k3 = endCol.
    const k0 = new Int32Array(n);
    const k1 = new Int32Array(n);
    const k2 = new Int32Array(n);
    const k3 = new Int32Array(n);
    const order: number[] = new Array<number>(n);
    let sorted = true;
    for (let i = 0; i < n; i++) {
      const f = this.first[i]!;
      const l = this.last[i]!;
      k0[i] = startLine[f]!;
      k1[i] = startCol[f]!;
      if (endLine[l] === startLine[f]) {
        k2[i] = endCol[l]!;
        k3[i] = -1;
      } else {
        k2[i] = endLine[l]!;
        k3[i] = endCol[l]!;
      }
      order[i] = i;
      if (sorted && i > 0 && compareKeys(k0, k1, k2, k3, i - 1, i) > 0) sorted = false;
    }
    if (!sorted) order.sort((a, b) => compareKeys(k0, k1, k2, k3, a, b) || a - b);

    const comments = tokenComments(tokens);
    const locations: SourceCodeInfo_Location[] = new Array<SourceCodeInfo_Location>(n + 1);
    locations[0] = create(SourceCodeInfo_LocationSchema, { path: [], span: fileSpan(tokens, pos) });
    for (let j = 0; j < n; j++) {
      const i = order[j]!;
      const path: number[] = [];
      for (let p = this.pathStart[i]!, e = this.pathStart[i + 1]!; p < e; p++) path.push(this.paths[p]!);
      const span = k3[i] === -1 ? [k0[i]!, k1[i]!, k2[i]!] : [k0[i]!, k1[i]!, k2[i]!, k3[i]!];
      const lead = this.lead[i]!;
      if (lead === NO_TOKEN) {
        locations[j + 1] = create(SourceCodeInfo_LocationSchema, { path, span });
        continue;
      }
      const trail = this.trail[i]!;
      if (!comments.has(lead) && !comments.has(trail)) {
        locations[j + 1] = create(SourceCodeInfo_LocationSchema, { path, span });
        continue;
      }
      const leading = comments.leading(lead);
      const trailing = comments.trailing(trail);
      const loc = create(SourceCodeInfo_LocationSchema, { path, span, leadingDetachedComments: comments.detached(lead) });
      if (leading) loc.leadingComments = leading;
      if (trailing) loc.trailingComments = trailing;
      locations[j + 1] = loc;
    }
    return create(SourceCodeInfoSchema, { location: locations });
  }
}

function compareKeys(k0: Int32Array, k1: Int32Array, k2: Int32Array, k3: Int32Array, a: number, b: number): number {
  return k0[a]! - k0[b]! || k1[a]! - k1[b]! || k2[a]! - k2[b]! || k3[a]! - k3[b]!;
}

/** The file location's span: first token to last token before EOF; [0,0,0] without tokens. */
function fileSpan(tokens: Tokens, pos: TokenPositions): number[] {
  const last = tokens.count - 2; // the final token is always TK_EOF
  if (last < 0) return [0, 0, 0];
  const sl = pos.startLine[0]!;
  const el = pos.endLine[last]!;
  return sl === el ? [sl, pos.startCol[0]!, pos.endCol[last]!] : [sl, pos.startCol[0]!, el, pos.endCol[last]!];
}
