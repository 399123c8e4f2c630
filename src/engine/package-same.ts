/**
 * The shared shape of the PACKAGE_SAME_* lint rules: every target file of one package must give a
 * file option (go_package, java_package, …) the same value, because code generators emit one
 * package per proto package and cannot honour two values at once.
 *
 * Behaviour follows buf 1.75 (probed): files are grouped by package, files without a package form
 * a group of their own; an unset option and an option set to the empty string are the same "no
 * value" (for java_multiple_files, "unset" is distinct from an explicit `false`); when a group has
 * more than one value, every file of the group is reported at its option statement (`[8, N]`), or
 * without a location when the file does not set the option.
 */
import { isFieldSet } from "@bufbuild/protobuf";
import { FileOptionsSchema, type FileOptions } from "@bufbuild/protobuf/wkt";
import { FILE_OPTIONS, type ProtoFile } from "./model.js";
import { lintRule, type Example, type LintRule } from "./rule.js";

/** The file options that PACKAGE_SAME_* rules compare, by their name in .proto source. */
export type SameOption =
  | "csharp_namespace"
  | "go_package"
  | "java_multiple_files"
  | "java_package"
  | "php_namespace"
  | "ruby_package"
  | "swift_prefix";

const OPTION_FIELD: Readonly<Record<SameOption, number>> = {
  java_package: 1,
  java_multiple_files: 10,
  go_package: 11,
  csharp_namespace: 37,
  swift_prefix: 39,
  php_namespace: 41,
  ruby_package: 45,
};

/** The option's value in a file, with "" for no value (unset or set to the empty string). */
export function sameOptionValue(file: ProtoFile, option: SameOption): string {
  const o: FileOptions | undefined = file.proto.options;
  if (!o) return "";
  switch (option) {
    case "java_multiple_files":
      return isFieldSet(o, FileOptionsSchema.field.javaMultipleFiles) ? String(o.javaMultipleFiles) : "";
    case "csharp_namespace":
      return o.csharpNamespace ?? "";
    case "go_package":
      return o.goPackage ?? "";
    case "java_package":
      return o.javaPackage ?? "";
    case "php_namespace":
      return o.phpNamespace ?? "";
    case "ruby_package":
      return o.rubyPackage ?? "";
    case "swift_prefix":
      return o.swiftPrefix ?? "";
  }
}

const groupsOf = new WeakMap<readonly ProtoFile[], ReadonlyMap<string, readonly ProtoFile[]>>();

/** Target files grouped by package ("" for files without one), in input order. */
export function byPackage(files: readonly ProtoFile[]): ReadonlyMap<string, readonly ProtoFile[]> {
  // The seven PACKAGE_SAME_* rules get the same targets array: group it once.
  const cached = groupsOf.get(files);
  if (cached) return cached;
  const groups = new Map<string, ProtoFile[]>();
  groupsOf.set(files, groups);
  for (const f of files) {
    const g = groups.get(f.package);
    if (g) g.push(f);
    else groups.set(f.package, [f]);
  }
  return groups;
}

const quote = (v: string): string => (v === "" ? "no value" : JSON.stringify(v));

/** `"a", "b" and no value`: the distinct values of a group, sorted, no value last. */
function listValues(values: ReadonlySet<string>): string {
  const set = [...values].filter((v) => v !== "").sort();
  const parts = set.map(quote);
  if (values.has("")) parts.push("no value");
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

export interface PackageSameSpec {
  readonly id: string;
  readonly option: SameOption;
  /** Why this option in particular must agree (one or two sentences of Markdown). */
  readonly why: string;
  readonly examples: { readonly bad: readonly Example[]; readonly good: readonly Example[] };
}

/** Declares one PACKAGE_SAME_* rule. */
export function packageSameRule(spec: PackageSameSpec): LintRule<"files"> {
  const { option } = spec;
  const field = OPTION_FIELD[option];
  return lintRule({
    id: spec.id,
    categories: {
      v1beta1: ["MINIMAL", "BASIC", "DEFAULT", "STANDARD", "PACKAGE_AFFINITY"],
      v1: ["BASIC", "DEFAULT", "STANDARD"],
      v2: ["BASIC", "DEFAULT", "STANDARD"],
    },
    summary: `All files of a package set the same \`${option}\` option.`,
    docs:
      `Every file of one package must give \`option ${option}\` the same value, or all leave it unset. ${spec.why}\n\n` +
      "Files without a package count as one package here. An option set to the empty string counts as not set" +
      (option === "java_multiple_files" ? ", but an explicit `false` is a value of its own and differs from not set" : "") +
      ".\n\nEvery file of a disagreeing package is reported, at its option statement (or at the top of the file when it " +
      "does not set the option): pick the value the package should have and write it in each file.",
    examples: spec.examples,
    target: "files",
    check(files, ctx) {
      for (const [pkg, group] of byPackage(files)) {
        const values = new Set(group.map((f) => sameOptionValue(f, option)));
        if (values.size < 2) continue;
        const all = listValues(values);
        const pkgText = pkg === "" ? "files without a package" : `package "${pkg}"`;
        for (const f of group) {
          const own = sameOptionValue(f, option);
          const here = own === "" ? "this file does not set it" : `this file has ${quote(own)}`;
          ctx.report(
            { element: f, at: [FILE_OPTIONS, field], fallback: "none" },
            `option ${option} differs between the files of ${pkgText} (${all}); ${here}: set the same value in every file of the package`,
          );
        }
      }
    },
  });
}
