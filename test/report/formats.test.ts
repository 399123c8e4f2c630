/**
 * buf's formats (text, json, msvs, junit, github-actions, gitlab-code-quality, config-ignore-yaml)
 * on hand-made findings: buf's shapes for located, unlocated (1:1) and file-less (`<input>`)
 * findings, and the escaping each format needs. test/cli/lint.test.ts compares the same formats
 * with buf's real output.
 */
import { describe, expect, it } from "vitest";
import { formatGithub } from "../../src/report/github.js";
import { formatGitlab } from "../../src/report/gitlab.js";
import { formatConfigIgnoreYaml } from "../../src/report/ignore-yaml.js";
import { LINT_REPORT_FORMATS, REPORTERS, REPORT_FORMATS, isReportFormat } from "../../src/report/index.js";
import { formatJson } from "../../src/report/json.js";
import { formatJunit } from "../../src/report/junit.js";
import { formatMsvs } from "../../src/report/msvs.js";
import { formatText } from "../../src/report/text.js";
import { finding, SAMPLE } from "./findings.js";

describe("text", () => {
  it("prints path:line:column:message, no rule ID; 1:1 without a location; <input> without a file", () => {
    expect(formatText(SAMPLE)).toBe(
      '<input>:1:1:file "shop/v1/gone.proto" was deleted\n' +
        "proto/acme/v1/a.proto:1:1:file declares no package\n" +
        'proto/acme/v1/a.proto:4:10:field "userName" should be lower_snake_case: user_name\n' +
        "proto/b.proto:2:6:\"quoted\" <tag> & 'apos'\n",
    );
  });
  it("prints nothing for no findings", () => expect(formatText([])).toBe(""));
});

describe("json", () => {
  it("one object a line in buf's key order; no path for a file-less finding; positions at least 1", () => {
    const lines = formatJson(SAMPLE).split("\n");
    expect(lines[0]).toBe('{"start_line":1,"start_column":1,"end_line":1,"end_column":1,"type":"FILE_NO_DELETE","message":"file \\"shop/v1/gone.proto\\" was deleted"}');
    expect(lines[1]).toBe('{"path":"proto/acme/v1/a.proto","start_line":1,"start_column":1,"end_line":1,"end_column":1,"type":"PACKAGE_DEFINED","message":"file declares no package"}');
    expect(lines[2]).toBe(
      '{"path":"proto/acme/v1/a.proto","start_line":4,"start_column":10,"end_line":4,"end_column":18,"type":"FIELD_LOWER_SNAKE_CASE","message":"field \\"userName\\" should be lower_snake_case: user_name"}',
    );
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe("");
  });

  it("escapes strings as Go does (buf's bytes): <, >, & and U+2028 as \\u escapes, a lone surrogate as U+FFFD", () => {
    // buf 1.75 on a file named `a&b<c>/d/Bé.proto`
    expect(formatJson([finding({ ruleId: "PACKAGE_DEFINED", message: "Files must have a package defined.", displayPath: "a&b<c>/d/Bé.proto", startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 })])).toBe(
      '{"path":"a\\u0026b\\u003cc\\u003e/d/Bé.proto","start_line":1,"start_column":1,"end_line":1,"end_column":1,"type":"PACKAGE_DEFINED","message":"Files must have a package defined."}\n',
    );
    expect(formatJson([finding({ message: "a\u2028b\ud800c\n" })])).toContain('"message":"a\\u2028b\ufffdc\\n"');
  });
});

describe("msvs", () => {
  it("prints path(line,column) : error RULE : message", () => {
    expect(formatMsvs(SAMPLE).split("\n").slice(0, 3)).toEqual([
      '<input>(1,1) : error FILE_NO_DELETE : file "shop/v1/gone.proto" was deleted',
      "proto/acme/v1/a.proto(1,1) : error PACKAGE_DEFINED : file declares no package",
      'proto/acme/v1/a.proto(4,10) : error FIELD_LOWER_SNAKE_CASE : field "userName" should be lower_snake_case: user_name',
    ]);
  });
  it("says warning for a warning", () => {
    expect(formatMsvs([finding({ severity: "warning" })])).toContain(" : warning FIELD_LOWER_SNAKE_CASE : ");
  });
});

