/**
 * What silences a finding: `ignore` / `ignore_only` paths from the config, and ignore comments
 * in the proto source (`// buf:lint:ignore RULE_ID`, or protoguard's own spelling
 * `// protoguard:ignore RULE_ID`, which behaves exactly the same).
 *
 * Comment ignores follow buf 1.75 (shared/reference/buf-rules.md §4, buf's
 * `bufcheck/client.go` and `protosourcepath`):
 * - only the *leading* comment of a declaration counts (not trailing, not detached);
 * - the comment is split into lines, each trimmed, empty ones dropped; a line matches when it
 *   starts with `buf:lint:ignore`, one space and the rule ID. It is a plain prefix test, so
 *   `buf:lint:ignore COMMENT_ENUM_VALUE` also silences `COMMENT_ENUM`, and
 *   `buf:lint:ignore A, B` silences A only;
 * - the comment may sit on the declaration the finding is reported at or on any declaration
 *   enclosing it (message → nested message → field, enum → value, service → rpc, `extend` block →
 *   extension, `reserved` statement → range), or on the very option / `package` / `import`
 *   statement the finding points at; a group's comment (kept on its message) also covers the
 *   group's field;
 * - a finding without a location (PACKAGE_DEFINED, SYNTAX_SPECIFIED, FILE_LOWER_SNAKE_CASE, file
 *   options that are absent) cannot be silenced by a comment.
 */
import { FieldDescriptorProto_Type, type DescriptorProto, type FieldDescriptorProto, type FileDescriptorProto } from "@bufbuild/protobuf/wkt";
import {
  ENUM_OPTIONS,
  ENUM_RESERVED_NAME,
  ENUM_RESERVED_RANGE,
  ENUM_VALUE,
  ENUM_VALUE_OPTIONS,
  FIELD_DEFAULT_VALUE,
  FIELD_OPTIONS,
  FILE_DEPENDENCY,
  FILE_ENUM_TYPE,
  FILE_EXTENSION,
  FILE_MESSAGE_TYPE,
  FILE_OPTIONS,
  FILE_PACKAGE,
  FILE_SERVICE,
  FILE_SYNTAX,
  MESSAGE_ENUM_TYPE,
  MESSAGE_EXTENSION,
  MESSAGE_EXTENSION_RANGE,
  MESSAGE_FIELD,
  MESSAGE_NESTED_TYPE,
  MESSAGE_ONEOF_DECL,
  MESSAGE_OPTIONS,
  MESSAGE_RESERVED_NAME,
  MESSAGE_RESERVED_RANGE,
  METHOD_OPTIONS,
  SERVICE_METHOD,
  SERVICE_OPTIONS,
  type FileLocations,
} from "./model.js";

/** The comment prefixes that start an ignore line: buf's, and protoguard's own. */
export const IGNORE_PREFIXES = ["buf:lint:ignore", "protoguard:ignore"] as const;

const FILE_EDITION = 14;
const ONEOF_OPTIONS = 2;
const EXTENSION_RANGE_OPTIONS = 3;

/**
 * The source-info paths of the declarations a finding at `path` belongs to, outermost first:
 * the paths whose leading comments may hold an ignore for it (buf's
 * `protosourcepath.GetAssociatedSourcePaths` without child paths). Empty for the file itself.
 */
export function declarationPaths(path: readonly number[]): number[][] {
  const out: number[][] = [];
  const upTo = (n: number): number[] => path.slice(0, n);
  if (path.length === 0) return out;
  switch (path[0]) {
    case FILE_PACKAGE:
    case FILE_SYNTAX:
    case FILE_EDITION:
      out.push(upTo(1));
      return out;
    case FILE_DEPENDENCY:
      if (path.length >= 2) out.push(upTo(2));
      return out;
    case FILE_OPTIONS:
      out.push([...path]);
      return out;
    case FILE_EXTENSION:
      out.push(upTo(1)); // the `extend` block
      field(path, 1, out);
      return out;
    case FILE_MESSAGE_TYPE:
      message(path, 1, out);
      return out;
    case FILE_ENUM_TYPE:
      enumDecl(path, 1, out);
      return out;
    case FILE_SERVICE:
      service(path, 1, out);
      return out;
  }
  return out;
}

