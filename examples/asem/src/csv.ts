/**
 * Parses CSV text as RFC 4180 describes it: fields separated by commas, records by CRLF or LF,
 * and fields in double quotes that may hold commas, line breaks and doubled quotes (`""`).
 * A final line break does not start an empty record.
 *
 * @param text - The whole file.
 * @returns The records, each a list of fields.
 * @throws {Error} when a quoted field is not closed, or a quote appears inside an unquoted field.
 * @example
 * ```ts
 * parseCsv('a,"b, c"\r\n1,"say ""hi"""\n'); // [["a", "b, c"], ["1", 'say "hi"']]
 * ```
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let index = 0;
  let line = 1;

  const endField = (): void => {
    record.push(field);
    field = "";
  };
  const endRecord = (): void => {
    endField();
    records.push(record);
    record = [];
  };

  while (index < text.length) {
    const character = text[index];
    if (character === '"' && field === "") {
      // A quoted field runs to the next quote that is not doubled.
      const start = line;
      index += 1;
      for (;;) {
        if (index >= text.length) throw new Error(`CSV line ${start}: a quoted field is not closed: add the closing quote`);
        const inner = text[index];
        if (inner === '"' && text[index + 1] === '"') {
          field += '"';
          index += 2;
        } else if (inner === '"') {
          index += 1;
          break;
        } else {
          if (inner === "\n") line += 1;
          field += inner;
          index += 1;
        }
      }
      const next = text[index];
      if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
        throw new Error(`CSV line ${line}: text follows a closing quote: quote the whole field`);
      }
      continue;
    }
    if (character === ",") {
      endField();
      index += 1;
    } else if (character === "\r" || character === "\n") {
      endRecord();
      index += character === "\r" && text[index + 1] === "\n" ? 2 : 1;
      line += 1;
    } else if (character === '"') {
      throw new Error(`CSV line ${line}: a quote inside an unquoted field: quote the whole field and double the quote`);
    } else {
      field += character;
      index += 1;
    }
  }
  if (text.length > 0 && !text.endsWith("\n") && !text.endsWith("\r")) endRecord();
  return records;
}

/**
 * Parses CSV text whose first record is a header into one object per record, keyed by the
 * header's names.
 *
 * @param text - The whole file.
 * @param source - The file's name, for messages.
 * @returns The records after the header.
 * @throws {Error} when a record has more or fewer fields than the header, or the CSV is invalid.
 * @example
 * ```ts
 * readCsvRecords("code,value\nLPI,4.1\n", "iData.csv"); // [{ code: "LPI", value: "4.1" }]
 * ```
 */
export function readCsvRecords(text: string, source: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (header === undefined) throw new Error(`${source} is empty: expected a header line`);
  return rows.map((row, index) => {
    if (row.length !== header.length) {
      throw new Error(`${source} record ${index + 2} has ${row.length} fields, but the header has ${header.length}: check its commas and quotes`);
    }
    return Object.fromEntries(header.map((name, column) => [name, row[column] ?? ""]));
  });
}