describe("junit", () => {
  it("groups by file in order, names cases RULE_line_col (RULE alone without a file), escapes like Go", () => {
    expect(formatJunit(SAMPLE)).toBe(`<testsuites>
  <testsuite name="&lt;input&gt;" tests="1" failures="1" errors="0">
    <testcase name="FILE_NO_DELETE">
      <failure message="&lt;input&gt;:1:1:file &#34;shop/v1/gone.proto&#34; was deleted" type="FILE_NO_DELETE"></failure>
    </testcase>
  </testsuite>
  <testsuite name="proto/acme/v1/a" tests="2" failures="2" errors="0">
    <testcase name="PACKAGE_DEFINED_1_1">
      <failure message="proto/acme/v1/a.proto:1:1:file declares no package" type="PACKAGE_DEFINED"></failure>
    </testcase>
    <testcase name="FIELD_LOWER_SNAKE_CASE_4_10">
      <failure message="proto/acme/v1/a.proto:4:10:field &#34;userName&#34; should be lower_snake_case: user_name" type="FIELD_LOWER_SNAKE_CASE"></failure>
    </testcase>
  </testsuite>
  <testsuite name="proto/b" tests="1" failures="1" errors="0">
    <testcase name="ENUM_PASCAL_CASE_2_6">
      <failure message="proto/b.proto:2:6:&#34;quoted&#34; &lt;tag&gt; &amp; &#39;apos&#39;" type="ENUM_PASCAL_CASE"></failure>
    </testcase>
  </testsuite>
</testsuites>
`);
  });
  it("prints nothing when clean (as buf)", () => expect(formatJunit([])).toBe(""));
  it("escapes newlines and tabs, and replaces characters XML cannot hold", () => {
    expect(formatJunit([finding({ message: "a\nb\tc\u0001d" })])).toContain('message="proto/acme/v1/a.proto:4:10:a&#xA;b&#x9;c\uFFFDd"');
  });
});

describe("github-actions", () => {
  it("prints buf's workflow commands", () => {
    expect(formatGithub(SAMPLE).split("\n").slice(0, 3)).toEqual([
      '::error file=<input>::file "shop/v1/gone.proto" was deleted',
      "::error file=proto/acme/v1/a.proto,line=1,col=1,endLine=1,endColumn=1::file declares no package",
      '::error file=proto/acme/v1/a.proto,line=4,col=10,endLine=4,endColumn=18::field "userName" should be lower_snake_case: user_name',
    ]);
  });

  it("escapes untrusted text so it cannot end the command or forge another (unlike buf)", () => {
    const evil = finding({
      displayPath: "x,line=1::set-output name=a::b.proto",
      message: "50% done\r\n::add-mask::secret\n::error file=forged.proto::boom",
    });
    const out = formatGithub([evil]);
    expect(out).toBe(
      "::error file=x%2Cline=1%3A%3Aset-output name=a%3A%3Ab.proto,line=4,col=10,endLine=4,endColumn=18::50%25 done%0D%0A::add-mask::secret%0A::error file=forged.proto::boom\n",
    );
    // One command, one line: nothing after the first newline could be read as a command.
    expect(out.split("\n").filter((l) => l !== "")).toHaveLength(1);
  });

  it("uses the finding's severity as the command", () => {
    expect(formatGithub([finding({ severity: "warning" })])).toMatch(/^::warning file=/);
    expect(formatGithub([finding({ severity: "notice" })])).toMatch(/^::notice file=/);
  });
});

