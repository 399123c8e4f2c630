/** The action's entry point (bundled as dist/index.js): it only runs {@link run}. */
import { run } from "./main.js";

await run();
