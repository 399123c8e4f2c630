/**
 * The lexer: .proto source bytes → text, text → token stream (parallel typed arrays, see ast.ts).
 *
 * One pass over `charCodeAt` with a `switch` on the character; no regex on the hot path (only for
 * non-ASCII characters outside strings and comments) and no object per token (comments are
 * objects, there are few). Errors go to {@link Diagnostics}; lexing never throws.
 *
 * Token shapes follow buf 1.75 (probed), which matter for error positions:
 * - A number is lexed greedily over `[0-9A-Za-z_.]` (plus a sign right after `e`/`E`, never after
 *   `p`) and then validated, so `1to5` is one bad number ("invalid digit in decimal integer
 *   literal" at the `t`), not `1` followed by `to5`.
 * - Identifiers may contain non-ASCII letters, marks and digits; such an identifier is reported
 *   ("non-ASCII identifiers are not allowed") and kept, as buf does. Other non-ASCII characters
 *   (emoji, symbols, Unicode spaces) are "unrecognized token"s, a run of them one error.
 * - An identifier right before a `"` (`foo"bar"`) is the prefix of one string token, unless it is
 *   one of buf's keywords; the parser reports the prefix where buf does.
 * - A printable ASCII character that starts no token (`#`, `$`, `@` …) becomes a TK_ERROR token
 *   *without* a diagnostic: the parser reports it in context ("unexpected `#` in message
 *   definition"), as buf does. Other unusable characters (controls, non-identifier Unicode) are
 *   reported here as "unrecognized token" and the parser skips them silently.
 */
import type { Comment, SourceText, Tokens } from "./ast.js";
import { TK_EOF, TK_ERROR, TK_FLOAT, TK_IDENT, TK_INT, TK_PUNCT, TK_STRING } from "./ast.js";
import type { Diagnostics } from "./diagnostics.js";

// ---- decoding -----------------------------------------------------------------------------------

const utf8Strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf8Lossy = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

/**
 * Decodes a file's bytes as UTF-8 and strips a leading BOM (offsets index the returned text).
 * Invalid UTF-8 is reported once, at the first bad byte, with buf's text, and gives `undefined`.
 */
export function decodeSource(path: string, bytes: Uint8Array, diags: Diagnostics): SourceText | undefined {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    const text = utf8Strict.decode(body);
    return bom ? { path, text, bom: true } : { path, text };
  } catch {
    // Locate the first invalid byte: decode the longest valid prefix, then point just after it.
    const bad = firstInvalidUtf8(body);
    const prefix = utf8Lossy.decode(body.subarray(0, bad));
    const text = prefix + utf8Lossy.decode(body.subarray(bad));
    const source: SourceText = { path, text };
    diags.error(source, prefix.length, prefix.length + 1, "input appears to be encoded with UTF-8, but found invalid byte");
    return undefined;
  }
}

/** Offset of the first byte that does not start a valid UTF-8 sequence (bytes.length if none). */
function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return n;
}

// ---- character classes ------------------------------------------------------------------------

/** Per ASCII char: 1 = identifier start, 2 = identifier part (digits), 0 = neither. */
const IDENT = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) IDENT[c] = 1;
  else if (c >= 48 && c <= 57) IDENT[c] = 2;
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** ASCII characters a number token swallows: `[0-9A-Za-z_.]` (and non-ASCII letters, see scanNumber). */
function isNumberPart(c: number): boolean {
  return c < 128 && (IDENT[c]! !== 0 || c === 46);
}

// ---- lexing -------------------------------------------------------------------------------------

let scratchKind = new Uint8Array(1 << 14);
let scratchStart = new Uint32Array(1 << 14);
let scratchEnd = new Uint32Array(1 << 14);
let scratchCstart = new Uint32Array((1 << 14) + 1);

