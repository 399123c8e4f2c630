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
 * The whole file is attributed in one pass over its comments, into arrays reused from file to
 * file; afterwards a lookup is one array read, and the text of a paragraph is written only when
 * someone asks for it, as UTF-8 straight from the source text into the caller's buffer.
 */
import type { Comment, Tokens } from "./ast.js";
import { TK_EOF, TK_PUNCT } from "./ast.js";
import type { Lines } from "./position.js";
import { LineScan } from "./position.js";

/** Decodes the bytes {@link putCommentText} and {@link TokenComments.putParagraph} write. */
const utf8 = new TextDecoder();

/** Scratch bytes for the string accessors, reused by every call. */
let scratch = new Uint8Array(1024);

function scratchBytes(size: number): Uint8Array {
  if (scratch.length < size) scratch = new Uint8Array(Math.max(size, scratch.length * 2));
  return scratch;
}

/** Text of one comment without its delimiters (§6.3). */
export function commentText(text: string, c: Comment): string {
  const out = scratchBytes(maxCommentBytes(c));
  return utf8.decode(out.subarray(0, putCommentText(out, 0, text, c)));
}

/** Most UTF-8 bytes {@link putCommentText} writes for `c`: 3 per UTF-16 code unit. */
function maxCommentBytes(c: Comment): number {
  return (c.end - c.start) * 3;
}

/**
 * Writes the text of comment `c` (§6.3) as UTF-8 at `out[at]`, straight from the source text (no
 * intermediate string); returns the position after it. `out` must have room for
 * {@link maxCommentBytes}.
 */
function putCommentText(out: Uint8Array, at: number, text: string, c: Comment): number {
  if (!c.block) return putUtf8(out, at, text, c.start + 2, c.end);
  const closed = c.end - c.start >= 4 && text.charCodeAt(c.end - 1) === 47 && text.charCodeAt(c.end - 2) === 42;
  const innerEnd = closed ? c.end - 2 : c.end;
  let nl = text.indexOf("\n", c.start + 2);
  if (nl === -1 || nl >= innerEnd) return putUtf8(out, at, text, c.start + 2, innerEnd);
  // Every line after the first loses its leading whitespace and then one `*`.
  at = putUtf8(out, at, text, c.start + 2, nl + 1);
  for (;;) {
    let i = nl + 1;
    while (i < innerEnd) {
      const ch = text.charCodeAt(i);
      if (ch === 10 || !isSpace(ch)) break;
      i++;
    }
    if (i < innerEnd && text.charCodeAt(i) === 42) i++;
    nl = text.indexOf("\n", i);
    if (nl === -1 || nl >= innerEnd) return putUtf8(out, at, text, i, innerEnd);
    at = putUtf8(out, at, text, i, nl + 1);
  }
}

/**
 * Writes `text[from..to)` as UTF-8 at `out[at]`, as `Buffer.write` does (a lone surrogate becomes
 * U+FFFD); returns the position after it. The pieces of a comment start and end next to ASCII
 * characters, so no surrogate pair is ever split between two calls.
 */
