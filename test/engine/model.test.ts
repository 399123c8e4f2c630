// The model (src/engine/model.ts): every element kind with its kind, full name, source-info path
// (worked out when first read) and toString, checked against the descriptor paths of
// descriptor.proto; and the lookups by file and by type name.
import { describe, expect, it } from "vitest";
import { compileExample } from "../../src/engine/examples.js";
import { forEachElement, walk, type Element } from "../../src/engine/model.js";

const FILE = `syntax = "proto2";
package shop.v1;
import "google/protobuf/descriptor.proto";
message Order {
  optional int32 id = 1;
  oneof pay { string card = 2; string cash = 3; }
  message Line { optional int32 qty = 1; enum Unit { UNIT_UNSPECIFIED = 0; } }
  enum State { STATE_UNSPECIFIED = 0; STATE_DONE = 1; }
  extensions 100 to 200;
  extend Order { optional int32 nested_ext = 100; }
  map<string, int32> tags = 4;
}
enum Color { COLOR_UNSPECIFIED = 0; }
extend Order { optional int32 top_ext = 101; }
service Shop { rpc Get(Order) returns (Order); }
`;

function describeElement(el: Element): string {
  const name = "fullName" in el ? el.fullName : el.name;
  return `${el.kind} ${name} [${el.path.join(",")}] ${el.toString()}`;
}

describe("model elements", () => {
  it("have their kind, full name, path and toString, in walk order", async () => {
    const model = await compileExample({ files: { "shop.proto": FILE } });
    const file = model.file("shop.proto")!;
    expect([...walk(file)].map(describeElement)).toEqual([
      "file shop.proto [] file shop.proto",
      'import google/protobuf/descriptor.proto [3,0] import "google/protobuf/descriptor.proto"',
      "message shop.v1.Order [4,0] message shop.v1.Order",
      "field shop.v1.Order.id [4,0,2,0] field shop.v1.Order.id",
      "field shop.v1.Order.card [4,0,2,1] field shop.v1.Order.card",
      "field shop.v1.Order.cash [4,0,2,2] field shop.v1.Order.cash",
      "field shop.v1.Order.tags [4,0,2,3] field shop.v1.Order.tags",
      "oneof pay [4,0,8,0] oneof shop.v1.Order.pay",
      "field shop.v1.Order.nested_ext [4,0,6,0] extension shop.v1.Order.nested_ext",
      "message shop.v1.Order.Line [4,0,3,0] message shop.v1.Order.Line",
      "field shop.v1.Order.Line.qty [4,0,3,0,2,0] field shop.v1.Order.Line.qty",
      "enum shop.v1.Order.Line.Unit [4,0,3,0,4,0] enum shop.v1.Order.Line.Unit",
      "enumValue shop.v1.Order.Line.UNIT_UNSPECIFIED [4,0,3,0,4,0,2,0] enum value shop.v1.Order.Line.UNIT_UNSPECIFIED",
      "message shop.v1.Order.TagsEntry [4,0,3,1] message shop.v1.Order.TagsEntry",
      "field shop.v1.Order.TagsEntry.key [4,0,3,1,2,0] field shop.v1.Order.TagsEntry.key",
      "field shop.v1.Order.TagsEntry.value [4,0,3,1,2,1] field shop.v1.Order.TagsEntry.value",
      "enum shop.v1.Order.State [4,0,4,0] enum shop.v1.Order.State",
      "enumValue shop.v1.Order.STATE_UNSPECIFIED [4,0,4,0,2,0] enum value shop.v1.Order.STATE_UNSPECIFIED",
      "enumValue shop.v1.Order.STATE_DONE [4,0,4,0,2,1] enum value shop.v1.Order.STATE_DONE",
      "enum shop.v1.Color [5,0] enum shop.v1.Color",
      "enumValue shop.v1.COLOR_UNSPECIFIED [5,0,2,0] enum value shop.v1.COLOR_UNSPECIFIED",
      "field shop.v1.top_ext [7,0] extension shop.v1.top_ext",
      "service shop.v1.Shop [6,0] service shop.v1.Shop",
      "method shop.v1.Shop.Get [6,0,2,0] rpc shop.v1.Shop.Get",
    ]);
    const visited: Element[] = [];
    forEachElement(file, (el) => visited.push(el));
    expect(visited).toEqual([...walk(file)]);
  });

  it("link parents, oneofs, map entries and lists as the descriptors say", async () => {
    const model = await compileExample({ files: { "shop.proto": FILE } });
    const order = model.file("shop.proto")!.messages[0]!;
    expect(order.fields.map((f) => f.oneof?.name)).toEqual([undefined, "pay", "pay", undefined]);
    expect(order.oneofs[0]!.fields.map((f) => f.name)).toEqual(["card", "cash"]);
    expect(order.oneofs[0]!.synthetic).toBe(false);
    expect(order.messages.map((m) => [m.name, m.isMapEntry, m.parent === order])).toEqual([
      ["Line", false, true],
      ["TagsEntry", true, true],
    ]);
    expect(order.extensions.map((x) => [x.isExtension, x.extendee, x.parent === order])).toEqual([[true, "shop.v1.Order", true]]);
    expect(model.file("shop.proto")!.extensions[0]!.parent).toBeUndefined();
    expect(order.messages[0]!.enums[0]!.values[0]!.parent.parent?.name).toBe("Line");
    expect(model.type(".shop.v1.Order.Line.Unit")?.kind).toBe("enum");
    expect(model.type("shop.v1.Order.TagsEntry")?.kind).toBe("message");
    expect(model.type("shop.v1.Missing")).toBeUndefined();
  });

  it("marks a proto3 optional field's oneof synthetic", async () => {
    const model = await compileExample({ files: { "a.proto": `syntax = "proto3";\nmessage M { optional int32 a = 1; }\n` } });
    const m = model.file("a.proto")!.messages[0]!;
    expect(m.oneofs.map((o) => [o.name, o.synthetic, o.fields.map((f) => f.name)])).toEqual([["_a", true, ["a"]]]);
    expect(m.fields[0]!.oneof?.name).toBe("_a");
  });
});
