/**
 * What counts as documentation for the COMMENT_* lint rules (buf-rules.md "COMMENTS"): the leading
 * comment attached directly above the declaration, with at least one non-blank line that is not an
 * ignore directive (`buf:lint:ignore …`, `protoguard:ignore …`). Trailing and detached comments do
 * not count; neither does an element without a source location (buf skips those).
 */
import { isIgnoreLine } from "./ignore.js";
import type { Element } from "./model.js";

/** The element has a source location (elements of images without source info have none). */
export function hasLocation(element: Element): boolean {
  return element.kind !== "file" && element.file.locations.get(element.path) !== undefined;
}

/** Whether the element's leading comment documents it. */
export function hasDocComment(element: Element): boolean {
  if (element.kind === "file") return false;
  const comment = element.file.locations.get(element.path)?.leadingComments;
  if (!comment) return false;
  return comment.split("\n").some((line) => line.trim() !== "" && !isIgnoreLine(line));
}
