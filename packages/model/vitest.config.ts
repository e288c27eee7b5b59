import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["@pmm/source"] },
  test: {
    name: "model",
    include: ["test/**/*.test.ts"],
  },
});
