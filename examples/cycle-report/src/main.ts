/**
 * The cycle report command: `pnpm --filter @pmm/example-cycle-report start -- --help`.
 * Sets the exit status from {@link runCycleReport}.
 */
import { runCycleReport } from "./cli.js";
import { exitQuietlyOnBrokenPipe } from "./streams.js";

exitQuietlyOnBrokenPipe(process.stdout);
exitQuietlyOnBrokenPipe(process.stderr);

// pnpm and npm run scripts in the package folder but record the folder the user typed the
// command in as INIT_CWD, so relative paths in flags and messages mean what the user expects.
const invokedFrom = process.env.INIT_CWD ?? process.cwd();

process.exitCode = await runCycleReport(process.argv.slice(2), undefined, invokedFrom);
