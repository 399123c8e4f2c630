/**
 * The compile worker's script when protoguard runs from its sources (through tsx: tests, `npm run
 * protoguard`). A bundle (dist/cli.js, dist/index.js) is its own worker script instead: its entry
 * point calls {@link startCompileWorker} first.
 */
import { startCompileWorker } from "./compile-worker.js";

if (!startCompileWorker()) throw new Error("compile-worker-main.ts runs only as a compile worker");
