/**
 * CEL expressions of protovalidate rules (`cel`, `cel_expression` of `(buf.validate.field)` and
 * `(buf.validate.message)`, and `(buf.validate.predefined).cel` of predefined rules): parsed with
 * @bufbuild/cel, then type-checked here for what buf (cel-go's checker) reports: references to
 * undeclared variables and functions, fields `this` does not have, operators and functions applied to
 * types they have no overload for (`string + int`, `size()` on an int, `1 == 1u`), and results that
 * are neither bool nor string. @bufbuild/cel 0.6 exports no checker, so this one follows cel-go's
 * standard declarations (and protovalidate's functions) for the types it can tell; where a type is
 * not known (`dyn`: map values of unknown messages, qualified names, conversions), nothing is
 * reported, so a finding is never a guess.
 *
 * Only `parse` is imported here (about 2 ms of CLI startup, measured); the parser runs only for rules
 * that carry CEL expressions. Running expressions on examples is protovalidate-eval.ts's, whose
 * interpreter adds about 10 ms more.
 */
import { parse } from "@bufbuild/cel";
import { FieldDescriptorProto_Label, FieldDescriptorProto_Type, type FieldDescriptorProto } from "@bufbuild/protobuf/wkt";
import type { Model } from "./model.js";

type ParsedExpr = ReturnType<typeof parse>;
type Expr = ParsedExpr["expr"];

type Scalar = "int" | "uint" | "double" | "bool" | "string" | "bytes";

/** A CEL type, as far as the checks follow types. */
export type CelType =
  | { readonly kind: Scalar | "null" | "timestamp" | "duration" | "type" | "dyn" | "error" }
  | { readonly kind: "list"; readonly elem: CelType }
  | { readonly kind: "map"; readonly key: CelType; readonly value: CelType }
  /** google.protobuf.StringValue and the other wrappers: the scalar, or null. */
  | { readonly kind: "wrapper"; readonly of: Scalar }
  /** A message: `field` gives a field's type, undefined when the message has no such field. */
  | { readonly kind: "message"; readonly name: string; field(name: string): CelType | undefined };

const type = (kind: Scalar | "null" | "timestamp" | "duration" | "type" | "dyn" | "error"): CelType => ({ kind });
const DYN = type("dyn");
const ERROR = type("error");
const BOOL = type("bool");
const INT = type("int");
const STRING = type("string");
const list = (elem: CelType): CelType => ({ kind: "list", elem });

/** What an expression may refer to. */
export interface CelScope {
  /** Declared variables: `this`, `now` (and `rule`, `rules` for predefined rules). */
  readonly variables: ReadonlyMap<string, CelType>;
  /** First segments of package and type names (`google`, `acme`): roots of qualified names. */
  readonly roots: ReadonlySet<string>;
}

/** CEL types of a model's fields and messages, built lazily. */
export interface CelTypes {
  /** A field's value: a list or map for repeated and map fields, unless `element` (one item). */
  field(proto: FieldDescriptorProto, element: boolean): CelType;
  /** A message by full name: timestamps, durations and wrappers as CEL sees them. */
  message(fullName: string): CelType;
  /** The scope of an expression whose `this` is `self`, with `extra` variables. */
  scope(self: CelType, extra?: Readonly<Record<string, CelType>>): CelScope;
}

const typesByModel = new WeakMap<Model, CelTypes>();

/** The CEL types of `model` (cached per model, so nothing assumes one run per process). */
export function celTypes(model: Model): CelTypes {
  let types = typesByModel.get(model);
  if (!types) typesByModel.set(model, (types = buildCelTypes(model)));
  return types;
}

