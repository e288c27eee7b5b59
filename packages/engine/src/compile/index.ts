export { compileFramework, compileFrameworkOrThrow, type CompileResult, type CompiledFramework, type CompiledKpi, type CompiledRule } from "./compile-framework.js";
export { CompiledFormula, type FormulaOutcome, type PreparedValues } from "./compiled-formula.js";
export { DataSlots } from "./data-slots.js";
export { FrameworkCompileError, formatCompileProblems, type CompileProblem, type CompileProblemCode } from "./problems.js";
export { UNIT_OF_KIND, type FormulaType } from "./units.js";
