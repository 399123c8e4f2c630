/**
 * Offsets → lines and columns, in the two column systems buf uses.
 *
 * - Compile diagnostics: 1-based columns counting UTF-8 bytes, a tab counting 1.
 * - Source info and lint findings: the *display width* of the text before the point: a tab moves
 *   to the next multiple of 4 (0-based), and every grapheme cluster counts its terminal width
 *   (East Asian wide/fullwidth and emoji 2, controls and zero-width 0, others 1). See
 *   shared/reference/source-info.md §3. Lines break at `\n` only.
 *
 * A table is built once per text and cached; ASCII lines take an arithmetic fast path.
 */
import type { SourceText } from "./ast.js";

export interface LineCol {
  /** 0-based line. */
  readonly line: number;
  /** 0-based column. */
  readonly col: number;
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

export class LineTable {
  /** Offset of the first character of each line. */
  readonly lineStarts: number[];
  /** Per line: 1 when the line is plain ASCII without tabs (column = offset difference). */
  private readonly simple: Uint8Array;

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
    this.simple = new Uint8Array(starts.length);
    for (let l = 0; l < starts.length; l++) {
      const s = starts[l]!;
      const e = l + 1 < starts.length ? starts[l + 1]! : text.length;
      let ok = 1;
      for (let i = s; i < e; i++) {
        const c = text.charCodeAt(i);
        if (c === 9 || c >= 0x7f || (c < 0x20 && c !== 10 && c !== 13)) {
          ok = 0;
          break;
        }
      }
      this.simple[l] = ok;
    }
  }

  /** 0-based line containing `offset`. */
  lineOf(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Line and display-width column (source info, lint). */
  lineCol(offset: number): LineCol {
    const line = this.lineOf(offset);
    const s = this.lineStarts[line]!;
    if (this.simple[line]) return { line, col: offset - s };
    return { line, col: displayWidth(this.text.slice(s, offset)) };
  }

  /** Line and UTF-8 byte column (compile diagnostics). */
  byteLineCol(offset: number): LineCol {
    const line = this.lineOf(offset);
    const s = this.lineStarts[line]!;
    if (this.simple[line]) return { line, col: offset - s };
    return { line, col: Buffer.byteLength(this.text.slice(s, offset), "utf8") };
  }
}

let segmenter: Intl.Segmenter | undefined;

/** Display width of a line prefix, with tab stops every 4 columns. */
export function displayWidth(prefix: string): number {
  let col = 0;
  let ascii = true;
  for (let i = 0; i < prefix.length; i++) if (prefix.charCodeAt(i) >= 0x7f) ascii = false;
  if (ascii) {
    for (let i = 0; i < prefix.length; i++) {
      const c = prefix.charCodeAt(i);
      if (c === 9) col = (col >> 2) * 4 + 4;
      else if (c >= 0x20) col++;
    }
    return col;
  }
  segmenter ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  for (const { segment } of segmenter.segment(prefix)) {
    if (segment === "\t") col = (col >> 2) * 4 + 4;
    else col += clusterWidth(segment);
  }
  return col;
}

const emojiPresentation = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|\p{Regional_Indicator}/u;

/** Terminal width of one grapheme cluster (uniseg rules, East-Asian-ambiguous = 1). */
export function clusterWidth(cluster: string): number {
  const cp = cluster.codePointAt(0)!;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp < 0x7f) return 1;
  if (cp === 0x2e3a) return 3;
  if (cp === 0x2e3b) return 4;
  if (isZeroWidth(cp) && cluster.length <= 2) return 0;
  if (emojiPresentation.test(cluster)) return 2;
  if (isWide(cp)) return 2;
  return 1;
}

function isZeroWidth(cp: number): boolean {
  return (
    cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0x2060 || cp === 0xfeff ||
    (cp >= 0x0300 && cp <= 0x036f) || cp === 0x00ad || (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x2028 && cp <= 0x202e) || (cp >= 0x2061 && cp <= 0x2064)
  );
}

/** East Asian Wide (W) and Fullwidth (F) ranges. */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0],
  [0x23f3, 0x23f3], [0x25fd, 0x25fe], [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f],
  [0x2693, 0x2693], [0x26a1, 0x26a1], [0x26aa, 0x26ab], [0x26bd, 0x26be], [0x26c4, 0x26c5],
  [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea], [0x26f2, 0x26f3], [0x26f5, 0x26f5],
  [0x26fa, 0x26fa], [0x26fd, 0x26fd], [0x2705, 0x2705], [0x270a, 0x270b], [0x2728, 0x2728],
  [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755], [0x2757, 0x2757], [0x2795, 0x2797],
  [0x27b0, 0x27b0], [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55],
  [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf],
  [0xa960, 0xa97f], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f],
  [0xff00, 0xff60], [0xffe0, 0xffe6], [0x16fe0, 0x16fe4], [0x17000, 0x18cff], [0x1b000, 0x1b2ff],
  [0x1f004, 0x1f004], [0x1f0cf, 0x1f0cf], [0x1f18e, 0x1f18e], [0x1f191, 0x1f19a], [0x1f200, 0x1f251],
  [0x1f300, 0x1f64f], [0x1f680, 0x1f6ff], [0x1f7e0, 0x1f7eb], [0x1f90c, 0x1f9ff], [0x1fa70, 0x1faff],
  [0x20000, 0x3fffd],
];

function isWide(cp: number): boolean {
  if (cp < 0x1100) return false;
  let lo = 0;
  let hi = WIDE.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = WIDE[mid]!;
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return true;
  }
  return false;
}
