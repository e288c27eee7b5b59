/**
 * The cycle report command: `pnpm --filter @pmm/example-cycle-report start -- --help`.
 * Sets the exit status from {@link runCycleReport}.
 */
import { runCycleReport } from "./cli.js";

process.exitCode = await runCycleReport(process.argv.slice(2));
