/**
 * Which comments belong to which token, as buf 1.75 decides it (shared/reference/source-info.md §6).
 *
 * Comments are grouped into paragraphs per gap between two real tokens (§6.4), and the paragraphs
 * of each gap are handed out when the token after the gap is reached (§6.5): the first one may go
 * to the previous token as its trailing comment, the last one may lead the next token, and a run of
 * the others may be the next token's detached comments; the rest is dropped.
 *
 * The neighbours P and N of §6.5 (same depth across bracket pairs) reduce to the adjacent tokens:
 * P is the previous token unless that opens a pair (then there is none), N the next token unless
 * that closes a pair or is EOF. That is exact for every token that is not itself a bracket, and a
 * bracket never leads a declaration, so its leading/detached comments are never looked up.
 *
 * The whole file is attributed in one pass over its comments the first time it is asked about
 * (cached per Tokens); afterwards a lookup is a binary search over the gaps that received
 * something, and comment text is built only for the paragraphs someone asks for.
 */
import type { Comment, Tokens } from "./ast.js";
import { TK_EOF, TK_PUNCT } from "./ast.js";
import { lineTable } from "./position.js";

/** Text of one comment without its delimiters (§6.3). */
export function commentText(text: string, c: Comment): string {
  if (!c.block) return text.slice(c.start + 2, c.end);
  const closed = c.end - c.start >= 4 && text.charCodeAt(c.end - 1) === 47 && text.charCodeAt(c.end - 2) === 42;
  const innerEnd = closed ? c.end - 2 : c.end;
  let nl = text.indexOf("\n", c.start + 2);
  if (nl === -1 || nl >= innerEnd) return text.slice(c.start + 2, innerEnd);
  // Every line after the first loses its leading whitespace and then one `*`.
  let out = text.slice(c.start + 2, nl + 1);
  for (;;) {
    let i = nl + 1;
    while (i < innerEnd) {
      const ch = text.charCodeAt(i);
      if (ch === 10 || !isSpace(ch)) break;
      i++;
    }
    if (i < innerEnd && text.charCodeAt(i) === 42) i++;
    nl = text.indexOf("\n", i);
    if (nl === -1 || nl >= innerEnd) {
      out += text.slice(i, innerEnd);
      return out;
    }
    out += text.slice(i, nl + 1);
  }
}

/** White space as Go's unicode.IsSpace sees it (what buf strips from block comment lines). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 9 && c <= 13);
  if (c < 0x85) return false;
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Paragraph kinds. */
const P_LINES = 0; // `//` comments, each followed by "\n"
const P_BLOCK = 1; // one block comment
const P_SAME_LINE = 2; // one `//` comment on the previous token's line: no "\n"

const NONE = -1;

/**
 * The empty list of detached comments, shared by every location without any (a file has
 * thousands): frozen, so that a mutation fails loudly instead of changing every location.
 */
export const NO_COMMENTS: string[] = Object.freeze([]) as unknown as string[];

/**
 * The comments attributed to the tokens of one file. Only gaps between tokens that hold comments
 * are recorded, in token order, so memory and time follow the number of comments, not of tokens;
 * a lookup is a binary search over those gaps.
 */
export class TokenComments {
  /** Per recorded gap: the token after it (increasing). */
  private readonly gapTok: number[] = [];
  /** Per recorded gap: paragraph leading the token after it, or -1. */
  private readonly gapLeading: number[] = [];
  /** Per recorded gap: paragraph trailing the token before it, or -1. */
  private readonly gapTrailing: number[] = [];
  /** Per recorded gap: first detached paragraph of the token after it, and how many. */
  private readonly gapDetachedFirst: number[] = [];
  private readonly gapDetachedCount: number[] = [];
  /** Per paragraph: first and last comment index, kind. */
  private readonly paraFirst: number[] = [];
  private readonly paraLast: number[] = [];
  private readonly paraKind: number[] = [];
  private readonly paraText: (string | undefined)[] = [];

  constructor(private readonly tokens: Tokens) {
    if (tokens.comments.length > 0) this.attribute();
  }

  /** Leading comment of token `tok` (may be ""), or undefined. */
  leading(tok: number): string | undefined {
    const g = this.gapBefore(tok);
    const p = g < 0 ? NONE : this.gapLeading[g]!;
    return p === NONE ? undefined : this.text(p);
  }

  /** Trailing comment of token `tok` (may be ""), or undefined. */
  trailing(tok: number): string | undefined {
    const g = this.gapBefore(tok + 1);
    const p = g < 0 ? NONE : this.gapTrailing[g]!;
    return p === NONE ? undefined : this.text(p);
  }

  /**
   * Detached comments before token `tok`, in source order: a new array, or the shared frozen
   * {@link NO_COMMENTS} when there are none.
   */
  detached(tok: number): string[] {
    const g = this.gapBefore(tok);
    if (g < 0) return NO_COMMENTS;
    const count = this.gapDetachedCount[g]!;
    if (count === 0) return NO_COMMENTS;
    const first = this.gapDetachedFirst[g]!;
    const out: string[] = [];
    for (let i = 0; i < count; i++) out.push(this.text(first + i));
    return out;
  }

  /** Whether token `tok` may have a leading, trailing or detached comment (cheap pre-check). */
  has(tok: number): boolean {
    return this.gapBefore(tok) >= 0 || this.gapBefore(tok + 1) >= 0;
  }

