/**
 * A minimal Resolver over one import root directory, for the tests. It exists so the differential
 * tests do not depend on src/sources/fs.ts; it resolves nothing outside `root` (the compiler
 * supplies the bundled well-known types itself).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Resolver } from "../../src/compiler/compile.js";

export function dirResolver(root: string): Resolver {
  return {
    async read(path: string) {
      try {
        return { bytes: await readFile(join(root, path)) };
      } catch {
        return undefined;
      }
    },
  };
}
