/** `acme.user.v2` lives in a directory `…/user/v2`, beside the directories of its sibling versions. */
import { FILE_PACKAGE, type ProtoFile } from "../../src/engine/model.js";
import { lintRule } from "../../src/engine/rule.js";
import { compareVersions, directoryOf, isExempt, versionedPackage, type VersionedPackage } from "../../src/engine/versioning.js";

/** `…/user/v2`: the last two directories a versioned package needs. */
function tail(v: VersionedPackage): string {
  return `${v.base.slice(v.base.lastIndexOf(".") + 1)}/${v.version.component}`;
}

function endsWithDir(dir: string, suffix: string): boolean {
  return dir === suffix || dir.endsWith(`/${suffix}`);
}

function parentOf(dir: string): string {
  const slash = dir.lastIndexOf("/");
  return slash < 0 ? "." : dir.slice(0, slash);
}

function basename(name: string): string {
  return name.slice(name.lastIndexOf("/") + 1);
}

export default lintRule({
  id: "VERSION_SIBLING_DIRECTORY",
  categories: { v1beta1: ["VERSIONING"], v1: ["VERSIONING"], v2: ["VERSIONING"] },
  protoguard: true,
  onByDefault: true,
  overlaps: ["PACKAGE_DIRECTORY_MATCH"],
  summary: "A versioned package `acme.user.v2` lives in a directory ending in `user/v2`, beside the directories of its other versions.",
  docs:
    "Sibling versions of one API are found side by side: `acme/user/v1/` and `acme/user/v2/`. Code generators, " +
    "reviewers and `buf breaking` all rely on that layout to see that v2 is the successor of v1.\n\n" +
    "Two checks, on every file of a versioned package (reported at its package statement): its directory ends " +
    "with the package's last name and version (`user/v2` for `acme.user.v2`), and the versions of one API " +
    "(same package before the version) share one parent directory; the earliest version's directory is the " +
    "reference. The message names the path to move the file to.\n\n" +
    "PACKAGE_DIRECTORY_MATCH (buf, on by default) demands the whole package as the directory and so implies " +
    "both checks; this rule is for layouts that keep a prefix before the package directories " +
    "(`proto/acme/user/v2/`), where that rule is turned off. `exempt_packages` (default `google.*`) exempts files.",
  examples: {
    bad: [
      {
        files: {
          "acme/user/v1/user.proto": `syntax = "proto3";\npackage acme.user.v1;\n`,
          "acme/user2/user.proto": `syntax = "proto3";
package acme.user.v2;
^^^^^^^^^^^^^^^^^^^^^ VERSION_SIBLING_DIRECTORY
`,
        },
      },
      {
        files: {
          "proto/acme/user/v1/user.proto": `syntax = "proto3";\npackage acme.user.v1;\n`,
          "next/acme/user/v2/user.proto": `syntax = "proto3";
package acme.user.v2;
^^^^^^^^^^^^^^^^^^^^^ VERSION_SIBLING_DIRECTORY
`,
        },
      },
    ],
    good: [
      {
        files: {
          "proto/acme/user/v1/user.proto": `syntax = "proto3";\npackage acme.user.v1;\n`,
          "proto/acme/user/v2/user.proto": `syntax = "proto3";\npackage acme.user.v2;\n`,
        },
      },
    ],
  },
  target: "files",
  check(files, ctx) {
    type Entry = { readonly file: ProtoFile; readonly v: VersionedPackage; readonly dir: string };
    const byBase = new Map<string, Entry[]>();
    for (const file of files) {
      const v = versionedPackage(file.package);
      if (!v || isExempt(file, ctx.options.extra)) continue;
      const list = byBase.get(v.base) ?? [];
      list.push({ file, v, dir: directoryOf(file.name) });
      byBase.set(v.base, list);
    }
    for (const entries of byBase.values()) {
      const placed = entries.filter((e) => endsWithDir(e.dir, tail(e.v)));
      placed.sort((a, b) => compareVersions(a.v.version, b.v.version) || (a.file.name < b.file.name ? -1 : 1));
      const reference = placed[0];
      const home = reference ? parentOf(reference.dir) : undefined; // `proto/acme/user`
      for (const e of entries) {
        const where = `${e.v.version.component}/${basename(e.file.name)}`;
        if (!endsWithDir(e.dir, tail(e.v))) {
          const to = home !== undefined ? `${home === "." ? "" : `${home}/`}${where}` : `${e.file.package.replaceAll(".", "/")}/${basename(e.file.name)}`;
          ctx.report(
            { element: e.file, at: [FILE_PACKAGE] },
            `package "${e.file.package}" should be in a directory ending in "${tail(e.v)}", not "${e.dir}": move this file to "${to}"`,
          );
        } else if (home !== undefined && parentOf(e.dir) !== home) {
          ctx.report(
            { element: e.file, at: [FILE_PACKAGE] },
            `package "${e.file.package}" should sit beside its sibling version "${reference!.file.package}" in "${home}", not in "${parentOf(e.dir)}": ` +
              `move this file to "${home === "." ? "" : `${home}/`}${where}"`,
          );
        }
      }
    }
  },
});
