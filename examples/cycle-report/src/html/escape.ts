const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for HTML and SVG, in element content and in quoted attribute values alike.
 *
 * @example
 * ```ts
 * escapeHtml('<b> & "x"'); // "&lt;b&gt; &amp; &quot;x&quot;"
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/** HTML that is already escaped, so that templates can tell it from text that still needs it. */
export interface SafeHtml {
  readonly html: string;
}

/**
 * Builds markup from a template: every interpolated string or number is escaped, while
 * {@link SafeHtml} values (other `html` results) and arrays of them are inserted as they are.
 * `undefined`, `null` and `false` insert nothing.
 *
 * @example
 * ```ts
 * html`<p>${userText}</p>`.html; // the text escaped inside the paragraph
 * ```
 */
export function html(strings: TemplateStringsArray, ...values: readonly unknown[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? "");
  });
  return { html: out };
}

function render(value: unknown): string {
  if (value === undefined || value === null || value === false) return "";
  if (Array.isArray(value)) return value.map(render).join("");
  if (typeof value === "object" && "html" in value && typeof (value as SafeHtml).html === "string") return (value as SafeHtml).html;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`a chart coordinate is ${String(value)}: every coordinate must be a finite number`);
    return String(Math.round(value * 100) / 100);
  }
  return escapeHtml(String(value));
}
