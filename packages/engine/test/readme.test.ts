import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";

// Keeps the package README true: its first TypeScript example runs and prints the lines shown
// in the `// →` comments under each console.log.
const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");

describe("README.md", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("runs the first example with the output it shows", async () => {
    const code = /```ts\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(code).toBeDefined();

    const source = fileURLToPath(new URL("../src/index.js", import.meta.url));
    const folder = fileURLToPath(new URL("./.generated/", import.meta.url));
    mkdirSync(folder, { recursive: true });
    const file = `${folder}readme-example.ts`;
    writeFileSync(file, code!.replace(`from "@pmm/engine"`, `from ${JSON.stringify(source)}`));

    const printed: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: unknown) => {
      printed.push(String(line));
    });
    await import(pathToFileURL(file).href);

    const expectedLines = [...code!.matchAll(/^\/\/ → (.*)$/gm)].map((match) => match[1]);
    expect(expectedLines).toHaveLength(3);
    expect(printed).toEqual(expectedLines);
  });
});
