/**
 * The GitHub Action. For now it only announces itself: inputs, checks and annotations come in a
 * later change. Whatever happens inside, `run()` never rejects: every failure, thrown `Error` or
 * not, fails the step with a message (STYLE.md §14).
 */
import * as core from "@actions/core";
import { VERSION } from "../cli/version.js";

export async function run(): Promise<void> {
  try {
    core.info(`protoguard ${VERSION}`);
  } catch (e) {
    core.setFailed(failureMessage(e));
  }
}

/** A one-line reason for any thrown value (an Error, a string, anything). */
export function failureMessage(e: unknown): string {
  if (e instanceof Error) return `protoguard failed: ${e.message}`;
  if (typeof e === "string") return `protoguard failed: ${e}`;
  try {
    return `protoguard failed: ${JSON.stringify(e) ?? String(e)}`;
  } catch {
    return `protoguard failed: ${String(e)}`;
  }
}
