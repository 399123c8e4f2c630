/**
 * Reading protovalidate field rules (`(buf.validate.field)`, extension 1159 of FieldOptions) from
 * compiled descriptors, for the PROTOVALIDATE lint rule, and finding where in the option a rule was
 * written, as buf does.
 *
 * The extension value is read straight from the options' unknown fields with a small wire reader,
 * so no registry of buf/validate/validate.proto is built (lint may run on thousands of files that
 * never use protovalidate). Repeated occurrences of a message field merge, as protobuf merges them.
 */
import { isFieldSet } from "@bufbuild/protobuf";
import { FieldDescriptorProtoSchema, FieldDescriptorProto_Label, FieldDescriptorProto_Type, type FieldDescriptorProto } from "@bufbuild/protobuf/wkt";
import { FIELD_OPTIONS, type Field } from "./model.js";

/** `extend google.protobuf.FieldOptions { optional FieldRules field = 1159; }` */
export const VALIDATE_FIELD_EXTENSION = 1159;

interface WireField {
  readonly no: number;
  readonly wireType: number;
  /** Varint and fixed values. */
  readonly int?: bigint;
  /** Length-delimited payloads. */
  readonly bytes?: Uint8Array;
}

/** A protobuf message as read from the wire: its fields by number, in order. */
export class WireMessage {
  private constructor(readonly fields: readonly WireField[]) {}

  static parse(bytes: Uint8Array): WireMessage | undefined {
    const out: WireField[] = [];
    let i = 0;
    const varint = (): bigint | undefined => {
      let v = 0n;
      let shift = 0n;
      while (i < bytes.length) {
        const b = bytes[i++]!;
        v |= BigInt(b & 0x7f) << shift;
        if ((b & 0x80) === 0) return v;
        shift += 7n;
      }
      return undefined;
    };
    while (i < bytes.length) {
      const tag = varint();
      if (tag === undefined) return undefined;
      const no = Number(tag >> 3n);
      const wireType = Number(tag & 7n);
      if (wireType === 0) {
        const v = varint();
        if (v === undefined) return undefined;
        out.push({ no, wireType, int: v });
      } else if (wireType === 1 || wireType === 5) {
        const n = wireType === 1 ? 8 : 4;
        if (i + n > bytes.length) return undefined;
        let v = 0n;
        for (let k = n - 1; k >= 0; k--) v = (v << 8n) | BigInt(bytes[i + k]!);
        i += n;
        out.push({ no, wireType, int: v });
      } else if (wireType === 2) {
        const len = varint();
        if (len === undefined || i + Number(len) > bytes.length) return undefined;
        out.push({ no, wireType, bytes: bytes.subarray(i, i + Number(len)) });
        i += Number(len);
      } else {
        return undefined; // groups do not occur in protovalidate rules
      }
    }
    return new WireMessage(out);
  }

  has(no: number): boolean {
    return this.fields.some((f) => f.no === no);
  }

  /** Distinct field numbers set (known fields and extensions alike). */
  count(): number {
    return new Set(this.fields.map((f) => f.no)).size;
  }

  /** The last varint value of a field (proto semantics for a non-repeated scalar). */
  uint(no: number): bigint | undefined {
    let v: bigint | undefined;
    for (const f of this.fields) if (f.no === no && f.int !== undefined) v = f.int;
    return v;
  }

  bool(no: number): boolean {
    return (this.uint(no) ?? 0n) !== 0n;
  }

  /** The last length-delimited value of a field. */
  bytes(no: number): Uint8Array | undefined {
    let v: Uint8Array | undefined;
    for (const f of this.fields) if (f.no === no && f.bytes !== undefined) v = f.bytes;
    return v;
  }

  string(no: number): string | undefined {
    const b = this.bytes(no);
    return b === undefined ? undefined : new TextDecoder().decode(b);
  }

  /** A message field: every occurrence merged. */
  message(no: number): WireMessage | undefined {
    const parts = this.fields.filter((f) => f.no === no && f.bytes !== undefined).map((f) => f.bytes!);
    if (parts.length === 0) return undefined;
    return WireMessage.parse(concat(parts));
  }

  /** The field numbers set, in first-seen order. */
  numbers(): number[] {
    return [...new Set(this.fields.map((f) => f.no))];
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The field's `(buf.validate.field)` rules, if it has any. */
export function fieldRules(field: Field): WireMessage | undefined {
  const unknown = (field.proto.options as { $unknown?: readonly { no: number; wireType: number; data: Uint8Array }[] } | undefined)?.$unknown;
  if (!unknown) return undefined;
  const parts: Uint8Array[] = [];
  for (const u of unknown) {
    if (u.no !== VALIDATE_FIELD_EXTENSION || u.wireType !== 2) continue;
    // protobuf-es keeps the length prefix in `data`.
    let i = 0;
    while (i < u.data.length && (u.data[i]! & 0x80) !== 0) i++;
    parts.push(u.data.subarray(i + 1));
  }
  if (parts.length === 0) return undefined;
  return WireMessage.parse(concat(parts));
}

/**
 * Where a rule at `extra` (a path inside FieldRules) was written: the source-info path of the
 * exact location if recorded, else buf's best match — the first recorded location inside it, or
 * the longest recorded location around it that is at least the extension itself. Relative to the
 * field's path; undefined when the option has no location.
 */
export function ruleLocationPath(field: Field, extra: readonly number[]): number[] | undefined {
  const base = [...field.path, FIELD_OPTIONS, VALIDATE_FIELD_EXTENSION];
  const full = [...base, ...extra];
  if (field.file.locations.get(full)) return full.slice(field.path.length);
  let best: readonly number[] | undefined;
  for (const loc of field.file.proto.sourceCodeInfo?.location ?? []) {
    const p = loc.path;
    if (p.length >= base.length && startsWith(full, p) && p.length > (best?.length ?? 0)) best = p;
    else if (startsWith(p, full)) return p.slice(field.path.length);
  }
  return best?.slice(field.path.length);
}

function startsWith(path: readonly number[], prefix: readonly number[]): boolean {
  if (path.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (path[i] !== prefix[i]) return false;
  return true;
}

// ---- facts about the field a rule set applies to ----------------------------------------------------

/** The field a rule set judges: the field itself, a repeated field's items, or a map's key/value. */
export interface RuleTarget {
  readonly proto: FieldDescriptorProto;
  /** Syntax of the file (for presence). */
  readonly syntax: "proto2" | "proto3" | "editions";
}

export function isMessageKind(proto: FieldDescriptorProto): boolean {
  return proto.type === FieldDescriptorProto_Type.MESSAGE || proto.type === FieldDescriptorProto_Type.GROUP;
}

export function inOneof(proto: FieldDescriptorProto): boolean {
  return isFieldSet(proto, FieldDescriptorProtoSchema.field.oneofIndex);
}

export function isRepeated(proto: FieldDescriptorProto): boolean {
  return proto.label === FieldDescriptorProto_Label.REPEATED;
}
