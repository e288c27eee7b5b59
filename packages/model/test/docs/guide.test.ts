import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { KpiResult, parseAdministration, parseCycle, parseFramework, parsePeerReview, parseSubmission } from "../../src/index.js";

// The guide marks each JSON example with the document it shows: <!-- parse: submission -->.
const guide = readFileSync(fileURLToPath(new URL("../../../../docs/model.md", import.meta.url)), "utf8");
const examples = [...guide.matchAll(/<!-- parse: ([a-z-]+) -->\n```json\n([\s\S]*?)\n```/g)].map((match) => ({ document: match[1] ?? "", json: match[2] ?? "" }));

const parsers: Record<string, (input: unknown) => unknown> = {
  framework: parseFramework,
  administration: parseAdministration,
  cycle: parseCycle,
  submission: parseSubmission,
  "peer-review": parsePeerReview,
  "kpi-result": (input) => KpiResult.parse(input),
};

describe("docs/model.md", () => {
  it("shows an example of every document", () => {
    expect(examples.map((example) => example.document).sort()).toEqual(Object.keys(parsers).sort());
  });

  it.each(examples.map((example) => [example.document, example.json] as const))("has a %s example that parses", (document, json) => {
    const parse = parsers[document];
    expect(parse, `no parser for ${document}`).toBeDefined();
    expect(() => parse?.(JSON.parse(json))).not.toThrow();
  });
});
