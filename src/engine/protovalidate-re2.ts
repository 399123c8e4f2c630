/**
 * Regular expressions of protovalidate `pattern` rules (`string.pattern`, `bytes.pattern`), as buf
 * reads them: compiled with Go's `regexp` package, whose syntax is RE2's. JavaScript's RegExp is a
 * different dialect both ways: it takes lookaround, backreferences and `\k<name>`, which RE2 rejects,
 * and rejects `(?P<name>…)`, `(?i)` flag groups, `\z`, `\pL` or `[[:alpha:]]`, which RE2 takes. So the
 * pattern is parsed here the way Go's `regexp/syntax` parses it (same checks, in the same order, so
 * the first error found is Go's), and the parse also yields an equivalent JavaScript RegExp for
 * matching example values.
 *
 * Not modelled: Go's size limits on the compiled program and its nesting-depth limit (a thousand
 * nested groups), which need patterns far beyond what a field option holds.
 */

/** Go's limit on a counted repetition `{n,m}`, and on the product of nested counts. */
const MAX_REPEAT = 1000;

/** Go's parse error codes (regexp/syntax `ErrorCode`). */
const ERR = {
  invalidCharRange: "invalid character class range",
  invalidEscape: "invalid escape sequence",
  invalidNamedCapture: "invalid named capture",
  invalidPerlOp: "invalid or unsupported Perl syntax",
  invalidRepeatOp: "invalid nested repetition operator",
  invalidRepeatSize: "invalid repeat count",
  missingBracket: "missing closing ]",
  missingParen: "missing closing )",
  missingRepeatArgument: "missing argument to repetition operator",
  trailingBackslash: "trailing backslash at end of expression",
  unexpectedParen: "unexpected )",
} as const;

/** Why Go's `regexp.Compile` rejects the pattern (`invalid escape sequence: \`\C\``), or undefined. */
export function re2SyntaxError(pattern: string): string | undefined {
  const result = parseRe2(pattern);
  return "error" in result ? result.error : undefined;
}

/**
 * A RegExp that matches what Go's regexp matches for the pattern (an unanchored search, as
 * `matches()` does), or undefined when the pattern is invalid or uses what the translation does not
 * carry over: case-insensitive parts next to case-sensitive ones (JavaScript has one `i` flag for the
 * whole expression).
 */
export function re2ToRegExp(pattern: string): RegExp | undefined {
  const result = parseRe2(pattern);
  return "regexp" in result ? result.regexp : undefined;
}

const cache = new Map<string, { error: string } | { regexp: RegExp | undefined }>();

function parseRe2(pattern: string): { error: string } | { regexp: RegExp | undefined } {
  let result = cache.get(pattern);
  if (!result) {
    try {
      result = { regexp: new Re2Parser(pattern).parse() };
    } catch (e) {
      if (!(e instanceof Re2Error)) throw e;
      result = { error: `${e.code}: \`${e.expr}\`` };
    }
    cache.set(pattern, result);
  }
  return result;
}

class Re2Error {
  constructor(
    readonly code: string,
    readonly expr: string,
  ) {}
}

/** A parsed piece: its JavaScript source, and for counted repetitions their bounds (for Go's product limit). */
interface Node {
  readonly js: string;
  readonly count?: { readonly min: number; readonly max: number };
  readonly subs: readonly Node[];
}

interface Flags {
  /** `i` */
  readonly fold: boolean;
  /** `s` */
  readonly dotNL: boolean;
  /** Not `m`: `^` and `$` match at the text's ends only. */
  readonly oneLine: boolean;
  /** `U` */
  readonly nonGreedy: boolean;
}

/** An open group: the alternatives and pieces parsed so far, and the flags to restore at its `)`. */
interface Frame {
  readonly alts: Node[];
  items: Node[];
  readonly outerFlags: Flags;
}

/** Inclusive code point ranges. */
type Ranges = readonly (readonly [number, number])[];

