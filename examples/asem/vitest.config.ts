import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["@pmm/source"] },
  ssr: { resolve: { conditions: ["@pmm/source"] } },
  test: {
    name: "example-asem",
    include: ["test/**/*.test.ts"],
  },
});