/** Splits a source text into tokens. Always ends with one TK_EOF token; never throws. */
export function lex(source: SourceText, diags: Diagnostics): Tokens {
  const text = source.text;
  const n = text.length;
  // Tokens go into module-level scratch arrays (reused across files, grown on demand) and are
  // copied out at exact size: a retained AST then holds 9 bytes per token and no slack.
  let cap = scratchKind.length;
  let kind = scratchKind;
  let start = scratchStart;
  let end = scratchEnd;
  let cstart = scratchCstart;
  cstart[0] = 0;
  const comments: Comment[] = [];
  let count = 0;

  const grow = (): void => {
    cap *= 2;
    const k = new Uint8Array(cap);
    k.set(kind);
    kind = scratchKind = k;
    const s = new Uint32Array(cap);
    s.set(start);
    start = scratchStart = s;
    const e = new Uint32Array(cap);
    e.set(end);
    end = scratchEnd = e;
    const cs = new Uint32Array(cap + 1);
    cs.set(cstart);
    cstart = scratchCstart = cs;
  };

  const err = (s: number, e: number, msg: string): void => diags.error(source, s, e, msg);

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let tk: number;
    const s = i;
    switch (c) {
      case 9:
      case 10:
      case 11:
      case 12:
      case 13:
      case 32:
        i++;
        continue;
      case 47: {
        // `/`: comment or punctuation
        const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (d === 47) {
          let j = text.indexOf("\n", i + 2);
          if (j === -1) j = n;
          comments.push({ start: i, end: j, block: false });
          i = j;
          continue;
        }
        if (d === 42) {
          const j = text.indexOf("*/", i + 2);
          if (j === -1) {
            err(i, i + 2, "encountered unmatched `/*` delimiter");
            comments.push({ start: i, end: n, block: true });
            i = n;
          } else {
            comments.push({ start: i, end: j + 2, block: true });
            i = j + 2;
          }
          continue;
        }
        tk = TK_PUNCT;
        i++;
        break;
      }
      case 42: // `*`: only meaningful as a stray `*/`
        if (i + 1 < n && text.charCodeAt(i + 1) === 47) {
          err(i, i + 2, "encountered unmatched `*/` delimiter");
          tk = TK_ERROR;
          i += 2;
        } else {
          tk = TK_ERROR;
          i++;
        }
        break;
      case 59: // ;
      case 44: // ,
      case 61: // =
      case 58: // :
      case 123: // {
      case 125: // }
      case 91: // [
      case 93: // ]
      case 40: // (
      case 41: // )
      case 60: // <
      case 62: // >
      case 45: // -
      case 43: // +
        tk = TK_PUNCT;
        i++;
        break;
      case 46: // .
        if (i + 1 < n) {
          const d = text.charCodeAt(i + 1);
          if (d >= 48 && d <= 57) {
            i = scanNumber(text, i, err);
            tk = TK_FLOAT;
            break;
          }
        }
        tk = TK_PUNCT;
        i++;
        break;
      case 34: // "
      case 39: // '
        i = scanString(text, i, c, err);
        tk = TK_STRING;
        break;
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57: {
        const j = scanNumber(text, i, err);
        tk = isFloatToken(text, i, j) ? TK_FLOAT : TK_INT;
        i = j;
        break;
      }
      default:
        if (c < 128) {
          if (IDENT[c] === 1) {
            let j = i + 1;
            let ascii = true;
            while (j < n) {
              const d = text.charCodeAt(j);
              if (d < 128) {
                if (IDENT[d] === 0) break;
                j++;
              } else {
                const w = identCharWidth(text, j);
                if (w === 0) break;
                ascii = false;
                j += w;
              }
            }
            if (j < n && text.charCodeAt(j) === 34 && isStringPrefix(text, i, j)) {
              tk = TK_STRING;
              i = scanString(text, j, 34, err);
              break;
            }
            if (!ascii) {
              j = trimFeff(text, i, j);
              if (hasNonAscii(text, i, j)) err(i, j, "non-ASCII identifiers are not allowed");
            }
            tk = TK_IDENT;
            i = j;
          } else {
            // Printable symbols are reported by the parser in context; controls here.
            tk = TK_ERROR;
            if (c < 32 || c === 127) i = unrecognizedRun(text, i, err);
            else i++;
          }
        } else if (c === 0xfeff || identCharWidth(text, i) === 0) {
          tk = TK_ERROR;
          i = unrecognizedRun(text, i, err);
        } else {
          let j = i;
          while (j < n) {
            const d = text.charCodeAt(j);
            if (d < 128) {
              if (IDENT[d] === 0) break;
              j++;
            } else {
              const w = identCharWidth(text, j);
              if (w === 0) break;
              j += w;
            }
          }
          if (j < n && text.charCodeAt(j) === 34) {
            tk = TK_STRING;
            i = scanString(text, j, 34, err);
            break;
          }
          j = trimFeff(text, i, j);
          err(i, j, "non-ASCII identifiers are not allowed");
          tk = TK_IDENT;
          i = j;
        }
    }
    if (count === cap) grow();
    kind[count] = tk;
    start[count] = s;
    end[count] = i;
    count++;
    // commentStart[i] = comments before token i-1, so token i's preceding comments are
    // commentStart[i] .. commentStart[i+1].
    cstart[count] = comments.length;
  }
  if (count === cap) grow();
  kind[count] = TK_EOF;
  start[count] = n;
  end[count] = n;
  count++;
  cstart[count] = comments.length;
  return {
    source,
    count,
    kind: kind.slice(0, count),
    start: start.slice(0, count),
    end: end.slice(0, count),
    comments,
    commentStart: cstart.slice(0, count + 1),
  };
}

