/** No file of the against side disappears (files are paired by module-relative path). */
import { breakingRule } from "../../src/engine/rule.js";

export default breakingRule({
  id: "FILE_NO_DELETE",
  categories: { v1beta1: ["FILE"], v1: ["FILE"], v2: ["FILE", "CSR"] },
  summary: "Files are not deleted.",
  docs:
    "Generated code is laid out per file: deleting (or moving, or renaming) a `.proto` file deletes the " +
    "generated file that other code imports, so that code stops compiling.\n\n" +
    "Restore the file at its old path. To move types between files of one package without breaking " +
    "anyone who uses them through the package, use the `PACKAGE` category instead of `FILE`. The finding " +
    "has no location on the current side (buf prints it as `<input>`); it names the deleted path.",
  examples: {
    bad: [
      {
        before: { files: { "a.proto": `syntax = "proto3";\npackage shop.v1;\n`, "b.proto": `syntax = "proto3";\npackage shop.v1;\n` } },
        after: { files: { "a.proto": `syntax = "proto3";\npackage shop.v1;\n`, "<input>": `^ FILE_NO_DELETE\n` } },
      },
    ],
    good: [
      {
        before: { files: { "a.proto": `syntax = "proto3";\npackage shop.v1;\n` } },
        after: { files: { "a.proto": `syntax = "proto3";\npackage shop.v1;\n`, "b.proto": `syntax = "proto3";\npackage shop.v1;\n` } },
      },
    ],
  },
  target: "files",
  check({ previous, current }, ctx) {
    const now = new Set(current.map((f) => f.name));
    for (const file of previous) {
      if (now.has(file.name)) continue;
      ctx.report(
        undefined,
        `File "${file.name}" was deleted; code generated from it disappears. Restore it at this path (moving a file counts as deleting it under FILE; the PACKAGE category allows moves within a package).`,
        { againstFile: file },
      );
    }
  },
});
