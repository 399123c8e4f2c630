/**
 * Regular expressions of protovalidate `pattern` rules (`string.pattern`, `bytes.pattern`), as buf
 * reads them: compiled with Go's `regexp` package, whose syntax is RE2's. The pattern is parsed here
 * the way Go's `regexp/syntax` parses it (same checks, in the same order, so the first error found is
 * Go's), and example values are matched with RE2JS (@bufbuild/re2), a port of RE2 that, like Go's
 * engine, runs in time linear in the text: no pattern makes it backtrack, however it nests.
 *
 * RE2JS reads what Go reads, except the looser spellings of Unicode classes Go takes (`\p{greek}`,
 * `\p{Old_Italic}` as `\p{oldItalic}`, category aliases such as `\p{Letter}`): the parse spells each
 * class the way both name it (`\p{Greek}`, `\p{L}`) in the pattern handed to RE2JS. Its Unicode
 * tables are version 16, Go's 17: a pattern naming a script new in 17 (`\p{Tai_Yo}`) is not matched
 * at all, and the characters new in 17 may fall in other classes than in Go.
 *
 * Not modelled: Go's size limits on the compiled program and its nesting-depth limit (a thousand
 * nested groups), which need patterns far beyond what a field option holds.
 */
import { RE2JS } from "@bufbuild/re2";

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
 * Whether Go's regexp finds the pattern in `text` (an unanchored search, as `matches()` does), or
 * undefined when the pattern is invalid or names a script RE2JS does not know.
 */
export function re2Matches(pattern: string, text: string): boolean | undefined {
  let matcher = matchers.get(pattern);
  if (matcher === undefined) matchers.set(pattern, (matcher = compile(pattern)));
  return matcher === null ? undefined : matcher.test(text);
}

/** Compiled patterns; null: not matched. */
const matchers = new Map<string, RE2JS | null>();

function compile(pattern: string): RE2JS | null {
  const result = parseRe2(pattern);
  if ("error" in result) return null;
  try {
    return RE2JS.compile(result.source);
  } catch {
    // Valid for Go, not for RE2JS: a script newer than its Unicode tables.
    return null;
  }
}

const cache = new Map<string, { error: string } | { source: string }>();

