// IMPORT_USED when a file is visible through public imports: which direct import a use is credited
// to decides which import is "unused". buf 1.75 credits the first direct import, public ones first,
// then in declaration order, whose imports of any kind reach the file (src/compiler/linker.ts).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { buf, protoguard, removeTmpDirs, tmpDir } from "../cli/helpers.js";

afterAll(removeTmpDirs);

const head = (pkg: string): string => `syntax = "proto3";\npackage ${pkg};\n`;
const FILES: Record<string, string> = {
  "buf.yaml": "version: v2\n",
  "p.proto": `${head("p")}message W { message T {} }\n`,
  "c.proto": `${head("c")}import public "p.proto";\n`,
  "q.proto": `${head("q")}import public "p.proto";\n`,
  "y.proto": `${head("y")}import public "p.proto";\n`,
  "u.proto": `${head("u")}import public "c.proto";\n`,
  "i.proto": `${head("i")}import "p.proto";\nmessage X { p.W w = 1; }\n`,
  "i2.proto": `${head("i2")}message X {}\n`,
  "i3.proto": `${head("i3")}import "q.proto";\nmessage X { p.W w = 1; }\n`,
  "ui.proto": `${head("ui")}import public "c.proto";\nimport public "i.proto";\n`,
  // p is visible only through u/ui; i and i3 reach it through plain imports.
  "m1.proto": `${head("m1")}import "i.proto";\nimport "ui.proto";\nmessage D { .p.W.T m = 1; }\n`,
  "m2.proto": `${head("m2")}import "ui.proto";\nimport "i.proto";\nmessage D { .p.W.T m = 1; }\n`,
  "m3.proto": `${head("m3")}import "i3.proto";\nimport "u.proto";\nmessage D { .p.W.T m = 1; }\n`,
  "m4.proto": `${head("m4")}import "i2.proto";\nimport "u.proto";\nimport "q.proto";\nmessage D { .p.W.T m = 1; }\n`,
  // a public direct import comes first
  "m5.proto": `${head("m5")}import "u.proto";\nimport public "y.proto";\nmessage D { .p.W.T m = 1; }\n`,
};

it("credits a use as buf does: the same unused imports", async () => {
  const root = tmpDir();
  for (const [p, text] of Object.entries(FILES)) writeFileSync(join(root, p), text);
  const config = ["--config", `{"version":"v2","lint":{"use":["IMPORT_USED"]}}`, "--error-format", "json"];
  const rows = (out: string): string[] =>
    out.split("\n").filter(Boolean).map((l) => {
      const f = JSON.parse(l) as { path: string; start_line: number; start_column: number; type: string };
      return `${f.path}:${f.start_line}:${f.start_column}:${f.type}`;
    }).sort();
  const theirs = rows(buf(["lint", ...config], root).stdout.toString());
  const ours = rows((await protoguard(["lint", ...config], root)).stdout.toString());
  expect(ours).toEqual(theirs);
  expect(ours).toEqual(["m1.proto:4:1:IMPORT_USED", "m2.proto:4:1:IMPORT_USED", "m3.proto:4:1:IMPORT_USED", "m4.proto:3:1:IMPORT_USED", "m4.proto:5:1:IMPORT_USED", "m5.proto:3:1:IMPORT_USED"]);
});
