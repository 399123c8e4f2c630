import { expect, it, vi } from "vitest";

const failed: string[] = [];
vi.mock("@actions/core", () => ({
  info: () => {
    throw "not an Error"; // eslint-disable-line no-throw-literal -- the point of the test
  },
  setFailed: (m: string) => void failed.push(m),
}));

it("run() fails the step with a message, even for a thrown non-Error, and does not reject", async () => {
  const { run } = await import("../../src/github/main.js");
  await expect(run()).resolves.toBeUndefined();
  expect(failed).toEqual(["protoguard failed: not an Error"]);
});
