/**
 * SourceCodeInfo, as buf 1.75 writes it (shared/reference/source-info.md).
 *
 * CONTRACT: the descriptor builder and the option interpreter call `add`/`addWithComments` for
 * each location, in any order except for the tie cases of source-info.md §2.2, where creation
 * order must be the documented order. `finish()` stable-sorts by span, computes comments and
 * inserts the file location first.
 */
import type { SourceCodeInfo } from "@bufbuild/protobuf/wkt";
import type { FileNode, TokenIndex } from "./ast.js";

export class SourceInfoCollector {
  constructor(readonly file: FileNode) {}

  /** A location spanning tokens `first`..`last` (inclusive), without comments. */
  add(path: readonly number[], first: TokenIndex, last: TokenIndex): void {
    void path; void first; void last;
    throw new Error("not implemented");
  }

  /**
   * A location spanning `first`..`last` that carries comments: leading/detached are looked up at
   * token `leadTok`, trailing at token `trailTok` (source-info.md §6.2).
   */
  addWithComments(path: readonly number[], first: TokenIndex, last: TokenIndex, leadTok: TokenIndex, trailTok: TokenIndex): void {
    void path; void first; void last; void leadTok; void trailTok;
    throw new Error("not implemented");
  }

  finish(): SourceCodeInfo {
    throw new Error("not implemented");
  }
}