const DIGIT: Ranges = [[0x30, 0x39]];
const WORD: Ranges = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]];
const SPACE: Ranges = [[0x09, 0x0a], [0x0c, 0x0d], [0x20, 0x20]];
const PERL_CLASSES: Readonly<Record<string, Ranges>> = { d: DIGIT, s: SPACE, w: WORD };
const POSIX_CLASSES: Readonly<Record<string, Ranges>> = {
  alnum: [[0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a]],
  alpha: [[0x41, 0x5a], [0x61, 0x7a]],
  ascii: [[0x00, 0x7f]],
  blank: [[0x09, 0x09], [0x20, 0x20]],
  cntrl: [[0x00, 0x1f], [0x7f, 0x7f]],
  digit: DIGIT,
  graph: [[0x21, 0x7e]],
  lower: [[0x61, 0x7a]],
  print: [[0x20, 0x7e]],
  punct: [[0x21, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0x7e]],
  space: [[0x09, 0x0d], [0x20, 0x20]],
  upper: [[0x41, 0x5a]],
  word: WORD,
  xdigit: [[0x30, 0x39], [0x41, 0x46], [0x61, 0x66]],
};

class Re2Parser {
  private flags: Flags = { fold: false, dotNL: false, oneLine: true, nonGreedy: false };
  private readonly frames: Frame[] = [];
  /** Case-folding settings the pattern's characters were read under (both: not translatable). */
  private readonly folds = new Set<boolean>();

  constructor(private readonly s: string) {}

  parse(): RegExp | undefined {
    const s = this.s;
    this.frames.push({ alts: [], items: [], outerFlags: this.flags });
    let i = 0;
    /** Where the repetition operator just before starts (Go rejects `a**`), if the last piece was one. */
    let lastRepeat: number | undefined;
    while (i < s.length) {
      let repeat: number | undefined;
      const c = s[i];
      if (c === "(") {
        if (s[i + 1] === "?") i = this.perlFlags(i);
        else {
          this.open();
          i++;
        }
      } else if (c === "|") {
        const frame = this.top();
        frame.alts.push(concat(frame.items));
        frame.items = [];
        i++;
      } else if (c === ")") {
        if (this.frames.length === 1) throw new Re2Error(ERR.unexpectedParen, s);
        const frame = this.frames.pop()!;
        const group = alternate(frame);
        this.flags = frame.outerFlags;
        this.push({ js: `(?:${group.js})`, subs: [group] });
        i++;
      } else if (c === "^") {
        this.push({ js: this.flags.oneLine ? "^" : "(?:^|(?<=\\n))", subs: [] });
        i++;
      } else if (c === "$") {
        this.push({ js: this.flags.oneLine ? "$" : "(?:$|(?=\\n))", subs: [] });
        i++;
      } else if (c === ".") {
        this.push({ js: this.flags.dotNL ? "[^]" : "[^\\n]", subs: [] });
        i++;
      } else if (c === "[") {
        i = this.charClass(i);
      } else if (c === "*" || c === "+" || c === "?") {
        repeat = i;
        i = this.repeat(i, i + 1, c, undefined, lastRepeat);
      } else if (c === "{") {
        const counted = parseCount(s, i);
        if (!counted) {
          this.literal(0x7b);
          i++;
        } else {
          const { min, max, end } = counted;
          if (min < 0 || min > MAX_REPEAT || max > MAX_REPEAT || (max >= 0 && min > max)) {
            throw new Re2Error(ERR.invalidRepeatSize, s.slice(i, end));
          }
          repeat = i;
          i = this.repeat(i, end, max < 0 ? `{${min},}` : min === max ? `{${min}}` : `{${min},${max}}`, { min, max }, lastRepeat);
        }
      } else if (c === "\\") {
        i = this.backslash(i);
      } else {
        const cp = s.codePointAt(i)!;
        this.literal(cp);
        i += cp > 0xffff ? 2 : 1;
      }
      lastRepeat = repeat;
    }
    if (this.frames.length !== 1) throw new Re2Error(ERR.missingParen, s);
    const root = alternate(this.frames[0]!);
    if (this.folds.size > 1) return undefined;
    try {
      return new RegExp(root.js, this.folds.has(true) ? "iu" : "u");
    } catch {
      return undefined;
    }
  }

  private top(): Frame {
    return this.frames[this.frames.length - 1]!;
  }

  private push(node: Node): void {
    this.top().items.push(node);
  }