type ErrFn = (s: number, e: number, msg: string) => void;

/**
 * Width (1 or 2 UTF-16 units) of the non-ASCII character at `i` if buf lets it into an
 * identifier (letters, marks, digits, connector punctuation, and U+FEFF inside one), else 0: symbols,
 * emoji, spaces and format characters like U+200B are unrecognized tokens (probed). Only
 * non-ASCII text outside comments and strings comes here, so the regex is off the hot path.
 */
function identCharWidth(text: string, i: number): number {
  const cp = text.codePointAt(i)!;
  if (cp === 0xfeff) return 1;
  return NON_ASCII_IDENT.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

const NON_ASCII_IDENT = /^[\p{L}\p{M}\p{N}\p{Pc}]$/u;

/**
 * Words buf lexes as keywords even right before a `"`; any other identifier there is the prefix
 * of one string literal (`foo"bar"`), which the parser reports where buf does (probed).
 */
const NOT_STRING_PREFIX = new Set([
  "syntax", "edition", "import", "weak", "public", "package", "message", "enum", "service", "extend", "option",
  "group", "oneof", "extensions", "reserved", "rpc", "returns", "to", "optional", "repeated", "required", "stream",
  "export", "local", "int32", "int64", "uint32", "uint64", "sint32", "sint64", "fixed32", "fixed64", "sfixed32",
  "sfixed64", "float", "double", "bool", "string", "bytes", "inf", "nan", "true", "false", "null", "map", "max",
  "default", "json_name", "in",
]);

/** Whether the identifier text[s, e), followed by a `"`, is a string literal's prefix. */
function isStringPrefix(text: string, s: number, e: number): boolean {
  return !NOT_STRING_PREFIX.has(text.slice(s, e));
}

/**
 * The end of the identifier text[s, e) without its trailing U+FEFFs: buf lets U+FEFF inside an
 * identifier but ejects it from the end (it is not printable), so `ab\uFEFF` is `ab` followed by
 * an unrecognized token (probed).
 */
function trimFeff(text: string, s: number, e: number): number {
  while (e > s + 1 && text.charCodeAt(e - 1) === 0xfeff) e--;
  return e;
}

function hasNonAscii(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (text.charCodeAt(k) >= 128) return true;
  return false;
}

/** A run of unusable characters (controls, NUL, non-identifier Unicode) is one token and one error, as in buf. */
function unrecognizedRun(text: string, s: number, err: ErrFn): number {
  let j = s + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      if (!((c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13) || c === 127)) break;
      j++;
    } else {
      if (c !== 0xfeff && identCharWidth(text, j) !== 0) break;
      j += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
  }
  err(s, j, "unrecognized token");
  return j;
}