const T = FieldDescriptorProto_Type;
const SCALARS: Readonly<Partial<Record<FieldDescriptorProto_Type, Scalar>>> = {
  [T.DOUBLE]: "double", [T.FLOAT]: "double", [T.INT64]: "int", [T.UINT64]: "uint", [T.INT32]: "int", [T.FIXED64]: "uint",
  [T.FIXED32]: "uint", [T.BOOL]: "bool", [T.STRING]: "string", [T.BYTES]: "bytes", [T.UINT32]: "uint", [T.ENUM]: "int",
  [T.SFIXED32]: "int", [T.SFIXED64]: "int", [T.SINT32]: "int", [T.SINT64]: "int",
};
const WRAPPERS: Readonly<Record<string, Scalar>> = {
  DoubleValue: "double", FloatValue: "double", Int64Value: "int", UInt64Value: "uint", Int32Value: "int",
  UInt32Value: "uint", BoolValue: "bool", StringValue: "string", BytesValue: "bytes",
};

function buildCelTypes(model: Model): CelTypes {
  const messages = new Map<string, CelType>();
  const roots = new Set<string>(["google"]);
  for (const file of model.files) {
    const pkg = file.proto.package ?? "";
    if (pkg !== "") roots.add(pkg.split(".")[0]!);
    else for (const t of [...file.proto.messageType, ...file.proto.enumType]) roots.add(t.name ?? "");
  }
  const field = (proto: FieldDescriptorProto, element: boolean): CelType => {
    const name = proto.typeName?.replace(/^\./, "");
    if (proto.label === FieldDescriptorProto_Label.REPEATED && !element) {
      const entry = name === undefined ? undefined : model.type(name);
      if (entry?.kind === "message" && entry.isMapEntry && entry.fields.length === 2) {
        return { kind: "map", key: field(entry.fields[0]!.proto, false), value: field(entry.fields[1]!.proto, false) };
      }
      return list(field(proto, true));
    }
    if (proto.type === T.MESSAGE || proto.type === T.GROUP) return name === undefined ? DYN : message(name);
    const scalar = SCALARS[proto.type];
    return scalar ? type(scalar) : DYN;
  };
  const message = (fullName: string): CelType => {
    let t = messages.get(fullName);
    if (t) return t;
    const wkt = fullName.startsWith("google.protobuf.") ? fullName.slice("google.protobuf.".length) : undefined;
    const wrapped = wkt === undefined ? undefined : WRAPPERS[wkt];
    const declared = wkt === undefined ? model.type(fullName) : undefined;
    if (wkt === "Timestamp") t = { kind: "timestamp" };
    else if (wkt === "Duration") t = { kind: "duration" };
    else if (wrapped) t = { kind: "wrapper", of: wrapped };
    else if (wkt === "Struct") t = { kind: "map", key: STRING, value: DYN };
    else if (wkt === "ListValue") t = list(DYN);
    else if (declared?.kind === "message") {
      const byName = new Map(declared.fields.map((f) => [f.name, f.proto] as const));
      const fieldTypes = new Map<string, CelType>();
      t = {
        kind: "message",
        name: fullName,
        field: (name) => {
          const proto = byName.get(name);
          if (!proto) return undefined;
          let ft = fieldTypes.get(name);
          if (!ft) fieldTypes.set(name, (ft = field(proto, false)));
          return ft;
        },
      };
    } else t = DYN; // Any, Value, the other well-known types, and types outside the model
    messages.set(fullName, t);
    return t;
  };
  const now = type("timestamp");
  return {
    field,
    message,
    scope: (self, extra = {}) => ({ variables: new Map([["this", self], ["now", now], ...Object.entries(extra)]), roots }),
  };
}

/**
 * CEL's type identifiers, usable as values (`type(x) == int`), and the namespace of the strings
 * extension (`strings.quote(…)`). buf's environment has no math, lists, sets, base64 or optional
 * extension (probed: `math.abs(1)` is an undeclared reference to `math` and to `abs`).
 */
const TYPE_NAMES = new Set(["int", "uint", "double", "bool", "string", "bytes", "list", "map", "null_type", "type", "dyn", "strings"]);

/**
 * Functions and methods buf's CEL environment declares: CEL's standard library, the strings
 * extension, protovalidate's own. The macros (`all`, `exists`, `map`…) are not functions: a call the
 * parser did not expand (`[1].all(i, v, v > 0)`: buf has no two-variable comprehensions) is an
 * undeclared reference.
 */
