/**
 * Descriptor and options messages made without protobuf-es's reflection (optvalues.ts): they must
 * be what `create()` and `fromBinary()` make — same prototype (proto2 defaults), same own fields,
 * `equals` with unknown fields — since everything downstream (image bytes, `equals`, JSON) reads
 * them as protobuf-es messages.
 */
import { create, createRegistry, equals, fromBinary, type DescMessage } from "@bufbuild/protobuf";
import {
  EnumDescriptorProtoSchema,
  FieldOptionsSchema,
  FileOptionsSchema,
  MethodOptionsSchema,
  file_google_protobuf_descriptor,
  type FileDescriptorProto,
} from "@bufbuild/protobuf/wkt";
import { describe, expect, it } from "vitest";
import { compile } from "../../src/compiler/compile.js";
import { EMPTY_LIST, copyOptions, decodeOptions, messageFactory } from "../../src/compiler/optvalues.js";
import { WireWriter } from "../../src/compiler/wire.js";

const registry = createRegistry(file_google_protobuf_descriptor);
const noRegistry = createRegistry();

function allMessages(messages: readonly DescMessage[]): DescMessage[] {
  return messages.flatMap((m) => [m, ...allMessages(m.nestedMessages)]);
}

const schemas = allMessages(file_google_protobuf_descriptor.messages);

function ownKeys(m: object): string[] {
  return Object.keys(m).sort();
}

describe("messageFactory", () => {
  it.each(schemas.map((s) => [s.typeName, s] as const))("makes %s as create() does", (_, schema) => {
    const made = messageFactory(schema)() as unknown as Record<string, unknown>;
    const reference = create(schema) as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(made)).toBe(Object.getPrototypeOf(reference));
    expect(ownKeys(made)).toEqual(ownKeys(reference));
    expect(equals(schema, made as never, reference as never)).toBe(true);
    for (const k of ownKeys(made)) if (Array.isArray(made[k])) expect(made[k]).toBe(EMPTY_LIST);
  });

  it("takes fresh lists from the caller, and falls back to create() when they are not all there", () => {
    const schema = EnumDescriptorProtoSchema;
    const fresh = messageFactory(schema, (e) => {
      e.value = [];
      e.reservedRange = [];
      e.reservedName = [];
    })() as unknown as Record<string, unknown>;
    expect(ownKeys(fresh)).toEqual(ownKeys(create(schema)));
    expect(fresh.value).not.toBe(EMPTY_LIST);
    const partial = messageFactory(schema, (e) => {
      e.value = [];
    })() as unknown as Record<string, unknown>;
    expect(ownKeys(partial)).toEqual(ownKeys(create(schema)));
  });

  it("shares one frozen empty list", () => {
    expect(Object.isFrozen(EMPTY_LIST)).toBe(true);
    expect(() => (EMPTY_LIST as number[]).push(1)).toThrow();
  });
});

/** Encoded options: `write` fills the writer, the result is the buffer and length decodeOptions takes. */
function encoded(write: (w: WireWriter) => void): { bytes: Uint8Array; w: WireWriter } {
  const w = new WireWriter(8);
  write(w);
  return { bytes: w.finish(), w };
}

const cases: [string, DescMessage, (w: WireWriter) => void][] = [
  ["nothing", FieldOptionsSchema, () => {}],
  ["one custom enum option", FieldOptionsSchema, (w) => w.tag(1052, 0).uvarint(2)],
  ["custom options of every wire type", FieldOptionsSchema, (w) => {
    w.tag(50000, 0).uvarint(300);
    w.tag(50001, 1).fixed64(-1n);
    w.tag(50002, 5).fixed32(7);
    w.tag(50003, 2).lenString("a/b");
    w.tag(50000, 0).uvarint(1);
  }],
  ["bool standard options", FieldOptionsSchema, (w) => w.tag(3, 0).uvarint(1).tag(10, 0).uvarint(0).tag(1052, 0).uvarint(2)],
  ["string standard options", FileOptionsSchema, (w) => w.tag(1, 2).lenString("com.example").tag(11, 2).lenString("example.com/x")],
  ["a non-ASCII string", FileOptionsSchema, (w) => w.tag(1, 2).lenString("héllo")],
  ["invalid UTF-8 in a string", FileOptionsSchema, (w) => w.tag(1, 2).lenBytes(new Uint8Array([0x61, 0xff]))],
  ["an enum standard option", FieldOptionsSchema, (w) => w.tag(1, 0).uvarint(1)],
  ["an unknown enum value of a standard option", FieldOptionsSchema, (w) => w.tag(6, 0).uvarint(9)],
  ["a repeated standard option", FieldOptionsSchema, (w) => w.tag(19, 0).uvarint(1).tag(19, 0).uvarint(3)],
  ["a message standard option", FieldOptionsSchema, (w) => w.tag(21, 2).uvarint(2).tag(1, 0).uvarint(1)],
  ["a group custom option", MethodOptionsSchema, (w) => w.tag(50000, 3).tag(1, 0).uvarint(5).tag(50000, 4)],
  ["a long custom option", MethodOptionsSchema, (w) => w.tag(72295728, 2).lenString("x".repeat(3000))],
  ["a long string standard option", FileOptionsSchema, (w) => w.tag(1, 2).lenString("x".repeat(5000))],
];

