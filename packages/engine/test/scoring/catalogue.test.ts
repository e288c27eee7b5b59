import { describe, expect, it } from "vitest";
import { parseFramework, pmmIllustrativeFramework, pmmV1PublishedFramework, ScoreResult } from "@pmm/model";
import { scoreCycle } from "../../src/index.js";

describe("catalogue scoring settings", () => {
  for (const [name, input] of [["illustrative", pmmIllustrativeFramework], ["published", pmmV1PublishedFramework]] as const) {
    it(`accepts the ${name} framework`, () => {
      const framework = parseFramework(input);
      const result = scoreCycle(framework, []);
      expect(result.administrations).toEqual([]);
      expect(ScoreResult.safeParse(result).success).toBe(true);
    });
  }

  it("weights the illustrative overall index to 1", () => {
    const result = scoreCycle(parseFramework(pmmIllustrativeFramework), []);
    const overall = result.nominalWeights.find((set) => set.level === "overall");
    const total = (overall?.weights ?? []).reduce((sum, entry) => sum + Number(entry.weight), 0);
    expect(total).toBeCloseTo(1, 3);
  });
});