describe("gitlab-code-quality", () => {
  it("prints buf's report for buf's finding byte for byte, fingerprint included", () => {
    // buf 1.75 on a file named `a&b<c>/d/Bé.proto`: Go escapes the path, and the fingerprint is the
    // SHAKE256 of the issue as printed, without the fingerprint
    const f = finding({
      ruleId: "FILE_LOWER_SNAKE_CASE",
      message: 'Filename "Bé.proto" should be lower_snake_case.proto, such as "bé.proto".',
      displayPath: "a&b<c>/d/Bé.proto",
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 1,
    });
    expect(formatGitlab([f])).toBe(
      '[{"description":"Filename \\"Bé.proto\\" should be lower_snake_case.proto, such as \\"bé.proto\\".","check_name":"FILE_LOWER_SNAKE_CASE",' +
        '"fingerprint":"8ef0fa9105fccba9a027f94cbd8893aa9ad49461331b0cde3263b5b6ed6b94d2b34d0bf3b8b254124114f0b9d6dc033b62b1bf3bc09cab4f84f3f3c069db6fa0",' +
        '"location":{"path":"a\\u0026b\\u003cc\\u003e/d/Bé.proto","positions":{"begin":{"line":1,"column":1},"end":{"line":1,"column":1}}},"severity":"minor"}]\n',
    );
  });

  it("one array on one line; 1:1 without a location; no path and no numbers without a file", () => {
    const issues = JSON.parse(formatGitlab(SAMPLE)) as { check_name: string; fingerprint: string; location: object; severity: string }[];
    expect(formatGitlab(SAMPLE).split("\n")).toHaveLength(2);
    expect(issues.map((i) => i.location)).toEqual([
      { positions: { begin: {}, end: {} } },
      { path: "proto/acme/v1/a.proto", positions: { begin: { line: 1, column: 1 }, end: { line: 1, column: 1 } } },
      { path: "proto/acme/v1/a.proto", positions: { begin: { line: 4, column: 10 }, end: { line: 4, column: 18 } } },
      { path: "proto/b.proto", positions: { begin: { line: 2, column: 6 }, end: { line: 2, column: 11 } } },
    ]);
    expect(issues.map((i) => i.check_name)).toEqual(["FILE_NO_DELETE", "PACKAGE_DEFINED", "FIELD_LOWER_SNAKE_CASE", "ENUM_PASCAL_CASE"]);
    expect(new Set(issues.map((i) => i.severity))).toEqual(new Set(["minor"]));
    for (const i of issues) expect(i.fingerprint).toMatch(/^[0-9a-f]{128}$/);
  });

  it("changes the fingerprint when anything printed changes", () => {
    const fp = (f: Parameters<typeof finding>[0]) => (JSON.parse(formatGitlab([finding(f)])) as { fingerprint: string }[])[0]!.fingerprint;
    const base = fp({});
    expect(fp({})).toBe(base);
    expect(fp({ message: "other" })).not.toBe(base);
    expect(fp({ startColumn: 11 })).not.toBe(base);
    expect(fp({ displayPath: "x.proto" })).not.toBe(base);
  });

  it("prints nothing when clean (as buf)", () => expect(formatGitlab([])).toBe(""));
});

describe("config-ignore-yaml", () => {
  it("prints buf's ignore_only block: IDs and module-relative paths sorted byte-wise, no file-less findings", () => {
    const findings = [
      ...SAMPLE,
      finding({ file: "acme/v1/Z.proto" }),
      finding({ file: "acme/v1/a.proto", startLine: 9 }),
      finding({ ruleId: "ENUM_PASCAL_CASE", file: "acme/é.proto" }),
    ];
    expect(formatConfigIgnoreYaml(findings)).toBe(`version: v1
lint:
  ignore_only:
    ENUM_PASCAL_CASE:
      - acme/é.proto
      - b.proto
    FIELD_LOWER_SNAKE_CASE:
      - acme/v1/Z.proto
      - acme/v1/a.proto
    PACKAGE_DEFINED:
      - acme/v1/a.proto
`);
  });

  it("prints compile errors as text lines, as buf does (they cannot be ignored)", () => {
    const compile = finding({ ruleId: "COMPILE", message: "cannot find `Unknown` in this scope" });
    expect(formatConfigIgnoreYaml([compile])).toBe("proto/acme/v1/a.proto:4:10:cannot find `Unknown` in this scope\n");
  });

  it("prints nothing when clean (as buf)", () => expect(formatConfigIgnoreYaml([])).toBe(""));
});

describe("index", () => {
  it("knows every format by its --error-format name; config-ignore-yaml is lint's only", () => {
    expect(REPORT_FORMATS).toEqual(["text", "json", "msvs", "junit", "github-actions", "gitlab-code-quality", "sarif"]);
    expect(LINT_REPORT_FORMATS).toEqual(["text", "json", "msvs", "junit", "github-actions", "gitlab-code-quality", "config-ignore-yaml", "sarif"]);
    for (const f of LINT_REPORT_FORMATS) expect(typeof REPORTERS[f]).toBe("function");
    expect(isReportFormat("gcc")).toBe(false);
    expect(isReportFormat("gitlab-code-quality")).toBe(true);
    expect(isReportFormat("config-ignore-yaml")).toBe(false);
    expect(isReportFormat("config-ignore-yaml", LINT_REPORT_FORMATS)).toBe(true);
  });
});
