import { defineConfig } from "vitest/config";
import projects from "./vitest.workspace.js";

export default defineConfig({
  test: {
    projects,
    // The JSON report feeds the "N passed, N failed" line that CI prints.
    reporters: ["default", ["json", { outputFile: "artifacts/test-results.json" }]],
  },
});
