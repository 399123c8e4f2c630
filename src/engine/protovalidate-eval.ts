/**
 * Running protovalidate's CEL rules on a value, as protovalidate does when it validates: the field's
 * `cel` and `cel_expression` rules and predefined rules, with `this` the value, `rules` and `rule`
 * for predefined rules, and `now`. An expression that yields `false` or a non-empty string is a
 * violation. Evaluation is @bufbuild/cel's interpreter, with protovalidate's functions added
 * (`isEmail()`, `isUri()`, `unique()` …, from protovalidate-formats.ts).
 *
 * The work is bounded, as the expressions come from the files being linted: before planning, the
 * expression is rewritten so that every call's arguments and result, every comprehension's range and
 * every loop step pass through a charge that counts their size (characters, bytes, list and map
 * items, deeply) against a budget. Past the budget, every charge fails, so each loop stops at its
 * next step and the evaluation ends at once, without a result ("too costly"). Regular expressions
 * are charged by text size times pattern size.
 */
import {
  celEnv,
  celFunc,
  celMethod,
  CelScalar,
  isCelError,
  isCelList,
  isCelMap,
  isCelUint,
  listType,
  parse,
  plan,
  type CelEnv,
  type CelFunc,
  type CelInput,
  type CelList,
  type CelValue,
} from "@bufbuild/cel";
import { strings } from "@bufbuild/cel/ext";
import type { Registry } from "@bufbuild/protobuf";
import { timestampNow } from "@bufbuild/protobuf/wkt";
import { isEmail, isHostAndPort, isHostname, isIp, isIpPrefix, isUri, isUriRef } from "./protovalidate-formats.js";
import { re2Matches, re2SyntaxError } from "./protovalidate-re2.js";

type Expr = ReturnType<typeof parse>["expr"] & object;

/** Work units one evaluation may spend: characters, bytes and items touched, loop steps. */
export const CEL_BUDGET = 100_000;

/** What running a rule on a value gave. */
export type CelOutcome =
  | { readonly kind: "pass" }
  /** The expression yielded `false` (message: the rule's, or protovalidate's default) or a non-empty string. */
  | { readonly kind: "violation"; readonly message: string }
  /** The expression failed at run time (protovalidate returns an error, not a verdict). */
  | { readonly kind: "error"; readonly error: string }
  /** Evaluation stopped: more work than {@link CEL_BUDGET}. */
  | { readonly kind: "costly" }
  /** The interpreter lacks something the expression uses: nothing can be said. */
  | { readonly kind: "unknown" };

/** The variables of an evaluation (`now` is added). */
export type CelVariables = Readonly<Record<string, CelInput>>;

/** A CEL rule ready to run on values. */
export type CelRuleProgram = (variables: CelVariables) => CelOutcome;

const { BOOL, INT, STRING, BYTES, DOUBLE, DYN } = CelScalar;

/** Operators the planner treats specially (lazy or attribute access): their operands are not wrapped. */
const SPECIAL = new Set(["_&&_", "_||_", "_?_:_", "@not_strictly_false", "__not_strictly_false__", "_[_]", "_[?_]", "_?._"]);
const CHARGE = "@charge";
const MATCHES = "@matches";

/** The budget of the evaluation under way (evaluations do not nest). */
let spent = 0;
let exhausted = false;

/** Charges `units`; throws once past the budget (the interpreter turns the throw into a CEL error). */
function charge(units: number): void {
  spent += units;
  if (exhausted || spent > CEL_BUDGET) {
    exhausted = true;
    throw new Error("evaluation budget exhausted");
  }
}

/** The size of a value, walking lists and maps, stopping past what is left of the budget. */
function sizeOf(v: CelValue, limit: number): number {
  if (typeof v === "string" || v instanceof Uint8Array) return v.length + 1;
  if (isCelList(v) || isCelMap(v)) {
    let n = 1;
    for (const item of isCelMap(v) ? [...v.keys(), ...v.values()] : v) {
      n += sizeOf(item as CelValue, limit - n);
      if (n > limit) break;
    }
    return n;
  }
  return 1;
}

/** A string from a CEL string or bytes value. */
const text = (v: string | Uint8Array): string => (typeof v === "string" ? v : new TextDecoder().decode(v));

/** A key telling scalar values apart as `unique()` compares them (NaN never equals itself). */
function uniqueKey(v: CelValue): string | undefined {
  if (typeof v === "number") return Number.isNaN(v) ? undefined : `d${v === 0 ? 0 : v}`;
  if (typeof v === "bigint") return `i${v}`;
  if (isCelUint(v)) return `u${v.value}`;
  if (typeof v === "string") return `s${v}`;
  if (typeof v === "boolean") return `b${v}`;
  if (v instanceof Uint8Array) return `y${[...v].join(",")}`;
  return undefined;
}

function bytesIndexOf(b: Uint8Array, x: Uint8Array, from: number, to: number): boolean {
  for (let at = from; at + x.length <= to && at + x.length <= b.length; at++) {
    let i = 0;
    while (i < x.length && b[at + i] === x[i]) i++;
    if (i === x.length) return true;
  }
  return false;
}