const FUNCTIONS = new Set([
  // standard library
  "size", "contains", "startsWith", "endsWith", "matches", "has",
  "int", "uint", "double", "bool", "string", "bytes", "duration", "timestamp", "type", "dyn",
  "getFullYear", "getMonth", "getDate", "getDayOfMonth", "getDayOfWeek", "getDayOfYear", "getHours",
  "getMinutes", "getSeconds", "getMilliseconds",
  // strings extension
  "charAt", "indexOf", "lastIndexOf", "lowerAscii", "upperAscii", "replace", "split", "substring", "trim", "join",
  "quote", "format", "reverse",
  // protovalidate
  "isEmail", "isHostname", "isIp", "isIpPrefix", "isUri", "isUriRef", "isHostAndPort", "unique", "isNan", "isInf", "getField",
]);

/** Result types of functions whose arguments are not checked (conversions, the strings extension…). */
const RESULT_TYPES: Readonly<Record<string, CelType>> = {
  int: INT, uint: type("uint"), double: type("double"), bool: BOOL, string: STRING, bytes: type("bytes"),
  timestamp: type("timestamp"), duration: type("duration"), type: type("type"), dyn: DYN,
  lowerAscii: STRING, upperAscii: STRING, trim: STRING, reverse: STRING, quote: STRING, charAt: STRING, replace: STRING,
  substring: STRING, join: STRING, format: STRING, indexOf: INT, lastIndexOf: INT, split: list(STRING),
  getFullYear: INT, getMonth: INT, getDate: INT, getDayOfMonth: INT, getDayOfWeek: INT, getDayOfYear: INT,
  getHours: INT, getMinutes: INT, getSeconds: INT, getMilliseconds: INT,
};

/** What a check of one expression found: problems completing "the expression …", and its type. */
export interface CelCheck {
  /**
   * `does not compile: …` (with the 1-based character where) or `evaluates to int, …`: one entry
   * per problem, as buf reports each of cel-go's errors. Empty when none is found.
   */
  readonly problems: readonly string[];
  /** The expression's type (`error` when it does not compile). */
  readonly type: CelType;
}

/** Parses and type-checks `expression` in `scope`. */
export function checkCelExpression(expression: string, scope: CelScope): CelCheck {
  let parsed: ParsedExpr;
  try {
    parsed = parse(expression);
  } catch (e) {
    const err = e as { rawMessage?: unknown; message?: unknown; location?: { start?: { offset?: number } } };
    const offset = err.location?.start?.offset;
    const what = typeof err.rawMessage === "string" ? err.rawMessage : String(err.message);
    return {
      problems: [offset === undefined ? `does not compile: syntax error: ${what}` : `does not compile: syntax error at character ${offset + 1}: ${what}`],
      type: ERROR,
    };
  }
  const positions = (parsed.sourceInfo?.positions ?? {}) as Record<string, number>;
  const at = (e: Expr): string => {
    const p = positions[e.id.toString()];
    return p === undefined ? "" : ` at character ${p + 1}`;
  };
  const checker = new Checker(scope, at);
  const result = checker.check(parsed.expr, new Map());
  if (checker.problems.length > 0) return { problems: checker.problems.map((p) => `does not compile: ${p}`), type: ERROR };
  const ok = ["bool", "string", "dyn", "error"].includes(result.kind) || (result.kind === "wrapper" && (result.of === "bool" || result.of === "string"));
  if (ok) return { problems: [], type: result };
  return {
    problems: [`evaluates to ${typeName(result)}, but a rule must evaluate to bool (valid or not) or string (an error message, empty if valid)`],
    type: result,
  };
}

/** The type of list elements or map keys and values: theirs if they all have one, else dyn. */
function joined(types: readonly CelType[]): CelType {
  const first = types[0];
  return first && types.every((t) => typeName(t) === typeName(first)) ? first : DYN;
}

