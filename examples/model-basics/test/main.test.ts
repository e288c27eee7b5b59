import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const exampleFolder = fileURLToPath(new URL("..", import.meta.url));
let output = "";

beforeAll(() => {
  // Run the example as `pnpm start` does: tsx, resolving @pmm/model to its sources.
  output = execFileSync(process.execPath, ["--import", "tsx", "--conditions=@pmm/source", "src/main.ts"], { cwd: exampleFolder, encoding: "utf8" });
});

describe("model-basics example", () => {
  it("prints the tree of the published catalogue", () => {
    expect(output).toContain("pmm-v1-published 1.0.0, provenance: published");
    for (const line of [
      "TF  Trade Facilitation and Economic Competitiveness [published]",
      "RC  Revenue Collection [published]",
      "ESP  Enforcement, Security and Protection of Society [published]",
      "OD  Organizational Development [published]",
      "  Paperless trade [published]",
      "    Rate of electronic declarations (percent, higher-is-better): share(electronic_declarations, declarations)",
      "  Outcome not published (Organizational Development) [illustrative]",
      "    Data standardization (number, higher-is-better): no formula",
    ]) {
      expect(output.split("\n")).toContain(line);
    }
  });

  it("accepts the good submission", () => {
    expect(output).toContain("Good submission: accepted, 6 values");
    expect(output).toContain("  trade_value[T] = 18250000000\n");
  });

  it("lists every problem of the bad submission by path", () => {
    const section = output.slice(output.indexOf("Bad submission:"));
    expect(section.split("\n")[0]).toBe("Bad submission: 8 problems");
    const paths = section
      .split("\n")
      .slice(1)
      .filter((line) => line.startsWith("  "))
      .map((line) => line.trim().split(": ")[0]);
    expect(paths).toEqual([
      "values[0].value",
      "values[1].dataElement",
      "values[2].value",
      "values[3].value",
      "values[4].period",
      "values[5].value",
      "notApplicable[0].kpi",
      'disclosure["tf.electronic_declarations"]',
    ]);
    expect(section).toContain('did you mean "electronic_declarations"?');
    expect(section).toContain("(received -120000)");
    expect(section).toContain('such as "0.3"');
  });

  it("matches the output shown in the model guide", () => {
    const guide = readFileSync(fileURLToPath(new URL("../../../docs/model.md", import.meta.url)), "utf8");
    const shownOutput = /pnpm --filter @pmm\/example-model-basics start`:\n\n```\n([\s\S]*?)```/.exec(guide)?.[1];
    expect(shownOutput, "docs/model.md shows no output of the example").toBeDefined();
    expect(output).toBe(shownOutput);
  });
});