/**
 * Whether the number token text[s, e) is a floating-point literal (decides TK_FLOAT vs TK_INT):
 * it has a `.`, a decimal `e` exponent, or a `p` (binary) exponent.
 */
function isFloatToken(text: string, s: number, e: number): boolean {
  const hex = e - s >= 2 && text.charCodeAt(s) === 48 && (text.charCodeAt(s + 1) | 0x20) === 120;
  for (let k = hex ? s + 2 : s; k < e; k++) {
    const c = text.charCodeAt(k) | 0x20;
    if (c === 46 || c === 112 || (!hex && c === 101)) return true;
  }
  return false;
}

/**
 * Scans a number starting at `s` (a digit, or `.` before a digit), greedily as buf does (letters,
 * non-ASCII ones included, digits, `_` and `.`, plus a sign right after `e`/`E`), reports the first
 * problem in it, and returns its end.
 */
function scanNumber(text: string, s: number, err: ErrFn): number {
  const n = text.length;
  const hex = s + 1 < n && text.charCodeAt(s) === 48 && (text.charCodeAt(s + 1) | 0x20) === 120;
  let j = s;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (isNumberPart(c)) {
      j++;
      if ((c | 0x20) === 101 && j < n) {
        const d = text.charCodeAt(j);
        if (d === 43 || d === 45) j++;
      }
      continue;
    }
    if (c >= 128 && c !== 0xfeff) {
      const w = identCharWidth(text, j);
      if (w !== 0) {
        j += w;
        continue;
      }
    }
    break;
  }
  validateNumber(text, s, j, hex, err);
  return j;
}

/** Whether the mantissa is `0*.0+[1-9]…`: no significant digit before the dot, a zero right after it. */
function zeroAfterDotBeforeDigit(text: string, s: number, e: number): boolean {
  let k = s;
  while (k < e && text.charCodeAt(k) === 48) k++;
  if (k >= e || text.charCodeAt(k) !== 46) return false;
  k++;
  if (k >= e || text.charCodeAt(k) !== 48) return false;
  while (k < e && text.charCodeAt(k) === 48) k++;
  const c = k < e ? text.charCodeAt(k) : 0;
  return c >= 49 && c <= 57;
}

function validateNumber(text: string, s: number, e: number, hex: boolean, err: ErrFn): void {
  for (let k = s; k < e; k++) {
    if (text.charCodeAt(k) === 95) {
      err(s, e, "integer literal contains underscores");
      return;
    }
  }
  if (hex) {
    let dot = false;
    let exp = false;
    for (let k = s + 2; k < e; k++) {
      const c = text.charCodeAt(k);
      if (exp ? c >= 48 && c <= 57 : isHexDigit(c)) continue;
      if (c === 46 && !exp) {
        if (dot) {
          err(k, e, "extra decimal point in floating-point literal");
          return;
        }
        dot = true;
        continue;
      }
      if ((c | 0x20) === 112 && !exp) {
        exp = true;
        const d = k + 1 < e ? text.charCodeAt(k + 1) : 0;
        if (!(d >= 48 && d <= 57)) {
          err(s, e, `unexpected characters in ${dot ? "floating-point" : "integer"} literal`);
          return;
        }
        continue;
      }
      if (c === 43 || c === 45) err(s, e, "unexpected characters in integer literal");
      else err(k, e, "invalid digit in hexadecimal integer literal");
      return;
    }
    // buf accepts `0x1p3` but not a hex mantissa with a point.
    if (dot) err(s, e, "unsupported base for floating-point literal");
    return;
  }
  let dot = false;
  let exp = false;
  let octal = text.charCodeAt(s) === 48 && e - s > 1;
  let firstBadOctal = -1;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      if (octal && c >= 56 && firstBadOctal < 0) firstBadOctal = k;
      continue;
    }
    if (c === 46) {
      if (dot || exp) {
        err(k, e, "extra decimal point in floating-point literal");
        return;
      }
      dot = true;
      octal = false;
      continue;
    }
    if ((c | 0x20) === 101 && !exp) {
      exp = true;
      octal = false;
      if (k + 1 < e && (text.charCodeAt(k + 1) === 43 || text.charCodeAt(k + 1) === 45)) k++;
      const d = k + 1 < e ? text.charCodeAt(k + 1) : 0;
      if (!(d >= 48 && d <= 57)) {
        err(s, e, `unexpected characters in ${dot ? "floating-point" : "integer"} literal`);
        return;
      }
      continue;
    }
    if ((c | 0x20) === 112 && !exp) {
      // A binary exponent on a decimal mantissa (`1p5` = 32): buf accepts it.
      exp = true;
      octal = false;
      const d = k + 1 < e ? text.charCodeAt(k + 1) : 0;
      if (!(d >= 48 && d <= 57)) {
        err(s, e, `unexpected characters in ${dot ? "floating-point" : "integer"} literal`);
        return;
      }
      continue;
    }
    err(k, e, `invalid digit in decimal ${dot ? "floating-point" : "integer"} literal`);
    return;
  }
  if (octal && firstBadOctal >= 0) err(firstBadOctal, e, "invalid digit in octal integer literal");
  else if (exp && dot && zeroAfterDotBeforeDigit(text, s, e)) {
    // buf 1.75 rejects `0.05e1` and `.05e1` (a fraction whose first significant digit follows
    // a zero, with an exponent), while it accepts `0.05` and `0.5e1`. Probed; matched here.
    err(s, e, "unexpected characters in floating-point literal");
  }
}