/** cel-go's spelling of a type in its messages: `int`, `list(string)`, `wrapper(int)`, `acme.v1.User`. */
function typeName(t: CelType): string {
  switch (t.kind) {
    case "error":
      return "!error!";
    case "list":
      return `list(${typeName(t.elem)})`;
    case "map":
      return `map(${typeName(t.key)}, ${typeName(t.value)})`;
    case "wrapper":
      return `wrapper(${t.of})`;
    case "message":
      return t.name;
    default:
      return t.kind;
  }
}

const isNumeric = (t: CelType): boolean => t.kind === "int" || t.kind === "uint" || t.kind === "double";
const unknown = (t: CelType): boolean => t.kind === "dyn" || t.kind === "error";
/** A wrapper compares and computes as its scalar. */
const unwrap = (t: CelType): CelType => (t.kind === "wrapper" ? type(t.of) : t);

/** Whether values of types `a` and `b` may meet in `==`, `in` or the branches of `?:` (cel-go unifies them). */
function compatible(a: CelType, b: CelType): boolean {
  if (unknown(a) || unknown(b)) return true;
  if (a.kind === "null" || b.kind === "null") {
    const other = a.kind === "null" ? b : a;
    return !["int", "uint", "double", "bool", "string", "bytes"].includes(other.kind);
  }
  if (a.kind === "wrapper" || b.kind === "wrapper") return compatible(unwrap(a), unwrap(b));
  if (a.kind === "list" && b.kind === "list") return compatible(a.elem, b.elem);
  if (a.kind === "map" && b.kind === "map") return compatible(a.key, b.key) && compatible(a.value, b.value);
  if (a.kind === "message" && b.kind === "message") return a.name === b.name;
  return a.kind === b.kind;
}

/** Kinds ordered by `<` and the like: numbers with each other, the rest with their own kind. */
const ORDERED = new Set(["string", "bytes", "bool", "timestamp", "duration"]);

/**
 * Walks a parsed expression, typing it and collecting problems: every one cel-go finds, but one per
 * distinct cel-go message, as buf reports identical findings once.
 */
class Checker {
  private readonly found = new Map<string, string>();

  constructor(
    private readonly scope: CelScope,
    private readonly at: (e: Expr) => string,
  ) {}

  get problems(): string[] {
    return [...this.found.values()];
  }

  /** A problem: cel-go's message (what buf deduplicates on), and ours with where it is. */
  private problem(celGo: string, text: string): void {
    if (!this.found.has(celGo)) this.found.set(celGo, text);
  }

