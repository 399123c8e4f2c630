/** Messages are not deleted from a package. */
import { reportPackageDeletions } from "../../src/breaking/deletions.js";
import { messagesByNestedName } from "../../src/breaking/helpers.js";
import type { Message, ProtoFile } from "../../src/engine/model.js";
import { breakingRule } from "../../src/engine/rule.js";

/** Messages of a file by nested name; as in buf, map entries count (deleting a map field deletes one). */
function messagesOf(file: ProtoFile): Map<string, Message> {
  return messagesByNestedName(file);
}

/** buf reports a deleted nested message on its closest surviving ancestor anywhere in the package. */
function packageMessageTarget(currentFiles: readonly ProtoFile[], file: ProtoFile | undefined, name: string): Message | ProtoFile | undefined {
  if (!file) return undefined;
  const parts = name.split(".");
  for (let i = parts.length - 1; i > 0; i--) {
    const prefix = parts.slice(0, i).join(".");
    for (const f of currentFiles) {
      const m = messagesByNestedName(f).get(prefix);
      if (m) return m;
    }
  }
  return file;
}

export default breakingRule({
  id: "PACKAGE_MESSAGE_NO_DELETE",
  categories: { v1beta1: ["PACKAGE"], v1: ["PACKAGE"], v2: ["PACKAGE"] },
  summary: "Messages are not deleted from a package.",
  docs: "Under `PACKAGE`, a message may move to another file of its package, but deleting it removes its generated code for everyone using the package.\n\nRestore the message somewhere in the package (mark it deprecated instead). A deleted nested message is reported on its closest enclosing message that still exists; a deleted top-level message on its old file at 1:1, or without a file when that file is gone. As in buf, a package that no longer has any message is not checked. Only packages that still exist are checked; a deleted package is `PACKAGE_NO_DELETE`.",
  examples: {
    bad: [
      {
        before: { files: { "a.proto": `syntax = "proto3";
package shop.v1;
message Order {
  message Line {}
}
`, "b.proto": `syntax = "proto3";
package shop.v1;
message Gone {}
` } },
        after: { files: { "a.proto": `syntax = "proto3";
package shop.v1;
message Order {
^ PACKAGE_MESSAGE_NO_DELETE
}
`, "b.proto": `^ PACKAGE_MESSAGE_NO_DELETE
syntax = "proto3";
package shop.v1;
` } },
      }
    ],
    good: [
      {
        before: { files: { "a.proto": `syntax = "proto3";
package shop.v1;
message Order {}
message Moved {}
` } },
        after: { files: { "a.proto": `syntax = "proto3";
package shop.v1;
message Order {}
`, "b.proto": `syntax = "proto3";
package shop.v1;
message Moved {}
` } },
      }
    ],
  },
  target: "files",
  check({ previous, current }, ctx) {
    reportPackageDeletions(previous, current, ctx, "Message", messagesOf, packageMessageTarget);
  },
});