describe("decodeOptions", () => {
  it.each(cases)("decodes %s as fromBinary does", (_, schema, write) => {
    const { bytes, w } = encoded(write);
    const ours = decodeOptions(schema, w.buffer, w.length);
    const reference = fromBinary(schema, bytes);
    expect(Object.getPrototypeOf(ours)).toBe(Object.getPrototypeOf(reference));
    expect(ownKeys(ours)).toEqual(ownKeys(reference));
    expect(equals(schema, ours, reference, { registry: noRegistry, unknown: true })).toBe(true);
    // what is kept does not depend on the writer's buffer
    w.reset().raw(new Uint8Array(w.buffer.length).fill(0xaa));
    expect(equals(schema, ours, reference, { registry: noRegistry, unknown: true })).toBe(true);
    const copy = copyOptions(schema, ours);
    expect(copy).not.toBe(ours);
    expect(ownKeys(copy)).toEqual(ownKeys(reference));
    expect(equals(schema, copy, reference, { registry: noRegistry, unknown: true })).toBe(true);
  });
});

const proto = `
syntax = "proto2";
package objects.v1;
import "google/protobuf/descriptor.proto";
extend google.protobuf.FieldOptions { repeated int32 marks = 50000; optional string note = 50001; }
message M {
  optional int32 a = 1 [(marks) = 1, (marks) = 2, deprecated = true];
  optional int32 b = 2 [(marks) = 1, (marks) = 2, deprecated = true];
  map<string, M> c = 3;
  repeated group G = 4 { optional string d = 5 [(note) = "x"]; }
  oneof o { string e = 6; }
  extensions 100 to 200;
  reserved 7, 8 to 9;
  reserved "f";
  enum E { X = 0; Y = 1 [deprecated = true]; reserved 5; reserved "Z"; }
}
service S { rpc R(M) returns (M) { option deprecated = true; } rpc Q(M) returns (M); }
`;

/** Every message object in a descriptor, with its type name. */
function* messagesIn(value: unknown): Generator<Record<string, unknown>> {
  if (typeof value !== "object" || value === null || value instanceof Uint8Array) return;
  if (Array.isArray(value)) {
    for (const v of value) yield* messagesIn(v);
    return;
  }
  const m = value as Record<string, unknown>;
  if (typeof m.$typeName === "string") yield m;
  for (const [k, v] of Object.entries(m)) if (k !== "$unknown") yield* messagesIn(v);
}

describe("compiled descriptors", () => {
  it("are protobuf-es messages of their schema, with empty lists shared and options reused per text", async () => {
    const files = new Map([["objects.proto", new TextEncoder().encode(proto)]]);
    const result = await compile({ files: ["objects.proto"], resolver: { read: async (p) => (files.has(p) ? { bytes: files.get(p)! } : undefined) }, sourceInfo: false });
    expect(result.diagnostics).toEqual([]);
    const file = result.files.find((f) => f.path === "objects.proto")!.proto as FileDescriptorProto;
    let count = 0;
    for (const m of messagesIn(file)) {
      const schema = registry.getMessage(m.$typeName as string)!;
      const reference = create(schema) as unknown as Record<string, unknown>;
      expect(Object.getPrototypeOf(m)).toBe(Object.getPrototypeOf(reference));
      for (const k of Object.keys(reference)) {
        if (k === "$typeName") continue;
        expect(Array.isArray(m[k]), `${schema.typeName}.${k}`).toBe(true);
        if ((m[k] as unknown[]).length === 0) expect(m[k]).toBe(EMPTY_LIST);
      }
      count++;
    }
    expect(count).toBeGreaterThan(20);
    const [a, b] = file.messageType[0]!.field;
    expect(a!.options).not.toBe(b!.options);
    expect(a!.options!.$unknown).toBe(b!.options!.$unknown);
    expect(Object.isFrozen(a!.options!.$unknown)).toBe(true);
    expect(a!.options!.deprecated).toBe(true);
  });
});