  check(e: Expr | undefined, local: ReadonlyMap<string, CelType>): CelType {
    if (!e) return DYN;
    const k = e.exprKind;
    switch (k.case) {
      case "constExpr": {
        const c = k.value.constantKind.case;
        if (c === "int64Value") return INT;
        if (c === "uint64Value") return type("uint");
        if (c === "doubleValue") return type("double");
        if (c === "stringValue") return STRING;
        if (c === "bytesValue") return type("bytes");
        if (c === "boolValue") return BOOL;
        if (c === "nullValue") return type("null");
        return DYN;
      }
      case "identExpr": {
        const name = k.value.name;
        const t = local.get(name) ?? this.scope.variables.get(name);
        if (t) return t;
        if (TYPE_NAMES.has(name)) return RESULT_TYPES[name] ? type("type") : DYN;
        if (this.scope.roots.has(name)) return DYN;
        this.problem(`undeclared reference to '${name}'`, `undeclared reference to '${name}'${this.at(e)}`);
        return ERROR;
      }
      case "selectExpr": {
        const operand = this.check(k.value.operand, local);
        const field = k.value.field;
        let t: CelType;
        if (unknown(operand)) t = operand;
        else if (operand.kind === "map") t = operand.value;
        else if (operand.kind === "message") {
          const ft = operand.field(field);
          if (!ft) {
            this.problem(`undefined field '${field}'`, `undefined field '${field}'${this.at(e)}`);
            return ERROR;
          }
          t = ft;
        } else if (operand.kind === "wrapper") t = DYN;
        else {
          const celGo = `type '${typeName(operand)}' does not support field selection`;
          this.problem(celGo, `${celGo} ('${field}'${this.at(e)})`);
          return ERROR;
        }
        return k.value.testOnly ? BOOL : t;
      }
      case "callExpr": {
        const fn = k.value.function;
        const args = k.value.args.map((arg) => this.check(arg, local));
        const target = k.value.target ? this.check(k.value.target, local) : undefined;
        if (/^[A-Za-z]/.test(fn) && !FUNCTIONS.has(fn)) {
          this.problem(`undeclared reference to '${fn}'`, `undeclared reference to '${fn}'${this.at(e)}`);
          return ERROR;
        }
        if (fn === "_&&_" || fn === "_||_") {
          // Each operand must be a bool (cel-go's check of the logical operators).
          let ok = true;
          k.value.args.forEach((arg, i) => {
            const t = unwrap(args[i]!);
            if (unknown(t) || t.kind === "bool") return;
            this.problem(`expected type 'bool' but found '${typeName(t)}'`, `expected type 'bool' but found '${typeName(t)}'${this.at(arg)}`);
            ok = false;
          });
          return ok ? BOOL : ERROR;
        }
        return this.call(e, fn, target, args);
      }
      case "listExpr":
        return list(joined(k.value.elements.map((x) => this.check(x, local))));
      case "structExpr": {
        const keys: CelType[] = [];
        const values: CelType[] = [];
        for (const entry of k.value.entries) {
          if (entry.keyKind.case === "mapKey") keys.push(this.check(entry.keyKind.value, local));
          values.push(this.check(entry.value, local));
        }
        return k.value.messageName === "" ? { kind: "map", key: joined(keys), value: joined(values) } : DYN;
      }
      case "comprehensionExpr": {
        const c = k.value;
        const range = this.check(c.iterRange, local);
        let iter: CelType = DYN;
        let iter2: CelType = DYN;
        if (range.kind === "list") [iter, iter2] = c.iterVar2 === "" ? [range.elem, DYN] : [INT, range.elem];
        else if (range.kind === "map") [iter, iter2] = [range.key, range.value];
        else if (!unknown(range) && c.iterRange) {
          const celGo = `expression of type '${typeName(range)}' cannot be range of a comprehension (must be list, map, or dynamic)`;
          this.problem(celGo, `${celGo}${this.at(c.iterRange)}`);
        }
        const accu = this.check(c.accuInit, local);
        const withAccu = new Map([...local, [c.accuVar, accu]]);
        const inner = new Map([...withAccu, [c.iterVar, iter], ...(c.iterVar2 === "" ? [] : [[c.iterVar2, iter2] as const])]);
        this.check(c.loopCondition, inner);
        this.check(c.loopStep, inner);
        return this.check(c.result, withAccu);
      }
      default:
        return DYN;
    }
  }

