/**
 * The shared judgement of the deletion rules: which fields, enum values and package members
 * disappeared, and the wording they share. Each rule keeps its own ID, docs, examples and
 * condition (`…_UNLESS_NAME_RESERVED`, `…_UNLESS_NUMBER_RESERVED`), and calls one of these.
 */
import type { Element, Enum, EnumValue, Field, Message, ProtoFile } from "../engine/model.js";
import type { BreakingContext } from "../engine/rule.js";
import { nestedName, reservedLines } from "./describe.js";
import { filesByPackage } from "./helpers.js";
import { isUnchanged } from "./unchanged.js";

// ---- fields and enum values ------------------------------------------------------------------

/** Fields of `previous` whose number no field of `current` has. */
export function deletedFields(previous: Message, current: Message): Field[] {
  if (keptInPlace(previous.fields, current.fields)) return [];
  const now = new Set(current.fields.map((f) => f.number));
  return previous.fields.filter((f) => !now.has(f.number));
}

/**
 * Whether every element of `previous` has its number at the same position in `current` (which may
 * have more after them): nothing was deleted, told without a set (most messages and enums).
 */
function keptInPlace(previous: readonly (Field | EnumValue)[], current: readonly (Field | EnumValue)[]): boolean {
  if (previous.length > current.length) return false;
  for (let i = 0; i < previous.length; i++) if (previous[i]!.number !== current[i]!.number) return false;
  return true;
}

/** The start of a deleted-field message: `Field 3 "note" of message "Order" was deleted`. */
export function fieldDeleted(current: Message, field: Field): string {
  return `Field ${field.number} "${field.name}" of message "${nestedName(current)}" was deleted`;
}

/** The `reserved` lines that make a deleted field safe. */
export function reservedField(current: Message, field: Field): string {
  return reservedLines(current.file, field.number, [field.name]);
}

/** Reports each field deleted without reserving its `what`, unless `reserved(field)`. */
export function reportUnreservedFields(
  previous: Message,
  current: Message,
  ctx: BreakingContext,
  what: "name" | "number",
  reserved: (field: Field) => boolean,
): void {
  for (const field of deletedFields(previous, current)) {
    if (reserved(field)) continue;
    ctx.report(
      current,
      `${fieldDeleted(current, field)} without reserving its ${what}, so a new field could reuse it and misread old data. Add: ${reservedField(current, field)}`,
    );
  }
}

/** Numbers of `previous` that no value of `current` has, with every name they had (aliases). */
export function deletedEnumValues(previous: Enum, current: Enum): Map<number, string[]> {
  if (keptInPlace(previous.values, current.values)) return new Map();
  const now = new Set(current.values.map((v) => v.number));
  const deleted = new Map<number, string[]>();
  for (const v of previous.values) if (!now.has(v.number)) deleted.set(v.number, [...(deleted.get(v.number) ?? []), v.name]);
  return deleted;
}

/** The start of a deleted-value message: `Enum value 2 ("STATUS_DONE") of enum "Status" was deleted`. */
export function enumValueDeleted(current: Enum, number: number, names: readonly string[]): string {
  return `Enum value ${number} (${names.map((n) => `"${n}"`).join(", ")}) of enum "${nestedName(current)}" was deleted`;
}

// ---- package members ---------------------------------------------------------------------------

/**
 * Reports every `kind` (by nested name, from `members`) of a package that is gone from every file
 * of the package, at `target`. As buf: a deleted package, or one left with no such member at all,
 * is not checked. A file unchanged on the current side (unchanged.ts) keeps all its members in the
 * package, so only the package's other files are looked at.
 */
export function reportPackageDeletions<T extends Element>(
  previous: readonly ProtoFile[],
  current: readonly ProtoFile[],
  ctx: BreakingContext,
  kind: "Enum" | "Message" | "Extension",
  members: (file: ProtoFile) => Map<string, T>,
  target: (currentFiles: readonly ProtoFile[], file: ProtoFile | undefined, name: string) => Message | ProtoFile | undefined,
): void {
  const now = filesByPackage(current);
  const byName = new Map(current.map((f) => [f.name, f]));
  for (const [pkg, files] of filesByPackage(previous)) {
    const currentFiles = now.get(pkg);
    if (!currentFiles) continue;
    const changed = changedFiles(files, byName, ctx);
    if (changed.length === 0) continue;
    const have = new Set(currentFiles.flatMap((f) => [...members(f).keys()]));
    if (have.size === 0) continue;
    for (const file of changed) {
      for (const [name, el] of members(file)) {
        if (have.has(name)) continue;
        ctx.report(
          target(currentFiles, byName.get(el.file.name), name),
          `${kind} "${name}" was deleted from package "${pkg}" (it was in "${el.file.name}"); its generated code disappears. Restore it in any file of the package.`,
          { againstFile: el.file },
        );
      }
    }
  }
}

/**
 * The files of `previous` that are not unchanged in `current` (unchanged.ts), or whose counterpart
 * is not among the current side's files checked (`byName`).
 */
export function changedFiles(previous: readonly ProtoFile[], byName: ReadonlyMap<string, ProtoFile>, ctx: BreakingContext): ProtoFile[] {
  return previous.filter((f) => !byName.has(f.name) || !isUnchanged(ctx.previous, ctx.current, f));
}
