/**
 * What a rule is: one declared value in one file under rules/<kind>/, named after its ID,
 * holding its docs, its executed examples and its check (DESIGN.md "A rule is one file").
 *
 * A lint rule names the element kind it judges (`target`); the engine walks the model once and
 * hands each element of that kind to every rule that wants it, after the rule's `only` filter.
 * Rules that need the whole build at once (package and directory consistency, uniqueness across
 * services) use the `files` target and receive every target file together.
 *
 * A rule never reads files, never throws on purpose, and never decides whether it is enabled or
 * ignored: configuration, categories, comment ignores and path filters are the engine's job.
 */
import type {
  Element,
  Enum,
  EnumValue,
  Field,
  Import,
  Message,
  Method,
  Model,
  Oneof,
  ProtoFile,
  Service,
} from "./model.js";

/** Config versions whose rule sets differ. */
export type ConfigVersion = "v1beta1" | "v1" | "v2";

/** Finding severity; lint and breaking findings are errors unless configured otherwise. */
export type Severity = "error" | "warning" | "notice";

/**
 * A finding: what a rule (or the compiler, as rule `COMPILE`) reports. Lines and columns are
 * 1-based, end exclusive, with columns in display width (buf's lint columns). A finding without a
 * location has line 0 (printed as 1:1) and cannot be silenced by a comment.
 */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  /** Module-relative file path; undefined for findings about no file (e.g. a deleted file). */
  readonly file: string | undefined;
  /** Path as shown to users; defaults to `file`. */
  readonly displayPath: string | undefined;
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** Source-info path of the element the finding is about (drives comment ignores). */
  readonly elementPath: readonly number[] | undefined;
  /** A suggested replacement for the reported span, when there is an unambiguous one. */
  readonly fix?: { readonly text: string };
}

/** Where a rule reports: an element, optionally narrowed to a sub-path (e.g. `[FIELD_NAME]`). */
export interface ReportTarget {
  readonly element: Element;
  /** Appended to the element's path to find the span (e.g. `[1]` = the name). */
  readonly at?: readonly number[];
  /**
   * When `at` has no location (e.g. a file option that is absent), fall back to the element's own
   * span (default) or to no location at all (`"none"`: reported at 1:1, as buf does for missing
   * file-level facts).
   */
  readonly fallback?: "element" | "none";
}

export interface ReportExtras {
  readonly fix?: { readonly text: string };
}

/** Lint options of buf.yaml that rules read (defaults already applied by the config loader). */
export interface LintOptions {
  readonly enumZeroValueSuffix: string;
  readonly serviceSuffix: string;
  readonly rpcAllowSameRequestResponse: boolean;
  readonly rpcAllowGoogleProtobufEmptyRequests: boolean;
  readonly rpcAllowGoogleProtobufEmptyResponses: boolean;
  /** Everything else from the config (protoguard's own keys), for rules that define options. */
  readonly extra: Readonly<Record<string, unknown>>;
}

export const DEFAULT_LINT_OPTIONS: LintOptions = {
  enumZeroValueSuffix: "_UNSPECIFIED",
  serviceSuffix: "Service",
  rpcAllowSameRequestResponse: false,
  rpcAllowGoogleProtobufEmptyRequests: false,
  rpcAllowGoogleProtobufEmptyResponses: false,
  extra: {},
};

/** What a check receives besides the element. */
export interface LintContext {
  readonly model: Model;
  readonly options: LintOptions;
  readonly version: ConfigVersion;
  report(target: ReportTarget | Element, message: string, extras?: ReportExtras): void;
}

/** Element kinds a lint rule can target, and the value its check receives. */
export interface LintTargets {
  file: ProtoFile;
  import: Import;
  message: Message;
  field: Field;
  oneof: Oneof;
  enum: Enum;
  enumValue: EnumValue;
  service: Service;
  method: Method;
  /** All target files of the build at once (for cross-file rules). */
  files: readonly ProtoFile[];
}
export type LintTarget = keyof LintTargets;

/**
 * A rule example, executed by the test suite. Either one file's text (compiled as
 * `example.proto`, or the path given) or several files. Expected findings are marked in the text
 * with caret lines (see src/engine/examples.ts): a line holding only `^` characters (after
 * optional indentation) and then the rule ID marks the span on the line above it; marker lines are
 * removed before compiling. A marker at the very top of a file (no line above it) marks a finding
 * without a location (PACKAGE_DEFINED, FILE_LOWER_SNAKE_CASE…). `config` takes buf.yaml `lint`
 * keys (`service_suffix`, `ignore_only`, …) and `version`.
 */
export type Example = string | { readonly files: Readonly<Record<string, string>>; readonly config?: Readonly<Record<string, unknown>> };

export interface RuleDocs {
  /** One sentence, shown in lists and annotations. */
  readonly summary: string;
  /** Why it matters and how to fix it (Markdown). */
  readonly docs: string;
  /** Every `bad` example must produce exactly the marked findings, every `good` one none. */
  readonly examples: { readonly bad: readonly Example[]; readonly good: readonly Example[] };
}

