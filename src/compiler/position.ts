/**
 * Offsets → lines and columns, in the two column systems buf uses.
 *
 * - Compile diagnostics: 1-based columns counting UTF-8 bytes, a tab counting 1.
 * - Source info and lint findings: the *display width* of the text before the point: a tab moves
 *   to the next multiple of 4 (0-based), and every grapheme cluster counts its terminal width
 *   (East Asian wide/fullwidth and emoji 2, controls and zero-width 0, others 1). See
 *   shared/reference/source-info.md §3. Lines break at `\n` only.
 *
 * The widths are buf's own (measured code point by code point, see scripts/gen-unicode-width.mjs),
 * combined as rivo/uniseg combines them: within a grapheme cluster the widths of the code points
 * add up, except after an Extended_Pictographic (VS15 makes the cluster 1 wide, VS16 2 wide,
 * everything else joined to it adds nothing), a regional indicator (its pair adds nothing) or a
 * Hangul leading consonant (the rest of the syllable adds nothing); a Prepend character joins the
 * next code point into its own, plainly summed, cluster.
 *
 * A line table is built once per text and cached (diagnostics); columns on printable-ASCII lines
 * are offset differences. A pass that needs a file's lines once (source info) scans them into a
 * reused {@link LineScan} instead, and ColumnCursor walks a file's positions in order, counting
 * ASCII runs in a tight loop.
 */
import type { SourceText, Tokens } from "./ast.js";
import { WIDTH_RUNS } from "./unicode-width.js";

export interface LineCol {
  /** 0-based line. */
  readonly line: number;
  /** 0-based column. */
  readonly col: number;
}

/** The line starts of a text: its first `lineCount` entries of `lineStarts`. */
export interface Lines {
  readonly text: string;
  /** Offset of the first character of each line. */
  readonly lineStarts: ArrayLike<number>;
  readonly lineCount: number;
}

/** 0-based line containing `offset`. */
function lineIndex(lines: Lines, offset: number): number {
  const starts = lines.lineStarts;
  let lo = 0;
  let hi = lines.lineCount - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The lines of one text at a time, in a buffer that the next {@link scan} reuses: for a pass over
 * a file that needs its lines once, without a table per file to allocate and keep.
 */
export class LineScan implements Lines {
  text = "";
  lineStarts = new Int32Array(4096);
  lineCount = 0;

  /** Scans `text`, replacing the previous text's lines. */
  scan(text: string): this {
    let starts = this.lineStarts;
    let n = 1;
    starts[0] = 0;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
      if (n === starts.length) {
        const next = new Int32Array(n * 2);
        next.set(starts);
        starts = next;
        this.lineStarts = next;
      }
      starts[n++] = i + 1;
    }
    this.text = text;
    this.lineCount = n;
    return this;
  }
}

const tables = new WeakMap<SourceText, LineTable>();

export function lineTable(source: SourceText): LineTable {
  let t = tables.get(source);
  if (!t) {
    t = new LineTable(source.text);
    tables.set(source, t);
  }
  return t;
}

export class LineTable implements Lines {
  /** Offset of the first character of each line. */
  readonly lineStarts: number[];
  readonly lineCount: number;
  /**
   * Per line, computed on first use: 1 when every character of the line is printable ASCII (a CR
   * right before the line break included), so that a display-width column is an offset
   * difference; 0 when not; -1 not yet known.
   */
  private readonly simple: Int8Array;

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
    this.lineCount = starts.length;
    this.simple = new Int8Array(starts.length).fill(-1);
  }

  /** Whether columns on `line` are plain offset differences (see `simple`). */
  isSimple(line: number): boolean {
    const known = this.simple[line]!;
    if (known >= 0) return known === 1;
    const text = this.text;
    const s = this.lineStarts[line]!;
    const e = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1]! - 1 : text.length;
    let ok = 1;
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x20 || c >= 0x7f) {
        if (c === 13 && i + 1 === e) continue; // CR of a CRLF
        ok = 0;
        break;
      }
    }
    this.simple[line] = ok;
    return ok === 1;
  }

  /** 0-based line containing `offset`. */
  lineOf(offset: number): number {
    return lineIndex(this, offset);
  }

  /** Display-width column of `offset` on `line` (source info, lint). */
  columnOf(line: number, offset: number): number {
    const s = this.lineStarts[line]!;
    if (this.isSimple(line)) return offset - s;
    const w = new WidthWalker();
    w.advance(this.text, s, offset);
    return w.column;
  }

  /** Line and display-width column (source info, lint). */
  lineCol(offset: number): LineCol {
    const line = this.lineOf(offset);
    return { line, col: this.columnOf(line, offset) };
  }

  /** Line and UTF-8 byte column (compile diagnostics). */
  byteLineCol(offset: number): LineCol {
    const line = this.lineOf(offset);
    const s = this.lineStarts[line]!;
    if (this.isSimple(line)) return { line, col: offset - s };
    return { line, col: Buffer.byteLength(this.text.slice(s, offset), "utf8") };
  }
}