  private open(): void {
    this.frames.push({ alts: [], items: [], outerFlags: this.flags });
  }

  private literal(cp: number): void {
    this.folds.add(this.flags.fold);
    this.push({ js: escapeCodePoint(cp), subs: [] });
  }

  /**
   * Applies `*`, `+`, `?` or `{n,m}` (from `start` to `end`) to the last piece, as Go's `repeat` does:
   * a following `?` makes it lazy, a repetition right after another is an error, and so is one with
   * nothing before it.
   */
  private repeat(start: number, end: number, op: string, count: { min: number; max: number } | undefined, lastRepeat: number | undefined): number {
    const s = this.s;
    let lazy = this.flags.nonGreedy;
    if (s[end] === "?") {
      end++;
      lazy = !lazy;
    }
    if (lastRepeat !== undefined) throw new Re2Error(ERR.invalidRepeatOp, s.slice(lastRepeat, end));
    const items = this.top().items;
    const sub = items.pop();
    if (!sub) throw new Re2Error(ERR.missingRepeatArgument, s.slice(start, end));
    const node: Node = { js: `(?:${sub.js})${op}${lazy ? "?" : ""}`, subs: [sub], ...(count ? { count } : {}) };
    items.push(node);
    if (count && (count.min >= 2 || count.max >= 2) && !repeatIsValid(node, MAX_REPEAT)) {
      throw new Re2Error(ERR.invalidRepeatSize, s.slice(start, end));
    }
    return end;
  }

  /** `(?flags)`, `(?flags:…)`, `(?P<name>…)` and `(?<name>…)`, from the `(` at `i`. */
  private perlFlags(i: number): number {
    const s = this.s;
    const t = s.slice(i);
    const withP = t.length > 4 && t[2] === "P" && t[3] === "<";
    if (withP || (t.length > 3 && t[2] === "<")) {
      const end = t.indexOf(">");
      if (end < 0) throw new Re2Error(ERR.invalidNamedCapture, t);
      const name = t.slice(withP ? 4 : 3, end);
      if (!/^[0-9A-Za-z_]+$/.test(name)) throw new Re2Error(ERR.invalidNamedCapture, t.slice(0, end + 1));
      this.open();
      return i + end + 1;
    }
    let { fold, dotNL, oneLine, nonGreedy } = this.flags;
    let negated = false;
    let sawFlag = false;
    let j = i + 2;
    while (j < s.length) {
      const cp = s.codePointAt(j)!;
      j += cp > 0xffff ? 2 : 1;
      const c = String.fromCodePoint(cp);
      if (c === "i" || c === "m" || c === "s" || c === "U") {
        if (c === "i") fold = !negated;
        else if (c === "m") oneLine = negated;
        else if (c === "s") dotNL = !negated;
        else nonGreedy = !negated;
        sawFlag = true;
      } else if (c === "-") {
        if (negated) break;
        negated = true;
        sawFlag = false;
      } else if (c === ":" || c === ")") {
        if (negated && !sawFlag) break;
        if (c === ":") this.open();
        this.flags = { fold, dotNL, oneLine, nonGreedy };
        return j;
      } else break;
    }
    throw new Re2Error(ERR.invalidPerlOp, s.slice(i, j));
  }

  /** An escape outside a class, from the `\` at `i`. */
  private backslash(i: number): number {
    const s = this.s;
    const next = s[i + 1];
    if (next !== undefined) {
      if (next === "A") return this.anchor("^", i);
      if (next === "z") return this.anchor("$", i);
      if (next === "b") return this.anchor("\\b", i);
      if (next === "B") return this.anchor("\\B", i);
      if (next === "C") throw new Re2Error(ERR.invalidEscape, "\\C");
      if (next === "Q") {
        // \Q…\E: everything up to \E (or the end) is literal.
        const end = s.indexOf("\\E", i + 2);
        const text = s.slice(i + 2, end < 0 ? s.length : end);
        for (const ch of text) this.literal(ch.codePointAt(0)!);
        return end < 0 ? s.length : end + 2;
      }
      if (next === "p" || next === "P") {
        const { js, end } = unicodeClass(s, i);
        this.folds.add(this.flags.fold);
        this.push({ js: `[${js}]`, subs: [] });
        return end;
      }
      const perl = perlClass(next);
      if (perl) {
        this.folds.add(this.flags.fold);
        this.push({ js: `[${rangesJs(perl.ranges, perl.negated)}]`, subs: [] });
        return i + 2;
      }
    }
    const { cp, end } = escape(s, i);
    this.literal(cp);
    return end;
  }

