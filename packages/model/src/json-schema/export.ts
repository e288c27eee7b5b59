import { z } from "zod";
import { PUBLIC_SCHEMAS, type PublicSchema } from "./public-schemas.js";

/**
 * The base of the `$id` of every exported JSON Schema: the package's `schemas` folder on the
 * unpkg CDN. The ids resolve once the package is published to npm.
 */
export const JSON_SCHEMA_BASE_URI = "https://unpkg.com/@pmm/model/schemas/";

/** A JSON Schema document, as a plain JSON object. */
export type JsonSchemaDocument = Record<string, unknown>;

/** One exported JSON Schema: its file name, the document and the exact text of the file. */
export interface JsonSchemaFile {
  /** The file name, such as `kpi-result.schema.json`. */
  readonly fileName: string;
  /** The JSON Schema document. */
  readonly document: JsonSchemaDocument;
  /** The file's text: the document as JSON indented by two spaces, with a final newline. */
  readonly text: string;
}

/**
 * Turns a schema name into its JSON Schema file name, in kebab case.
 *
 * @param name - A schema name such as `"KpiResult"`.
 * @returns The file name, such as `"kpi-result.schema.json"`.
 * @example
 * ```ts
 * jsonSchemaFileName("PeerReview"); // "peer-review.schema.json"
 * ```
 */
export function jsonSchemaFileName(name: string): string {
  const kebab = name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").replace(/([A-Z])([A-Z][a-z])/g, "$1-$2").toLowerCase();
  return `${kebab}.schema.json`;
}

/**
 * Converts one public schema to a JSON Schema (draft 2020-12) of the document as written, that
 * is before defaults are applied: fields with a default are optional, and a decimal may be a
 * JSON number or decimal text.
 *
 * A JSON Schema checks the shape only. Checks across fields (unique ids, references between
 * items, dates in order) and the exactness and range of decimals are made by the `parse*`
 * functions, so a document that passes the JSON Schema may still be rejected by them.
 *
 * @param entry - A public schema, such as an item of {@link PUBLIC_SCHEMAS}.
 * @returns The JSON Schema, with `$schema`, `$id`, `title` and `description` first.
 * @throws Error from zod when the schema has a part that JSON Schema cannot represent, such as
 *   a custom type; no schema in {@link PUBLIC_SCHEMAS} has one (a test checks this).
 * @example
 * ```ts
 * const schema = toJsonSchemaDocument(PUBLIC_SCHEMAS[0]);
 * schema.$id; // "https://unpkg.com/@pmm/model/schemas/framework.schema.json"
 * ```
 */
export function toJsonSchemaDocument(entry: PublicSchema): JsonSchemaDocument {
  const generated: JsonSchemaDocument = z.toJSONSchema(entry.schema, { io: "input", target: "draft-2020-12" });
  const { $schema, ...body } = generated;
  return {
    $schema,
    $id: `${JSON_SCHEMA_BASE_URI}${jsonSchemaFileName(entry.name)}`,
    title: entry.title,
    description: entry.description,
    ...body,
  };
}

/**
 * Converts every public schema to its JSON Schema file, as `pnpm --filter @pmm/model schemas`
 * writes them to the package's `schemas` folder.
 *
 * @param entries - The schemas to convert. Default: {@link PUBLIC_SCHEMAS}.
 * @returns One file per schema, in the order given.
 * @throws Error from zod when a schema cannot be represented in JSON Schema.
 * @example
 * ```ts
 * for (const file of toJsonSchemaFiles()) await writeFile(`schemas/${file.fileName}`, file.text);
 * ```
 */
export function toJsonSchemaFiles(entries: readonly PublicSchema[] = PUBLIC_SCHEMAS): JsonSchemaFile[] {
  return entries.map((entry) => {
    const document = toJsonSchemaDocument(entry);
    return { fileName: jsonSchemaFileName(entry.name), document, text: `${JSON.stringify(document, null, 2)}\n` };
  });
}
