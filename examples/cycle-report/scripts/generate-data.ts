/**
 * Writes the synthetic data of the cycle report example into ../data/, from the seeded
 * generator in ./generator/. The output is byte-identical on every run with the same seed.
 *
 * Usage (from examples/cycle-report):
 *   npx tsx --conditions=@pmm/source scripts/generate-data.ts           write the files
 *   npx tsx --conditions=@pmm/source scripts/generate-data.ts --check   exit 1 if a file differs
 *   npx tsx --conditions=@pmm/source scripts/generate-data.ts --seed 7  another synthetic dataset
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DEFAULT_SEED, generateDataset } from "./generator/dataset.js";

const dataFolder = fileURLToPath(new URL("../data/", import.meta.url));
const { values } = parseArgs({ options: { seed: { type: "string" }, check: { type: "boolean", default: false } } });
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
if (!Number.isSafeInteger(seed)) {
  console.error(`--seed must be a whole number, received ${JSON.stringify(values.seed)}`);
  process.exit(2);
}

const { files } = generateDataset(seed);
let differing = 0;
await mkdir(dataFolder, { recursive: true });
for (const [name, contents] of files) {
  const path = `${dataFolder}${name}`;
  if (values.check) {
    const current = await readFile(path, "utf8").catch(() => undefined);
    if (current !== contents) {
      differing++;
      console.error(`${name} differs from what seed ${seed} generates`);
    }
  } else {
    await writeFile(path, contents);
    console.log(`wrote ${name} (${Buffer.byteLength(contents)} bytes)`);
  }
}
if (differing > 0) process.exit(1);
