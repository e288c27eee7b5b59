// Runs every benchmark module in this folder (files ending in .bench.ts), one after another,
// in this one process. Pass names to run only some: `pnpm bench formula`.
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";

const folder = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const modules = readdirSync(folder)
  .filter((file) => file.endsWith(".bench.ts"))
  .filter((file) => wanted.length === 0 || wanted.some((name) => file.includes(name)))
  .sort();

if (modules.length === 0) {
  console.error(`No benchmark matches ${wanted.join(", ")}: the benchmarks are ${readdirSync(folder).filter((file) => file.endsWith(".bench.ts")).join(", ")}`);
  process.exit(1);
}

console.log(`Node ${process.version}, ${process.platform} ${process.arch}`);
for (const file of modules) {
  console.log(`\n=== ${file}`);
  await import(pathToFileURL(join(folder, file)).href);
}
