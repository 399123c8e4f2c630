/**
 * The `protoguard` executable (bundled as dist/cli.js): runs the command line and sets the exit
 * code, unless this thread is one of the compiler's workers (the bundle is their script too).
 */
import { startCompileWorker } from "../compiler/compile-worker.js";
import { main } from "./main.js";

if (!startCompileWorker()) process.exitCode = await main(process.argv.slice(2));
