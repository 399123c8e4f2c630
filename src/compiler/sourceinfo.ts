/**
 * SourceCodeInfo, as buf 1.75 writes it (shared/reference/source-info.md).
 *
 * CONTRACT: the descriptor builder and the option interpreter call `add`/`addWithComments` for
 * each location, in any order except for the tie cases of source-info.md §2.2, where creation
 * order must be the documented order. `finish()` stable-sorts by span, computes comments and
 * inserts the file location first.
 *
 * Locations are kept as flat records in one number array until `finish()`, which computes the
 * line and display-width column of just the tokens the locations start and end at (one pass over
 * the text, position.ts), sorts by span (§1, §2.1: spans compare as integer sequences, so a
 * 3-element span [l, c, endCol] against a 4-element one [l, c, endLine, endCol] compares endCol
 * with endLine; ties keep creation order) and attaches the comments of comments.ts. The sort packs
 * each span and the creation index into one float64 and sorts those natively when they fit in 53
 * bits (nearly every file), with a comparator otherwise.
 */
import { create } from "@bufbuild/protobuf";
import type { SourceCodeInfo, SourceCodeInfo_Location } from "@bufbuild/protobuf/wkt";
import { SourceCodeInfo_LocationSchema, SourceCodeInfoSchema } from "@bufbuild/protobuf/wkt";
import type { FileNode, TokenIndex } from "./ast.js";
import { NO_COMMENTS, tokenComments } from "./comments.js";
import { ColumnCursor, lineTable } from "./position.js";

const NO_TOKEN = -1;
/** Record layout in `data`: first, last, lead, trail, path length, then the path. */
const R_FIRST = 0;
const R_LAST = 1;
const R_LEAD = 2;
const R_TRAIL = 3;
const R_PATH_LEN = 4;
const R_PATH = 5;

/**
 * Locations are built like `create(SourceCodeInfo_LocationSchema, …)` builds them (an object on
 * the message prototype, which holds the proto2 defaults, with its fields as own properties, so
 * field presence is unchanged), without create's per-call generic initialisation: a file can have
 * thousands of locations.
 */
const locationPrototype = Object.getPrototypeOf(create(SourceCodeInfo_LocationSchema)) as object;
const locationTypeName = SourceCodeInfo_LocationSchema.typeName;

function newLocation(path: number[], span: number[], detached: string[]): SourceCodeInfo_Location {
  const loc = Object.create(locationPrototype) as { -readonly [K in keyof SourceCodeInfo_Location]: SourceCodeInfo_Location[K] };
  loc.$typeName = locationTypeName as SourceCodeInfo_Location["$typeName"];
  loc.path = path;
  loc.span = span;
  loc.leadingDetachedComments = detached;
  return loc;
}

/**
 * Scratch arrays reused by every `finish()` (it runs synchronously, one at a time): allocating
 * typed arrays per file costs more than the work done in them, mostly in garbage collection.
 */
const scratch = {
  i32: [] as Int32Array[],
  need: new Uint8Array(1024),
  keys: new Float64Array(1024),
};

/** Scratch Int32Array number `slot` with room for `size` elements (contents undefined). */
function i32(slot: number, size: number): Int32Array {
  let a = scratch.i32[slot];
  if (a === undefined || a.length < size) {
    a = new Int32Array(Math.max(size, 1024, a ? a.length * 2 : 0));
    scratch.i32[slot] = a;
  }
  return a;
}

export class SourceInfoCollector {
  /** Number of locations added. */
  private n = 0;
  /** Flat location records (see R_*). */
  private readonly data: number[] = [];

  constructor(readonly file: FileNode) {}

  /** Number of locations recorded so far. */
  get size(): number {
    return this.n;
  }

  /** A location spanning tokens `first`..`last` (inclusive), without comments. */
  add(path: readonly number[], first: TokenIndex, last: TokenIndex): void {
    const d = this.data;
    d.push(first, last, NO_TOKEN, NO_TOKEN, path.length);
    for (let k = 0; k < path.length; k++) d.push(path[k]!);
    this.n++;
  }

  /**
   * A location spanning `first`..`last` that carries comments: leading/detached are looked up at
   * token `leadTok`, trailing at token `trailTok` (source-info.md §6.2).
   */
  addWithComments(path: readonly number[], first: TokenIndex, last: TokenIndex, leadTok: TokenIndex, trailTok: TokenIndex): void {
    const d = this.data;
    d.push(first, last, leadTok, trailTok, path.length);
    for (let k = 0; k < path.length; k++) d.push(path[k]!);
    this.n++;
  }

