/**
 * The bundled well-known types: the `google/protobuf/*.proto` files buf ships inside its binary,
 * so that `import "google/protobuf/timestamp.proto"` always resolves.
 *
 * The texts come from the google-proto-files 5.0.3 package (identical to buf 1.75's copies,
 * source info included, see shared/reference/descriptors.md §1). In the bundled dist/ build,
 * esbuild injects them as the global `__PROTOGUARD_WKT__`; otherwise they are read lazily from
 * node_modules. `java_features.proto` and `go_features.proto` are not in that package and are
 * therefore not bundled.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

declare const __PROTOGUARD_WKT__: Record<string, string>;

const WKT_PATHS: readonly string[] = [
  "google/protobuf/any.proto",
  "google/protobuf/api.proto",
  "google/protobuf/compiler/plugin.proto",
  "google/protobuf/cpp_features.proto",
  "google/protobuf/descriptor.proto",
  "google/protobuf/duration.proto",
  "google/protobuf/empty.proto",
  "google/protobuf/field_mask.proto",
  "google/protobuf/source_context.proto",
  "google/protobuf/struct.proto",
  "google/protobuf/timestamp.proto",
  "google/protobuf/type.proto",
  "google/protobuf/wrappers.proto",
];
const WKT_SET = new Set(WKT_PATHS);

/** Import paths of every bundled well-known type. */
export function wktPaths(): string[] {
  return typeof __PROTOGUARD_WKT__ !== "undefined" ? Object.keys(__PROTOGUARD_WKT__).sort() : [...WKT_PATHS];
}

/** Whether `path` names a bundled well-known type. */
export function isWkt(path: string): boolean {
  return typeof __PROTOGUARD_WKT__ !== "undefined" ? Object.hasOwn(__PROTOGUARD_WKT__, path) : WKT_SET.has(path);
}

const texts = new Map<string, string | undefined>();
let packageRoot: string | undefined;

/** Source text of a bundled well-known type, or undefined when `path` is not one. */
export function wktSource(path: string): string | undefined {
  if (typeof __PROTOGUARD_WKT__ !== "undefined") {
    return Object.hasOwn(__PROTOGUARD_WKT__, path) ? __PROTOGUARD_WKT__[path] : undefined;
  }
  if (!WKT_SET.has(path)) return undefined;
  if (texts.has(path)) return texts.get(path);
  let text: string | undefined;
  try {
    packageRoot ??= dirname(createRequire(import.meta.url).resolve("google-proto-files/package.json"));
    text = readFileSync(join(packageRoot, path), "utf8");
  } catch {
    text = undefined;
  }
  texts.set(path, text);
  return text;
}
