/**
 * `default_value` text of a field, as buf writes it (shared/reference/descriptors.md §8): decimal
 * integers, simple enum value names, raw strings, C-escaped bytes, and floats in Go's shortest
 * `strconv.FormatFloat(v, 'g', -1, 64)` form (float32 values rounded first, then printed as doubles).
 */
import type { OptionValue } from "./ast.js";
import { FieldDescriptorProto_Type as T } from "@bufbuild/protobuf/wkt";
import { intToDouble } from "./parser.js";

/** Go's `strconv.FormatFloat(v, 'g', -1, 64)`, with buf's spellings of the special values. */
export function formatGoFloat(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (v === Infinity) return "inf";
  if (v === -Infinity) return "-inf";
  if (v === 0) return Object.is(v, -0) ? "-0" : "0";
  const e = v.toExponential();
  const at = e.indexOf("e");
  const exp = +e.slice(at + 1);
  let mant = e.slice(0, at);
  const neg = mant.charCodeAt(0) === 45;
  if (neg) mant = mant.slice(1);
  const digits = mant.length > 1 ? mant[0]! + mant.slice(2) : mant;
  let out: string;
  if (exp < -4 || exp >= 6) {
    // Go's shortest 'g' switches to %e when exp < -4 || exp >= 6.
    const m = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
    out = m + "e" + (exp < 0 ? "-" : "+") + String(Math.abs(exp)).padStart(2, "0");
  } else if (exp < 0) {
    out = "0." + "0".repeat(-exp - 1) + digits;
  } else if (digits.length <= exp + 1) {
    out = digits + "0".repeat(exp + 1 - digits.length);
  } else {
    out = digits.slice(0, exp + 1) + "." + digits.slice(exp + 1);
  }
  return neg ? "-" + out : out;
}

const utf8Strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function isUtf8(b: Uint8Array): boolean {
  try {
    utf8Strict.decode(b);
    return true;
  } catch {
    return false;
  }
}

/** C-escapes bytes the way protoc's CEscape does (octal for non-printables). */
export function escapeBytes(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    switch (c) {
      case 10: s += "\\n"; break;
      case 13: s += "\\r"; break;
      case 9: s += "\\t"; break;
      case 34: s += '\\"'; break;
      case 39: s += "\\'"; break;
      case 92: s += "\\\\"; break;
      default:
        if (c >= 0x20 && c < 0x7f) s += String.fromCharCode(c);
        else s += "\\" + c.toString(8).padStart(3, "0");
    }
  }
  return s;
}

const LIMITS: Partial<Record<T, readonly [bigint, bigint, string]>> = {
  [T.INT32]: [-(2n ** 31n), 2n ** 31n - 1n, "int32"],
  [T.SINT32]: [-(2n ** 31n), 2n ** 31n - 1n, "sint32"],
  [T.SFIXED32]: [-(2n ** 31n), 2n ** 31n - 1n, "sfixed32"],
  [T.UINT32]: [0n, 2n ** 32n - 1n, "uint32"],
  [T.FIXED32]: [0n, 2n ** 32n - 1n, "fixed32"],
  [T.INT64]: [-(2n ** 63n), 2n ** 63n - 1n, "int64"],
  [T.SINT64]: [-(2n ** 63n), 2n ** 63n - 1n, "sint64"],
  [T.SFIXED64]: [-(2n ** 63n), 2n ** 63n - 1n, "sfixed64"],
  [T.UINT64]: [0n, 2n ** 64n - 1n, "uint64"],
  [T.FIXED64]: [0n, 2n ** 64n - 1n, "fixed64"],
};

/**
 * A formatted default, or an error to report at tokens `first`..`last`. `raw` is set for a
 * `string` default that is not valid UTF-8: `text` has U+FFFD where buf keeps the bytes.
 */
export type DefaultResult = { text: string; raw?: Uint8Array } | { error: string; first: number; last: number };

