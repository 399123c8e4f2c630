/**
 * protovalidate's string formats, as protovalidate-go checks them: e-mail addresses, hostnames, IP
 * addresses and prefixes, host and port pairs, URIs and URI references. Used by the `example` checks
 * (the `string.email`, `string.uri` … rules) and by the CEL functions of the same names (`isEmail()`,
 * `isUri()` …) when CEL rules run on examples.
 */

/** The HTML standard's valid e-mail address, which protovalidate uses. */
const EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** An e-mail address (the HTML standard's definition). */
export function isEmail(s: string): boolean {
  return EMAIL.test(s);
}

/** protovalidate's hostname: dot-separated labels of letters, digits and inner hyphens; the last not all digits. */
export function isHostname(s: string): boolean {
  if (s.length > 253) return false;
  const labels = (s.endsWith(".") ? s.slice(0, -1) : s).split(".");
  return labels.every((l) => /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(l)) && !/^[0-9]+$/.test(labels.at(-1)!);
}

/** A host (hostname, IPv4, or bracketed IPv6) and a port of 0 to 65535 without leading zeros; the port is optional unless `portRequired`. */
export function isHostAndPort(s: string, portRequired = true): boolean {
  if (s.startsWith("[")) {
    const end = s.lastIndexOf("]");
    if (end < 0) return false;
    const rest = s.slice(end + 1);
    if (!isIp(s.slice(1, end), 6)) return false;
    return rest === "" ? !portRequired : rest.startsWith(":") && isPort(rest.slice(1));
  }
  const colon = s.lastIndexOf(":");
  if (colon < 0) return !portRequired && (isHostname(s) || isIp(s, 4));
  const host = s.slice(0, colon);
  return (isHostname(host) || isIp(host, 4)) && isPort(s.slice(colon + 1));
}

function isPort(s: string): boolean {
  return /^(?:0|[1-9][0-9]{0,4})$/.test(s) && Number(s) <= 65535;
}

/** An IP address of the version (0: either; other versions: none), IPv6 with an optional zone ID (`fe80::1%eth0`). */
export function isIp(s: string, version: number): boolean {
  if (version !== 0 && version !== 4 && version !== 6) return false;
  return (version !== 6 && ipv4Bits(s) !== undefined) || (version !== 4 && ipv6Bits(s, true) !== undefined);
}

/** An address and prefix length (`10.0.0.0/8`) of the version (0: either); `strict`: the host bits are zero. */
export function isIpPrefix(s: string, version: number, strict: boolean): boolean {
  const slash = s.indexOf("/");
  if (slash < 0) return false;
  const address = s.slice(0, slash);
  const length = s.slice(slash + 1);
  for (const v of version === 0 ? ([6, 4] as const) : version === 4 || version === 6 ? [version] : []) {
    const bits = v === 4 ? ipv4Bits(address) : ipv6Bits(address, false);
    const width = v === 4 ? 32 : 128;
    if (bits === undefined || !new RegExp(`^(?:0|[1-9][0-9]{0,${v === 4 ? 1 : 2}})$`).test(length) || Number(length) > width) continue;
    const hostBits = BigInt(width - Number(length));
    if (!strict || (bits & ((1n << hostBits) - 1n)) === 0n) return true;
  }
  return false;
}

/** Dotted-decimal IPv4 (octets of one to three digits, no leading zero, at most 255), as its 32 bits. */
function ipv4Bits(s: string): bigint | undefined {
  const octets = s.split(".");
  if (octets.length !== 4 || !octets.every((o) => /^(?:0|[1-9][0-9]{0,2})$/.test(o) && Number(o) <= 255)) return undefined;
  return octets.reduce((acc, o) => (acc << 8n) | BigInt(o), 0n);
}

/**
 * IPv6 text (RFC 4291: groups of one to four hex digits, one `::`, an IPv4 tail) as its 128 bits;
 * with `zone`, a `%zone` suffix is allowed. As in protovalidate, an IPv4 tail after `::` is accepted
 * whatever the number of groups before it.
 */
function ipv6Bits(s: string, zone: boolean): bigint | undefined {
  const percent = s.indexOf("%");
  if (percent >= 0) {
    if (!zone || percent === s.length - 1) return undefined;
    s = s.slice(0, percent);
  }
  const compressed = s.indexOf("::");
  if (compressed >= 0 && s.indexOf("::", compressed + 1) >= 0) return undefined;
  const split = (part: string): string[] => (part === "" ? [] : part.split(":"));
  const head = split(compressed < 0 ? s : s.slice(0, compressed));
  const tail = compressed < 0 ? [] : split(s.slice(compressed + 2));
  const groups = [...head, ...tail];
  let dotted: bigint | undefined;
  const lastGroup = groups.at(-1);
  if (lastGroup?.includes(".")) {
    dotted = ipv4Bits(lastGroup);
    if (dotted === undefined || (compressed < 0 && groups.length !== 7)) return undefined;
    (tail.length > 0 ? tail : head).pop();
    groups.pop();
  }
  if (!groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  const pieces = groups.length + (dotted === undefined ? 0 : 2);
  if (compressed < 0 ? pieces !== 8 : dotted === undefined && pieces >= 8) return undefined;
  const word = (gs: readonly string[]): bigint => gs.reduce((acc, g) => (acc << 16n) | BigInt(`0x${g}`), 0n);
  const bits = (word(head) << BigInt(16 * (8 - head.length))) | (word(tail) << (dotted === undefined ? 0n : 32n)) | (dotted ?? 0n);
  return BigInt.asUintN(128, bits);
}

/** An absolute URI (RFC 3986 `URI`: a scheme, then a hierarchical part, a query and a fragment), as protovalidate parses it. */
export function isUri(s: string): boolean {
  return new UriParser(s).uri();
}

/** A URI reference (RFC 3986 `URI-reference`: a URI or a relative reference), as protovalidate parses it. */
export function isUriRef(s: string): boolean {
  return new UriParser(s).uriReference();
}

const ALPHA = /[A-Za-z]/;
const DIGIT = /[0-9]/;
const HEX = /[0-9A-Fa-f]/;
/** `unreserved` (letters, digits, `-._~`) and `sub-delims` (`!$&'()*+,;=`). */
const UNRESERVED = /[A-Za-z0-9\-._~]/;
const SUB_DELIMS = /[!$&'()*+,;=]/;

/**
 * A recursive-descent reader of RFC 3986's grammar (with RFC 6874's zone IDs in IPv6 literals),
 * following protovalidate-go's reader step by step, quirks included: it goes over UTF-16 code units,
 * which matches Go's bytes here since no rule accepts a character outside ASCII; a URI whose query or
 * fragment fails leaves the position after the `?` or `#`, where a URI reference is then read again
 * (so `a:b?//[::1]` is a URI reference, read as `//[::1]`); ports have no upper bound; a host with
 * percent-encoding must decode to valid UTF-8; an IPv6 literal takes only hex digits and colons
 * (an IPv4 tail is rejected).
 */
class UriParser {
  private at = 0;
  private pctEncodedFound = false;

  constructor(private readonly s: string) {}

  /** `URI = scheme ":" hier-part [ "?" query ] [ "#" fragment ]` */
  uri(): boolean {
    const start = this.at;
    if (!(this.scheme() && this.take(":") && this.hierPart())) {
      this.at = start;
      return false;
    }
    if (this.take("?") && !this.query()) return false;
    if (this.take("#") && !this.fragment()) return false;
    if (this.at !== this.s.length) {
      this.at = start;
      return false;
    }
    return true;
  }

  /** `URI-reference = URI / relative-ref` */
  uriReference(): boolean {
    return this.uri() || this.relativeRef();
  }

  /** `hier-part = "//" authority path-abempty / path-absolute / path-rootless / path-empty` */
  private hierPart(): boolean {
    const start = this.at;
    if (this.takeDoubleSlash() && this.authority() && this.pathAbempty()) return true;
    this.at = start;
    return this.pathAbsolute() || this.pathRootless() || this.pathEmpty();
  }

  /** `relative-ref = relative-part [ "?" query ] [ "#" fragment ]` */
  private relativeRef(): boolean {
    const start = this.at;
    if (!this.relativePart()) return false;
    const ok = (!this.take("?") || this.query()) && (!this.take("#") || this.fragment()) && this.at === this.s.length;
    if (!ok) this.at = start;
    return ok;
  }

  /** `relative-part = "//" authority path-abempty / path-absolute / path-noscheme / path-empty` */
  private relativePart(): boolean {
    const start = this.at;
    if (this.takeDoubleSlash() && this.authority() && this.pathAbempty()) return true;
    this.at = start;
    return this.pathAbsolute() || this.pathNoscheme() || this.pathEmpty();
  }

  /** `scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`, followed by `:`. */
  private scheme(): boolean {
    const start = this.at;
    if (this.match(ALPHA)) {
      while (this.match(ALPHA) || this.match(DIGIT) || this.take("+") || this.take("-") || this.take(".")) continue;
      if (this.peek(":")) return true;
    }
    this.at = start;
    return false;
  }

  /** `authority = [ userinfo "@" ] host [ ":" port ]`, ended by `/`, `?`, `#` or the end. */
  private authority(): boolean {
    const start = this.at;
    const ok = (!this.userinfo() || this.take("@")) && this.host() && (!this.take(":") || this.port()) && this.authorityEnd();
    if (!ok) this.at = start;
    return ok;
  }

  private authorityEnd(): boolean {
    return this.at >= this.s.length || "?#/".includes(this.s[this.at]!);
  }

  /** `userinfo = *( unreserved / pct-encoded / sub-delims / ":" )`, followed by `@`. */
  private userinfo(): boolean {
    const start = this.at;
    while (this.match(UNRESERVED) || this.pctEncoded() || this.match(SUB_DELIMS) || this.take(":")) continue;
    if (this.peek("@")) return true;
    this.at = start;
    return false;
  }

  /** `host = IP-literal / IPv4address / reg-name`; percent-encoding in it must decode to UTF-8. */
  private host(): boolean {
    const start = this.at;
    this.pctEncodedFound = false;
    if (!((this.peek("[") && this.ipLiteral()) || this.regName())) return false;
    return !this.pctEncodedFound || decodesToUtf8(this.s.slice(start, this.at));
  }

  /** `port = *DIGIT`, ended by the end of the authority. */
  private port(): boolean {
    const start = this.at;
    while (this.match(DIGIT)) continue;
    if (this.authorityEnd()) return true;
    this.at = start;
    return false;
  }

  /** `IP-literal = "[" ( IPv6address / IPv6addrz / IPvFuture ) "]"` */
  private ipLiteral(): boolean {
    const start = this.at;
    if (this.take("[")) {
      const inside = this.at;
      for (const alternative of [() => this.ipv6Address(), () => this.ipv6AddressZone(), () => this.ipvFuture()]) {
        this.at = inside;
        if (alternative() && this.take("]")) return true;
      }
    }
    this.at = start;
    return false;
  }

  /** Hex digits and colons forming an IPv6 address. */
  private ipv6Address(): boolean {
    const start = this.at;
    while (this.match(HEX) || this.take(":")) continue;
    if (ipv6Bits(this.s.slice(start, this.at), false) !== undefined) return true;
    this.at = start;
    return false;
  }

  /** `IPv6addrz = IPv6address "%25" ZoneID`, `ZoneID = 1*( unreserved / pct-encoded )` */
  private ipv6AddressZone(): boolean {
    const start = this.at;
    if (this.ipv6Address() && this.take("%") && this.take("2") && this.take("5")) {
      const zone = this.at;
      while (this.match(UNRESERVED) || this.pctEncoded()) continue;
      if (this.at > zone) return true;
    }
    this.at = start;
    return false;
  }

  /** `IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )` */
  private ipvFuture(): boolean {
    const start = this.at;
    if (this.take("v") && this.match(HEX)) {
      while (this.match(HEX)) continue;
      if (this.take(".")) {
        const rest = this.at;
        while (this.match(UNRESERVED) || this.match(SUB_DELIMS) || this.take(":")) continue;
        if (this.at > rest) return true;
      }
    }
    this.at = start;
    return false;
  }

  /** `reg-name = *( unreserved / pct-encoded / sub-delims )`, ended by `:` or the end of the authority. */
  private regName(): boolean {
    const start = this.at;
    while (this.match(UNRESERVED) || this.pctEncoded() || this.match(SUB_DELIMS)) continue;
    if (this.authorityEnd() || this.peek(":")) return true;
    this.at = start;
    return false;
  }

  private pathEnd(): boolean {
    return this.at >= this.s.length || this.s[this.at] === "?" || this.s[this.at] === "#";
  }

  /** `*( "/" segment )` */
  private segments(): void {
    while (this.take("/")) this.segment();
  }

  /** `path-abempty = *( "/" segment )`, ended by the end of the path. */
  private pathAbempty(): boolean {
    const start = this.at;
    this.segments();
    if (this.pathEnd()) return true;
    this.at = start;
    return false;
  }

  /** `path-absolute = "/" [ segment-nz *( "/" segment ) ]` */
  private pathAbsolute(): boolean {
    const start = this.at;
    if (this.take("/")) {
      if (this.segmentNz()) this.segments();
      if (this.pathEnd()) return true;
    }
    this.at = start;
    return false;
  }

  /** `path-noscheme = segment-nz-nc *( "/" segment )`: a first segment without `:`. */
  private pathNoscheme(): boolean {
    const start = this.at;
    while (this.match(UNRESERVED) || this.pctEncoded() || this.match(SUB_DELIMS) || this.take("@")) continue;
    if (this.at > start) {
      this.segments();
      if (this.pathEnd()) return true;
    }
    this.at = start;
    return false;
  }

  /** `path-rootless = segment-nz *( "/" segment )` */
  private pathRootless(): boolean {
    const start = this.at;
    if (this.segmentNz()) {
      this.segments();
      if (this.pathEnd()) return true;
    }
    this.at = start;
    return false;
  }

  private pathEmpty(): boolean {
    return this.pathEnd();
  }

  private segment(): void {
    while (this.pchar()) continue;
  }

  private segmentNz(): boolean {
    if (!this.pchar()) return false;
    this.segment();
    return true;
  }

  /** `pchar = unreserved / pct-encoded / sub-delims / ":" / "@"` */
  private pchar(): boolean {
    return this.match(UNRESERVED) || this.pctEncoded() || this.match(SUB_DELIMS) || this.take(":") || this.take("@");
  }

  /** `query = *( pchar / "/" / "?" )`, ended by `#` or the end. */
  private query(): boolean {
    const start = this.at;
    while (this.pchar() || this.take("/") || this.take("?")) continue;
    if (this.at === this.s.length || this.s[this.at] === "#") return true;
    this.at = start;
    return false;
  }

  /** `fragment = *( pchar / "/" / "?" )`, ended by the end. */
  private fragment(): boolean {
    const start = this.at;
    while (this.pchar() || this.take("/") || this.take("?")) continue;
    if (this.at === this.s.length) return true;
    this.at = start;
    return false;
  }

  /** `pct-encoded = "%" HEXDIG HEXDIG` */
  private pctEncoded(): boolean {
    const start = this.at;
    if (this.take("%") && this.match(HEX) && this.match(HEX)) {
      this.pctEncodedFound = true;
      return true;
    }
    this.at = start;
    return false;
  }

  private takeDoubleSlash(): boolean {
    return this.take("/") && this.take("/");
  }

  private take(c: string): boolean {
    if (this.s[this.at] !== c) return false;
    this.at++;
    return true;
  }

  private match(set: RegExp): boolean {
    const c = this.s[this.at];
    if (c === undefined || !set.test(c)) return false;
    this.at++;
    return true;
  }

  private peek(c: string): boolean {
    return this.s[this.at] === c;
  }
}

/** Whether a host with `%XX` escapes decodes to valid UTF-8 (RFC 3986 allows escapes in hosts only for that). */
function decodesToUtf8(host: string): boolean {
  const bytes: number[] = [];
  for (let i = 0; i < host.length; i++) {
    if (host[i] === "%") {
      bytes.push(parseInt(host.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(host.charCodeAt(i));
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(bytes));
    return true;
  } catch {
    return false;
  }
}
