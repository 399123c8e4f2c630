/**
 * The image writer against buf's own output: buf builds the fixture, its binary image is decoded
 * into files, and encodeImage/imageToJson must reproduce buf's bytes and JSON text exactly.
 * (This tests the writer alone, independent of our compiler.)
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import { BinaryReader } from "@bufbuild/protobuf/wire";
import { FileDescriptorSetSchema, SourceCodeInfoSchema } from "@bufbuild/protobuf/wkt";
import { beforeAll, describe, expect, it } from "vitest";
import { encodeImage, encodeSourceCodeInfo, imageToJson, type ImageFile, type ImageModuleName } from "../../src/compiler/image.js";

const BUF = join(import.meta.dirname, "../../node_modules/.bin/buf");
const FIXTURE = join(import.meta.dirname, "../fixtures/cli/image");

/** Runs `buf build` on the fixture and returns the bytes it wrote to `name`. */
function bufBuild(name: string, ...flags: string[]): Uint8Array {
  const out = join(mkdtempSync(join(tmpdir(), "pg-image-")), name);
  execFileSync(BUF, ["build", FIXTURE, "-o", out, ...flags], { stdio: ["ignore", "ignore", "inherit"] });
  return readFileSync(out);
}

interface Decoded {
  files: ImageFile[];
  names: Map<string, ImageModuleName>;
}

/** Splits a buf image into files plus what its 8042 extension says about each. */
function decodeImage(bytes: Uint8Array): Decoded {
  const set = fromBinary(FileDescriptorSetSchema, bytes);
  const names = new Map<string, ImageModuleName>();
  const files = set.file.map((proto): ImageFile => {
    const ext = proto.$unknown?.find((u) => u.no === 8042);
    if (!ext) throw new Error(`${proto.name} has no image extension`);
    const r = new BinaryReader(ext.data);
    const payload = new BinaryReader(r.bytes());
    let isImport = false;
    let syntaxUnspecified = false;
    const unused: number[] = [];
    while (payload.pos < payload.len) {
      const [no] = payload.tag();
      if (no === 1) isImport = payload.bool();
      else if (no === 3) syntaxUnspecified = payload.bool();
      else if (no === 4) unused.push(payload.int32());
      else if (no === 2) {
        const info = new BinaryReader(payload.bytes());
        info.tag();
        const name = new BinaryReader(info.bytes());
        const parts: string[] = [];
        while (name.pos < name.len) {
          name.tag();
          parts.push(name.string());
        }
        names.set(proto.name, { remote: parts[0]!, owner: parts[1]!, repository: parts[2]! });
      } else throw new Error(`unexpected field ${no}`);
    }
    return { path: proto.name, isImport, proto, unusedDependencies: unused, syntaxUnspecified };
  });
  return { files, names };
}

describe("encodeImage and imageToJson reproduce buf's image", () => {
  let full: Decoded;
  beforeAll(() => {
    full = decodeImage(bufBuild("image.binpb"));
  });

  it("decodes the fixture as expected (guards the test itself)", () => {
    expect(full.files.map((f) => `${f.path}${f.isImport ? " (import)" : ""}`)).toEqual([
      "google/protobuf/descriptor.proto (import)",
      "acme/opts/opts.proto",
      "acme/shop/legacy.proto",
      "google/protobuf/duration.proto (import)",
      "google/protobuf/empty.proto (import)",
      "google/protobuf/timestamp.proto (import)",
      "acme/shop/order.proto",
    ]);
    expect(full.files.at(-1)!.unusedDependencies).toEqual([1, 2, 3]);
    expect(full.files[2]!.syntaxUnspecified).toBe(true);
    expect(full.names.get("acme/shop/order.proto")).toEqual({ remote: "buf.build", owner: "acme", repository: "shop" });
  });

  const opts = () => ({ moduleName: (p: string) => full.names.get(p) });

  it("binary: byte-identical", () => {
    expect(Buffer.from(encodeImage(full.files, opts())).equals(Buffer.from(bufBuild("image.binpb")))).toBe(true);
  });

  it("binary with --exclude-imports and --exclude-source-info: byte-identical", () => {
    const ours = encodeImage(full.files, { ...opts(), excludeImports: true, excludeSourceInfo: true });
    const ref = bufBuild("image.binpb", "--exclude-imports", "--exclude-source-info");
    expect(Buffer.from(ours).equals(Buffer.from(ref))).toBe(true);
  });

  it("binary: writes buf's SourceCodeInfo extension itself when the compiler left it out", () => {
    const stripped = full.files.map((f) => {
      const info = f.proto!.sourceCodeInfo!;
      return { ...f, proto: { ...f.proto!, sourceCodeInfo: { ...info, $unknown: (info.$unknown ?? []).filter((u) => u.no !== 536000000) } } };
    });
    // Two files carry it: legacy.proto (no syntax: 10 01) and order.proto (unused imports: 1a 03 01 02 03).
    expect(full.files.filter((f) => f.proto!.sourceCodeInfo!.$unknown?.length).map((f) => f.path)).toEqual(["acme/shop/legacy.proto", "acme/shop/order.proto"]);
    expect(Buffer.from(encodeImage(stripped, opts())).equals(Buffer.from(bufBuild("image.binpb")))).toBe(true);
  });

  it("JSON: the same text, custom options by name included", () => {
    const ref = new TextDecoder().decode(bufBuild("image.json"));
    const ours = imageToJson(full.files, opts());
    expect(ours.length).toBe(ref.length);
    expect(ours).toBe(ref);
  });

  it("JSON with --exclude-imports: the same text", () => {
    const ref = new TextDecoder().decode(bufBuild("image.json", "--exclude-imports"));
    expect(imageToJson(full.files, { ...opts(), excludeImports: true })).toBe(ref);
  });
});

describe("encodeSourceCodeInfo", () => {
  it("writes what toBinary writes, for edge values", () => {
    const info = create(SourceCodeInfoSchema, {
      location: [
        { path: [], span: [0, 0, 3, 1] },
        { path: [4, 0, 2, 300, 50001, 2147483647], span: [16383, 16384, 2097152], leadingComments: " é 中 😀\n", trailingComments: "" },
        { path: [-1, -2147483648], span: [1, 2, 3], leadingDetachedComments: ["a", "", "long ".repeat(40)] },
        { path: [7], span: [268435456, 0, 5] },
      ],
    });
    expect(Buffer.from(encodeSourceCodeInfo(info)).toString("hex")).toBe(Buffer.from(toBinary(SourceCodeInfoSchema, info)).toString("hex"));
  });
});
