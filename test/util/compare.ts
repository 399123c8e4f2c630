/**
 * Per-file comparison of two descriptor images with `equals` (unknown fields, i.e. custom options'
 * bytes and buf's image extension 8042, are ignored as `equals` does by default; see
 * shared/reference/descriptors.md §0). For the field-by-field explanation of a difference, write
 * both images (see `writeImage` in ours.ts) and run, from the project root:
 *
 *   node /work/shared/tools/descriptor-diff.mjs REF.binpb OURS.binpb --file NAME
 */
import { createRegistry, equals } from "@bufbuild/protobuf";
import { FileDescriptorProtoSchema, type FileDescriptorProto } from "@bufbuild/protobuf/wkt";

export interface Comparison {
  /** Files present on both sides and equal. */
  readonly equal: string[];
  /** Files present on both sides and different. */
  readonly unequal: string[];
  /** In the reference, absent from ours. */
  readonly missing: string[];
  /** In ours, absent from the reference. */
  readonly extra: string[];
}

/** The descriptor without its SourceCodeInfo (a shallow copy; the input is not modified). */
export function withoutSourceInfo(file: FileDescriptorProto): FileDescriptorProto {
  if (file.sourceCodeInfo === undefined) return file;
  const copy = { ...file };
  delete copy.sourceCodeInfo;
  return copy;
}

/**
 * The descriptor without the unknown fields buf adds as image metadata: the file's own (image
 * extension 8042) and its SourceCodeInfo's (extension 536000000: syntax unspecified, unused
 * imports). A shallow copy; the image-bytes tests cover both.
 */
function withoutFileUnknowns(file: FileDescriptorProto): FileDescriptorProto {
  if (file.$unknown === undefined && file.sourceCodeInfo?.$unknown === undefined) return file;
  const copy = { ...file };
  delete copy.$unknown;
  if (copy.sourceCodeInfo?.$unknown !== undefined) {
    const sci = { ...copy.sourceCodeInfo };
    delete sci.$unknown;
    copy.sourceCodeInfo = sci;
  }
  return copy;
}

const emptyRegistry = createRegistry();

/**
 * Whether two descriptors of one file are equal. `unknown: true` also compares unknown fields
 * entry by entry (custom options are unknown fields of the options messages, so this checks
 * their exact bytes and order, shared/reference/descriptors.md §9.4); buf's image metadata
 * (see `withoutFileUnknowns`) is left out of that comparison.
 */
export function compareFile(ref: FileDescriptorProto, ours: FileDescriptorProto, sourceInfo: boolean, unknown = false): boolean {
  let a = sourceInfo ? ref : withoutSourceInfo(ref);
  let b = sourceInfo ? ours : withoutSourceInfo(ours);
  if (!unknown) return equals(FileDescriptorProtoSchema, a, b);
  a = withoutFileUnknowns(a);
  b = withoutFileUnknowns(b);
  return equals(FileDescriptorProtoSchema, a, b, { registry: emptyRegistry, unknown: true });
}

/**
 * Compares file by file (matched by name). With `sourceInfo: false` SourceCodeInfo is ignored on
 * both sides; with `true` it must be equal too. `only` restricts the comparison to those names.
 */
export function compareImages(
  ref: readonly FileDescriptorProto[],
  ours: readonly FileDescriptorProto[],
  sourceInfo: boolean,
  only?: ReadonlySet<string>,
  unknown = false,
): Comparison {
  const byName = new Map<string, FileDescriptorProto>();
  for (const f of ours) byName.set(f.name, f);
  const refNames = new Set<string>();
  const c: Comparison = { equal: [], unequal: [], missing: [], extra: [] };
  for (const r of ref) {
    if (only && !only.has(r.name)) continue;
    refNames.add(r.name);
    const o = byName.get(r.name);
    if (!o) c.missing.push(r.name);
    else if (compareFile(r, o, sourceInfo, unknown)) c.equal.push(r.name);
    else c.unequal.push(r.name);
  }
  for (const o of ours) if (!refNames.has(o.name) && (!only || only.has(o.name))) c.extra.push(o.name);
  return c;
}
