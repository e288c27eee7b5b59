import { describe, expect, it } from "vitest";
import { AdministrationType, IncomeGroup, WcoRegion, parseAdministration, parseMembership, safeParseAdministration, safeParseMembership } from "../../src/index.js";
import { expectProblem, ghana } from "../helpers/fixtures.js";

describe("parseAdministration", () => {
  it("fills empty attributes", () => {
    expect(parseAdministration(ghana())).toEqual({ ...ghana(), attributes: {} });
  });

  it("survives a JSON round trip unchanged", () => {
    const first = parseAdministration({ ...ghana(), attributes: { subregion: "West Africa", ecowas: true, borders: 3 } });
    expect(parseAdministration(JSON.parse(JSON.stringify(first)))).toEqual(first);
  });

  it.each(WcoRegion.options)("accepts the region %s", (region) => {
    expect(parseAdministration({ ...ghana(), region }).region).toBe(region);
  });

  it("lists the six WCO regions", () => {
    expect(WcoRegion.options).toHaveLength(6);
    expect(IncomeGroup.options).toEqual(["low", "lower-middle", "upper-middle", "high"]);
    expect(AdministrationType.options).toEqual(["stand-alone", "revenue-authority", "other"]);
  });

  it.each([
    ["an unknown region", { region: "Africa" }, "region", "Africa"],
    ["a region in other case", { region: "europe" }, "region", "europe"],
    ["an unknown income group", { incomeGroup: "middle" }, "incomeGroup", "middle"],
    ["a landlocked flag as text", { landlocked: "no" }, "landlocked", "no"],
    ["a numeric id", { id: 288 }, "id", 288],
    ["a name without English", { name: { fr: "Ghana" } }, "name.en", undefined],
    ["an unknown type", { type: "agency" }, "type", "agency"],
    ["an empty attribute", { attributes: { subregion: "" } }, "attributes.subregion", ""],
    ["an attribute that is not finite", { attributes: { score: Number.POSITIVE_INFINITY } }, "attributes.score", Number.POSITIVE_INFINITY],
    ["an attribute key that is not an id", { attributes: { "sub region": "x" } }, 'attributes["sub region"]', "sub region"],
  ])("rejects %s", (_label, change, path, received) => {
    const problem = expectProblem(safeParseAdministration({ ...ghana(), ...change }), path);
    if (received !== undefined) expect(problem.received).toEqual(received);
  });

  it("reports every missing field", () => {
    const result = safeParseAdministration({});
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.problems.map((problem) => problem.path).sort()).toEqual(["id", "incomeGroup", "landlocked", "name", "region", "smallIsland", "type"]);
  });
});

describe("parseMembership", () => {
  it("accepts administrations with unique ids", () => {
    const members = parseMembership([ghana(), { ...ghana(), id: "TG", name: { en: "Togo" } }]);
    expect(members.map((member) => member.id)).toEqual(["GH", "TG"]);
  });

  it("accepts an empty membership", () => {
    expect(parseMembership([])).toEqual([]);
  });

  it("rejects a duplicate id at its path", () => {
    const problem = expectProblem(safeParseMembership([ghana(), { ...ghana(), name: { en: "Ghana again" } }]), "[1].id");
    expect(problem.received).toBe("GH");
    expect(problem.message).toBe('duplicate administration id "GH", already used at [0]');
  });

  it("rejects an object instead of a list", () => {
    expect(expectProblem(safeParseMembership(ghana()), "").message).toMatch(/expected array/);
  });

  it("reports the problems of each member", () => {
    const result = safeParseMembership([{ ...ghana(), region: "Mars" }, { ...ghana(), id: "TG", incomeGroup: "rich" }]);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.problems.map((problem) => problem.path)).toEqual(["[0].region", "[1].incomeGroup"]);
  });
});