export interface LintRule<T extends LintTarget = LintTarget> extends RuleDocs {
  readonly kind: "lint";
  readonly id: string;
  /** Categories per config version; a version absent here does not have the rule. */
  readonly categories: Partial<Readonly<Record<ConfigVersion, readonly string[]>>>;
  /** Deprecated rules are accepted in config but do nothing (buf's IMPORT_NO_WEAK). */
  readonly deprecated?: boolean;
  /** Rules of protoguard's own (not buf's). */
  readonly protoguard?: boolean;
  /**
   * protoguard's own rules only: the rule runs when `lint.use` is empty, beside buf's default set
   * (buf's rules are default through their DEFAULT/STANDARD category, never through this flag).
   */
  readonly onByDefault?: boolean;
  /**
   * Rules that say the same thing as this one in some cases (protoguard rules that extend a buf
   * rule). When one of them runs too and reports at the same file, line and column, this rule's
   * finding there is dropped, so a user never sees one problem twice; alone, this rule is complete.
   */
  readonly overlaps?: readonly string[];
  /**
   * The element kind the check judges, or several kinds (the check then receives any of them and
   * tells them apart by `kind`): e.g. PROTOVALIDATE judges both fields and messages.
   */
  readonly target: T | readonly T[];
  // Method syntax (not arrow properties) on purpose: methods are bivariant in their parameters,
  // so a `LintRule<"field">` is a `LintRule` and registries can hold rules of every target.
  only?(element: LintTargets[T], ctx: LintContext): boolean;
  check(element: LintTargets[T], ctx: LintContext): void;
}

/** Declares a lint rule; the identity function that gives rule files their types. */
export function lintRule<T extends LintTarget>(rule: Omit<LintRule<T>, "kind">): LintRule<T> {
  return { kind: "lint", ...rule };
}

/** Categories of buf's v2 lint rules, from smallest to largest style set. */
export const V2_LINT_CATEGORIES = ["MINIMAL", "BASIC", "STANDARD", "COMMENTS", "UNARY_RPC"] as const;

// ---- breaking-change rules ------------------------------------------------------------------

/** Breaking options of buf.yaml that rules read. */
export interface BreakingOptions {
  readonly ignoreUnstablePackages: boolean;
  readonly extra: Readonly<Record<string, unknown>>;
}

/** A matched pair: the element on the against side (`previous`) and on the input side (`current`). */
export interface Pair<T> {
  readonly previous: T;
  readonly current: T;
}

/**
 * What a breaking rule can target. The comparison framework pairs both sides once: files by
 * module-relative path; messages, enums, services by full name; fields by (message, number),
 * extensions by (extendee, number); oneofs by (message, name); methods by (service, name). Enum
 * values are paired per number (several names per number with aliases). Deletions are found by a
 * rule from the parent pair (e.g. FIELD_NO_DELETE looks at a message pair), reported on the
 * current side's parent; `files`/`packages` rules see both whole sides at once.
 */
export interface BreakingTargets {
  file: Pair<ProtoFile>;
  message: Pair<Message>;
  field: Pair<Field>;
  oneof: Pair<Oneof>;
  enum: Pair<Enum>;
  enumValue: Pair<readonly EnumValue[]> & { readonly number: number; readonly enum: Pair<Enum> };
  service: Pair<Service>;
  method: Pair<Method>;
  /** Both sides' target files at once, for deletion and package-level rules. */
  files: Pair<readonly ProtoFile[]>;
}
export type BreakingTarget = keyof BreakingTargets;

export interface BreakingContext {
  readonly previous: Model;
  readonly current: Model;
  readonly options: BreakingOptions;
  readonly version: ConfigVersion;
  /**
   * Reports on the current side (an element of the current model), or on a file-less location
   * (`undefined` = the annotation has no file, like buf's `<input>` for a deleted file). `againstFile`
   * names the previous side's file, used by `ignore_unstable_packages` and path ignores.
   */
  report(
    target: ReportTarget | Element | undefined,
    message: string,
    extras?: ReportExtras & { readonly againstFile?: ProtoFile },
  ): void;
}

/** A before/after example; markers (caret lines) go in the `after` text. */
export interface BreakingExample {
  readonly before: Example;
  readonly after: Example;
}

export interface BreakingRule<T extends BreakingTarget = BreakingTarget> {
  readonly kind: "breaking";
  readonly id: string;
  readonly categories: Partial<Readonly<Record<ConfigVersion, readonly string[]>>>;
  readonly deprecated?: boolean;
  /** For deprecated v1 IDs: the rules they expand to. */
  readonly replacedBy?: readonly string[];
  readonly summary: string;
  readonly docs: string;
  readonly examples: { readonly bad: readonly BreakingExample[]; readonly good: readonly BreakingExample[] };
  readonly target: T;
  only?(pair: BreakingTargets[T], ctx: BreakingContext): boolean;
  check(pair: BreakingTargets[T], ctx: BreakingContext): void;
}

/** Declares a breaking rule (identity function for typing). */
export function breakingRule<T extends BreakingTarget>(rule: Omit<BreakingRule<T>, "kind">): BreakingRule<T> {
  return { kind: "breaking", ...rule } as BreakingRule<T>;
}