function putUtf8(out: Uint8Array, at: number, text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      out[at++] = c;
      continue;
    }
    if (c < 0x800) {
      out[at++] = 0xc0 | (c >> 6);
      out[at++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const lo = i + 1 < to ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) {
        const cp = ((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
        out[at++] = 0xf0 | (cp >> 18);
        out[at++] = 0x80 | ((cp >> 12) & 0x3f);
        out[at++] = 0x80 | ((cp >> 6) & 0x3f);
        out[at++] = 0x80 | (cp & 0x3f);
        i++;
        continue;
      }
      c = 0xfffd;
    }
    out[at++] = 0xe0 | (c >> 12);
    out[at++] = 0x80 | ((c >> 6) & 0x3f);
    out[at++] = 0x80 | (c & 0x3f);
  }
  return at;
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
 * The comments attributed to the tokens of one file, as paragraph numbers. {@link attribute} fills
 * it, and fills it again for the next file: its arrays are reused, so attributing a file allocates
 * nothing. A lookup is one array read; a paragraph's text is written as UTF-8 straight from the
 * source ({@link putParagraph}), or decoded from those bytes by the string accessors.
 */
export class TokenComments {
  private tokens: Tokens | undefined;
  /** Per token (up to the file's token count + 1): the recorded gap right before it, or -1. */
  private gapOf = new Int32Array(0);
  /** Gaps recorded: those between two tokens that received something. */
  private gaps = 0;
  /** Per recorded gap: paragraph leading the token after it, or -1. */
  private gapLeading = new Int32Array(0);
  /** Per recorded gap: paragraph trailing the token before it, or -1. */
  private gapTrailing = new Int32Array(0);
  /** Per recorded gap: first detached paragraph of the token after it, and how many. */
  private gapDetachedFirst = new Int32Array(0);
  private gapDetachedCount = new Int32Array(0);
  /** Per paragraph: first and last comment index, kind. */
  private paraFirst = new Int32Array(0);
  private paraLast = new Int32Array(0);
  private paraKind = new Int32Array(0);
  private paras = 0;
  /** Scratch, per paragraph of the gap being attributed: its number, first line, last line. */
  private gapPara = new Int32Array(0);
  private gapParaFirstLine = new Int32Array(0);
  private gapParaLastLine = new Int32Array(0);

  /** Paragraph leading token `tok` (its text may be empty), or -1. */
  leadingParagraph(tok: number): number {
    const g = this.gapBefore(tok);
    return g < 0 ? NONE : this.gapLeading[g]!;
  }

  /** Paragraph trailing token `tok` (its text may be empty), or -1. */
  trailingParagraph(tok: number): number {
    const g = this.gapBefore(tok + 1);
    return g < 0 ? NONE : this.gapTrailing[g]!;
  }

  /** Number of detached paragraphs before token `tok`. */
  detachedCount(tok: number): number {
    const g = this.gapBefore(tok);
    return g < 0 ? 0 : this.gapDetachedCount[g]!;
  }

  /** First detached paragraph before token `tok` (the others follow it), when there are any. */
  detachedFirst(tok: number): number {
    return this.gapDetachedFirst[this.gapBefore(tok)]!;
  }

  /** Leading comment of token `tok` (may be ""), or undefined. */
  leading(tok: number): string | undefined {
    const p = this.leadingParagraph(tok);
    return p === NONE ? undefined : this.text(p);
  }

  /** Trailing comment of token `tok` (may be ""), or undefined. */
  trailing(tok: number): string | undefined {
    const p = this.trailingParagraph(tok);
    return p === NONE ? undefined : this.text(p);
  }

  /**
   * Detached comments before token `tok`, in source order: a new array, or the shared frozen
   * {@link NO_COMMENTS} when there are none.
   */
  detached(tok: number): string[] {
    const count = this.detachedCount(tok);
    if (count === 0) return NO_COMMENTS;
    const first = this.detachedFirst(tok);
    const out: string[] = [];
    for (let i = 0; i < count; i++) out.push(this.text(first + i));
    return out;
  }

  /** Most UTF-8 bytes {@link putParagraph} writes for paragraph `p`. */
  maxParagraphBytes(p: number): number {
    const comments = this.tokens!.comments;
    const first = this.paraFirst[p]!;
    const last = this.paraLast[p]!;
    return (comments[last]!.end - comments[first]!.start) * 3 + (last - first + 1);
  }

  /**
   * Writes the text of paragraph `p` (§6.3) as UTF-8 at `out[at]`; returns the position after it.
   * `out` must have room for {@link maxParagraphBytes}.
   */
  putParagraph(out: Uint8Array, at: number, p: number): number {
    const { comments, source } = this.tokens!;
    const first = this.paraFirst[p]!;
    if (this.paraKind[p] !== P_LINES) return putCommentText(out, at, source.text, comments[first]!);
    const last = this.paraLast[p]!;
    for (let c = first; c <= last; c++) {
      at = putCommentText(out, at, source.text, comments[c]!);
      out[at++] = 10;
    }
    return at;
  }

  /** Index of the recorded gap right before token `tok`, or -1. */
  private gapBefore(tok: number): number {
    return this.gaps === 0 ? NONE : this.gapOf[tok]!;
  }

  private text(p: number): string {
    const out = scratchBytes(this.maxParagraphBytes(p));
    return utf8.decode(out.subarray(0, this.putParagraph(out, 0, p)));
  }

  /** Room for `comments` paragraphs and gaps, and `tokens` + 1 tokens. */
  private reserve(comments: number, tokens: number): void {
    if (this.paraFirst.length < comments) {
      const size = Math.max(comments, this.paraFirst.length * 2, 256);
      this.gapLeading = new Int32Array(size);
      this.gapTrailing = new Int32Array(size);
      this.gapDetachedFirst = new Int32Array(size);
      this.gapDetachedCount = new Int32Array(size);
      this.paraFirst = new Int32Array(size);
      this.paraLast = new Int32Array(size);
      this.paraKind = new Int32Array(size);
      this.gapPara = new Int32Array(size);
      this.gapParaFirstLine = new Int32Array(size);
      this.gapParaLastLine = new Int32Array(size);
    }
    if (this.gapOf.length < tokens + 1) this.gapOf = new Int32Array(Math.max(tokens + 1, this.gapOf.length * 2, 4096));
  }

  /**
   * Attributes the comments of `tokens` (whose lines are `lines`), replacing the previous file's:
   * one pass over the comments and the tokens around them (§6.4 paragraphs, §6.5 attribution).
   */
  attribute(tokens: Tokens, lines: Lines): this {
    this.tokens = tokens;
    this.gaps = 0;
    this.paras = 0;
    const { kind, start, comments, source } = tokens;
    const nc = comments.length;
    if (nc === 0) return this;
    this.reserve(nc, tokens.count);
    this.gapOf.fill(NONE, 0, tokens.count + 1);
    const text = source.text;
    const bom = source.bom === true;
    const starts = lines.lineStarts;
    const lastLine = lines.lineCount - 1;
    const { gapOf, gapLeading, gapTrailing, gapDetachedFirst, gapDetachedCount, paraFirst, paraLast, paraKind } = this;
    const gp = this.gapPara;
    const gFirst = this.gapParaFirstLine;
    const gLast = this.gapParaLastLine;

    // Line cursor: each lookup starts at the line found last; queries mostly move forward (by a
    // little backwards at most).
    let cur = 0;

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
      const pLine = p >= 0 ? (cur = lineAt(starts, lastLine, cur, start[p]!)) : 0;

      // §6.4: the paragraphs of this gap.
      n = 0;
      let sameLine = false;
      let open = NONE; // scratch index of an open `//` paragraph
      while (ci < nc && comments[ci]!.start < tStart) {
        const cm = comments[ci]!;
        const sLine = (cur = lineAt(starts, lastLine, cur, cm.start));
        const eLine = cm.block ? (cur = lineAt(starts, lastLine, cur, cm.end - 1)) : sLine;
        if (open !== NONE && !cm.block && sLine - gLast[open]! === 1) {
          // a `//` comment on the line after the open paragraph's last one joins it
          paraLast[gp[open]!] = ci;
          gLast[open] = eLine;
        } else {
          let k = P_LINES;
          open = NONE;
          if (cm.block) k = P_BLOCK;
          else if (hasPrev && sLine === pLine) {
            k = P_SAME_LINE;
            sameLine = true;
          } else open = n;
          const para = this.paras++;
          paraFirst[para] = ci;
          paraLast[para] = ci;
          paraKind[para] = k;
          gp[n] = para;
          gFirst[n] = sLine;
          gLast[n] = eLine;
          n++;
        }
        ci++;
      }

      // §6.5: attribution. lines(a, b) is capped at 2, so only "< 2" and ">= 2" matter.
      const tLine = (cur = lineAt(starts, lastLine, cur, tStart));
      let lo = 0;
      let hi = n; // remaining: [lo, hi)
      let trailing = NONE;
      let leading = NONE;
      let detFirst = 0;
      let detCount = 0;
      if (hasPrev) {
        const closer = bracket(kind, start, text, t);
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
        const pb = p >= 0 ? bracket(kind, start, text, p) : 0;
        const hasP = p >= 0 && pb !== 123 && pb !== 91 && pb !== 40;
        const nTok = t + 1;
        const nb = kind[nTok] === TK_EOF ? 0 : bracket(kind, start, text, nTok);
        const hasN = kind[nTok] !== TK_EOF && nb !== 125 && nb !== 93 && nb !== 41;
        const nLine = hasN ? (cur = lineAt(starts, lastLine, cur, start[nTok]!)) : 0;
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
        const g = this.gaps++;
        gapOf[t] = g;
        gapLeading[g] = leading;
        gapTrailing[g] = trailing;
        gapDetachedFirst[g] = detFirst;
        gapDetachedCount[g] = detCount;
      }
    }
    return this;
  }
}

/** The line of offset `o`, searched from line `cur` (close to it). */
function lineAt(starts: ArrayLike<number>, lastLine: number, cur: number, o: number): number {
  while (cur < lastLine && starts[cur + 1]! <= o) cur++;
  while (starts[cur]! > o) cur--;
  return cur;
}

/** The character of token `t` when it is punctuation (a bracket, say), else 0. */
function bracket(kind: Uint8Array, start: Uint32Array, text: string, t: number): number {
  return kind[t] === TK_PUNCT ? text.charCodeAt(start[t]!) : 0;
}

/** The comment attribution of a file, in a TokenComments of its own. */
export function tokenComments(tokens: Tokens): TokenComments {
  return new TokenComments().attribute(tokens, new LineScan().scan(tokens.source.text));
}
