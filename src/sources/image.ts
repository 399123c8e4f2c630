/**
 * Reading a buf image as the against side: the binary form (`.binpb`, `.bin`; a FileDescriptorSet
 * whose files carry buf's `ImageFileExtension` as field 8042) and the JSON form (`.json`, each file
 * with a `bufExtension` object), decoded with `@bufbuild/protobuf` into Model inputs. An image
 * skips the compiler: its descriptors, source info and import flags are taken as they are.
 *
 * ImageFileExtension (buf's image.proto): is_import = 1 (bool), module_info = 2, is_syntax_unspecified
 * = 3 (bool), unused_dependency = 4 (repeated int32, packed or not). Images written by `buf build`
 * and by `protoguard build -o` both decode here.
 */
import { fromBinary, fromJson, type JsonValue } from "@bufbuild/protobuf";
import { BinaryReader, WireType } from "@bufbuild/protobuf/wire";
import { FileDescriptorProtoSchema, FileDescriptorSetSchema, type FileDescriptorProto } from "@bufbuild/protobuf/wkt";
import type { ModelInput } from "../engine/model.js";

/** A malformed image (a usage error for the CLI: the file is not what `--against` needs). */
export class ImageError extends Error {
  override name = "ImageError";
}

const IMAGE_EXTENSION_FIELD = 8042;

interface ImageExtension {
  isImport: boolean;
  syntaxUnspecified: boolean;
  unusedDependencies: number[];
}

/** Decodes a binary image. */
export function decodeBinaryImage(bytes: Uint8Array, name = "image"): ModelInput[] {
  let set;
  try {
    set = fromBinary(FileDescriptorSetSchema, bytes);
  } catch (e) {
    throw new ImageError(`${name}: not a buf image (binary FileDescriptorSet): ${e instanceof Error ? e.message : String(e)}`);
  }
  return set.file.map((proto) => {
    const ext = readExtension(proto, name);
    return input(proto, ext);
  });
}

function readExtension(proto: FileDescriptorProto, name: string): ImageExtension {
  const ext: ImageExtension = { isImport: false, syntaxUnspecified: false, unusedDependencies: [] };
  const unknown = proto.$unknown;
  if (!unknown) return ext;
  for (const u of unknown) {
    if (u.no !== IMAGE_EXTENSION_FIELD || u.wireType !== WireType.LengthDelimited) continue;
    try {
      // `data` holds the field's value including its length prefix.
      const outer = new BinaryReader(u.data);
      const r = new BinaryReader(outer.bytes());
      while (r.pos < r.len) {
        const [no, wt] = r.tag();
        if (no === 1 && wt === WireType.Varint) ext.isImport = r.bool();
        else if (no === 3 && wt === WireType.Varint) ext.syntaxUnspecified = r.bool();
        else if (no === 4 && wt === WireType.Varint) ext.unusedDependencies.push(r.int32());
        else if (no === 4 && wt === WireType.LengthDelimited) {
          const end = r.uint32() + r.pos;
          while (r.pos < end) ext.unusedDependencies.push(r.int32());
        } else r.skip(wt, no);
      }
    } catch (e) {
      throw new ImageError(`${name}: file ${proto.name}: malformed image extension (field 8042): ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  proto.$unknown = unknown.filter((u) => u.no !== IMAGE_EXTENSION_FIELD);
  return ext;
}

/** Decodes a JSON image (`{"file": [ {…, "bufExtension": {…}} ]}`). */
export function decodeJsonImage(text: string, name = "image"): ModelInput[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ImageError(`${name}: not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const files = (doc as { file?: unknown })?.file;
  if (typeof doc !== "object" || doc === null || (files !== undefined && !Array.isArray(files)))
    throw new ImageError(`${name}: not a buf image: expected {"file": [...]}`);
  return ((files ?? []) as unknown[]).map((f, i) => {
    if (typeof f !== "object" || f === null) throw new ImageError(`${name}: file #${i} is not an object`);
    const { bufExtension, ...rest } = f as Record<string, unknown>;
    let proto: FileDescriptorProto;
    try {
      // Custom options written by name cannot be resolved without their definitions; breaking
      // rules read only descriptor.proto's own options, so unknown keys are dropped.
      proto = fromJson(FileDescriptorProtoSchema, rest as JsonValue, { ignoreUnknownFields: true });
    } catch (e) {
      throw new ImageError(`${name}: file #${i}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const b = (bufExtension ?? {}) as { isImport?: unknown; isSyntaxUnspecified?: unknown; unusedDependency?: unknown };
    const ext: ImageExtension = {
      isImport: b.isImport === true,
      syntaxUnspecified: b.isSyntaxUnspecified === true,
      unusedDependencies: Array.isArray(b.unusedDependency) ? b.unusedDependency.filter((n): n is number => typeof n === "number") : [],
    };
    return input(proto, ext);
  });
}

function input(proto: FileDescriptorProto, ext: ImageExtension): ModelInput {
  return { proto, isImport: ext.isImport, unusedDependencies: ext.unusedDependencies, syntaxUnspecified: ext.syntaxUnspecified };
}

/** Decodes an image by format. */
export function decodeImage(bytes: Uint8Array, format: "binpb" | "json", name = "image"): ModelInput[] {
  return format === "json" ? decodeJsonImage(new TextDecoder().decode(bytes), name) : decodeBinaryImage(bytes, name);
}