/**
 * Line and display-width column for a non-decreasing sequence of offsets, in time linear in the
 * text covered: `move(offset)` then read `line` and `col`. Moving backwards works but restarts
 * the walk at the line start.
 */
export class ColumnCursor {
  line = 0;
  col = 0;
  private readonly walker = new WidthWalker();
  private walked = 0;

  constructor(private readonly lines: Lines) {}

  move(offset: number): void {
    const t = this.lines;
    const starts = t.lineStarts;
    let line = this.line;
    if (offset < starts[line]!) {
      line = lineIndex(t, offset);
      this.walker.reset();
      this.walked = starts[line]!;
    } else {
      const last = t.lineCount - 1;
      if (line < last && starts[line + 1]! <= offset) {
        do line++;
        while (line < last && starts[line + 1]! <= offset);
        this.walker.reset();
        this.walked = starts[line]!;
      }
    }
    this.line = line;
    if (offset < this.walked) {
      this.walker.reset();
      this.walked = starts[line]!;
    }
    this.walker.advance(t.text, this.walked, offset);
    this.walked = offset;
    this.col = this.walker.column;
  }
}

// ---- display width --------------------------------------------------------------------------

/** Code point classes: bits 0-1 width, bit 2 Extended_Pictographic, bit 3 SpacingMark. */
const C_WIDTH = 3;
const C_PICT = 4;
const C_SPACING = 8;
/** Direct table for U+0000..U+3FFFF; run starts/classes for the rest. */
const DIRECT_LIMIT = 0x40000;
let direct: Uint8Array | undefined;
let highStarts: Int32Array = new Int32Array(0);
let highClasses: Uint8Array = new Uint8Array(0);

function loadClasses(): Uint8Array {
  const table = new Uint8Array(DIRECT_LIMIT);
  const entries = WIDTH_RUNS.split(",");
  const starts: number[] = [];
  const classes: number[] = [];
  let cp = 0;
  for (const e of entries) {
    cp += parseInt(e.slice(0, -1), 36);
    starts.push(cp);
    classes.push(parseInt(e.slice(-1), 36));
  }
  for (let i = 0; i < starts.length; i++) {
    const a = starts[i]!;
    if (a >= DIRECT_LIMIT) break;
    const b = Math.min(i + 1 < starts.length ? starts[i + 1]! : 0x110000, DIRECT_LIMIT);
    table.fill(classes[i]!, a, b);
  }
  const hs: number[] = [];
  const hc: number[] = [];
  for (let i = 0; i < starts.length; i++) {
    const b = i + 1 < starts.length ? starts[i + 1]! : 0x110000;
    if (b <= DIRECT_LIMIT) continue;
    hs.push(Math.max(starts[i]!, DIRECT_LIMIT));
    hc.push(classes[i]!);
  }
  highStarts = Int32Array.from(hs);
  highClasses = Uint8Array.from(hc);
  direct = table;
  return table;
}