  /** Index of the recorded gap right before token `tok`, or -1. */
  private gapBefore(tok: number): number {
    const g = this.gapTok;
    let lo = 0;
    let hi = g.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = g[mid]!;
      if (v === tok) return mid;
      if (v < tok) lo = mid + 1;
      else hi = mid - 1;
    }
    return NONE;
  }

  private text(p: number): string {
    let s = this.paraText[p];
    if (s !== undefined) return s;
    const { comments, source } = this.tokens;
    const kind = this.paraKind[p]!;
    const first = this.paraFirst[p]!;
    if (kind === P_BLOCK || kind === P_SAME_LINE) s = commentText(source.text, comments[first]!);
    else {
      s = "";
      for (let c = first; c <= this.paraLast[p]!; c++) s += commentText(source.text, comments[c]!) + "\n";
    }
    this.paraText[p] = s;
    return s;
  }

  /** One pass over the comments and the tokens around them (§6.4 paragraphs, §6.5 attribution). */
  private attribute(): void {
    const { kind, start, comments, source } = this.tokens;
    const text = source.text;
    const bom = source.bom === true;
    const starts = lineTable(source).lineStarts;
    const lastLine = starts.length - 1;
    const nc = comments.length;
    const paraLast = this.paraLast;

    // Line cursor: queries mostly move forward (by a little backwards at most).
    let cur = 0;
    const lineAt = (o: number): number => {
      while (cur < lastLine && starts[cur + 1]! <= o) cur++;
      while (starts[cur]! > o) cur--;
      return cur;
    };
    const bracket = (t: number): number => (kind[t] === TK_PUNCT ? text.charCodeAt(start[t]!) : 0);

    // Scratch, per paragraph of the current gap: its index, first line, last line.
    const gp: number[] = [];
    const gFirst: number[] = [];
    const gLast: number[] = [];
    let n = 0; // paragraphs in the current gap
    let t = 0;
    let ci = 0;
    while (ci < nc) {
      // t = the token after comment ci
      const cStart = comments[ci]!.start;
      while (start[t]! < cStart) t++;
      if (kind[t] === TK_EOF) break; // comments after the last token are never attributed
      const tStart = start[t]!;
      const p = t - 1; // previous real token, or -1
      // A byte order mark acts as a token on line 0 for the same-line rule and donation (whatever
      // is donated to it is lost), but not as a neighbour P (probed on buf 1.75).
      const hasPrev = p >= 0 || bom;
      const pLine = p >= 0 ? lineAt(start[p]!) : 0;

      // §6.4: the paragraphs of this gap.
      n = 0;
      let sameLine = false;
      let open = NONE; // scratch index of an open `//` paragraph
      while (ci < nc && comments[ci]!.start < tStart) {
        const cm = comments[ci]!;
        const sLine = lineAt(cm.start);
        const eLine = cm.block ? lineAt(cm.end - 1) : sLine;
        if (open !== NONE && !cm.block && sLine - gLast[open]! === 1) {
          // a `//` comment on the line after the open paragraph's last one joins it
          paraLast[gp[open]!] = ci;
          gLast[open] = eLine;
        } else {
          let paraKind = P_LINES;
          open = NONE;
          if (cm.block) paraKind = P_BLOCK;
          else if (hasPrev && sLine === pLine) {
            paraKind = P_SAME_LINE;
            sameLine = true;
          } else open = n;
          gp[n] = this.newPara(ci, paraKind);
          gFirst[n] = sLine;
          gLast[n] = eLine;
          n++;
        }
        ci++;
      }

      // §6.5: attribution. lines(a, b) is capped at 2, so only "< 2" and ">= 2" matter.
      const tLine = lineAt(tStart);
      let lo = 0;
      let hi = n; // remaining: [lo, hi)
      let trailing = NONE;
      let leading = NONE;
      let detFirst = 0;
      let detCount = 0;
      if (hasPrev) {
        const closer = bracket(t);
        if (
          sameLine ||
          (gFirst[0]! - pLine < 2 && (n >= 2 || closer === 125 || closer === 93 || closer === 41 || tLine - gLast[0]! >= 2))
        ) {
          if (p >= 0) trailing = gp[0]!;
          lo = 1;
        }
      }
      if (lo < hi && tLine - gLast[hi - 1]! === 1) {
        leading = gp[hi - 1]!;
        hi--;
      }
      if (lo < hi) {
        const pb = p >= 0 ? bracket(p) : 0;
        const hasP = p >= 0 && pb !== 123 && pb !== 91 && pb !== 40;
        const nTok = t + 1;
        const nb = kind[nTok] === TK_EOF ? 0 : bracket(nTok);
        const hasN = kind[nTok] !== TK_EOF && nb !== 125 && nb !== 93 && nb !== 41;
        const nLine = hasN ? lineAt(start[nTok]!) : 0;
        for (let i = lo; i < hi; i++) {
          if (hasP && gFirst[i]! - pLine < 2) continue;
          if (hasN && nLine - gLast[i]! >= 2) {
            detFirst = gp[i]!;
            detCount = hi - i;
          }
          break;
        }
      }
      if (trailing !== NONE || leading !== NONE || detCount !== 0) {
        this.gapTok.push(t);
        this.gapLeading.push(leading);
        this.gapTrailing.push(trailing);
        this.gapDetachedFirst.push(detFirst);
        this.gapDetachedCount.push(detCount);
      }
    }
  }

  private newPara(first: number, kind: number): number {
    this.paraFirst.push(first);
    this.paraLast.push(first);
    this.paraKind.push(kind);
    this.paraText.push(undefined);
    return this.paraFirst.length - 1;
  }
}

const cache = new WeakMap<Tokens, TokenComments>();

/** The comment attribution of a file, computed once per token stream. */
export function tokenComments(tokens: Tokens): TokenComments {
  let c = cache.get(tokens);
  if (!c) {
    c = new TokenComments(tokens);
    cache.set(tokens, c);
  }
  return c;
}
