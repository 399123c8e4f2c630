// `protoguard rules`: the listing of every rule in text, JSON and Markdown.
import { describe, expect, it } from "vitest";
import { LINT_RULES } from "../../rules/lint/index.js";
import { rulesCommand } from "../../src/cli/rules.js";

function run(args: string[]): { code: number; out: string; err: string } {
  let out = "";
  let err = "";
  const code = rulesCommand(args, { stdout: (s) => void (out += s), stderr: (s) => void (err += s) });
  return { code, out, err };
}

describe("protoguard rules", () => {
  it("text: a header and one aligned row per live v2 rule", () => {
    const { code, out } = run([]);
    expect(code).toBe(0);
    const lines = out.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^ID\s+CATEGORIES\s+DEFAULT\s+SUMMARY$/);
    const live = LINT_RULES.filter((r) => r.categories.v2 && !r.deprecated);
    expect(lines).toHaveLength(live.length + 1);
    const row = lines.find((l) => l.startsWith("FIELD_LOWER_SNAKE_CASE "));
    expect(row).toMatch(/^FIELD_LOWER_SNAKE_CASE\s+BASIC, STANDARD\s+yes\s+Field and extension names are lower_snake_case\.$/);
    const col = lines[0]!.indexOf("CATEGORIES");
    expect(row!.indexOf("BASIC")).toBe(col);
  });

  it("json: one object a line, with the version's categories", () => {
    const { out } = run(["--format", "json", "--version", "v1beta1", "--all"]);
    const rows = out.trimEnd().split("\n").map((l) => JSON.parse(l) as { id: string; categories: string[]; default: boolean; deprecated: boolean });
    const field = rows.find((r) => r.id === "FIELD_LOWER_SNAKE_CASE");
    expect(field).toEqual({
      id: "FIELD_LOWER_SNAKE_CASE",
      categories: ["BASIC", "STANDARD", "STYLE_BASIC", "STYLE_STANDARD"],
      default: true,
      summary: "Field and extension names are lower_snake_case.",
      deprecated: false,
      protoguard: false,
    });
    expect(rows.some((r) => r.id === "IMPORT_NO_WEAK" && r.deprecated)).toBe(true);
    expect(rows.some((r) => r.id === "IMPORT_USED")).toBe(false); // not in v1beta1
  });

  it("markdown: the docs page", () => {
    const { out } = run(["--format=markdown"]);
    expect(out).toMatch(/^# Lint rules\n/);
    expect(out).toContain("### FIELD_LOWER_SNAKE_CASE\n");
    expect(out).toContain("| v1beta1 | BASIC, STANDARD, STYLE_BASIC, STYLE_STANDARD | yes |");
  });

  it("usage errors exit 2 and say what is wrong", () => {
    expect(run(["--format", "xml"])).toMatchObject({ code: 2, err: expect.stringContaining('--format must be one of text, json, markdown, not "xml"') });
    expect(run(["--version", "v3"])).toMatchObject({ code: 2, err: expect.stringContaining("--version must be one of") });
    expect(run(["--bogus"])).toMatchObject({ code: 2, err: expect.stringContaining('unknown argument "--bogus"') });
  });
});
