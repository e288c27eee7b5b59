import { describe, expect, it } from "vitest";
import { parseFramework, pmmIllustrativeFramework } from "@pmm/model";
import { parseCsv } from "../src/load/csv.js";
import { readDeclarationsCsv } from "../src/load/declarations-csv.js";
import { readSubmissionsCsv } from "../src/load/submissions-csv.js";
import { parseDecimalField, parsePeriodField } from "../src/load/values.js";
import type { CycleInputContext } from "../src/load/context.js";
import { ReportInputError } from "../src/errors.js";

const framework = parseFramework(pmmIllustrativeFramework);
const context: CycleInputContext = {
  cycle: {
    id: "pmm-2025",
    launchYear: 2025,
    reportingYear: 2024,
    framework: { id: framework.id, version: framework.version },
    opens: "2025-12-01",
    closes: "2026-03-31",
  },
  framework,
  administrationIds: ["ADM001", "ADM002", "ADM010"],
  membershipFile: "administrations.json",
  reported: "ADM001",
};

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ReportInputError);
    return (error as Error).message;
  }
  throw new Error("expected a ReportInputError, but nothing was thrown");
}

describe("parseCsv", () => {
  it("numbers rows by the line they start on", () => {
    const text = "a,b\n1,2\n\n3,\"x\ny\"\n4,5\n";
    const table = parseCsv(text, "f.csv", { required: ["a", "b"] });
    expect(table.rows.map((row) => row.line)).toEqual([2, 4, 6]);
    expect(table.rows[1]?.fields).toEqual({ a: "3", b: "x\ny" });
  });

  it("reads CRLF files and a byte order mark", () => {
    const table = parseCsv("\uFEFFa,b\r\n1,2\r\n3,4\r\n", "f.csv", { required: ["a", "b"] });
    expect(table.columns).toEqual(["a", "b"]);
    expect(table.rows.map((row) => [row.line, row.fields.b])).toEqual([[2, "2"], [3, "4"]]);
  });

  it("rejects a missing or unknown column", () => {
    const message = messageOf(() => parseCsv("a,c\n1,2\n", "f.csv", { required: ["a", "b"] }));
    expect(message).toContain('f.csv:1:2: unknown column "c"');
    expect(message).toContain('column "b" is missing');
  });

  it("names the line of a row with too many fields", () => {
    const message = messageOf(() => parseCsv("a,b\n1,2\n1,2,5\n", "f.csv", { required: ["a", "b"] }));
    expect(message).toContain("f.csv:3:");
    expect(message).toContain("3 fields but the header has 2");
    expect(message).toContain("use a point");
  });

  it("names the line of an unclosed quote", () => {
    const message = messageOf(() => parseCsv('a,b\n1,"2\n', "f.csv", { required: ["a", "b"] }));
    expect(message).toMatch(/^f\.csv:\d+: a quoted field is not closed/);
  });

  it("rejects an empty file", () => {
    expect(messageOf(() => parseCsv("", "f.csv", { required: ["a"] }))).toContain("f.csv is empty");
  });
});

describe("field parsing", () => {
  it("explains a decimal comma", () => {
    expect(parseDecimalField("12,5", "value")).toEqual({ ok: false, message: 'value "12,5" is not a decimal number: use a point as the decimal separator' });
  });

  it("explains thousands separators", () => {
    expect(parseDecimalField("1,234,567", "value")).toEqual({
      ok: false,
      message: 'value "1,234,567" is not a decimal number: remove the thousands separators (write 1234567.5)',
    });
  });

  it("canonicalises decimals", () => {
    expect(parseDecimalField("0012.50", "value")).toEqual({ ok: true, value: "12.5" });
    expect(parseDecimalField("-3", "value")).toEqual({ ok: true, value: "-3" });
  });

  it("maps calendar years to T and T-1", () => {
    expect(parsePeriodField("2024", context.cycle)).toEqual({ ok: true, value: "T" });
    expect(parsePeriodField("2023", context.cycle)).toEqual({ ok: true, value: "T-1" });
    expect(parsePeriodField("T-1", context.cycle)).toEqual({ ok: true, value: "T-1" });
    expect(parsePeriodField("2021", context.cycle).ok).toBe(false);
    expect(parsePeriodField("last year", context.cycle).ok).toBe(false);
  });
});