/**
 * Scans a string literal starting at its quote `s`, validating escapes; returns its end. An
 * unterminated literal ends at the line break (better recovery than buf, which runs to EOF).
 */
function scanString(text: string, s: number, quote: number, err: ErrFn): number {
  const n = text.length;
  let j = s + 1;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === quote) return j + 1;
    if (c === 10) break;
    if (c === 0) err(j, j + 1, "unescaped NUL bytes are not permitted in string literals");
    if (c === 92) {
      j = scanEscape(text, j, err);
      continue;
    }
    j++;
  }
  err(s, j, "unterminated string literal");
  return j;
}

/** Validates the escape sequence at `k` (the backslash); returns the offset after it. */
function scanEscape(text: string, k: number, err: ErrFn): number {
  const n = text.length;
  const c = k + 1 < n ? text.charCodeAt(k + 1) : 0;
  switch (c) {
    case 97: // a
    case 98: // b
    case 102: // f
    case 110: // n
    case 114: // r
    case 116: // t
    case 118: // v
    case 92: // \
    case 39: // '
    case 34: // "
    case 63: // ?
      return k + 2;
    case 120: // x
    case 88: {
      let j = k + 2;
      while (j < n && j < k + 4 && isHexDigit(text.charCodeAt(j))) j++;
      if (j === k + 2) {
        err(k, j, "invalid escape sequence");
      }
      return j;
    }
    case 117: // u
    case 85: {
      // U
      const len = c === 117 ? 4 : 8;
      let j = k + 2;
      let cp = 0;
      while (j < n && j < k + 2 + len && isHexDigit(text.charCodeAt(j))) {
        cp = cp * 16 + hexVal(text.charCodeAt(j));
        j++;
      }
      if (j !== k + 2 + len || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) err(k, j, "invalid escape sequence");
      return j;
    }
    default:
      if (c >= 48 && c <= 55) {
        let j = k + 2;
        while (j < n && j < k + 4) {
          const d = text.charCodeAt(j);
          if (d < 48 || d > 55) break;
          j++;
        }
        return j;
      }
      if (c === 10 || k + 1 >= n) {
        err(k, k + 1, "invalid escape sequence");
        return k + 1;
      }
      err(k, k + 2, "invalid escape sequence");
      return k + 2;
  }
}

function hexVal(c: number): number {
  return c <= 57 ? c - 48 : (c | 0x20) - 87;
}

// ---- literal decoding (used by the parser) -----------------------------------------------------

const utf8Encoder = new TextEncoder();

/**
 * Appends the decoded bytes of the string token text[s, e) (quotes included) to `out`. Invalid
 * escapes are skipped (the lexer reported them).
 */
