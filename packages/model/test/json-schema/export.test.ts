import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { JSON_SCHEMA_BASE_URI, PUBLIC_SCHEMAS, jsonSchemaFileName, toJsonSchemaDocument, toJsonSchemaFiles } from "../../src/index.js";

const folder = fileURLToPath(new URL("../../schemas/", import.meta.url));
const packageJson = JSON.parse(readFileSync(fileURLToPath(new URL("../../package.json", import.meta.url)), "utf8")) as {
  files: string[];
  exports: Record<string, unknown>;
  scripts: Record<string, string>;
};
const REGENERATE = "pnpm --filter @pmm/model schemas";

describe("JSON Schema files", () => {
  const files = toJsonSchemaFiles();

  it.each(files.map((file) => [file.fileName, file] as const))("schemas/%s is up to date", (fileName, file) => {
    let committed: string;
    try {
      committed = readFileSync(`${folder}${fileName}`, "utf8");
    } catch {
      throw new Error(`schemas/${fileName} is missing: run ${REGENERATE} and commit the file`);
    }
    if (committed !== file.text) throw new Error(`schemas/${fileName} is stale: run ${REGENERATE} and commit the file`);
  });

  it("has no file without a public schema", () => {
    const expected = new Set(files.map((file) => file.fileName));
    const stray = readdirSync(folder).filter((name) => !expected.has(name));
    expect(stray, `remove these files or run ${REGENERATE}`).toEqual([]);
  });

  it("converts without unrepresentable parts", () => {
    for (const entry of PUBLIC_SCHEMAS) {
      expect(() => z.toJSONSchema(entry.schema, { io: "input", target: "draft-2020-12", unrepresentable: "throw" }), entry.name).not.toThrow();
    }
  });
});

describe("toJsonSchemaDocument", () => {
  it("puts $schema, $id, title and description first", () => {
    for (const entry of PUBLIC_SCHEMAS) {
      const document = toJsonSchemaDocument(entry);
      expect(Object.keys(document).slice(0, 4)).toEqual(["$schema", "$id", "title", "description"]);
      expect(document.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(document.$id).toBe(`${JSON_SCHEMA_BASE_URI}${jsonSchemaFileName(entry.name)}`);
      expect(document.title).toBe(entry.title);
    }
  });

  it("includes every top-level document", () => {
    const names = PUBLIC_SCHEMAS.map((entry) => entry.name);
    for (const name of ["Framework", "Administration", "Membership", "Cycle", "Submission", "PeerReview", "KpiResult"]) {
      expect(names).toContain(name);
    }
    expect(new Set(names).size).toBe(names.length);
  });

  it("describes the input form of decimals", () => {
    const submission = toJsonSchemaDocument(PUBLIC_SCHEMAS.find((entry) => entry.name === "Submission")!);
    const value = (submission as { properties: { values: { items: { properties: { value: unknown } } } } }).properties.values.items.properties.value;
    expect(JSON.stringify(value)).toContain('"type":"number"');
    expect(JSON.stringify(value)).toContain('"type":"string"');
    const required = (submission as { required: string[] }).required;
    expect(required).toEqual(["administration", "cycle", "values"]);
  });
});

describe("jsonSchemaFileName", () => {
  it.each([
    ["Framework", "framework.schema.json"],
    ["KpiResult", "kpi-result.schema.json"],
    ["PeerReview", "peer-review.schema.json"],
    ["ScoreResult", "score-result.schema.json"],
    ["KPIResult", "kpi-result.schema.json"],
  ])("names %s as %s", (name, fileName) => {
    expect(jsonSchemaFileName(name)).toBe(fileName);
  });
});

describe("package.json", () => {
  it("publishes and exports the schema files", () => {
    expect(packageJson.files).toContain("schemas");
    expect(packageJson.exports["./schemas/*.json"]).toBe("./schemas/*.json");
    expect(packageJson.scripts.schemas).toBe("tsx scripts/export-json-schemas.ts");
  });
});
