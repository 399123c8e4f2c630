/**
 * Running CEL rules on values (src/engine/protovalidate-eval.ts): verdicts as protovalidate gives them,
 * protovalidate's functions, and the bounds on work: expressions written to multiply loops or grow
 * strings and lists end "costly" instead of hanging, and nothing throws.
 */
import { celUint } from "@bufbuild/cel";
import { describe, expect, it } from "vitest";
import { CEL_BUDGET, compileCelRule } from "../../src/engine/protovalidate-eval.js";

const run = (expression: string, self: unknown = "ab", message = "") => compileCelRule(expression, message)({ this: self as string });

/** `[1, …, n]` as CEL text. */
const range = (n: number): string => `[${Array.from({ length: n }, (_, i) => i + 1).join(", ")}]`;

describe("CEL rules on a value", () => {
  it("gives protovalidate's verdicts", () => {
    expect(run("this.startsWith('a')")).toEqual({ kind: "pass" });
    expect(run("this.startsWith('x')")).toEqual({ kind: "violation", message: `"this.startsWith('x')" returned false` });
    expect(run("this.startsWith('x')", "ab", "must start with x")).toEqual({ kind: "violation", message: "must start with x" });
    expect(run("this == 'ab' ? '' : 'not ab'")).toEqual({ kind: "pass" });
    expect(run("this == 'x' ? '' : 'not x'")).toEqual({ kind: "violation", message: "not x" });
    expect(run("int(this) > 0").kind).toBe("error");
    expect(run("this < 10u", celUint(30n))).toEqual({ kind: "violation", message: `"this < 10u" returned false` });
  });

  it("has protovalidate's functions", () => {
    const all = [
      "'https://a.b/c?d#e'.isUri()", "!'a b'.isUri()", "'a:b?//[::1]'.isUriRef()", "''.isUriRef()", "'a@b.c'.isEmail()",
      "'a.b'.isHostname()", "!'a..b'.isHostname()", "'1.2.3.4'.isIp()", "'::1'.isIp(6)", "!'1.2.3.4'.isIp(5)",
      "'1.2.3.0/24'.isIpPrefix(4, true)", "!'1.2.3.4/24'.isIpPrefix(true)", "'1.2.3.4/24'.isIpPrefix()", "'a:1'.isHostAndPort(true)",
      "'a'.isHostAndPort(false)", "!'a'.isHostAndPort(true)", "[1, 2].unique()", "![1, 1].unique()", "[0.0, -0.0].unique() == false",
      "[b'a', b'b'].unique()", "(0.0 / 0.0).isNan()", "(1.0 / 0.0).isInf(1)", "!(1.0 / 0.0).isInf(-1)", "b'abc'.contains(b'b')",
      "b'abc'.startsWith(b'ab')", "b'abc'.endsWith(b'bc')", "'abc'.matches('^a.c$')", "getField({'a': 1}, 'a') == 1",
      "'%s-%d'.format(['x', 3]) == 'x-3'", "this < now + duration('1s') || true",
    ];
    for (const expression of all) expect([expression, run(expression).kind]).toEqual([expression, "pass"]);
  });

  it("matches() reads patterns as Go does", () => {
    // Go's looser class names, which RE2JS alone rejects.
    expect(run("'αβ'.matches('^\\\\p{greek}+$')").kind).toBe("pass");
    expect(run("'ab'.matches('^\\\\p{Letter}+$')").kind).toBe("pass");
    expect(run("!'1'.matches('^\\\\p{Letter}+$')").kind).toBe("pass");
    // A pattern Go rejects is a run-time error.
    const bad = run("'a'.matches('(?=a)')");
    expect(bad).toMatchObject({ kind: "error" });
    expect(bad.kind === "error" && bad.error).toContain("invalid or unsupported Perl syntax");
  });

  it("stops nested loops that multiply (ten loops of ten items: 10^10 steps)", () => {
    let expression = "this != 'x'";
    for (const v of "abcdefghij") expression = `${range(10)}.all(${v}, ${expression})`;
    expect(run(expression)).toEqual({ kind: "costly" });
    // Also when the loops sit behind operators that swallow errors.
    expect(run(`true || ${expression}`)).toEqual({ kind: "pass" });
    expect(run(`${expression} || true`)).toEqual({ kind: "costly" });
    expect(run(`${range(100)}.exists(a, ${range(100)}.exists(b, ${range(100)}.exists(c, a + b + c == 0)))`)).toEqual({ kind: "costly" });
  });

  it("stops strings, bytes and lists that grow", () => {
    expect(run("this.replace('', this).replace('', this.replace('', this)).replace('', this.replace('', this).replace('', this.replace('', this))).size() > 0", "abcdefghijklmnopqrstuvwxyz")).toEqual({ kind: "costly" });
    expect(run(`${range(50)}.map(a, ${range(50)}.map(b, ${range(50)}.map(c, this).join()).join()).join().size() > 0`)).toEqual({ kind: "costly" });
    expect(run(`${range(300)}.map(a, ${range(300)}).map(l, l + l + l + l).size() > 0`)).toEqual({ kind: "costly" });
    // Lists nested in lists: comparing them walks every item.
    let nested = "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]";
    for (let i = 0; i < 8; i++) nested = `${range(10)}.map(x, ${nested})`;
    expect(run(`${nested} == ${nested}`)).toEqual({ kind: "costly" });
    expect(run("this.matches(this + this + this)", "a".repeat(Math.ceil(Math.sqrt(CEL_BUDGET))))).toEqual({ kind: "costly" });
  });

  it("does not throw on what the interpreter cannot run", () => {
    expect(run("this.reverse() == 'ba'").kind).toMatch(/pass|unknown/);
    expect(run(`${"(".repeat(5000)}this${")".repeat(5000)} == 'ab'`).kind).toMatch(/pass|unknown/);
    expect(run("1 +").kind).toBe("unknown");
  });
});
