import { compileFramework, type CompiledFramework } from "@pmm/engine";
import { ReportInputError } from "../errors.js";
import type { Framework } from "@pmm/model";

/**
 * Compiles the framework with the engine.
 *
 * @param framework - The parsed framework.
 * @param file - The file it came from, as messages show it.
 * @returns The compiled framework.
 * @throws {ReportInputError} listing every compile problem with its path in the framework
 *   (such as `kpis[7].formula`), its place in the formula and an excerpt with a caret.
 * @example
 * ```ts
 * const compiled = compileOrExplain(dataset.framework, dataset.frameworkFile);
 * ```
 */
export function compileOrExplain(framework: Framework, file: string): CompiledFramework {
  const result = compileFramework(framework);
  if (result.ok) return result.compiled;

  const noun = result.problems.length === 1 ? "problem" : "problems";
  const lines = result.problems.map((problem) => {
    const where = problem.line === undefined ? problem.path : `${problem.path}:${problem.line}:${problem.column ?? 1}`;
    const excerpt = problem.excerpt === undefined ? "" : `\n${problem.excerpt.split("\n").map((line) => `      ${line}`).join("\n")}`;
    return `${file}: ${where}: ${problem.message}${excerpt}`;
  });
  throw new ReportInputError(`The framework ${file} does not compile: ${result.problems.length} ${noun}.`, lines);
}
