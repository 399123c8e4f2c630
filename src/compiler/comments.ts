/**
 * Which comments belong to which token, as buf 1.75 decides it (shared/reference/source-info.md §6).
 *
 * Comments are grouped into paragraphs per gap between two real tokens (§6.4), and the paragraphs
 * of each gap are handed out when the token after the gap is reached (§6.5): the first one may go
 * to the previous token as its trailing comment, the last one may lead the next token, and a run of
 * the others may be the next token's detached comments; the rest is dropped.
 *
 * The whole file is attributed in one pass the first time it is asked about (cached per Tokens);
 * each lookup afterwards is O(1) plus building the strings it returns. Comment text is built only
 * for paragraphs someone asks for.
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

/** The comments attributed to every token of one file. */
export class TokenComments {
  /** Per token: paragraph index of its leading / trailing comment, or -1. */
  private readonly leadingPara: Int32Array;
  private readonly trailingPara: Int32Array;
  /** Per token: first detached paragraph and how many (detached paragraphs are consecutive). */
  private readonly detachedFirst: Int32Array;
  private readonly detachedCount: Uint16Array;
  /** Per paragraph: first and last comment index, kind. */
  private readonly paraFirst: number[] = [];
  private readonly paraLast: number[] = [];
  private readonly paraKind: number[] = [];
  private readonly paraText: (string | undefined)[] = [];

  constructor(private readonly tokens: Tokens) {
    const n = tokens.count;
    this.leadingPara = new Int32Array(n).fill(NONE);
    this.trailingPara = new Int32Array(n).fill(NONE);
    this.detachedFirst = new Int32Array(n);
    this.detachedCount = new Uint16Array(n);
    if (tokens.comments.length > 0) this.attribute();
  }

  /** Leading comment of token `tok` (may be ""), or undefined. */
  leading(tok: number): string | undefined {
    const p = this.leadingPara[tok]!;
    return p === NONE ? undefined : this.text(p);
  }

  /** Trailing comment of token `tok` (may be ""), or undefined. */
  trailing(tok: number): string | undefined {
    const p = this.trailingPara[tok]!;
    return p === NONE ? undefined : this.text(p);
  }

  /** Detached comments before token `tok`, in source order (a new array). */
  detached(tok: number): string[] {
    const count = this.detachedCount[tok]!;
    const out: string[] = [];
    if (count === 0) return out;
    const first = this.detachedFirst[tok]!;
    for (let i = 0; i < count; i++) out.push(this.text(first + i));
    return out;
  }

  /** Whether token `tok` has any leading, trailing or detached comment. */
  has(tok: number): boolean {
    return this.leadingPara[tok] !== NONE || this.trailingPara[tok] !== NONE || this.detachedCount[tok] !== 0;
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

  private newPara(first: number, kind: number): number {
    this.paraFirst.push(first);
    this.paraLast.push(first);
    this.paraKind.push(kind);
    this.paraText.push(undefined);
    return this.paraFirst.length - 1;
  }

  /** One pass over all tokens (§6.4 paragraphs, §6.5 attribution). */
  private attribute(): void {
    const { kind, start, end, comments, count, source } = this.tokens;
    const starts = lineTable(source).lineStarts;
    const lastLine = starts.length - 1;

    // Line of every token start and comment start/end (monotone walks over the line table).
    const tokLine = new Int32Array(count);
    let line = 0;
    for (let t = 0; t < count; t++) {
      const o = start[t]!;
      while (line < lastLine && starts[line + 1]! <= o) line++;
      tokLine[t] = line;
    }
    const nc = comments.length;
    const cStartLine = new Int32Array(nc);
    const cEndLine = new Int32Array(nc);
    line = 0;
    for (let c = 0; c < nc; c++) {
      const cm = comments[c]!;
      while (line < lastLine && starts[line + 1]! <= cm.start) line++;
      cStartLine[c] = line;
      // the last character of the comment (a `//` comment ends before its line break)
      const last = cm.end - 1;
      while (line < lastLine && starts[line + 1]! <= last) line++;
      cEndLine[c] = line;
    }

    const text = source.text;
    const bom = source.bom === true;
    const isOpener = (t: number): boolean => {
      if (kind[t] !== TK_PUNCT) return false;
      const ch = text.charCodeAt(start[t]!);
      return ch === 123 || ch === 91 || ch === 40;
    };
    const isCloser = (t: number): boolean => {
      if (kind[t] !== TK_PUNCT) return false;
      const ch = text.charCodeAt(start[t]!);
      return ch === 125 || ch === 93 || ch === 41;
    };

    // Scratch list of the paragraphs of the current gap.
    const paras: number[] = [];
    let ci = 0;
    // Tokens end on the line they start (strings and identifiers do not cross lines).
    for (let t = 0; t < count; t++) {
      if (kind[t] === TK_EOF) break; // comments after the last token are never attributed
      const tStart = start[t]!;
      if (ci >= nc || comments[ci]!.start >= tStart) continue;
      const p = t - 1; // previous real token, or -1
      // A byte order mark acts as a token on line 0 for the same-line rule and donation (whatever
      // is donated to it is lost), but not as a neighbour P (probed on buf 1.75).
      const hasPrev = p >= 0 || bom;
      const pLine = p >= 0 ? tokLine[p]! : bom ? 0 : NONE;

      // §6.4: paragraphs of this gap.
      paras.length = 0;
      let sameLine = false;
      let open = NONE;
      while (ci < nc && comments[ci]!.start < tStart) {
        const cm = comments[ci]!;
        if (cm.block) {
          open = NONE;
          paras.push(this.newPara(ci, P_BLOCK));
        } else if (open !== NONE && cStartLine[ci]! - cEndLine[this.paraLast[open]!]! === 1) {
          this.paraLast[open] = ci;
        } else if (hasPrev && cStartLine[ci] === pLine) {
          open = NONE;
          sameLine = true;
          paras.push(this.newPara(ci, P_SAME_LINE));
        } else {
          open = this.newPara(ci, P_LINES);
          paras.push(open);
        }
        ci++;
      }
      if (paras.length === 0) continue;

      // §6.5: attribution. lines(a, b) is capped at 2, so only "< 2" and "== 2" matter.
      const tLine = tokLine[t]!;
      const firstLine = (q: number): number => cStartLine[this.paraFirst[q]!]!;
      const lastLineOf = (q: number): number => cEndLine[this.paraLast[q]!]!;
      let lo = 0;
      let hi = paras.length; // remaining: paras[lo..hi)
      if (hasPrev) {
        const q = paras[0]!;
        if (sameLine || (firstLine(q) - pLine < 2 && (paras.length >= 2 || isCloser(t) || tLine - lastLineOf(q) >= 2))) {
          if (p >= 0) this.trailingPara[p] = q;
          lo = 1;
        }
      }
      if (lo < hi && tLine - lastLineOf(paras[hi - 1]!) === 1) {
        this.leadingPara[t] = paras[hi - 1]!;
        hi--;
      }
      const hasP = p >= 0 && !isOpener(p);
      const nTok = t + 1;
      const hasN = nTok < count && kind[nTok] !== TK_EOF && !isCloser(nTok);
      for (let i = lo; i < hi; i++) {
        const q = paras[i]!;
        if (hasP && firstLine(q) - pLine < 2) continue;
        if (hasN && tokLine[nTok]! - lastLineOf(q) >= 2) {
          this.detachedFirst[t] = q;
          this.detachedCount[t] = hi - i;
        }
        break;
      }
    }
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
