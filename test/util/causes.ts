/**
 * Why two descriptors of the same file differ, as short cause keys that group well across many
 * files: descriptor fields as a JSON path with list indexes removed (`messageType.field.jsonName`),
 * source-info locations by the kind of element their path names (`si span messageType.field.type`).
 * For the exact difference in one file use /work/shared/tools/descriptor-diff.mjs.
 */
import { toJson } from "@bufbuild/protobuf";
import { FileDescriptorProtoSchema, type FileDescriptorProto, type SourceCodeInfo_Location } from "@bufbuild/protobuf/wkt";
import type { DescField, DescMessage } from "@bufbuild/protobuf";
import { withoutSourceInfo } from "./compare.js";

function plain(f: FileDescriptorProto): unknown {
  return toJson(FileDescriptorProtoSchema, withoutSourceInfo(f), { alwaysEmitImplicit: false });
}

function diffJson(a: unknown, b: unknown, where: string, out: Set<string>): void {
  if (Array.isArray(a) || Array.isArray(b)) {
    const x = Array.isArray(a) ? a : [], y = Array.isArray(b) ? b : [];
    if (x.length !== y.length) out.add(`${where}: list length differs`);
    for (let i = 0; i < Math.min(x.length, y.length); i++) diffJson(x[i], y[i], where, out);
    return;
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ao = a as Record<string, unknown>, bo = b as Record<string, unknown>;
    for (const k of new Set([...Object.keys(ao), ...Object.keys(bo)])) {
      const w = where ? `${where}.${k}` : k;
      if (!(k in ao)) out.add(`${w}: only in ours`);
      else if (!(k in bo)) out.add(`${w}: missing in ours`);
      else diffJson(ao[k], bo[k], w, out);
    }
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.add(`${where}: value differs`);
}

/** The element kind a source-info path names: field names of the descriptor schema, no indexes. */
export function pathKind(path: readonly number[]): string {
  let schema: DescMessage | undefined = FileDescriptorProtoSchema;
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const field: DescField | undefined = schema?.fields.find((f) => f.number === path[i]);
    if (!field) {
      parts.push(`#${path.slice(i).join(".")}`);
      break;
    }
    parts.push(field.localName);
    if (field.fieldKind === "list") i++;
    schema = field.fieldKind === "message" || (field.fieldKind === "list" && field.listKind === "message") ? field.message : undefined;
  }
  return parts.join(".") || "(file)";
}

function diffSourceInfo(r: FileDescriptorProto, o: FileDescriptorProto, out: Set<string>): void {
  const group = (f: FileDescriptorProto): Map<string, SourceCodeInfo_Location[]> => {
    const m = new Map<string, SourceCodeInfo_Location[]>();
    for (const loc of f.sourceCodeInfo?.location ?? []) {
      const k = loc.path.join(",");
      let list = m.get(k);
      if (!list) m.set(k, (list = []));
      list.push(loc);
    }
    return m;
  };
  const a = group(r), b = group(o);
  let sameSet = true;
  for (const [k, locs] of a) {
    const kind = pathKind(locs[0]!.path);
    const other = b.get(k) ?? [];
    if (other.length === 0) { out.add(`si missing ${kind}`); sameSet = false; continue; }
    if (other.length !== locs.length) { out.add(`si count ${kind}`); sameSet = false; continue; }
    locs.forEach((x, i) => {
      const y = other[i]!;
      if (x.span.join() !== y.span.join()) out.add(`si span ${kind}`);
      if ((x.leadingComments ?? "") !== (y.leadingComments ?? "")) out.add(`si leadingComments ${kind}`);
      if ((x.trailingComments ?? "") !== (y.trailingComments ?? "")) out.add(`si trailingComments ${kind}`);
      if (x.leadingDetachedComments.join("\0") !== y.leadingDetachedComments.join("\0")) out.add(`si detachedComments ${kind}`);
    });
  }
  for (const [k, locs] of b) if (!a.has(k)) { out.add(`si extra ${pathKind(locs[0]!.path)}`); sameSet = false; }
  if (sameSet && out.size === 0) {
    const order = (f: FileDescriptorProto): string => (f.sourceCodeInfo?.location ?? []).map((l) => l.path.join(",")).join(" ");
    if (order(r) !== order(o)) out.add("si order");
  }
}

type Unknown = { no: number; wireType: number; data: Uint8Array };

function unknownText(u: readonly Unknown[] | undefined): string {
  return (u ?? []).map((x) => `${x.no}:${x.wireType}:${Buffer.from(x.data).toString("hex")}`).join(" ");
}

/** Where unknown fields (custom option bytes) differ: the element path without indexes. */
function diffUnknown(a: unknown, b: unknown, where: string, out: Set<string>, top: boolean): void {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) diffUnknown(a[i], b[i], where, out, false);
    return;
  }
  if (!a || !b || typeof a !== "object" || typeof b !== "object" || a instanceof Uint8Array) return;
  const ao = a as Record<string, unknown>, bo = b as Record<string, unknown>;
  if (!top && unknownText(ao["$unknown"] as Unknown[] | undefined) !== unknownText(bo["$unknown"] as Unknown[] | undefined)) {
    const ua = (ao["$unknown"] as Unknown[] | undefined) ?? [], ub = (bo["$unknown"] as Unknown[] | undefined) ?? [];
    const nums = (u: Unknown[]): string => u.map((x) => x.no).join(",");
    out.add(`unknown fields of ${where || "(file)"}: ${nums(ua) === nums(ub) ? "same numbers, bytes differ" : "numbers/order differ"}`);
  }
  for (const k of Object.keys(ao)) {
    if (k === "$unknown" || k === "$typeName" || k === "sourceCodeInfo") continue; // SCI: image metadata
    diffUnknown(ao[k], bo[k], where ? `${where}.${k}` : k, out, false);
  }
}

/** Cause keys for one file (empty when equal in the compared mode). */
export function differenceCauses(ref: FileDescriptorProto, ours: FileDescriptorProto, sourceInfo: boolean, unknown = false): string[] {
  const out = new Set<string>();
  diffJson(plain(ref), plain(ours), "", out);
  if (sourceInfo) diffSourceInfo(ref, ours, out);
  if (unknown) diffUnknown(ref, ours, "", out, true);
  return [...out];
}

/** Groups causes across files: cause → files, most frequent first. */
export function groupCauses(
  pairs: Iterable<{ name: string; ref: FileDescriptorProto; ours: FileDescriptorProto }>,
  sourceInfo: boolean,
  unknown = false,
): [cause: string, files: string[]][] {
  const groups = new Map<string, string[]>();
  for (const { name, ref, ours } of pairs) {
    for (const c of differenceCauses(ref, ours, sourceInfo, unknown)) {
      let list = groups.get(c);
      if (!list) groups.set(c, (list = []));
      list.push(name);
    }
  }
  return [...groups].sort((x, y) => y[1].length - x[1].length || (x[0] < y[0] ? -1 : 1));
}

/** A printable table of the top `limit` causes with a few example files. */
export function formatCauses(groups: readonly [string, string[]][], limit = 25): string {
  return groups
    .slice(0, limit)
    .map(([cause, files]) => `  ${String(files.length).padStart(5)}  ${cause}   e.g. ${files.slice(0, 3).join(", ")}`)
    .join("\n");
}