describe("readSubmissionsCsv", () => {
  const header = "administration,data_element,period,value\n";

  it("groups figures by administration", () => {
    const rows = readSubmissionsCsv(`${header}ADM001,declarations,T,100\nADM001,declarations,2023,90\nADM002,staff,T,12\n`, "s.csv", context);
    expect(rows.values.get("ADM001")).toEqual([
      { dataElement: "declarations", period: "T", value: "100" },
      { dataElement: "declarations", period: "T-1", value: "90" },
    ]);
    expect(rows.values.get("ADM002")).toEqual([{ dataElement: "staff", period: "T", value: "12" }]);
    expect(rows.setAside).toEqual([]);
  });

  it("names file, line and column of a decimal comma", () => {
    const message = messageOf(() => readSubmissionsCsv(`${header}ADM001,declarations,T,100\nADM001,staff,T,"12,5"\n`, "data/s.csv", context));
    expect(message).toContain('data/s.csv:3:4: value "12,5" is not a decimal number: use a point as the decimal separator');
  });

  it("rejects an administration not in the membership", () => {
    const message = messageOf(() => readSubmissionsCsv(`${header}ADM01,declarations,T,100\n`, "s.csv", context));
    expect(message).toContain('s.csv:2:1: administration "ADM01" is not in the membership (administrations.json)');
    expect(message).toContain("Did you mean ADM001");
  });

  it("rejects an unknown data element of the reported administration", () => {
    const message = messageOf(() => readSubmissionsCsv(`${header}ADM001,electronic_declaration,T,100\n`, "s.csv", context));
    expect(message).toContain('s.csv:2:2: unknown data element "electronic_declaration"');
    expect(message).toContain("Did you mean electronic_declarations");
  });

  it("sets aside a peer's unknown data element", () => {
    const rows = readSubmissionsCsv(`${header}ADM002,electronic_declaration,T,100\nADM002,staff,T,4\n`, "s.csv", context);
    expect(rows.values.get("ADM002")).toEqual([{ dataElement: "staff", period: "T", value: "4" }]);
    expect(rows.setAside).toHaveLength(1);
    expect(rows.setAside[0]).toContain('s.csv:2:2: unknown data element "electronic_declaration"');
  });

  it("rejects a figure given twice", () => {
    const message = messageOf(() => readSubmissionsCsv(`${header}ADM001,staff,T,4\nADM001,staff,2024,5\n`, "s.csv", context));
    expect(message).toContain("s.csv:3:4: ADM001 staff[T] is given twice, first on line 2");
  });

  it("lists every bad row in one message", () => {
    const message = messageOf(() => readSubmissionsCsv(`${header}ADM001,staff,X,4\nADM001,staff,T,\n`, "s.csv", context));
    expect(message.split("\n")[0]).toBe("Invalid submissions in s.csv:");
    expect(message).toContain("s.csv:2:3: period");
    expect(message).toContain("s.csv:3:4: value is empty");
  });
});

describe("readDeclarationsCsv", () => {
  const header = "administration,kpi,not_applicable_reason,disclosure,national_target\n";

  it("reads reasons, disclosure levels and targets", () => {
    const declarations = readDeclarationsCsv(
      `${header}ADM001,tf.ecommerce_share,No e-commerce data,,\nADM001,tf.release_time,,public,\nADM002,rc.revenue_against_target,,,97.5\n`,
      "d.csv",
      context,
    );
    expect(declarations.get("ADM001")).toEqual({
      notApplicable: [{ kpi: "tf.ecommerce_share", reason: "No e-commerce data" }],
      disclosure: { "tf.release_time": "public" },
      nationalTargets: {},
    });
    expect(declarations.get("ADM002")?.nationalTargets).toEqual({ "rc.revenue_against_target": "97.5" });
  });

  it("rejects an unknown KPI and level", () => {
    const message = messageOf(() => readDeclarationsCsv(`${header}ADM001,tf.release,,secret,\n`, "d.csv", context));
    expect(message).toContain('d.csv:2:2: unknown KPI "tf.release"');
    expect(message).toContain('d.csv:2:4: disclosure "secret" is not a level');
  });

  it("rejects a row that declares nothing", () => {
    expect(messageOf(() => readDeclarationsCsv(`${header}ADM001,tf.release_time,,,\n`, "d.csv", context))).toContain("declares nothing");
  });
});