  /** The type of a call whose target and arguments type-check, or ERROR after reporting no overload. */
  private call(e: Expr, fn: string, target: CelType | undefined, args: readonly CelType[]): CelType {
    const [a, b, c] = args;
    const none = (): CelType => {
      const types = args.map(typeName).join(", ");
      const celGo = `found no matching overload for '${fn}' applied to '${target ? `${typeName(target)}.(${types})` : `(${types})`}'`;
      this.problem(celGo, `${celGo}${this.at(e)}`);
      return ERROR;
    };
    switch (fn) {
      case "_==_":
      case "_!=_":
        return compatible(a!, b!) ? BOOL : none();
      case "_<_":
      case "_<=_":
      case "_>_":
      case "_>=_": {
        const [x, y] = [unwrap(a!), unwrap(b!)];
        if (unknown(x) || unknown(y) || (isNumeric(x) && isNumeric(y)) || (x.kind === y.kind && ORDERED.has(x.kind))) return BOOL;
        return none();
      }
      case "_+_":
      case "_-_":
      case "_*_":
      case "_/_":
      case "_%_":
        return this.arithmetic(fn, unwrap(a!), unwrap(b!), none);
      case "-_": {
        const x = unwrap(a!);
        return unknown(x) ? DYN : x.kind === "int" || x.kind === "double" ? x : none();
      }
      case "!_":
        return unknown(a!) || unwrap(a!).kind === "bool" ? BOOL : none();
      case "_?_:_":
        if ((!unknown(a!) && unwrap(a!).kind !== "bool") || !compatible(b!, c!)) return none();
        return unknown(b!) ? c! : b!;
      case "@in":
        if (unknown(b!)) return BOOL;
        if (b!.kind === "list") return compatible(a!, b!.elem) ? BOOL : none();
        if (b!.kind === "map") return compatible(a!, b!.key) ? BOOL : none();
        return none();
      case "_[_]":
        if (unknown(a!)) return DYN;
        if (a!.kind === "list") return a!.elem;
        if (a!.kind === "map") return a!.value;
        return none();
    }
    if (fn.startsWith("@") || fn.startsWith("_")) return fn === "@not_strictly_false" ? BOOL : DYN;
    if (fn === "getField" && target) return none();
    const self = target ?? (fn === "size" || fn === "matches" ? a : undefined);
    if (self === undefined) return RESULT_TYPES[fn] ?? (PREDICATES.has(fn) ? BOOL : DYN);
    const rest = target ? args : args.slice(1);
    const on = unwrap(self);
    /** The receiver is of one of `kinds` (or not known). */
    const of = (...kinds: string[]): boolean => unknown(on) || kinds.includes(on.kind);
    const arg = (i: number, ...kinds: string[]): boolean => rest[i] !== undefined && (unknown(rest[i]!) || kinds.includes(unwrap(rest[i]!).kind));
    switch (fn) {
      case "size":
        return of("string", "bytes", "list", "map") && rest.length === 0 ? INT : none();
      case "contains":
      case "startsWith":
      case "endsWith":
        return of("string", "bytes") && rest.length === 1 && arg(0, ...(unknown(on) ? ["string", "bytes"] : [on.kind])) ? BOOL : none();
      case "matches":
        return of("string") && rest.length === 1 && arg(0, "string") ? BOOL : none();
      case "isEmail":
      case "isHostname":
      case "isUri":
      case "isUriRef":
        return of("string") && rest.length === 0 ? BOOL : none();
      case "isIp":
      case "isIpPrefix":
      case "isHostAndPort":
        return of("string") ? BOOL : none();
      case "isNan":
      case "isInf":
        return of("double") ? BOOL : none();
      case "unique":
        return unknown(on) || (on.kind === "list" && (unknown(on.elem) || ["int", "uint", "double", "bool", "string", "bytes"].includes(unwrap(on.elem).kind))) ? BOOL : none();
    }
    return RESULT_TYPES[fn] ?? (PREDICATES.has(fn) ? BOOL : DYN);
  }

  /** `+ - * / %`: numbers of one kind, and what CEL adds to them (strings, bytes, lists, time). */
  private arithmetic(fn: string, x: CelType, y: CelType, none: () => CelType): CelType {
    if (unknown(x) || unknown(y)) return DYN;
    if (isNumeric(x) && x.kind === y.kind) return fn !== "_%_" || x.kind !== "double" ? x : none();
    const pair = `${x.kind} ${y.kind}`;
    if (fn === "_+_") {
      if (pair === "string string" || pair === "bytes bytes" || pair === "duration duration") return x;
      if (pair === "list list") return compatible(x, y) && typeName(x) === typeName(y) ? x : list(DYN);
      if (pair === "timestamp duration" || pair === "duration timestamp") return type("timestamp");
    }
    if (fn === "_-_") {
      if (pair === "duration duration" || pair === "timestamp timestamp") return type("duration");
      if (pair === "timestamp duration") return type("timestamp");
    }
    return none();
  }
}

/** Functions returning bool whatever their (unchecked) arguments. */
const PREDICATES = new Set(["has", "contains", "startsWith", "endsWith", "matches", "isEmail", "isHostname", "isIp", "isIpPrefix", "isUri", "isUriRef", "isHostAndPort", "isNan", "isInf", "unique"]);

/** protovalidate rule IDs: letters, digits, `.`, `_`, `-` (buf's check). */
export function validRuleId(id: string): boolean {
  return /^[A-Za-z0-9._-]*$/.test(id);
}
