import { describe, expect, it } from "vitest";
import { parseCsv, readCsvRecords } from "../src/csv.js";

describe("parseCsv", () => {
  it("splits plain fields", () => {
    expect(parseCsv("a,b,c\n1,2,3\n")).toEqual([["a", "b", "c"], ["1", "2", "3"]]);
  });

  it("reads quoted commas and quotes", () => {
    expect(parseCsv('"x, y","say ""hi""",z\n')).toEqual([["x, y", 'say "hi"', "z"]]);
  });

  it("keeps line breaks inside quotes", () => {
    expect(parseCsv('"two\nlines",b\r\nc,d')).toEqual([["two\nlines", "b"], ["c", "d"]]);
  });

  it("accepts CRLF and no final break", () => {
    expect(parseCsv("a,b\r\n1,2")).toEqual([["a", "b"], ["1", "2"]]);
  });

  it("keeps empty fields", () => {
    expect(parseCsv('a,,""\n')).toEqual([["a", "", ""]]);
    expect(parseCsv(",\n")).toEqual([["", ""]]);
  });

  it("returns nothing for empty text", () => {
    expect(parseCsv("")).toEqual([]);
  });

  it("rejects an unclosed quote", () => {
    expect(() => parseCsv('a,"b\n')).toThrow(/not closed/);
  });

  it("rejects text after a closing quote", () => {
    expect(() => parseCsv('"a"b,c\n')).toThrow(/follows a closing quote/);
  });

  it("rejects a stray quote", () => {
    expect(() => parseCsv('ab"c\n')).toThrow(/quote inside an unquoted field/);
  });
});

describe("readCsvRecords", () => {
  it("keys records by header", () => {
    expect(readCsvRecords("code,value\nLPI,4.1\n", "test.csv")).toEqual([{ code: "LPI", value: "4.1" }]);
  });

  it("rejects a short record", () => {
    expect(() => readCsvRecords("a,b\n1\n", "test.csv")).toThrow(/record 2 has 1 fields/);
  });
});