// Each helper is entered with `path[i]` = the index of the declaration in its parent list.

function message(path: readonly number[], i: number, out: number[][]): void {
  if (i >= path.length) return;
  out.push(path.slice(0, i + 1));
  const tag = path[i + 1];
  const j = i + 2; // index of the child's position in its list
  switch (tag) {
    case MESSAGE_FIELD:
      field(path, j, out);
      return;
    case MESSAGE_NESTED_TYPE:
      message(path, j, out);
      return;
    case MESSAGE_ENUM_TYPE:
      enumDecl(path, j, out);
      return;
    case MESSAGE_ONEOF_DECL:
      if (j < path.length) {
        out.push(path.slice(0, j + 1));
        if (path[j + 1] === ONEOF_OPTIONS) out.push([...path]);
      }
      return;
    case MESSAGE_OPTIONS:
      out.push([...path]);
      return;
    case MESSAGE_EXTENSION:
      out.push(path.slice(0, i + 2)); // the `extend` block inside the message
      field(path, j, out);
      return;
    case MESSAGE_EXTENSION_RANGE:
      out.push(path.slice(0, i + 2));
      if (j < path.length) {
        out.push(path.slice(0, j + 1));
        if (path[j + 1] === EXTENSION_RANGE_OPTIONS) out.push([...path]);
      }
      return;
    case MESSAGE_RESERVED_RANGE:
    case MESSAGE_RESERVED_NAME:
      out.push(path.slice(0, i + 2));
      if (j < path.length) out.push(path.slice(0, j + 1));
      return;
  }
}

function field(path: readonly number[], i: number, out: number[][]): void {
  if (i >= path.length) return;
  out.push(path.slice(0, i + 1));
  const tag = path[i + 1];
  if (tag === FIELD_OPTIONS) out.push([...path]);
  else if (tag === FIELD_DEFAULT_VALUE) out.push(path.slice(0, i + 2));
}

function enumDecl(path: readonly number[], i: number, out: number[][]): void {
  if (i >= path.length) return;
  out.push(path.slice(0, i + 1));
  const tag = path[i + 1];
  const j = i + 2;
  switch (tag) {
    case ENUM_VALUE:
      if (j < path.length) {
        out.push(path.slice(0, j + 1));
        if (path[j + 1] === ENUM_VALUE_OPTIONS) out.push([...path]);
      }
      return;
    case ENUM_OPTIONS:
      out.push([...path]);
      return;
    case ENUM_RESERVED_RANGE:
    case ENUM_RESERVED_NAME:
      out.push(path.slice(0, i + 2));
      if (j < path.length) out.push(path.slice(0, j + 1));
      return;
  }
}

function service(path: readonly number[], i: number, out: number[][]): void {
  if (i >= path.length) return;
  out.push(path.slice(0, i + 1));
  const tag = path[i + 1];
  const j = i + 2;
  if (tag === SERVICE_METHOD && j < path.length) {
    out.push(path.slice(0, j + 1));
    if (path[j + 1] === METHOD_OPTIONS) out.push([...path]);
  } else if (tag === SERVICE_OPTIONS) {
    out.push([...path]);
  }
}

/** Whether one trimmed comment line ignores `ruleId` (buf's prefix test, for both spellings). */
export function lineIgnores(line: string, ruleId: string): boolean {
  for (const prefix of IGNORE_PREFIXES) if (line.startsWith(`${prefix} ${ruleId}`)) return true;
  return false;
}

/** Whether a trimmed comment line is an ignore directive (such lines are not documentation). */
export function isIgnoreLine(line: string): boolean {
  const t = line.trim();
  return IGNORE_PREFIXES.some((p) => t.startsWith(p));
}

/** Whether a leading comment holds an ignore line for `ruleId`. */
export function commentIgnores(comment: string | undefined, ruleId: string): boolean {
  if (!comment) return false;
  for (const raw of comment.split("\n")) {
    const line = raw.trim();
    if (line && lineIgnores(line, ruleId)) return true;
  }
  return false;
}

/**
 * Whether a comment in the file silences `ruleId` reported at source-info path `path`. A group's
 * comments sit on its message, not on its field, yet they silence the field's findings too (buf
 * 1.75, probed): `file` gives the group message of a group field.
 */
