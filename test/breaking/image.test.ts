// buf images as the against side (src/sources/image.ts): images written by `buf build -o` and by
// `protoguard build -o`, binary and JSON, decode to the same model inputs, and `protoguard
// breaking` and `buf breaking` agree when either tool's image is the against side.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImageError, decodeBinaryImage, decodeImage, decodeJsonImage } from "../../src/sources/image.js";
import { buf, protoguard, removeTmpDirs, tmpDir } from "../cli/helpers.js";
import { parseBufJson } from "./buf-breaking.js";

afterAll(removeTmpDirs);

const P = `syntax = "proto3";\n`;
let root: string;

function write(dir: string, files: Record<string, string>): void {
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
}

beforeAll(async () => {
  root = tmpDir();
  write(join(root, "old"), {
    "buf.yaml": "version: v2\n",
    "shop/v1/order.proto": `${P}package shop.v1;\nimport "google/protobuf/timestamp.proto";\nimport "google/protobuf/empty.proto";\nmessage Order {\n  string id = 1;\n  int32 qty = 2;\n  google.protobuf.Timestamp at = 3;\n}\n`,
    "shop/v1/gone.proto": `${P}package shop.v1;\nmessage Gone {}\n`,
  });
  write(join(root, "new"), {
    "buf.yaml": "version: v2\n",
    "shop/v1/order.proto": `${P}package shop.v1;\nimport "google/protobuf/timestamp.proto";\nmessage Order {\n  string id = 1;\n  int64 qty = 2;\n}\n`,
  });
  for (const ext of ["binpb", "json"]) {
    expect(buf(["build", "old", "-o", `buf.${ext}`], root).code).toBe(0);
    const ours = await protoguard(["build", "old", "-o", `pg.${ext}`], root);
    expect(ours.code, ours.stderr).toBe(0);
  }
});

const keys = (out: Buffer | string): string[] => parseBufJson(out.toString()).map((f) => `${f.path}:${f.start_line}:${f.start_column}:${f.type}`).sort();

describe("decoding", () => {
  it("reads the image extension: import flags and unused dependencies, binary and JSON alike", () => {
    const bin = decodeBinaryImage(readFileSync(join(root, "buf.binpb")));
    const json = decodeJsonImage(readFileSync(join(root, "buf.json"), "utf8"));
    const summary = (inputs: ReturnType<typeof decodeBinaryImage>) => inputs.map((i) => [i.proto.name, i.isImport, i.unusedDependencies, i.syntaxUnspecified]);
    expect(summary(bin)).toEqual([
      ["shop/v1/gone.proto", false, [], false],
      ["google/protobuf/timestamp.proto", true, [], false],
      ["google/protobuf/empty.proto", true, [], false],
      ["shop/v1/order.proto", false, [1], false],
    ]);
    expect(summary(json)).toEqual(summary(bin));
    expect(bin[3]!.proto.$unknown ?? []).toEqual([]);
    expect(bin[3]!.proto.sourceCodeInfo?.location.length).toBeGreaterThan(0);
    expect(json[3]!.proto.messageType[0]!.field.map((f) => f.name)).toEqual(["id", "qty", "at"]);
  });

  it("protoguard's images decode to what buf's decode to", () => {
    for (const ext of ["binpb", "json"] as const) {
      const ours = decodeImage(readFileSync(join(root, `pg.${ext}`)), ext);
      const theirs = decodeImage(readFileSync(join(root, `buf.${ext}`)), ext);
      expect(ours.map((i) => [i.proto.name, i.isImport, i.unusedDependencies])).toEqual(theirs.map((i) => [i.proto.name, i.isImport, i.unusedDependencies]));
    }
  });

  it("refuses what is not an image", () => {
    expect(() => decodeBinaryImage(new Uint8Array([0xff, 0xff, 0xff]), "x.binpb")).toThrow(ImageError);
    expect(() => decodeJsonImage("{", "x.json")).toThrow(/not JSON/);
    expect(() => decodeJsonImage(`{"file": 3}`, "x.json")).toThrow(/expected \{"file"/);
  });
});

describe("breaking --against IMAGE", () => {
  it.each([["buf.binpb"], ["buf.json"], ["pg.binpb"], ["pg.json"], ["old"]])("against %s: protoguard and buf agree", async (against) => {
    const ours = await protoguard(["breaking", "new", "--against", against, "--error-format", "json"], root);
    const theirs = buf(["breaking", "new", "--against", against, "--error-format", "json"], root);
    expect(theirs.code, theirs.stderr).toBe(100);
    expect(ours.code, ours.stderr).toBe(1);
    expect(keys(ours.stdout)).toEqual(keys(theirs.stdout));
    expect(keys(ours.stdout)).toContain("<input>:1:1:FILE_NO_DELETE");
  });

  it("a missing or broken image is a usage error (exit 2)", async () => {
    expect((await protoguard(["breaking", "new", "--against", "missing.binpb"], root)).code).toBe(2);
    writeFileSync(join(root, "bad.json"), "not json");
    const bad = await protoguard(["breaking", "new", "--against", "bad.json"], root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not JSON/);
  });
});