/** Go's first error in the pattern, or the pattern as RE2JS reads it. */
function parseRe2(pattern: string): { error: string } | { source: string } {
  let result = cache.get(pattern);
  if (!result) {
    try {
      result = { source: new Re2Parser(pattern).parse() };
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

/** A parsed piece: for counted repetitions their bounds (for Go's product limit), and its parts. */
interface Node {
  readonly count?: { readonly min: number; readonly max: number };
  readonly subs: readonly Node[];
}

/** An open group: the alternatives and pieces parsed so far. */
interface Frame {
  readonly alts: Node[];
  items: Node[];
}

/** A Unicode class as written (from `start` to `end`) and as RE2JS reads it. */
interface Respelling {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Names of the POSIX classes (`[[:alpha:]]`). */
const POSIX_CLASSES = new Set(["alnum", "alpha", "ascii", "blank", "cntrl", "digit", "graph", "lower", "print", "punct", "space", "upper", "word", "xdigit"]);

class Re2Parser {
  private readonly frames: Frame[] = [];
  private readonly respellings: Respelling[] = [];

  constructor(private readonly s: string) {}

  /** Checks the pattern as Go does, and returns it with its Unicode classes spelled for RE2JS. */
  parse(): string {
    const s = this.s;
    this.open();
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
        this.push(alternate(this.frames.pop()!));
        i++;
      } else if (c === "^" || c === "$" || c === ".") {
        this.push(LEAF);
        i++;
      } else if (c === "[") {
        i = this.charClass(i);
      } else if (c === "*" || c === "+" || c === "?") {
        repeat = i;
        i = this.repeat(i, i + 1, undefined, lastRepeat);
      } else if (c === "{") {
        const counted = parseCount(s, i);
        if (!counted) {
          this.push(LEAF);
          i++;
        } else {
          const { min, max, end } = counted;
          if (min < 0 || min > MAX_REPEAT || max > MAX_REPEAT || (max >= 0 && min > max)) {
            throw new Re2Error(ERR.invalidRepeatSize, s.slice(i, end));
          }
          repeat = i;
          i = this.repeat(i, end, { min, max }, lastRepeat);
        }
      } else if (c === "\\") {
        i = this.backslash(i);
      } else {
        this.push(LEAF);
        i += s.codePointAt(i)! > 0xffff ? 2 : 1;
      }
      lastRepeat = repeat;
    }
    if (this.frames.length !== 1) throw new Re2Error(ERR.missingParen, s);
    let source = "";
    let from = 0;
    for (const { start, end, text } of this.respellings) {
      source += s.slice(from, start) + text;
      from = end;
    }
    return source + s.slice(from);
  }

  private top(): Frame {
    return this.frames[this.frames.length - 1]!;
  }

  private push(node: Node): void {
    this.top().items.push(node);
  }

  private open(): void {
    this.frames.push({ alts: [], items: [] });
  }

  /**
   * Applies `*`, `+`, `?` or `{n,m}` (from `start` to `end`) to the last piece, as Go's `repeat` does:
   * a following `?` (lazy) belongs to it, a repetition right after another is an error, and so is one
   * with nothing before it.
   */
  private repeat(start: number, end: number, count: { min: number; max: number } | undefined, lastRepeat: number | undefined): number {
    const s = this.s;
    if (s[end] === "?") end++;
    if (lastRepeat !== undefined) throw new Re2Error(ERR.invalidRepeatOp, s.slice(lastRepeat, end));
    const items = this.top().items;
    const sub = items.pop();
    if (!sub) throw new Re2Error(ERR.missingRepeatArgument, s.slice(start, end));
    const node: Node = { subs: [sub], ...(count ? { count } : {}) };
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
    let negated = false;
    let sawFlag = false;
    let j = i + 2;
    while (j < s.length) {
      const cp = s.codePointAt(j)!;
      j += cp > 0xffff ? 2 : 1;
      const c = String.fromCodePoint(cp);
      if (c === "i" || c === "m" || c === "s" || c === "U") {
        sawFlag = true;
      } else if (c === "-") {
        if (negated) break;
        negated = true;
        sawFlag = false;
      } else if (c === ":" || c === ")") {
        if (negated && !sawFlag) break;
        if (c === ":") this.open();
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
      if (next === "A" || next === "z" || next === "b" || next === "B" || isPerlClass(next)) {
        this.push(LEAF);
        return i + 2;
      }
      if (next === "C") throw new Re2Error(ERR.invalidEscape, "\\C");
      if (next === "Q") {
        // \Q…\E: everything up to \E (or the end) is literal; a repetition after it takes its last character.
        const end = s.indexOf("\\E", i + 2);
        const stop = end < 0 ? s.length : end;
        if (stop > i + 2) this.push(LEAF);
        return end < 0 ? s.length : end + 2;
      }
      if (next === "p" || next === "P") {
        const end = this.unicodeClass(i);
        this.push(LEAF);
        return end;
      }
    }
    const { end } = escape(s, i);
    this.push(LEAF);
    return end;
  }

  /** A bracketed class, from the `[` at `i`. */
  private charClass(i: number): number {
    const s = this.s;
    const whole = s.slice(i);
    let j = i + 1;
    if (s[j] === "^") j++;
    let first = true;
    while (j >= s.length || s[j] !== "]" || first) {
      first = false;
      if (s.length - j > 2 && s[j] === "[" && s[j + 1] === ":") {
        const close = s.indexOf(":]", j + 2);
        if (close >= 0) {
          const name = s.slice(j, close + 2);
          if (!POSIX_CLASSES.has(name.slice(name[2] === "^" ? 3 : 2, -2))) throw new Re2Error(ERR.invalidCharRange, name);
          j = close + 2;
          continue;
        }
      }
      if (s[j] === "\\" && (s[j + 1] === "p" || s[j + 1] === "P")) {
        j = this.unicodeClass(j);
        continue;
      }
      if (s[j] === "\\" && isPerlClass(s[j + 1])) {
        j += 2;
        continue;
      }
      const start = j;
      const lo = classChar(s, j, whole);
      j = lo.end;
      if (s.length - j >= 2 && s[j] === "-" && s[j + 1] !== "]") {
        const hi = classChar(s, j + 1, whole);
        j = hi.end;
        if (hi.cp < lo.cp) throw new Re2Error(ERR.invalidCharRange, s.slice(start, j));
      }
    }
    this.push(LEAF);
    return j + 1;
  }

  /**
   * `\pN`, `\p{Name}`, `\P{Name}`, `\p{^Name}` at `i` (Go's `parseUnicodeClass`), inside a class or
   * not; respelled as `\p{Name}` or `\P{Name}` with the name as Go's tables have it.
   */
  private unicodeClass(i: number): number {
    const s = this.s;
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
    const end = i + seq.length;
    this.respellings.push({ start: i, end, text: `\\${negated ? "P" : "p"}{${group}}` });
    return end;
  }
}

/** A piece without parts: a character, a class, an anchor. */
const LEAF: Node = { subs: [] };

/** The pieces of one alternative, joined. */
function concat(items: readonly Node[]): Node {
  return items.length === 1 ? items[0]! : { subs: items };
}

/** A group's alternatives (the last one still open in `frame.items`), joined. */
function alternate(frame: Frame): Node {
  const alts = [...frame.alts, concat(frame.items)];
  return alts.length === 1 ? alts[0]! : { subs: alts };
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

/** `\d \D \s \S \w \W`. */
function isPerlClass(c: string | undefined): boolean {
  return c !== undefined && "dDsSwW".includes(c);
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
 * Canonical name → the name Go's tables give the group (`Greek`, `Lu`, `LC` for `Letter`, `Lc`,
 * `cased letter`), as RE2JS takes it too; `Any`, `Ascii` and `Assigned` as both spell them.
 */
function unicodeGroups(): Map<string, string> {
  if (!groups) {
    groups = new Map([["Any", "Any"], ["Ascii", "Ascii"], ["Assigned", "Assigned"]]);
    for (const c of CATEGORIES.split(" ")) groups.set(canonicalName(c), c);
    for (const [alias, c] of Object.entries(CATEGORY_ALIASES)) groups.set(canonicalName(alias), c);
    for (const script of SCRIPTS) groups.set(canonicalName(script), script);
  }
  return groups;
}