export function ignoredByComment(locations: FileLocations, path: readonly number[] | undefined, ruleId: string, file?: FileDescriptorProto): boolean {
  if (!path || path.length === 0) return false;
  if (!locations.mayContain(IGNORE_PREFIXES)) return false;
  for (const decl of declarationPaths(path)) {
    if (commentIgnores(locations.leadingComments(decl), ruleId)) return true;
  }
  const group = file && groupMessagePath(file, path);
  return group !== undefined && commentIgnores(locations.leadingComments(group), ruleId);
}

/**
 * When `path` lies in a group field (or group extension), the source-info path of the group's
 * message: a nested type of the same message, or of the file for a top-level `extend`.
 */
export function groupMessagePath(file: FileDescriptorProto, path: readonly number[]): number[] | undefined {
  let scope: readonly DescriptorProto[] = file.messageType;
  let scopePath: number[] = [FILE_MESSAGE_TYPE];
  let fields: readonly FieldDescriptorProto[] = file.extension;
  let i = 0;
  if (path[0] === FILE_MESSAGE_TYPE) {
    for (i = 1; i < path.length; i += 2) {
      const m = scope[path[i]!];
      if (!m) return undefined;
      const tag = path[i + 1];
      if (tag === MESSAGE_NESTED_TYPE) {
        scope = m.nestedType;
        scopePath = [...path.slice(0, i + 1), MESSAGE_NESTED_TYPE];
        continue;
      }
      if (tag !== MESSAGE_FIELD && tag !== MESSAGE_EXTENSION) return undefined;
      fields = tag === MESSAGE_FIELD ? m.field : m.extension;
      scope = m.nestedType;
      scopePath = [...path.slice(0, i + 1), MESSAGE_NESTED_TYPE];
      i += 2;
      break;
    }
  } else if (path[0] === FILE_EXTENSION) i = 1;
  else return undefined;
  const f = fields[path[i] ?? -1];
  if (f?.type !== FieldDescriptorProto_Type.GROUP) return undefined;
  const name = f.typeName.slice(f.typeName.lastIndexOf(".") + 1);
  const index = scope.findIndex((m) => m.name === name);
  return index < 0 ? undefined : [...scopePath, index];
}

// ---- config paths -----------------------------------------------------------------------------

/** Normalizes a config path: forward slashes, no `./`, no trailing `/`; `""` → `.`. */
export function normalizePath(p: string): string {
  const parts: string[] = [];
  for (const part of p.replaceAll("\\", "/").split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop();
    else parts.push(part);
  }
  return parts.length === 0 ? "." : parts.join("/");
}

/** A set of module-relative paths, each naming a file or a directory (matched by whole components). */
export class PathSet {
  private readonly paths: Set<string>;

  constructor(paths: Iterable<string>) {
    this.paths = new Set([...paths].map(normalizePath));
  }

  get size(): number {
    return this.paths.size;
  }

  /** Whether `file` equals a path of the set or lies under one (`.` holds every file). */
  contains(file: string): boolean {
    if (this.paths.size === 0) return false;
    if (this.paths.has(".")) return true;
    let p = normalizePath(file);
    for (;;) {
      if (this.paths.has(p)) return true;
      const slash = p.lastIndexOf("/");
      if (slash < 0) return false;
      p = p.slice(0, slash);
    }
  }
}

/** The `ignore` and `ignore_only` paths of a lint config. */
export class PathIgnores {
  private readonly all: PathSet;
  private readonly byRule = new Map<string, PathSet>();

  constructor(ignore: readonly string[] = [], ignoreOnly: Readonly<Record<string, readonly string[]>> = {}) {
    this.all = new PathSet(ignore);
    for (const [id, paths] of Object.entries(ignoreOnly)) this.byRule.set(id, new PathSet(paths));
  }

  /** No finding of any rule is reported in `file`. */
  ignoresFile(file: string): boolean {
    return this.all.contains(file);
  }

  /** Findings of `ruleId` in `file` are not reported. */
  ignores(ruleId: string, file: string): boolean {
    return this.all.contains(file) || (this.byRule.get(ruleId)?.contains(file) ?? false);
  }
}
