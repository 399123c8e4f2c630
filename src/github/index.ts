/**
 * The action's entry point (bundled as dist/index.js): it only runs {@link run}, unless this
 * thread is one of the compiler's workers (the bundle is their script too).
 */
import { startCompileWorker } from "../compiler/compile-worker.js";
import { run } from "./main.js";

if (!startCompileWorker()) await run();
