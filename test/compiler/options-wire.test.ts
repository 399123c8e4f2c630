import { describe, expect, it } from "vitest";
import { WireWriter } from "../../src/compiler/wire.js";

const hex = (u: Uint8Array) => Buffer.from(u).toString("hex");

describe("WireWriter", () => {
  it("writes varints, including 10-byte negatives and large tags", () => {
    expect(hex(new WireWriter().uvarint(300).finish())).toBe("ac02");
    expect(hex(new WireWriter().int32(-1).finish())).toBe("ffffffffffffffffff01");
    expect(hex(new WireWriter().varint64(2n ** 64n - 1n).finish())).toBe("ffffffffffffffffff01");
    expect(hex(new WireWriter().tag(536870911, 2).finish())).toBe("faffffff0f");
    expect(hex(new WireWriter().tag(50000, 0).finish())).toBe("80b518");
  });

  it("zigzag-encodes signed values", () => {
    expect(hex(new WireWriter().zigzag(-3n).finish())).toBe("05");
    expect(hex(new WireWriter().zigzag(-(2n ** 63n)).finish())).toBe("ffffffffffffffffff01");
    expect(hex(new WireWriter().zigzag(2n).finish())).toBe("04");
  });

  it("writes fixed-width values little-endian, keeping the sign of -nan", () => {
    expect(hex(new WireWriter().fixed32(-2).finish())).toBe("feffffff");
    expect(hex(new WireWriter().fixed64(-1n).finish())).toBe("ffffffffffffffff");
    expect(hex(new WireWriter().float(Infinity).finish())).toBe("0000807f");
    expect(hex(new WireWriter().float(NaN).finish())).toBe("0000c07f");
    expect(hex(new WireWriter().float(NaN, true).finish())).toBe("0000c0ff");
    expect(hex(new WireWriter().double(NaN, true).finish())).toBe("000000000000f8ff");
    expect(hex(new WireWriter().double(-0).finish())).toBe("0000000000000080");
    expect(hex(new WireWriter().double(-5).finish())).toBe("00000000000014c0");
  });

  it("grows its buffer", () => {
    const w = new WireWriter(2);
    const big = new Uint8Array(1000).fill(7);
    w.lenBytes(big);
    const out = w.finish();
    expect(out.length).toBe(1002);
    expect(hex(out.subarray(0, 3))).toBe("e80707");
  });
});

describe("WireWriter strings", () => {
  it("writes the UTF-8 encoding with its length", () => {
    expect(hex(new WireWriter().lenString("ab").finish())).toBe("026162");
    expect(hex(new WireWriter().lenString("é😀").finish())).toBe("06c3a9f09f9880");
    expect(hex(new WireWriter().lenString("").finish())).toBe("00");
  });

  it("writes long strings, short and long lengths", () => {
    for (const n of [127, 128, 1024, 1025, 5000]) {
      const s = "é".repeat(n);
      const out = new WireWriter(4).lenString(s).finish();
      expect(Buffer.from(out).equals(Buffer.concat([new WireWriter().uvarint(2 * n).finish(), Buffer.from(s)]))).toBe(true);
    }
  });
});

describe("WireWriter length marks", () => {
  it("patches a one-byte length in place", () => {
    const w = new WireWriter(4);
    const mark = w.tag(1, 2).beginLen();
    w.uvarint(1).uvarint(2);
    expect(hex(w.endLen(mark).finish())).toBe("0a020102");
  });

  it("moves the record when its length needs more bytes", () => {
    const w = new WireWriter(4);
    const mark = w.tag(1, 2).beginLen();
    w.raw(new Uint8Array(200).fill(9));
    w.uvarint(5);
    const out = w.endLen(mark).finish();
    expect(hex(out.subarray(0, 4))).toBe("0ac90109");
    expect(out.length).toBe(1 + 2 + 201);
    expect(out[out.length - 1]).toBe(5);
    expect(out[out.length - 2]).toBe(9);
  });
});
