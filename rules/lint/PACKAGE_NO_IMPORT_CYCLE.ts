/** Packages do not import each other in a cycle. */
import type { ProtoFile } from "../../src/engine/model.js";
import { lintRule } from "../../src/engine/rule.js";

/**
 * Package → packages its files import (other than itself and ""), over the linted files and
 * everything they import transitively: the files of buf's image for this lint run (so, in a
 * workspace, files of other modules that nothing here imports do not count).
 */
function packageGraph(targets: readonly ProtoFile[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const seen = new Set<ProtoFile>(targets);
  const queue = [...targets];
  for (let i = 0; i < queue.length; i++) {
    const f = queue[i]!;
    let out = graph.get(f.package);
    if (!out) graph.set(f.package, (out = new Set()));
    for (const imp of f.imports) {
      const dep = imp.target;
      if (!dep) continue;
      if (!seen.has(dep)) {
        seen.add(dep);
        queue.push(dep);
      }
      if (dep.package !== "" && dep.package !== f.package) out.add(dep.package);
    }
  }
  graph.delete("");
  return graph;
}

/** Breadth-first tree from `from`: each reachable package → the package it was reached from. */
function reach(graph: ReadonlyMap<string, ReadonlySet<string>>, from: string): Map<string, string> {
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    for (const q of graph.get(queue[i]!) ?? []) {
      if (!previous.has(q)) {
        previous.set(q, queue[i]!);
        queue.push(q);
      }
    }
  }
  return previous;
}

/** The shortest package path from the tree's root to `to`, both included, or undefined. */
function pathTo(tree: ReadonlyMap<string, string>, to: string): string[] | undefined {
  if (!tree.has(to)) return undefined;
  const out = [to];
  for (let p = to; tree.get(p) !== p; ) out.push((p = tree.get(p)!));
  return out.reverse();
}

export default lintRule({
  id: "PACKAGE_NO_IMPORT_CYCLE",
  categories: { v1: [], v2: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD"] },
  summary: "No cycle in the package import graph.",
  docs:
    "Files may not import each other in a cycle, but their packages can: `a.v1` imports a file of `b.v1` " +
    "which imports a file of `a.v1`. Languages that compile one unit per package (Go, for one) reject such " +
    "code, and the two packages can no longer be versioned or released apart.\n\n" +
    "Move the types both packages need into a third package that imports neither. Every import in a linted " +
    "file that leads into a cycle back to its own package is reported. The graph holds the linted files and " +
    "everything they import (dependencies included, other modules' files only when imported); files without " +
    "a package take no part. In v1 configurations the rule is off by default and belongs to no category; " +
    "v1beta1 does not have it.",
  examples: {
    bad: [
      {
        files: {
          "a/v1/a.proto": `syntax = "proto3";
package a.v1;
import "b/v1/b.proto";
^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_NO_IMPORT_CYCLE
message A { b.v1.B b = 1; }
`,
          "b/v1/b.proto": `syntax = "proto3";
package b.v1;
import "a/v1/base.proto";
^^^^^^^^^^^^^^^^^^^^^^^^^ PACKAGE_NO_IMPORT_CYCLE
message B { a.v1.Base base = 1; }
`,
          "a/v1/base.proto": `syntax = "proto3";\npackage a.v1;\nmessage Base {}\n`,
        },
      },
    ],
    good: [
      {
        files: {
          "a/v1/a.proto": `syntax = "proto3";
package a.v1;
import "b/v1/b.proto";
message A { b.v1.B b = 1; }
`,
          "b/v1/b.proto": `syntax = "proto3";
package b.v1;
import "common/v1/base.proto";
message B { common.v1.Base base = 1; }
`,
          "common/v1/base.proto": `syntax = "proto3";\npackage common.v1;\nmessage Base {}\n`,
        },
      },
    ],
  },
  target: "files",
  check(files, ctx) {
    const graph = packageGraph(files);
    const trees = new Map<string, Map<string, string>>();
    for (const file of files) {
      if (file.package === "") continue;
      for (const imp of file.imports) {
        const to = imp.target?.package;
        if (to === undefined || to === "" || to === file.package) continue;
        let tree = trees.get(to);
        if (!tree) trees.set(to, (tree = reach(graph, to)));
        const cycle = pathTo(tree, file.package);
        if (!cycle) continue;
        ctx.report(
          imp,
          `import "${imp.name}" closes a package import cycle ${[file.package, ...cycle].join(" -> ")}: ` +
            `move the types both packages need into a package that imports neither`,
        );
      }
    }
  },
});