/** protovalidate's CEL functions, and the budget hooks the rewritten expressions call. */
const PROTOVALIDATE_FUNCS: readonly CelFunc[] = [
  celFunc(CHARGE, [DYN], DYN, (v) => {
    charge(sizeOf(v, CEL_BUDGET - spent + 1));
    return v as CelInput;
  }),
  celFunc(MATCHES, [STRING, STRING], BOOL, (s, pattern) => {
    charge((s.length + 1) * (pattern.length + 1));
    return matches(s, pattern);
  }),
  celMethod("isEmail", STRING, [], BOOL, function () {
    return isEmail(this);
  }),
  celMethod("isHostname", STRING, [], BOOL, function () {
    return isHostname(this);
  }),
  celMethod("isUri", STRING, [], BOOL, function () {
    return isUri(this);
  }),
  celMethod("isUriRef", STRING, [], BOOL, function () {
    return isUriRef(this);
  }),
  celMethod("isIp", STRING, [], BOOL, function () {
    return isIp(this, 0);
  }),
  celMethod("isIp", STRING, [INT], BOOL, function (version) {
    return isIp(this, Number(version));
  }),
  celMethod("isIpPrefix", STRING, [], BOOL, function () {
    return isIpPrefix(this, 0, false);
  }),
  celMethod("isIpPrefix", STRING, [INT], BOOL, function (version) {
    return isIpPrefix(this, Number(version), false);
  }),
  celMethod("isIpPrefix", STRING, [BOOL], BOOL, function (strict) {
    return isIpPrefix(this, 0, strict);
  }),
  celMethod("isIpPrefix", STRING, [INT, BOOL], BOOL, function (version, strict) {
    return isIpPrefix(this, Number(version), strict);
  }),
  celMethod("isHostAndPort", STRING, [BOOL], BOOL, function (portRequired) {
    return isHostAndPort(this, portRequired);
  }),
  celMethod("isNan", DOUBLE, [], BOOL, function () {
    return Number.isNaN(this);
  }),
  celMethod("isInf", DOUBLE, [], BOOL, function () {
    return this === Infinity || this === -Infinity;
  }),
  celMethod("isInf", DOUBLE, [INT], BOOL, function (sign) {
    return sign > 0n ? this === Infinity : sign < 0n ? this === -Infinity : this === Infinity || this === -Infinity;
  }),
  celMethod("unique", listType(DYN), [], BOOL, function () {
    const seen = new Set<string>();
    for (const item of this as CelList) {
      const key = uniqueKey(item);
      if (key === undefined) continue;
      if (seen.has(key)) return false;
      seen.add(key);
    }
    return true;
  }),
  celMethod("contains", BYTES, [BYTES], BOOL, function (x) {
    return bytesIndexOf(this, x, 0, this.length);
  }),
  celMethod("startsWith", BYTES, [BYTES], BOOL, function (x) {
    return bytesIndexOf(this, x, 0, x.length);
  }),
  celMethod("endsWith", BYTES, [BYTES], BOOL, function (x) {
    return bytesIndexOf(this, x, this.length - x.length, this.length);
  }),
  celFunc("getField", [DYN, STRING], DYN, (value, name) => getField(value, name)),
];

/** The environment without a registry (fields' own rules), and per registry (predefined rules, whose `rules` is a message). */
let plainEnv: CelEnv | undefined;
const envs = new WeakMap<Registry, CelEnv>();

function environment(registry: Registry | undefined): CelEnv {
  const options = { funcs: [...strings, ...PROTOVALIDATE_FUNCS] };
  if (!registry) return (plainEnv ??= celEnv(options));
  let env = envs.get(registry);
  if (!env) envs.set(registry, (env = celEnv({ ...options, registry })));
  return env;
}

/**
 * `s.matches(pattern)`: RE2 as protovalidate-re2.ts reads it, so that the class names Go takes and
 * RE2JS spells differently (`\p{greek}`, `\p{Letter}`) match as in buf. A pattern Go rejects is a
 * run-time error, as in cel-go.
 */
function matches(s: string, pattern: string): CelInput {
  const m = re2Matches(pattern, s);
  if (m === undefined) throw new Error(`invalid regular expression ${JSON.stringify(pattern)}: ${re2SyntaxError(pattern) ?? "not supported"}`);
  return m;
}

/** `getField(value, name)`: a field of a message or an entry of a map, by name. */
function getField(value: CelValue, name: string): CelInput {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`no such field '${name}'`);
  return evaluatePlain(`v.${name}`, { v: value as CelInput });
}

const plainPrograms = new Map<string, (variables: CelVariables) => unknown>();

/** A fixed helper expression, planned once, run inside an evaluation (its errors become the caller's). */
function evaluatePlain(expression: string, variables: CelVariables): CelInput {
  let run = plainPrograms.get(expression);
  if (!run) plainPrograms.set(expression, (run = plan(environment(undefined), parse(expression)) as (variables: CelVariables) => unknown));
  const result = run(variables);
  if (isCelError(result)) throw result;
  return result as CelInput;
}

