/**
 * Reading buf's YAML configuration files (buf.yaml, buf.work.yaml, protoguard.yaml) with positions:
 * every mistake is a {@link ConfigError} naming the file, line and column. Shared by modules.ts
 * (the module layout) and buf-yaml.ts (the check configuration), which read the same files.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { LineCounter, parseDocument, isMap, isScalar, type Node as YamlNode, type Document } from "yaml";

/** A mistake in a configuration file (exit code 2). `line`/`column` are 1-based, 0 when unknown. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(line > 0 ? `${file}:${line}:${column}: ${detail}` : `${file}: ${detail}`);
    this.name = "ConfigError";
  }
}

/** A parsed file: its display path (`dir/buf.yaml`), document and line table. */
export interface YamlFile {
  readonly file: string;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

/** What errors need to name a position. */
export type Loc = Pick<YamlFile, "file" | "lines">;

/** The text of `dir/name`, shown as `displayDir/name`; undefined when there is no such file. */
export function readIfExists(dir: string, displayDir: string, name: string): { file: string; text: string } | undefined {
  const file = path.join(displayDir, name);
  try {
    return { file, text: readFileSync(path.join(dir, name), "utf8") };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw new ConfigError(file, 0, 0, `cannot read: ${code ?? String(e)}`);
  }
}

/** Parses YAML (or JSON, which the YAML parser reads too) whose top level must be a mapping. */
export function parseYaml(file: string, text: string): YamlFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const err = doc.errors[0];
  if (err) {
    const pos = lines.linePos(err.pos[0]);
    throw new ConfigError(file, pos.line, pos.col, `invalid YAML: ${err.message.split("\n")[0]}`);
  }
  const cfg = { file, doc, lines };
  if (doc.contents !== null && !isMap(doc.contents)) fail(cfg, doc.contents, "expected a mapping at the top level");
  return cfg;
}

export function fail(cfg: Loc, node: YamlNode | null | undefined, detail: string): never {
  const offset = node?.range?.[0];
  if (offset === undefined) throw new ConfigError(cfg.file, 0, 0, detail);
  const pos = cfg.lines.linePos(offset);
  throw new ConfigError(cfg.file, pos.line, pos.col, detail);
}

/** The value of `key` in a mapping (undefined when `map` is not a mapping or has no such key). */
export function nodeAt(map: unknown, key: string): YamlNode | undefined {
  if (!isMap(map)) return undefined;
  for (const pair of map.items) {
    const k = pair.key;
    if (isScalar(k) && k.value === key) return (pair.value ?? undefined) as YamlNode | undefined;
  }
  return undefined;
}

export function isNull(node: YamlNode): boolean {
  return isScalar(node) && node.value === null;
}

/** A string (or number, as YAML reads `1.0`) scalar as a string. */
export function stringValue(cfg: Loc, node: YamlNode, what: string): string {
  if (!isScalar(node) || (typeof node.value !== "string" && typeof node.value !== "number")) fail(cfg, node, `"${what}" must be a string`);
  return String(node.value);
}
