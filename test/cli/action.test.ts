import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { failureMessage, run } from "../../src/github/main.js";
import { REPO } from "./helpers.js";

describe("action.yml", () => {
  it("is valid YAML describing a node24 action on dist/index.js", () => {
    const action = parse(readFileSync(join(REPO, "action.yml"), "utf8")) as Record<string, unknown>;
    expect(action).toMatchObject({
      name: "protoguard",
      author: expect.any(String),
      description: expect.stringMatching(/\S/),
      branding: { icon: expect.any(String), color: expect.any(String) },
      runs: { using: "node24", main: "dist/index.js" },
    });
  });
});

describe("the action's run()", () => {
  it("resolves and sets no failure", async () => {
    const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      await expect(run()).resolves.toBeUndefined();
      expect(process.exitCode ?? 0).toBe(0);
      expect(String(write.mock.calls[0]?.[0])).toMatch(/^protoguard \d+\.\d+\.\d+/);
    } finally {
      write.mockRestore();
    }
  });

  it("turns anything thrown into a one-line message", () => {
    expect(failureMessage(new TypeError("bad input"))).toBe("protoguard failed: bad input");
    expect(failureMessage("plain string")).toBe("protoguard failed: plain string");
    expect(failureMessage({ code: 42 })).toBe('protoguard failed: {"code":42}');
    expect(failureMessage(undefined)).toBe("protoguard failed: undefined");
    const cyclic: Record<string, unknown> = {};
    cyclic["self"] = cyclic;
    expect(failureMessage(cyclic)).toBe("protoguard failed: [object Object]");
  });
});