  private anchor(js: string, i: number): number {
    this.push({ js, subs: [] });
    return i + 2;
  }

  /** A bracketed class, from the `[` at `i`. */
  private charClass(i: number): number {
    const s = this.s;
    const whole = s.slice(i);
    let j = i + 1;
    let negated = false;
    if (s[j] === "^") {
      negated = true;
      j++;
    }
    let js = "";
    let first = true;
    while (j >= s.length || s[j] !== "]" || first) {
      first = false;
      if (s.length - j > 2 && s[j] === "[" && s[j + 1] === ":") {
        const close = s.indexOf(":]", j + 2);
        if (close >= 0) {
          const name = s.slice(j, close + 2);
          const negatedGroup = name[2] === "^";
          const ranges = POSIX_CLASSES[name.slice(negatedGroup ? 3 : 2, -2)];
          if (!ranges) throw new Re2Error(ERR.invalidCharRange, name);
          js += rangesJs(ranges, negatedGroup);
          j = close + 2;
          continue;
        }
      }
      if (s[j] === "\\" && (s[j + 1] === "p" || s[j + 1] === "P")) {
        const unicode = unicodeClass(s, j);
        js += unicode.js;
        j = unicode.end;
        continue;
      }
      const perl = s[j] === "\\" ? perlClass(s[j + 1]) : undefined;
      if (perl) {
        js += rangesJs(perl.ranges, perl.negated);
        j += 2;
        continue;
      }
      const start = j;
      const lo = classChar(s, j, whole);
      let hi = lo.cp;
      j = lo.end;
      if (s.length - j >= 2 && s[j] === "-" && s[j + 1] !== "]") {
        const high = classChar(s, j + 1, whole);
        hi = high.cp;
        j = high.end;
        if (hi < lo.cp) throw new Re2Error(ERR.invalidCharRange, s.slice(start, j));
      }
      js += lo.cp === hi ? escapeCodePoint(lo.cp) : `${escapeCodePoint(lo.cp)}-${escapeCodePoint(hi)}`;
    }
    this.folds.add(this.flags.fold);
    // An empty JavaScript class never matches (and its negation matches any character), as in Go.
    this.push({ js: `[${negated ? "^" : ""}${js}]`, subs: [] });
    return j + 1;
  }
}

/** The pieces of one alternative, joined. */
function concat(items: readonly Node[]): Node {
  if (items.length === 1) return items[0]!;
  return { js: items.map((n) => n.js).join("") || "(?:)", subs: items };
}

/** A group's alternatives (the last one still open in `frame.items`), joined. */
function alternate(frame: Frame): Node {
  const alts = [...frame.alts, concat(frame.items)];
  if (alts.length === 1) return alts[0]!;
  return { js: alts.map((n) => n.js).join("|"), subs: alts };
}

/** Go's `repeatIsValid`: nested counted repetitions multiply to at most `n` copies. */
function repeatIsValid(node: Node, n: number): boolean {
  if (node.count) {
    let m = node.count.max;
    if (m === 0) return true;
    if (m < 0) m = node.count.min;
    if (m > n) return false;
    if (m > 0) n = Math.trunc(n / m);
  }
  return node.subs.every((sub) => repeatIsValid(sub, n));
}

/** `{min}`, `{min,}` (max -1) or `{min,max}` at `i`, as Go's `parseRepeat`; undefined: a literal `{`. */
function parseCount(s: string, i: number): { min: number; max: number; end: number } | undefined {
  let j = i + 1;
  const first = parseInt(s, j);
  if (!first) return undefined;
  let min = first.n;
  let max: number;
  j = first.end;
  if (j >= s.length) return undefined;
  if (s[j] !== ",") max = min;
  else {
    j++;
    if (j >= s.length) return undefined;
    if (s[j] === "}") max = -1;
    else {
      const second = parseInt(s, j);
      if (!second) return undefined;
      max = second.n;
      j = second.end;
      if (max < 0) min = -1;
    }
  }
  if (s[j] !== "}") return undefined;
  return { min, max, end: j + 1 };
}