/**
 * Prepares a rule: `expression`, with `message` shown when it yields false (protovalidate's default
 * otherwise). `registry` resolves the message types of `rules` and `rule` (predefined rules).
 */
export function compileCelRule(expression: string, message: string, registry?: Registry): CelRuleProgram {
  let run: (variables: CelVariables) => unknown;
  try {
    run = plan(environment(registry), bounded(parse(expression).expr!, new Set(["this", "rules", "rule", "now"]))) as (variables: CelVariables) => unknown;
  } catch {
    return () => ({ kind: "unknown" });
  }
  return (variables) => {
    spent = 0;
    exhausted = false;
    let result: unknown;
    try {
      result = run({ ...variables, now: timestampNow() });
    } catch (e) {
      result = e;
    }
    if (exhausted) return { kind: "costly" };
    if (isCelError(result) || result instanceof Error) {
      const error = result.message;
      // Gaps of the interpreter (or of this process's stack), not of the expression.
      return /unbound function|unimplemented|not found in registry|call stack/.test(error) ? { kind: "unknown" } : { kind: "error", error };
    }
    if (result === true || result === "") return { kind: "pass" };
    if (result === false) return { kind: "violation", message: message !== "" ? message : `"${expression}" returned false` };
    if (typeof result === "string") return { kind: "violation", message: result };
    return { kind: "error", error: "the expression yields neither a bool nor a string" };
  };
}

/**
 * A copy of `e` whose calls, comprehension ranges and loop steps are charged (see the header).
 * `variables` are the names in scope, to tell a variable's methods (`this.size()`, charged) from
 * qualified function names (`strings.quote(…)`, left as they are).
 */
function bounded(e: Expr, variables: ReadonlySet<string>): Expr {
  const k = e.exprKind;
  switch (k.case) {
    case "callExpr": {
      const call = k.value;
      const args = call.args.map((a) => bounded(a, variables));
      if (SPECIAL.has(call.function)) return withKind(e, { case: "callExpr", value: { ...call, args, target: call.target && bounded(call.target, variables) } });
      const charged = args.map((a) => chargeOf(a));
      let target = call.target;
      if (target) target = rootName(target) === undefined || variables.has(rootName(target)!) ? chargeOf(bounded(target, variables)) : target;
      if (call.function === "matches" && (target ? charged.length === 1 : charged.length === 2)) {
        return chargeOf(withKind(e, { case: "callExpr", value: { ...call, function: MATCHES, target: undefined, args: target ? [target, ...charged] : charged } }));
      }
      return chargeOf(withKind(e, { case: "callExpr", value: { ...call, args: charged, target } }));
    }
    case "selectExpr":
      return withKind(e, { case: "selectExpr", value: { ...k.value, operand: k.value.operand && bounded(k.value.operand, variables) } });
    case "listExpr":
      return withKind(e, { case: "listExpr", value: { ...k.value, elements: k.value.elements.map((x) => bounded(x, variables)) } });
    case "structExpr":
      return withKind(e, {
        case: "structExpr",
        value: {
          ...k.value,
          entries: k.value.entries.map((entry) => ({
            ...entry,
            keyKind: entry.keyKind.case === "mapKey" ? { case: "mapKey", value: bounded(entry.keyKind.value, variables) } : entry.keyKind,
            value: entry.value && bounded(entry.value, variables),
          })),
        },
      });
    case "comprehensionExpr": {
      const c = k.value;
      const inner = new Set([...variables, c.accuVar, c.iterVar, ...(c.iterVar2 === "" ? [] : [c.iterVar2])]);
      const withAccu = new Set([...variables, c.accuVar]);
      return withKind(e, {
        case: "comprehensionExpr",
        value: {
          ...c,
          iterRange: c.iterRange && chargeOf(bounded(c.iterRange, variables)),
          accuInit: c.accuInit && bounded(c.accuInit, variables),
          loopCondition: c.loopCondition && chargeOf(bounded(c.loopCondition, inner)),
          loopStep: c.loopStep && bounded(c.loopStep, inner),
          result: c.result && bounded(c.result, withAccu),
        },
      });
    }
    default:
      return e;
  }
}

function withKind(e: Expr, exprKind: unknown): Expr {
  return { ...e, exprKind } as Expr;
}

/** `@charge(e)`: `e`, charged by its size. */
function chargeOf(e: Expr): Expr {
  return withKind(e, { case: "callExpr", value: { $typeName: "cel.expr.Expr.Call", function: CHARGE, args: [e], target: undefined } });
}

/** The identifier a chain of selections starts from (`rules` in `rules.in`), if it is one. */
function rootName(e: Expr): string | undefined {
  if (e.exprKind.case === "identExpr") return e.exprKind.value.name;
  if (e.exprKind.case === "selectExpr" && e.exprKind.value.operand && !e.exprKind.value.testOnly) return rootName(e.exprKind.value.operand);
  return undefined;
}
