/**
 * The bundles: scripts/bundle.mjs is deterministic, and dist/cli.js works with no node_modules
 * around it (the well-known types are inside it). Bundles into a temporary directory, not dist/.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO, buf } from "./helpers.js";

const bundle = (outdir: string) => execFileSync(process.execPath, [join(REPO, "scripts/bundle.mjs"), outdir], { cwd: REPO, stdio: "pipe" });

describe("scripts/bundle.mjs", () => {
  let first: string;
  let isolated: string;
  beforeAll(() => {
    first = mkdtempSync(join(tmpdir(), "pg-dist-"));
    bundle(first);
    // A directory with no node_modules anywhere above it that Node would search.
    isolated = mkdtempSync(join(tmpdir(), "pg-isolated-"));
    cpSync(join(first, "cli.js"), join(isolated, "cli.js"));
    cpSync(join(first, "index.js"), join(isolated, "index.js"));
    cpSync(join(REPO, "examples"), join(isolated, "examples"), { recursive: true });
  });

  // Retried because sources edited between the two bundles (parallel work in one checkout) also differ.
  it("is deterministic: a second bundle is byte-identical", { retry: 2 }, () => {
    first = mkdtempSync(join(tmpdir(), "pg-dist-"));
    bundle(first);
    const second = mkdtempSync(join(tmpdir(), "pg-dist-"));
    bundle(second);
    for (const f of ["cli.js", "index.js"]) expect(readFileSync(join(second, f)).equals(readFileSync(join(first, f)))).toBe(true);
  });

  it("cli.js is an executable node script", () => {
    expect(readFileSync(join(first, "cli.js"), "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(statSync(join(first, "cli.js")).mode & 0o111).toBe(0o111);
  });

  it("cli.js builds the examples without node_modules, the same image as buf", () => {
    const r = spawnSync(join(isolated, "cli.js"), ["build", "examples", "-o", "ours.binpb"], { cwd: isolated });
    expect(r.stderr.toString()).toBe("");
    expect(r.status).toBe(0);
    expect(buf(["build", "examples", "-o", "ref.binpb"], isolated).code).toBe(0);
    expect(readFileSync(join(isolated, "ours.binpb")).equals(readFileSync(join(isolated, "ref.binpb")))).toBe(true);
  });

  it("cli.js compiles in worker threads (the bundle is its own worker script): same image", () => {
    const env = { ...process.env, PROTOGUARD_WORKERS: "2", PROTOGUARD_TIMING: "1" };
    const r = spawnSync(join(isolated, "cli.js"), ["build", "examples", "-o", "workers.binpb"], { cwd: isolated, env });
    expect(r.status).toBe(0);
    expect(r.stderr.toString()).toMatch(/^timing: workers: 2 workers, done in \d+ ms: /m);
    expect(r.stderr.toString()).not.toMatch(/one thread|failed/);
    expect(buf(["build", "examples", "-o", "ref-workers.binpb"], isolated).code).toBe(0);
    expect(readFileSync(join(isolated, "workers.binpb")).equals(readFileSync(join(isolated, "ref-workers.binpb")))).toBe(true);
  });

  it("cli.js reports compile errors with exit code 1", () => {
    const r = spawnSync(process.execPath, [join(isolated, "cli.js"), "build", join(REPO, "test/fixtures/cli/errors")], { cwd: REPO });
    expect(r.status).toBe(1);
    expect(r.stderr.toString().split("\n")[0]).toBe(`${REPO}/test/fixtures/cli/errors/proto/shop/v1/order.proto:4:1:imported file does not exist`);
  });

  it("index.js (the action) runs and announces its version", () => {
    const r = spawnSync(process.execPath, [join(isolated, "index.js")], { cwd: isolated, env: { PATH: process.env["PATH"] ?? "" } });
    expect(r.status).toBe(0);
    expect(r.stdout.toString()).toBe(`protoguard ${(JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { version: string }).version}\n`);
  });
});
