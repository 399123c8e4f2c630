/**
 * `protoguard breaking --error-format gitlab-code-quality` against `buf breaking` on the same change
 * (a deleted file, a deleted top-level message, a deleted field, a changed type): byte for byte with
 * the messages and fingerprints masked, and byte for byte, fingerprints included, when our reporter
 * is given buf's messages. `config-ignore-yaml` is lint's only, a usage error here as in buf.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Finding } from "../../src/engine/rule.js";
import { formatGitlab } from "../../src/report/gitlab.js";
import { buf, protoguard, removeTmpDirs, tmpDir } from "./helpers.js";

afterAll(removeTmpDirs);

let input: string;

beforeAll(() => {
  const root = tmpDir();
  const write = (files: Record<string, string>) => {
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, p)), { recursive: true });
      writeFileSync(join(root, p), text);
    }
  };
  write({
    "old/buf.yaml": "version: v2\n",
    "old/shop/v1/a.proto": 'syntax = "proto3";\npackage shop.v1;\nmessage A { int32 x = 1; string y = 2; }\nmessage Gone {}\n',
    "old/shop/v1/c.proto": 'syntax = "proto3";\npackage shop.v1;\nmessage C {}\n',
    "new/buf.yaml": "version: v2\n",
    "new/shop/v1/a.proto": 'syntax = "proto3";\npackage shop.v1;\nmessage A { int64 x = 1; }\n',
  });
  expect(buf(["build", "old", "-o", "old.binpb"], root).code).toBe(0);
  input = join(root, "new");
});

const ARGS = ["breaking", "--against", "../old.binpb", "--error-format"];

describe("breaking --error-format gitlab-code-quality", () => {
  it("has buf's shape, fields, positions and order (messages and fingerprints masked)", async () => {
    const theirs = buf([...ARGS, "gitlab-code-quality"], input);
    const ours = await protoguard([...ARGS, "gitlab-code-quality"], input);
    expect(theirs.code).toBe(100);
    expect(ours.code).toBe(1);
    const mask = (out: string) => out.replace(/"description":"(?:[^"\\]|\\.)*"/g, '"description":"<msg>"').replace(/"fingerprint":"[0-9a-f]{128}"/g, '"fingerprint":"<fp>"');
    expect(mask(ours.stdout.toString())).toBe(mask(theirs.stdout.toString()));
    // the deleted file has no path and no positions
    expect(theirs.stdout.toString()).toContain('"check_name":"FILE_NO_DELETE"');
    expect(theirs.stdout.toString()).toContain('"location":{"positions":{"begin":{},"end":{}}}');
  });

  it("given buf's messages, prints buf's bytes, fingerprints included", () => {
    const json = buf([...ARGS, "json"], input).stdout.toString();
    const findings = json
      .split("\n")
      .filter((l) => l !== "")
      .map((l): Finding => {
        const j = JSON.parse(l) as { path?: string; start_line: number; start_column: number; end_line: number; end_column: number; type: string; message: string };
        return {
          ruleId: j.type,
          severity: "error",
          message: j.message,
          file: j.path,
          displayPath: j.path,
          startLine: j.path === undefined ? 0 : j.start_line,
          startColumn: j.path === undefined ? 0 : j.start_column,
          endLine: j.path === undefined ? 0 : j.end_line,
          endColumn: j.path === undefined ? 0 : j.end_column,
          elementPath: undefined,
        };
      });
    expect(findings).toHaveLength(4);
    expect(formatGitlab(findings)).toBe(buf([...ARGS, "gitlab-code-quality"], input).stdout.toString());
  });

  it("prints nothing when nothing breaks (as buf)", async () => {
    const same = ["breaking", "--against", ".", "--error-format", "gitlab-code-quality"];
    expect(buf(same, input).stdout.toString()).toBe("");
    const ours = await protoguard(same, input);
    expect(ours.code).toBe(0);
    expect(ours.stdout.toString()).toBe("");
  });
});

describe("breaking --error-format config-ignore-yaml", () => {
  it("is a usage error, as in buf (lint only)", async () => {
    const theirs = buf([...ARGS, "config-ignore-yaml"], input);
    expect(theirs.code).toBe(1);
    expect(theirs.stderr).toContain('--error-format: invalid format: "config-ignore-yaml"');
    const ours = await protoguard([...ARGS, "config-ignore-yaml"], input);
    expect(ours.code).toBe(2);
    expect(ours.stdout.toString()).toBe("");
    expect(ours.stderr).toBe(
      'protoguard: --error-format must be one of text, json, msvs, junit, github-actions, gitlab-code-quality, sarif, not "config-ignore-yaml" (config-ignore-yaml is for lint only)\n' +
        "Run 'protoguard --help' for usage.\n",
    );
  });

  it("help lists the formats breaking takes", async () => {
    const help = (await protoguard(["breaking", "--help"])).stdout.toString();
    expect(help).toContain("gitlab-code-quality");
    expect(help).not.toContain("config-ignore-yaml");
    expect(help).toContain("--exclude-path P");
    const lintHelp = (await protoguard(["lint", "--help"])).stdout.toString();
    expect(lintHelp).toContain("gitlab-code-quality, config-ignore-yaml, sarif");
  });
});
