/**
 * CEL expressions of protovalidate rules (`cel`, `cel_expression` of `(buf.validate.field)` and
 * `(buf.validate.message)`): parsed with @bufbuild/cel, then checked for what buf (cel-go) reports and
 * can be told without a type checker: references to undeclared variables and functions, selection
 * of fields `this` does not have or cannot have, and results that are neither bool nor string when the
 * result is a literal or `this`. General type errors (`size()` on an int, `string + int`) need a type
 * checker, which @bufbuild/cel 0.6 does not export (its checker handles only constants and identifiers).
 *
 * Only `parse` is imported: bundled, it adds about 2 ms to CLI startup (measured), and the parser
 * runs only for rules that carry CEL expressions.
 */
import { parse } from "@bufbuild/cel";

type ParsedExpr = ReturnType<typeof parse>;
type Expr = ParsedExpr["expr"];

/** What `this` (or a field selected from it) is, as far as the checks need to know. */
export type CelThis =
  /** A message: `field` gives what a field of it is, undefined when it has no such field. */
  | { readonly kind: "message"; field(name: string): CelThis | undefined }
  /** A scalar (CEL name: `int`, `uint`, `double`, `bool`, `string`, `bytes`) or a list. */
  | { readonly kind: "value"; readonly type: string }
  /** Maps (selection reads a key) and message types not known here (well-known types). */
  | { readonly kind: "unknown" };

/** What an expression may refer to. */
export interface CelScope {
  /** Declared variables: `this`, `now` (and `rules` for predefined rules). */
  readonly variables: ReadonlySet<string>;
  readonly this: CelThis;
  /** First segments of package and type names (`google`, `acme`): roots of qualified names. */
  readonly roots: ReadonlySet<string>;
}

/**
 * CEL's type identifiers, usable as values (`type(x) == int`), and extension namespaces
 * (`math.greatest(…)`), which buf may or may not declare: accepted, never reported.
 */
const TYPE_NAMES = new Set(["int", "uint", "double", "bool", "string", "bytes", "list", "map", "null_type", "type", "dyn", "math", "strings", "sets", "lists", "base64", "optional"]);

/**
 * Functions and methods buf's CEL environment declares (CEL's standard library, the strings
 * extension, protovalidate's own). Generous on purpose: a missing name would be a false finding.
 */
const FUNCTIONS = new Set([
  // standard library
  "size", "contains", "startsWith", "endsWith", "matches", "has", "all", "exists", "exists_one", "map", "filter",
  "int", "uint", "double", "bool", "string", "bytes", "duration", "timestamp", "type", "dyn",
  "getFullYear", "getMonth", "getDate", "getDayOfMonth", "getDayOfWeek", "getDayOfYear", "getHours",
  "getMinutes", "getSeconds", "getMilliseconds", "optional", "hasValue", "value", "or", "orValue", "of", "none", "ofNonZeroValue",
  // strings extension
  "charAt", "indexOf", "lastIndexOf", "lowerAscii", "upperAscii", "replace", "split", "substring", "trim", "join",
  "quote", "format", "reverse",
  // math / lists / sets extensions
  "greatest", "least", "abs", "ceil", "floor", "round", "sign", "trunc", "isNaN", "isInf", "isFinite",
  "distinct", "flatten", "range", "slice", "sort", "sortBy", "first", "last", "containsAll", "intersects", "equivalent",
  // protovalidate
  "isEmail", "isHostname", "isIp", "isIpPrefix", "isUri", "isUriRef", "isHostAndPort", "unique", "isNan", "getField",
]);

/**
 * What is wrong with the expression, completing "the expression …": `does not compile: …` (with the
 * 1-based character where) or `evaluates to int, …`. One entry per problem, as buf reports each of
 * cel-go's errors; empty when none is found.
 */
export function celProblems(expression: string, scope: CelScope): string[] {
  let parsed: ParsedExpr;
  try {
    parsed = parse(expression);
  } catch (e) {
    const err = e as { rawMessage?: unknown; message?: unknown; location?: { start?: { offset?: number } } };
    const offset = err.location?.start?.offset;
    const what = typeof err.rawMessage === "string" ? err.rawMessage : String(err.message);
    return [offset === undefined ? `does not compile: syntax error: ${what}` : `does not compile: syntax error at character ${offset + 1}: ${what}`];
  }
  const positions = (parsed.sourceInfo?.positions ?? {}) as Record<string, number>;
  const at = (e: Expr): string => {
    const p = positions[e.id.toString()];
    return p === undefined ? "" : ` at character ${p + 1}`;
  };
  const walker = new Walker(scope, at);
  walker.expr(parsed.expr, new Set());
  if (walker.problems.length > 0) return walker.problems.map((p) => `does not compile: ${p}`);
  const result = resultProblem(parsed.expr, scope);
  return result === undefined ? [] : [result];
}