/** Decimal digits at `i` (no leading zero); the value is -1 when too large, as in Go. */
function parseInt(s: string, i: number): { n: number; end: number } | undefined {
  const isDigit = (k: number): boolean => s[k] !== undefined && s[k]! >= "0" && s[k]! <= "9";
  if (!isDigit(i) || (s[i] === "0" && isDigit(i + 1))) return undefined;
  let end = i;
  while (isDigit(end)) end++;
  let n = 0;
  for (let k = i; k < end; k++) {
    if (n >= 1e8) {
      n = -1;
      break;
    }
    n = n * 10 + (s.charCodeAt(k) - 0x30);
  }
  return { n, end };
}

/** `\d \D \s \S \w \W` (ASCII, as in Go). */
function perlClass(c: string | undefined): { ranges: Ranges; negated: boolean } | undefined {
  if (c === undefined) return undefined;
  const ranges = PERL_CLASSES[c.toLowerCase()];
  return ranges ? { ranges, negated: c !== c.toLowerCase() } : undefined;
}

/** A single character of a class: an escape or a literal character, at `j`. */
function classChar(s: string, j: number, whole: string): { cp: number; end: number } {
  if (j >= s.length) throw new Re2Error(ERR.missingBracket, whole);
  if (s[j] === "\\") return escape(s, j);
  const cp = s.codePointAt(j)!;
  return { cp, end: j + (cp > 0xffff ? 2 : 1) };
}

/** A single-character escape at `i` (Go's `parseEscape`): octal, hex, C escapes, punctuation. */
function escape(s: string, i: number): { cp: number; end: number } {
  let j = i + 1;
  if (j >= s.length) throw new Re2Error(ERR.trailingBackslash, "");
  const c = s.codePointAt(j)!;
  j += c > 0xffff ? 2 : 1;
  const invalid = (): Re2Error => new Re2Error(ERR.invalidEscape, s.slice(i, j));
  const isOctal = (k: number): boolean => s[k] !== undefined && s[k]! >= "0" && s[k]! <= "7";
  const ch = String.fromCodePoint(c);
  if (ch >= "1" && ch <= "7" && !isOctal(j)) throw invalid(); // a backreference
  if (ch >= "0" && ch <= "7") {
    let cp = c - 0x30;
    for (let k = 1; k < 3 && isOctal(j); k++, j++) cp = cp * 8 + (s.charCodeAt(j) - 0x30);
    return { cp, end: j };
  }
  if (ch === "x") {
    if (j >= s.length) throw invalid();
    if (s[j] === "{") {
      j++;
      let cp = 0;
      let digits = 0;
      for (;;) {
        if (j >= s.length) throw invalid();
        const d = s.codePointAt(j)!;
        j += d > 0xffff ? 2 : 1;
        if (d === 0x7d) break;
        const v = hexValue(d);
        if (v < 0) throw invalid();
        cp = cp * 16 + v;
        if (cp > 0x10ffff) throw invalid();
        digits++;
      }
      if (digits === 0) throw invalid();
      return { cp, end: j };
    }
    const x = hexValue(s.codePointAt(j)!);
    j += s.codePointAt(j)! > 0xffff ? 2 : 1;
    const y = j < s.length ? hexValue(s.codePointAt(j)!) : -1;
    if (j < s.length) j += s.codePointAt(j)! > 0xffff ? 2 : 1;
    if (x < 0 || y < 0) throw invalid();
    return { cp: x * 16 + y, end: j };
  }
  const C_ESCAPES: Readonly<Record<string, number>> = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };
  const cEscape = C_ESCAPES[ch];
  if (cEscape !== undefined) return { cp: cEscape, end: j };
  // Escaped punctuation stands for itself; escaped letters and digits are errors (no \q, \Z, \k).
  if (c < 0x80 && !/[0-9A-Za-z]/.test(ch)) return { cp: c, end: j };
  throw invalid();
}

function hexValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp >= 0x61 && cp <= 0x66) return cp - 0x61 + 10;
  if (cp >= 0x41 && cp <= 0x46) return cp - 0x41 + 10;
  return -1;
}

/**
 * `\pN`, `\p{Name}`, `\P{Name}`, `\p{^Name}` at `i` (Go's `parseUnicodeClass`), as the inside of a
 * JavaScript class.
 */
function unicodeClass(s: string, i: number): { js: string; end: number } {
  let negated = s[i + 1] === "P";
  let seq: string;
  let name: string;
  if (s[i + 2] !== "{") {
    const cp = s.codePointAt(i + 2);
    seq = s.slice(i, i + 2 + (cp === undefined ? 0 : cp > 0xffff ? 2 : 1));
    name = seq.slice(2);
  } else {
    const end = s.indexOf("}", i);
    if (end < 0) throw new Re2Error(ERR.invalidCharRange, s.slice(i));
    seq = s.slice(i, end + 1);
    name = s.slice(i + 3, end);
  }
  if (name.startsWith("^")) {
    negated = !negated;
    name = name.slice(1);
  }
  const group = unicodeGroups().get(canonicalName(name));
  if (!group) throw new Re2Error(ERR.invalidCharRange, seq);
  const js =
    group === "Any" ? (negated ? "" : "\\u{0}-\\u{10FFFF}")
    : group === "ASCII" ? rangesJs([[0, 0x7f]], negated)
    : group === "Assigned" ? `\\${negated ? "p" : "P"}{gc=Cn}`
    : `\\${negated ? "P" : "p"}{${group}}`;
  return { js, end: i + seq.length };
}

/**
 * Go's `canonicalName`: spaces, `_` and `-` dropped, the first letter upper case and the others
 * lower case, so `\p{greek}`, `\p{Old_Italic}` and `\p{oldItalic}` name the same group.
 */
function canonicalName(name: string): string {
  let out = "";
  let first = true;
  for (const c of name) {
    if (c === "_" || c === "-" || c === " ") continue;
    if (first) {
      out += c >= "a" && c <= "z" ? c.toUpperCase() : c;
      first = false;
    } else out += c >= "A" && c <= "Z" ? c.toLowerCase() : c;
  }
  return out;
}

/** General categories Go knows (`unicode.Categories`), by short name. */
const CATEGORIES = "C Cc Cf Cn Co Cs L LC Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps S Sc Sk Sm So Z Zl Zp Zs";

/** Long names of categories Go accepts too (`unicode.CategoryAliases`). */
const CATEGORY_ALIASES: Readonly<Record<string, string>> = {
  Cased_Letter: "LC", Close_Punctuation: "Pe", Combining_Mark: "M", Connector_Punctuation: "Pc", Control: "Cc",
  Currency_Symbol: "Sc", Dash_Punctuation: "Pd", Decimal_Number: "Nd", Enclosing_Mark: "Me", Final_Punctuation: "Pf",
  Format: "Cf", Initial_Punctuation: "Pi", Letter: "L", Letter_Number: "Nl", Line_Separator: "Zl",
  Lowercase_Letter: "Ll", Mark: "M", Math_Symbol: "Sm", Modifier_Letter: "Lm", Modifier_Symbol: "Sk",
  Nonspacing_Mark: "Mn", Number: "N", Open_Punctuation: "Ps", Other: "C", Other_Letter: "Lo", Other_Number: "No",
  Other_Punctuation: "Po", Other_Symbol: "So", Paragraph_Separator: "Zp", Private_Use: "Co", Punctuation: "P",
  Separator: "Z", Space_Separator: "Zs", Spacing_Mark: "Mc", Surrogate: "Cs", Symbol: "S", Titlecase_Letter: "Lt",
  Unassigned: "Cn", Uppercase_Letter: "Lu", cntrl: "Cc", digit: "Nd", punct: "P",
};