export function decodeStringInto(text: string, s: number, e: number, out: ByteSink): void {
  const q = text.charCodeAt(s);
  let j = s + 1;
  let stop = e;
  if (stop > j && text.charCodeAt(stop - 1) === q && stop - 1 > s) stop--;
  let runStart = j;
  while (j < stop) {
    const c = text.charCodeAt(j);
    if (c !== 92) {
      j++;
      continue;
    }
    if (j > runStart) out.text(text, runStart, j);
    const d = j + 1 < stop ? text.charCodeAt(j + 1) : 0;
    switch (d) {
      case 97: out.byte(7); j += 2; break;
      case 98: out.byte(8); j += 2; break;
      case 102: out.byte(12); j += 2; break;
      case 110: out.byte(10); j += 2; break;
      case 114: out.byte(13); j += 2; break;
      case 116: out.byte(9); j += 2; break;
      case 118: out.byte(11); j += 2; break;
      case 92: case 39: case 34: case 63: out.byte(d); j += 2; break;
      case 120: case 88: {
        let k = j + 2;
        let v = 0;
        while (k < stop && k < j + 4 && isHexDigit(text.charCodeAt(k))) {
          v = v * 16 + hexVal(text.charCodeAt(k));
          k++;
        }
        if (k > j + 2) out.byte(v);
        j = k;
        break;
      }
      case 117: case 85: {
        const len = d === 117 ? 4 : 8;
        let k = j + 2;
        let cp = 0;
        while (k < stop && k < j + 2 + len && isHexDigit(text.charCodeAt(k))) {
          cp = cp * 16 + hexVal(text.charCodeAt(k));
          k++;
        }
        if (k === j + 2 + len && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) out.codePoint(cp);
        j = k;
        break;
      }
      default:
        if (d >= 48 && d <= 55) {
          let k = j + 1;
          let v = 0;
          while (k < stop && k < j + 4) {
            const o = text.charCodeAt(k);
            if (o < 48 || o > 55) break;
            v = v * 8 + (o - 48);
            k++;
          }
          out.byte(v & 0xff);
          j = k;
        } else j += d === 0 ? 1 : 2;
    }
    runStart = j;
  }
  if (stop > runStart) out.text(text, runStart, stop);
}

/** A growable byte buffer for string decoding. */
export class ByteSink {
  buf = new Uint8Array(64);
  len = 0;
  private ensure(extra: number): void {
    if (this.len + extra <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.len + extra) cap *= 2;
    const b = new Uint8Array(cap);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }
  byte(v: number): void {
    this.ensure(1);
    this.buf[this.len++] = v;
  }
  codePoint(cp: number): void {
    this.ensure(4);
    const b = this.buf;
    if (cp < 0x80) b[this.len++] = cp;
    else if (cp < 0x800) {
      b[this.len++] = 0xc0 | (cp >> 6);
      b[this.len++] = 0x80 | (cp & 0x3f);
    } else if (cp < 0x10000) {
      b[this.len++] = 0xe0 | (cp >> 12);
      b[this.len++] = 0x80 | ((cp >> 6) & 0x3f);
      b[this.len++] = 0x80 | (cp & 0x3f);
    } else {
      b[this.len++] = 0xf0 | (cp >> 18);
      b[this.len++] = 0x80 | ((cp >> 12) & 0x3f);
      b[this.len++] = 0x80 | ((cp >> 6) & 0x3f);
      b[this.len++] = 0x80 | (cp & 0x3f);
    }
  }
  text(t: string, s: number, e: number): void {
    let ascii = true;
    for (let k = s; k < e; k++) {
      if (t.charCodeAt(k) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      this.ensure(e - s);
      const b = this.buf;
      for (let k = s; k < e; k++) b[this.len++] = t.charCodeAt(k);
      return;
    }
    const enc = utf8Encoder.encode(t.slice(s, e));
    this.ensure(enc.length);
    this.buf.set(enc, this.len);
    this.len += enc.length;
  }
  take(): Uint8Array {
    const r = this.buf.slice(0, this.len);
    this.len = 0;
    return r;
  }
}