function classOf(cp: number): number {
  const t = direct ?? loadClasses();
  if (cp < DIRECT_LIMIT) return t[cp]!;
  let lo = 0;
  let hi = highStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (highStarts[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  return highClasses[lo]!;
}

/** Hangul syllable types for grapheme clustering (UAX #29 GB6-GB8). */
const H_NONE = 0;
const H_L = 1;
const H_V = 2;
const H_T = 3;
const H_LV = 4;
const H_LVT = 5;

function hangulType(cp: number): number {
  if (cp < 0x1100 || cp > 0xd7fb) return H_NONE;
  if (cp <= 0x115f) return H_L;
  if (cp <= 0x11a7) return H_V;
  if (cp <= 0x11ff) return H_T;
  if (cp >= 0xa960 && cp <= 0xa97c) return H_L;
  if (cp >= 0xac00 && cp <= 0xd7a3) return (cp - 0xac00) % 28 === 0 ? H_LV : H_LVT;
  if (cp >= 0xd7b0 && cp <= 0xd7c6) return H_V;
  if (cp >= 0xd7cb) return H_T;
  return H_NONE;
}

/** What the open grapheme cluster still absorbs (its first code point decides). */
const M_NONE = 0; // no cluster whose later code points are ignored: widths just add up
const M_PICT = 1; // Extended_Pictographic …
const M_PICT_ZWJ = 2; // … whose last code point was a ZWJ (the next pictograph joins)
const M_RI = 3; // one regional indicator, the next one joins
const M_RI_DONE = 4; // a regional indicator pair
const M_HANGUL_L = 5; // Hangul after L: L, V, LV, LVT join
const M_HANGUL_V = 6; // after V or LV: V, T join
const M_HANGUL_T = 7; // after LVT or T: T joins
const M_EXTEND = 8; // a special cluster after an extending mark: only marks join
const M_PREPEND = 9; // after a Prepend: the next code point joins and adds its width

/** Grapheme_Cluster_Break=Prepend (Unicode 15.0), as [first, last] pairs. */
const PREPEND = [
  0x600, 0x605, 0x6dd, 0x6dd, 0x70f, 0x70f, 0x890, 0x891, 0x8e2, 0x8e2, 0xd4e, 0xd4e, 0x110bd, 0x110bd,
  0x110cd, 0x110cd, 0x111c2, 0x111c3, 0x1193f, 0x1193f, 0x11941, 0x11941, 0x11a3a, 0x11a3a, 0x11a84,
  0x11a89, 0x11d46, 0x11d46, 0x11f02, 0x11f02,
];

function isPrepend(cp: number): boolean {
  if (cp < 0x600) return false;
  for (let i = 0; i < PREPEND.length; i += 2) if (cp >= PREPEND[i]! && cp <= PREPEND[i + 1]!) return true;
  return false;
}

/** Walks a line's text, keeping uniseg's cluster state, so columns can be read at any offset. */
class WidthWalker {
  /** Width of the completed clusters (and of tab stops). */
  private committed = 0;
  /** Width of the open special cluster (see the modes above). */
  private open = 0;
  private mode = M_NONE;

  get column(): number {
    return this.committed + this.open;
  }

  reset(): void {
    this.committed = 0;
    this.open = 0;
    this.mode = M_NONE;
  }

  advance(text: string, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      let cp = text.charCodeAt(i);
      if (cp < 0x7f && cp >= 0x20) {
        // a run of printable ASCII: each character is a cluster of width 1
        let j = i + 1;
        while (j < to) {
          const d = text.charCodeAt(j);
          if (d >= 0x7f || d < 0x20) break;
          j++;
        }
        this.committed += this.open + (j - i);
        this.open = 0;
        this.mode = M_NONE;
        i = j - 1;
        continue;
      }
      if (cp === 9) {
        const c = this.committed + this.open;
        this.committed = (c >> 2) * 4 + 4;
        this.open = 0;
        this.mode = M_NONE;
        continue;
      }
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < to) {
        const lo = text.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = ((cp - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
          i++;
        }
      }
      this.step(cp);
    }
  }

  private step(cp: number): void {
    const cls = classOf(cp);
    let w = cls & C_WIDTH;
    if (cp === 0x2e3a) w = 3;
    else if (cp === 0x2e3b) w = 4;
    const mark = (w === 0 && (cls & C_PICT) === 0) || (cls & C_SPACING) !== 0;
    switch (this.mode) {
      case M_PICT:
      case M_PICT_ZWJ:
        if (mark) {
          if (cp === 0xfe0e) this.open = 1;
          else if (cp === 0xfe0f) this.open = 2;
          this.mode = cp === 0x200d ? M_PICT_ZWJ : M_PICT;
          return;
        }
        if (this.mode === M_PICT_ZWJ && (cls & C_PICT) !== 0) {
          this.mode = M_PICT;
          return;
        }
        break;
      case M_RI:
        if (mark) {
          this.mode = M_RI_DONE;
          return;
        }
        if (cp >= 0x1f1e6 && cp <= 0x1f1ff) {
          this.mode = M_RI_DONE;
          return;
        }
        break;
      case M_PREPEND:
        // the next code point joins the Prepend's cluster, whatever it is, and its width adds up
        this.mode = M_NONE;
        this.committed += w;
        return;
      case M_RI_DONE:
      case M_EXTEND:
        if (mark) return;
        break;
      case M_HANGUL_L:
      case M_HANGUL_V:
      case M_HANGUL_T: {
        if (mark) {
          this.mode = M_EXTEND;
          return;
        }
        const h = hangulType(cp);
        if (this.mode === M_HANGUL_L) {
          if (h === H_L) return;
          if (h === H_V || h === H_LV) {
            this.mode = M_HANGUL_V;
            return;
          }
          if (h === H_LVT) {
            this.mode = M_HANGUL_T;
            return;
          }
        } else if (this.mode === M_HANGUL_V) {
          if (h === H_V) return;
          if (h === H_T) {
            this.mode = M_HANGUL_T;
            return;
          }
        } else if (h === H_T) return;
        break;
      }
      default:
        // M_NONE: the open cluster (if any) just sums widths; joining or not makes no difference
        this.committed += w;
        if ((cls & C_PICT) !== 0) {
          this.committed -= w;
          this.open = w;
          this.mode = M_PICT;
        } else if (cp >= 0x1f1e6 && cp <= 0x1f1ff) {
          this.committed -= w;
          this.open = w;
          this.mode = M_RI;
        } else if (hangulType(cp) === H_L) {
          this.committed -= w;
          this.open = w;
          this.mode = M_HANGUL_L;
        } else if (isPrepend(cp)) {
          this.mode = M_PREPEND;
        }
        return;
    }
    // The open special cluster ends; `cp` starts a new one.
    this.committed += this.open;
    this.open = 0;
    this.mode = M_NONE;
    this.step(cp);
  }
}

/** Display width of a line prefix, with tab stops every 4 columns. */
export function displayWidth(prefix: string): number {
  const w = new WidthWalker();
  w.advance(prefix, 0, prefix.length);
  return w.column;
}
