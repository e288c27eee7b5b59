// Writes one JSON Schema file per public schema of @pmm/model to packages/model/schemas.
// Run it with `pnpm --filter @pmm/model schemas` after changing a schema, and commit the
// files: a test fails while any file differs from what this script writes.
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { toJsonSchemaFiles } from "../src/json-schema/export.js";

const folder = fileURLToPath(new URL("../schemas/", import.meta.url));
await mkdir(folder, { recursive: true });

const files = toJsonSchemaFiles();
const expected = new Set(files.map((file) => file.fileName));
for (const name of await readdir(folder)) {
  if (name.endsWith(".schema.json") && !expected.has(name)) {
    await rm(`${folder}${name}`);
    console.log(`removed schemas/${name}: no public schema has this name any more`);
  }
}
for (const file of files) {
  await writeFile(`${folder}${file.fileName}`, file.text);
  console.log(`wrote schemas/${file.fileName}`);
}
