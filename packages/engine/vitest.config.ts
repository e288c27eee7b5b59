import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["@pmm/source"] },
  test: {
    name: "engine",
    include: ["test/**/*.test.ts"],
  },
});