  finish(): SourceCodeInfo {
    const tokens = this.file.tokens;
    const n = this.n;
    const d = this.data;

    // Record offsets, and which token starts / ends are needed (bit 1 start, bit 2 end).
    const rec = i32(0, n);
    if (scratch.need.length < tokens.count) scratch.need = new Uint8Array(Math.max(tokens.count, scratch.need.length * 2));
    const need = scratch.need;
    need.fill(0, 0, tokens.count);
    const lastTok = tokens.count - 2; // the final token is always TK_EOF
    if (lastTok >= 0) {
      need[0] = 1;
      need[lastTok] = need[lastTok]! | 2;
    }
    for (let i = 0, r = 0; i < n; i++) {
      rec[i] = r;
      need[d[r + R_FIRST]!] = need[d[r + R_FIRST]!]! | 1;
      need[d[r + R_LAST]!] = need[d[r + R_LAST]!]! | 2;
      r += R_PATH + d[r + R_PATH_LEN]!;
    }

    // Line and column of the needed token boundaries, in one forward walk.
    const lineOf = i32(1, tokens.count * 2); // [2t] start line, [2t+1] end line
    const colOf = i32(2, tokens.count * 2);
    const cursor = new ColumnCursor(lineTable(tokens.source));
    const { start, end } = tokens;
    for (let t = 0; t < tokens.count; t++) {
      const m = need[t]!;
      if (m === 0) continue;
      if (m & 1) {
        cursor.move(start[t]!);
        lineOf[2 * t] = cursor.line;
        colOf[2 * t] = cursor.col;
      }
      if (m & 2) {
        cursor.move(end[t]!);
        lineOf[2 * t + 1] = cursor.line;
        colOf[2 * t + 1] = cursor.col;
      }
    }

    // Spans as sort keys: [k0, k1, k2, k3] with k3 = -1 for a 3-element span (a prefix sorts
    // first) and k2 = endCol there, k2 = endLine and k3 = endCol for a 4-element span.
    const k0 = i32(3, n);
    const k1 = i32(4, n);
    const k2 = i32(5, n);
    const k3 = i32(6, n);
    let sorted = true;
    let maxLine = 0;
    let maxCol = 0;
    for (let i = 0; i < n; i++) {
      const r = rec[i]!;
      const f = d[r + R_FIRST]!;
      const l = d[r + R_LAST]!;
      const sl = lineOf[2 * f]!;
      const el = lineOf[2 * l + 1]!;
      const sc = colOf[2 * f]!;
      const ec = colOf[2 * l + 1]!;
      k0[i] = sl;
      k1[i] = sc;
      if (el === sl) {
        k2[i] = ec;
        k3[i] = -1;
      } else {
        k2[i] = el;
        k3[i] = ec;
      }
      if (el > maxLine) maxLine = el;
      if (sc > maxCol) maxCol = sc;
      if (ec > maxCol) maxCol = ec;
      if (sorted && i > 0 && compareKeys(k0, k1, k2, k3, i - 1, i) > 0) sorted = false;
    }
    const order = sorted ? undefined : sortOrder(k0, k1, k2, k3, n, maxLine, maxCol);

    const comments = tokenComments(tokens);
    const locations: SourceCodeInfo_Location[] = new Array<SourceCodeInfo_Location>(n + 1);
    let fileSpan: number[] = [0, 0, 0];
    if (lastTok >= 0) {
      const sl = lineOf[0]!;
      const el = lineOf[2 * lastTok + 1]!;
      const ec = colOf[2 * lastTok + 1]!;
      fileSpan = sl === el ? [sl, colOf[0]!, ec] : [sl, colOf[0]!, el, ec];
    }
    locations[0] = newLocation([], fileSpan, NO_COMMENTS);
    for (let j = 0; j < n; j++) {
      const i = order === undefined ? j : order[j]!;
      const r = rec[i]!;
      const path = d.slice(r + R_PATH, r + R_PATH + d[r + R_PATH_LEN]!);
      const span = k3[i] === -1 ? [k0[i]!, k1[i]!, k2[i]!] : [k0[i]!, k1[i]!, k2[i]!, k3[i]!];
      const lead = d[r + R_LEAD]!;
      if (lead === NO_TOKEN) {
        locations[j + 1] = newLocation(path, span, NO_COMMENTS);
        continue;
      }
      const trail = d[r + R_TRAIL]!;
      const loc = newLocation(path, span, comments.detached(lead));
      const leading = comments.leading(lead);
      const trailing = comments.trailing(trail);
      // empty leading/trailing strings are omitted (§6.3); empty detached ones are kept
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

/** Location indices in span order, ties in creation order. */
function sortOrder(k0: Int32Array, k1: Int32Array, k2: Int32Array, k3: Int32Array, n: number, maxLine: number, maxCol: number): ArrayLike<number> {
  // Mixed radix: k0 < lines, k1 < cols, k2 < max(lines, cols), k3 + 1 < cols + 1, index < n.
  const lines = maxLine + 1;
  const cols = maxCol + 1;
  const mid = Math.max(lines, cols);
  if (lines * cols * mid * (cols + 1) * n < Number.MAX_SAFE_INTEGER) {
    if (scratch.keys.length < n) scratch.keys = new Float64Array(Math.max(n, scratch.keys.length * 2));
    const keys = scratch.keys.subarray(0, n);
    for (let i = 0; i < n; i++) keys[i] = (((k0[i]! * cols + k1[i]!) * mid + k2[i]!) * (cols + 1) + (k3[i]! + 1)) * n + i;
    keys.sort();
    const order = i32(7, n);
    for (let j = 0; j < n; j++) order[j] = keys[j]! % n;
    return order;
  }
  const order: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((a, b) => compareKeys(k0, k1, k2, k3, a, b) || a - b);
}
