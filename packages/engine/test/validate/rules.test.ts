import { describe, expect, it } from "vitest";
import { computeKpis, validateSubmission } from "../compile/api.js";
import { compiledParts, kpi, rule, submission } from "../compile/fixtures.js";

// Each case: a rule condition, the data, and whether it holds (true), fails (false) or is skipped.
const CASES: [string, Record<string, string>, boolean | "skipped"][] = [
  ["if(aeo_programme == 1, aeo_count > 0, aeo_count == 0)", { aeo_programme: "1", "aeo_count[T]": "5" }, true],
  ["if(aeo_programme == 1, aeo_count > 0, aeo_count == 0)", { aeo_programme: "0", "aeo_count[T]": "5" }, false],
  ["if(aeo_programme, aeo_count > 0, aeo_count == 0)", { aeo_programme: "0", "aeo_count[T]": "0" }, true],
  ["aeo_programme or aeo_count == 0", { aeo_programme: "0", "aeo_count[T]": "3" }, false],
  ["not aeo_programme", { aeo_programme: "1" }, false],
  ["aeo_count[T-1] <= aeo_count * 3", { "aeo_count[T]": "10", "aeo_count[T-1]": "31" }, false],
  // Three-valued logic: a decided side settles and/or even when the other side is missing.
  ["seizures > 0 or declarations > 0", { declarations: "5" }, true],
  ["seizures > 0 and declarations > 0", { declarations: "0" }, false],
  ["seizures > 0 and declarations > 0", { declarations: "5" }, "skipped"],
  ["not (seizures > 0)", {}, "skipped"],
  ["release_hours / declarations <= 240", { release_hours: "10", declarations: "0" }, "skipped"],
];

describe("values blamed by a failed rule", () => {
  // The left side has no value (a division by zero), and the right side alone makes the rule fail.
  it.each(["declarations / seizures > 1 and aeo_programme == 0", "aeo_programme == 0 and declarations / seizures > 1"])("%s blames only aeo_programme", (condition) => {
    const compiled = compiledParts({ kpis: [kpi("k1", "declarations + 1", "count")], rules: [rule("r1", condition)] });
    const data = submission({ declarations: "10000", seizures: "0", aeo_programme: "1" });
    const findings = validateSubmission(compiled, data).filter((finding) => finding.rule === "r1");
    expect(findings.map((finding) => finding.values.map((value) => value.dataElement))).toEqual([["aeo_programme"]]);
    expect(computeKpis(compiled, data, { findings })).toMatchObject([{ status: "value", value: "10001" }]);
  });
});

describe("validation rule conditions", () => {
  it.each(CASES)("%s with %j gives %s", (condition, values, expected) => {
    const compiled = compiledParts({ kpis: [kpi("k1", "declarations", "count")], rules: [rule("r1", condition)] });
    const findings = validateSubmission(compiled, submission(values)).filter((finding) => finding.rule === "r1");
    if (expected === true) expect(findings).toEqual([]);
    else expect(findings.map((finding) => finding.kind)).toEqual([expected === false ? "rule" : "rule-skipped"]);
  });
});