/**
 * The bytes of `string` defaults that are not valid UTF-8, by field descriptor. buf writes them
 * into `default_value` unchanged, which a protobuf-es string cannot hold; the image writer puts
 * them back so image bytes equal buf's (decoded descriptors have U+FFFD either way).
 */
export const rawStringDefaults = new WeakMap<object, Uint8Array>();

const KEYWORDS = new Set(["true", "false", "inf", "nan"]);

/** Whether a name (`Foo`, `pkg.Foo`, `.pkg.Foo`) names some symbol from the field's scope. */
export type NameResolves = (name: string) => boolean;

/**
 * The error for a value of the wrong kind, as the option interpreter words it: an identifier that
 * names nothing is "cannot find" (at the name, without a sign); a keyword, the name of some symbol
 * (with its sign) or a literal is a mismatch.
 */
export function mismatch(v: OptionValue, resolves?: NameResolves): DefaultResult {
  if (v.kind !== "identValue") return { error: "mismatched types", first: v.first, last: v.last };
  if (KEYWORDS.has(v.name)) return { error: "mismatched types", first: v.last, last: v.last };
  if (resolves?.(v.name)) return { error: "mismatched types", first: v.first, last: v.last };
  return { error: `cannot find \`${v.name}\` in this scope`, first: v.nameFirst, last: v.last };
}

/**
 * The default_value text for a scalar field of type `type` (descriptors.md §8), or the error buf
 * reports. Enum defaults are handled by the caller (they need the enum's values). `tokenText`
 * gives a token's source text (to tell hex literals and spelled-out `inf`/`nan`).
 */
export function formatDefault(type: T, v: OptionValue, tokenText: (tok: number) => string, resolves?: NameResolves): DefaultResult {
  const lim = LIMITS[type];
  if (lim) {
    if (v.kind !== "int") return mismatch(v, resolves);
    const n = v.negative ? -v.magnitude : v.magnitude;
    if (n < lim[0] || n > lim[1]) return { error: `literal out of range for \`${lim[2]}\``, first: v.first, last: v.last };
    return { text: n.toString() };
  }
  switch (type) {
    case T.BOOL:
      if (v.kind === "identValue" && !v.negative) {
        if (v.name === "true" || v.name === "false") return { text: v.name };
        if (v.name === "True" || v.name === "False" || v.name === "t" || v.name === "f") {
          return { error: "non-canonical `bool` literal outside of message expression", first: v.first, last: v.last };
        }
      }
      return mismatch(v, resolves);
    case T.STRING:
      if (v.kind !== "string") return mismatch(v, resolves);
      if (v.value.includes("\uFFFD") && !isUtf8(v.bytes)) return { text: v.value, raw: v.bytes };
      return { text: v.value };
    case T.BYTES:
      if (v.kind !== "string") return mismatch(v, resolves);
      return { text: escapeBytes(v.bytes) };
    case T.DOUBLE:
    case T.FLOAT: {
      let x: number;
      let name: string | undefined;
      if (v.kind === "float") {
        const t = tokenText(v.last);
        const c = t.charCodeAt(0);
        if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) name = t; // `inf` / `nan` spelled as a word
        x = v.magnitude;
      } else if (v.kind === "int") {
        const t = tokenText(v.last);
        if (t.length > 1 && t.charCodeAt(0) === 48 && (t.charCodeAt(1) | 0x20) === 120) {
          return { error: "unsupported base for floating-point literal", first: v.first, last: v.last };
        }
        x = intToDouble(v.magnitude); // buf keeps 53 bits of a literal wider than uint64
      } else if (v.kind === "identValue") {
        name = v.name;
        x = NaN;
      } else return mismatch(v, resolves);
      if (name !== undefined) {
        if (name === "inf") x = Infinity;
        else if (name === "nan") x = NaN;
        else return { error: "non-canonical floating-point literal outside of message expression", first: v.first, last: v.last };
      }
      if (v.negative) x = -x;
      if (Number.isNaN(x)) return { text: "nan" };
      if (type === T.FLOAT) x = Math.fround(x);
      return { text: formatGoFloat(x) };
    }
    default:
      return mismatch(v, resolves);
  }
}
