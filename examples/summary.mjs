/**
 * `npm run example`: builds the example module with the bundled CLI (dist/cli.js) and prints what
 * the image holds. Usage: node examples/summary.mjs [DIR] (default: this directory).
 */
import { spawnSync } from "node:child_process";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { fromBinary } from "@bufbuild/protobuf";
import { FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, "..", "dist", "cli.js");
const dir = process.argv[2] ?? (relative(process.cwd(), here) || ".");

const run = spawnSync(process.execPath, [cli, "build", dir, "-o", "-"], { maxBuffer: 1 << 30 });
process.stderr.write(run.stderr);
if (run.status !== 0) {
  console.error(`protoguard build ${dir} failed with exit code ${run.status ?? run.signal}`);
  process.exit(run.status ?? 3);
}

// A buf image has the layout of a FileDescriptorSet; buf's per-file extension is kept as unknown.
const image = fromBinary(FileDescriptorSetSchema, run.stdout);
// Its payload starts with the length varint, then is_import (field 1, tag 0x08).
const isImport = (f) =>
  (f.$unknown ?? []).some((u) => {
    if (u.no !== 8042) return false;
    let i = 0;
    while (u.data[i] & 0x80) i++;
    return u.data[i + 1] === 0x08 && u.data[i + 2] === 1;
  });
let messages = 0;
let enums = 0;
let services = 0;
let methods = 0;
const countMessages = (list) => {
  for (const m of list) {
    if (m.options?.mapEntry) continue;
    messages++;
    enums += m.enumType.length;
    countMessages(m.nestedType);
  }
};
const own = image.file.filter((f) => !isImport(f));
for (const f of own) {
  countMessages(f.messageType);
  enums += f.enumType.length;
  services += f.service.length;
  for (const s of f.service) methods += s.method.length;
}
console.log(`protoguard build ${dir}: ok`);
console.log(`  ${own.length} files (+ ${image.file.length - own.length} imported well-known types)`);
console.log(`  ${messages} messages, ${enums} enums, ${services} services with ${methods} methods`);
for (const f of own) console.log(`  ${f.name}  (package ${f.package})`);

// Then lint the same module: buf's STANDARD rules plus protoguard's VERSIONING and GO rules, as
// examples/protoguard.yaml asks (buf itself reads examples/buf.yaml).
const lint = spawnSync(process.execPath, [cli, "lint", dir], { encoding: "utf8" });
process.stderr.write(lint.stderr);
if (lint.status === 0) console.log(`protoguard lint ${dir}: no findings (STANDARD, VERSIONING, GO)`);
else {
  process.stdout.write(lint.stdout);
  console.error(`protoguard lint ${dir} exited with ${lint.status ?? lint.signal}`);
  process.exit(lint.status ?? 3);
}