/** A result type buf rejects (only bool and string are allowed), when the parse tree alone shows it. */
function resultProblem(e: Expr, scope: CelScope): string | undefined {
  const k = e.exprKind;
  let type: string | undefined;
  if (k.case === "constExpr") {
    const c = k.value.constantKind.case;
    type = c === "int64Value" ? "int" : c === "uint64Value" ? "uint" : c === "doubleValue" ? "double" : c === "bytesValue" ? "bytes" : c === "nullValue" ? "null" : undefined;
  } else if (k.case === "listExpr") type = "list";
  else if (k.case === "structExpr") type = k.value.messageName === "" ? "map" : k.value.messageName;
  else if (k.case === "identExpr" && k.value.name === "this" && scope.this.kind === "value") type = scope.this.type;
  else if (k.case === "identExpr" && k.value.name === "this" && scope.this.kind === "message") type = "message";
  if (type === undefined || type === "bool" || type === "string") return undefined;
  return `evaluates to ${type}, but a rule must evaluate to bool (valid or not) or string (an error message, empty if valid)`;
}

/** Walks a parsed expression, collecting problems (buf reports every one cel-go finds). */
class Walker {
  readonly problems: string[] = [];

  constructor(
    private readonly scope: CelScope,
    private readonly at: (e: Expr) => string,
  ) {}

  expr(e: Expr | undefined, local: ReadonlySet<string>): void {
    if (!e) return;
    const k = e.exprKind;
    switch (k.case) {
      case "identExpr": {
        const name = k.value.name;
        if (local.has(name) || this.scope.variables.has(name) || TYPE_NAMES.has(name) || this.scope.roots.has(name)) return;
        this.problems.push(`undeclared reference to '${name}'${this.at(e)}`);
        return;
      }
      case "selectExpr": {
        const operand = k.value.operand;
        const t = this.typeOf(operand, local);
        if (t?.kind === "message" && t.field(k.value.field) === undefined) this.problems.push(`undefined field '${k.value.field}'${this.at(e)}`);
        if (t?.kind === "value") this.problems.push(`${t.type} has no fields to select ('${k.value.field}'${this.at(e)})`);
        this.expr(operand, local);
        return;
      }
      case "callExpr": {
        const fn = k.value.function;
        if (/^[A-Za-z]/.test(fn) && !FUNCTIONS.has(fn)) this.problems.push(`undeclared reference to '${fn}'${this.at(e)}`);
        this.all([k.value.target, ...k.value.args], local);
        return;
      }
      case "listExpr":
        this.all(k.value.elements, local);
        return;
      case "structExpr":
        for (const entry of k.value.entries) {
          if (entry.keyKind.case === "mapKey") this.expr(entry.keyKind.value, local);
          this.expr(entry.value, local);
        }
        return;
      case "comprehensionExpr": {
        const c = k.value;
        const inner = new Set([...local, c.iterVar, c.iterVar2, c.accuVar].filter((v) => v !== ""));
        const range = this.typeOf(c.iterRange, local);
        if (range?.kind === "value" && range.type !== "list" && c.iterRange) {
          this.problems.push(`${range.type} cannot be the range of a comprehension (all, exists, map, filter need a list or map)${this.at(c.iterRange)}`);
        }
        this.expr(c.iterRange, local);
        this.expr(c.accuInit, local);
        this.all([c.loopCondition, c.loopStep, c.result], inner);
        return;
      }
      default:
        return;
    }
  }

  /** What `this` or a field selection chain from it is; undefined for anything else. */
  private typeOf(e: Expr | undefined, local: ReadonlySet<string>): CelThis | undefined {
    const k = e?.exprKind;
    if (k?.case === "identExpr") return k.value.name === "this" && !local.has("this") ? this.scope.this : undefined;
    if (k?.case !== "selectExpr" || k.value.testOnly) return undefined;
    const t = this.typeOf(k.value.operand, local);
    return t?.kind === "message" ? t.field(k.value.field) : undefined;
  }

  private all(items: readonly (Expr | undefined)[], local: ReadonlySet<string>): void {
    for (const item of items) this.expr(item, local);
  }
}

/** protovalidate rule IDs: letters, digits, `.`, `_`, `-` (buf's check). */
export function validRuleId(id: string): boolean {
  return /^[A-Za-z0-9._-]*$/.test(id);
}
