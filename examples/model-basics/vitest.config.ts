import { defineProject } from "vitest/config";

export default defineProject({
  // Vitest runs tests in its server-side environment, which reads ssr.resolve, not resolve.
  resolve: { conditions: ["@pmm/source"] },
  ssr: { resolve: { conditions: ["@pmm/source"] } },
  test: {
    name: "example-model-basics",
    include: ["test/**/*.test.ts"],
  },
});
