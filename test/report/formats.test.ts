/**
 * The line formats (text, json, msvs, junit, github-actions) on hand-made findings: buf's shapes
 * for located, unlocated (1:1) and file-less (`<input>`) findings, and the escaping each format
 * needs. test/cli/lint.test.ts compares the same formats with buf's real output.
 */
import { describe, expect, it } from "vitest";
import { formatGithub } from "../../src/report/github.js";
import { REPORTERS, REPORT_FORMATS, isReportFormat } from "../../src/report/index.js";
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

describe("index", () => {
  it("knows every format by its --error-format name", () => {
    expect(REPORT_FORMATS).toEqual(["text", "json", "msvs", "junit", "github-actions", "sarif"]);
    for (const f of REPORT_FORMATS) expect(typeof REPORTERS[f]).toBe("function");
    expect(isReportFormat("gcc")).toBe(false);
    expect(isReportFormat("gitlab-code-quality")).toBe(false);
  });
});
