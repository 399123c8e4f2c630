/** The `protoguard` executable (bundled as dist/cli.js): runs the command line and sets the exit code. */
import { main } from "./main.js";

process.exitCode = await main(process.argv.slice(2));
