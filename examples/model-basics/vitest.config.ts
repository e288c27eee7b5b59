import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["@pmm/source"] },
  test: {
    name: "example-model-basics",
    include: ["test/**/*.test.ts"],
  },
});