/** Scripts Go knows (`unicode.Scripts`, Unicode 17, as in the Go release buf 1.75 is built with). */
export const SCRIPTS = (
  "Adlam Ahom Anatolian_Hieroglyphs Arabic Armenian Avestan Balinese Bamum Bassa_Vah Batak Bengali Beria_Erfe " +
  "Bhaiksuki Bopomofo Brahmi Braille Buginese Buhid Canadian_Aboriginal Carian Caucasian_Albanian Chakma Cham " +
  "Cherokee Chorasmian Common Coptic Cuneiform Cypriot Cypro_Minoan Cyrillic Deseret Devanagari Dives_Akuru Dogra " +
  "Duployan Egyptian_Hieroglyphs Elbasan Elymaic Ethiopic Garay Georgian Glagolitic Gothic Grantha Greek Gujarati " +
  "Gunjala_Gondi Gurmukhi Gurung_Khema Han Hangul Hanifi_Rohingya Hanunoo Hatran Hebrew Hiragana Imperial_Aramaic " +
  "Inherited Inscriptional_Pahlavi Inscriptional_Parthian Javanese Kaithi Kannada Katakana Kawi Kayah_Li " +
  "Kharoshthi Khitan_Small_Script Khmer Khojki Khudawadi Kirat_Rai Lao Latin Lepcha Limbu Linear_A Linear_B Lisu " +
  "Lycian Lydian Mahajani Makasar Malayalam Mandaic Manichaean Marchen Masaram_Gondi Medefaidrin Meetei_Mayek " +
  "Mende_Kikakui Meroitic_Cursive Meroitic_Hieroglyphs Miao Modi Mongolian Mro Multani Myanmar Nabataean " +
  "Nag_Mundari Nandinagari New_Tai_Lue Newa Nko Nushu Nyiakeng_Puachue_Hmong Ogham Ol_Chiki Ol_Onal Old_Hungarian " +
  "Old_Italic Old_North_Arabian Old_Permic Old_Persian Old_Sogdian Old_South_Arabian Old_Turkic Old_Uyghur Oriya " +
  "Osage Osmanya Pahawh_Hmong Palmyrene Pau_Cin_Hau Phags_Pa Phoenician Psalter_Pahlavi Rejang Runic Samaritan " +
  "Saurashtra Sharada Shavian Siddham Sidetic SignWriting Sinhala Sogdian Sora_Sompeng Soyombo Sundanese Sunuwar " +
  "Syloti_Nagri Syriac Tagalog Tagbanwa Tai_Le Tai_Tham Tai_Viet Tai_Yo Takri Tamil Tangsa Tangut Telugu Thaana " +
  "Thai Tibetan Tifinagh Tirhuta Todhri Tolong_Siki Toto Tulu_Tigalari Ugaritic Vai Vithkuqi Wancho Warang_Citi " +
  "Yezidi Yi Zanabazar_Square"
).split(" ");

let groups: Map<string, string> | undefined;
/**
 * Canonical name → the group's JavaScript property (`gc=Lu`, `sc=Greek`), or `Any`, `ASCII`,
 * `Assigned` (which JavaScript names differently).
 */
function unicodeGroups(): Map<string, string> {
  if (!groups) {
    groups = new Map([["Any", "Any"], ["Ascii", "ASCII"], ["Assigned", "Assigned"]]);
    for (const c of CATEGORIES.split(" ")) groups.set(canonicalName(c), `gc=${c}`);
    for (const [alias, c] of Object.entries(CATEGORY_ALIASES)) groups.set(canonicalName(alias), `gc=${c}`);
    for (const script of SCRIPTS) groups.set(canonicalName(script), `sc=${script}`);
  }
  return groups;
}

/** Ranges as the inside of a JavaScript class; `negated`: everything else, spelled out. */
function rangesJs(ranges: Ranges, negated: boolean): string {
  let list = ranges;
  if (negated) {
    const out: [number, number][] = [];
    let next = 0;
    for (const [lo, hi] of ranges) {
      if (lo > next) out.push([next, lo - 1]);
      next = hi + 1;
    }
    if (next <= 0x10ffff) out.push([next, 0x10ffff]);
    list = out;
  }
  return list.map(([lo, hi]) => (lo === hi ? escapeCodePoint(lo) : `${escapeCodePoint(lo)}-${escapeCodePoint(hi)}`)).join("");
}

/** A code point as JavaScript regexp source, inside or outside a class (`u` mode). */
function escapeCodePoint(cp: number): string {
  return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) ? String.fromCharCode(cp) : `\\u{${cp.toString(16)}}`;
}
