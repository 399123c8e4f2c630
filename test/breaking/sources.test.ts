// `--against` in buf's input syntax (src/sources/against.ts): what is read how, and what is
// refused with a message saying what to use instead.
import { describe, expect, it } from "vitest";
import { AgainstError, checkRef, parseAgainst } from "../../src/sources/against.js";

describe("parseAgainst", () => {
  it.each([
    [".git#branch=main,subdir=proto", { kind: "git", repo: ".git", ref: "main", refKind: "branch", subdir: "proto" }],
    [".git#ref=HEAD~1", { kind: "git", repo: ".git", ref: "HEAD~1", refKind: "ref", subdir: "." }],
    [".git#tag=v1.0.0", { kind: "git", repo: ".git", ref: "v1.0.0", refKind: "tag", subdir: "." }],
    [".git#commit=0123abcd", { kind: "git", repo: ".git", ref: "0123abcd", refKind: "commit", subdir: "." }],
    [".git", { kind: "git", repo: ".git", ref: "HEAD", refKind: "default", subdir: "." }],
    ["../.git#branch=origin/main,subdir=./proto/,depth=50", { kind: "git", repo: "../.git", ref: "origin/main", refKind: "branch", subdir: "proto" }],
    ["repo#format=git,branch=main", { kind: "git", repo: "repo", ref: "main", refKind: "branch", subdir: "." }],
    [".git#branch=main,ref=HEAD~2", { kind: "git", repo: ".git", ref: "HEAD~2", refKind: "ref", subdir: "." }],
    ["../old", { kind: "dir", dir: "../old" }],
    ["old.json#format=dir", { kind: "dir", dir: "old.json" }],
    ["base.binpb", { kind: "image", file: "base.binpb", format: "binpb" }],
    ["base.bin", { kind: "image", file: "base.bin", format: "binpb" }],
    ["base.json", { kind: "image", file: "base.json", format: "json" }],
    ["base#format=binpb", { kind: "image", file: "base", format: "binpb" }],
  ])("%s", (input, want) => {
    expect(parseAgainst(input)).toEqual(want);
  });

  it.each([
    ["https://github.com/acme/apis.git#branch=main", /remote repositories are not supported.*git fetch/],
    ["git@github.com:acme/apis.git", /remote repositories are not supported/],
    ["buf.build/acme/petapis", /BSR modules are not supported/],
    ["old.tar.gz#subdir=proto", /archives are not supported/],
    ["old.zip", /archives are not supported/],
    ["img.txtpb", /txtpb images are not supported/],
    ["img.binpb.gz", /compressed images are not supported/],
    ["-", /stdin is not supported/],
    ["a.proto", /single .proto file is not supported/],
    ["x#format=mod", /BSR modules/],
    ["x#format=nope", /unknown format "nope"/],
    [".git#branch=main,tag=v1", /only one of branch, tag and commit/],
    [".git#branch=-x", /must not start with "-"/],
    [".git#ref=--upload-pack=evil", /must not start with "-"/],
    [".git#branch=a b", /character git does not allow/],
    [".git#ref=main..dev", /must not contain "\.\."/],
    [".git#subdir=../up", /must stay inside the repository/],
    [".git#subdir=/abs", /relative path/],
    [".git#branch", /key=value/],
    [".git#bogus=1", /unknown git option "bogus"/],
    ["old#branch=main", /"branch" is for git inputs/],
    [".git#recurse_submodules=true", /recurse_submodules is not supported/],
    ["", /needs a value/],
  ])("refuses %s", (input, why) => {
    expect(() => parseAgainst(input)).toThrow(AgainstError);
    expect(() => parseAgainst(input)).toThrow(why);
  });

  it("checkRef allows revisions git understands", () => {
    for (const ok of ["main", "origin/main", "refs/remotes/origin/main", "HEAD~1", "HEAD^", "v1.2.3", "0123456789abcdef0123456789abcdef01234567", "feature/x@y"]) expect(checkRef(ok)).toBeUndefined();
    for (const bad of ["", "-h", "a\nb", "a\0b", "a*", "a?", "a[1]", "a\\b"]) expect(checkRef(bad)).toBeDefined();
  });
});
