/**
 * Longest formula text accepted, in UTF-16 code units: 10,000. The longest KPI formulas of a
 * framework are a few hundred characters; the limit bounds the work that one formula can cause.
 */
export const MAX_FORMULA_LENGTH = 10_000;

/**
 * Deepest nesting of parentheses, function calls, unary minus and `not` accepted: 200 levels.
 * The parser stops at this depth with an error instead of running out of stack.
 */
export const MAX_NESTING_DEPTH = 200;

/**
 * Deepest syntax tree accepted: 1,000 levels. Long chains such as `a + b + c + ...` build a tree
 * one level deeper per operator, so this bounds them (use `sum(a, b, c, ...)` for long sums).
 */
export const MAX_TREE_DEPTH = 1_000;

/** Most digits a number literal may have on each side of the decimal point: 30, as in submitted data. */
export const MAX_LITERAL_DIGITS = 30;
