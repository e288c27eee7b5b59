import type { z } from "zod";

type AnySchema = z.core.$ZodType;

/** Wrappers whose inner schema describes the same value: optional, default, pipe and the like. */
function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (let depth = 0; depth < 32; depth++) {
    const def = current._zod.def as unknown as Record<string, unknown> & { type: string };
    if ("innerType" in def && def.innerType !== undefined) current = def.innerType as AnySchema;
    else if (def.type === "pipe") current = def.in as AnySchema;
    else if (def.type === "lazy") current = (def.getter as () => AnySchema)();
    else return current;
  }
  return current;
}

/** Picks the option of a union that the value most likely meant: by discriminator, else the first object option. */
function pickOption(options: readonly AnySchema[], discriminator: string | undefined, value: unknown): AnySchema | undefined {
  const objects = options.map(unwrap).filter((option) => option._zod.def.type === "object");
  if (discriminator !== undefined && typeof value === "object" && value !== null) {
    const tag = (value as Record<string, unknown>)[discriminator];
    const match = objects.find((option) => {
      const field = (option._zod.def as z.core.$ZodObjectDef).shape[discriminator];
      const values = field === undefined ? undefined : unwrap(field)._zod.values;
      return values?.has(tag as never) === true;
    });
    if (match !== undefined) return match;
  }
  return objects[0];
}

/** Resolves unions at a position, so that the result is the object, array or leaf schema itself. */
function resolve(schema: AnySchema, value: unknown): AnySchema {
  const inner = unwrap(schema);
  const def = inner._zod.def as unknown as Record<string, unknown> & { type: string };
  if (def.type !== "union") return inner;
  const discriminator = typeof def.discriminator === "string" ? def.discriminator : undefined;
  return pickOption(def.options as AnySchema[], discriminator, value) ?? inner;
}

/**
 * Finds the schema of the value at a path inside a document, following object shapes, array
 * elements, record values and the union option that the value's discriminator selects.
 *
 * @param root - The document schema.
 * @param path - Keys and indexes from the document root.
 * @param input - The document, used to choose among union options.
 * @returns The schema at the path, or `undefined` when the path leaves the schema.
 */
export function schemaAt(root: AnySchema, path: readonly PropertyKey[], input: unknown): AnySchema | undefined {
  let schema = resolve(root, input);
  let value = input;
  for (const segment of path) {
    const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
    let next: AnySchema | undefined;
    if (def.type === "object") {
      const shape = def.shape as Record<string, AnySchema>;
      next = typeof segment === "string" && Object.hasOwn(shape, segment) ? shape[segment] : (def.catchall as AnySchema | undefined);
    } else if (def.type === "array") {
      next = def.element as AnySchema;
    } else if (def.type === "record") {
      next = def.valueType as AnySchema;
    }
    if (next === undefined) return undefined;
    value = typeof value === "object" && value !== null ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
    schema = resolve(next, value);
  }
  return schema;
}

/**
 * Lists the keys an object schema defines, for "did you mean" hints on unknown keys.
 *
 * @param schema - A schema, usually from {@link schemaAt}.
 * @returns The keys in definition order, or `[]` when the schema is not an object.
 */
export function knownKeys(schema: AnySchema | undefined): string[] {
  if (schema === undefined || schema._zod.def.type !== "object") return [];
  return Object.keys((schema._zod.def as z.core.$ZodObjectDef).shape);
}
