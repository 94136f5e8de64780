/**
 * Walks zod schemas the way editors see them: through optional/default
 * wrappers and pipes, down objects, arrays and records. One walker serves the
 * reference check, the Dutch error messages, the scaffold and the CMS config.
 */
import { z } from 'zod';
import { wwRegistry, type WwMeta } from '../schemas/common.ts';

type AnySchema = z.core.$ZodType;

interface Def {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  out?: AnySchema;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  valueType?: AnySchema;
  options?: AnySchema[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  defaultValue?: unknown;
}

const defOf = (schema: AnySchema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

export interface Unwrapped {
  /** The schema that decides the shape (object, array, string, enum …). */
  core: AnySchema;
  /** Every layer from the outside in, for metadata look-ups. */
  layers: AnySchema[];
  optional: boolean;
  hasDefault: boolean;
  defaultValue?: unknown;
}

/** Peels optional/default/nullable wrappers and pipes off a schema. */
export function unwrap(schema: AnySchema): Unwrapped {
  const layers: AnySchema[] = [];
  let node = schema;
  let optional = false;
  let hasDefault = false;
  let defaultValue: unknown;
  for (let guard = 0; guard < 50; guard++) {
    layers.push(node);
    const def = defOf(node);
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'readonly') {
      if (def.type === 'optional') optional = true;
      node = def.innerType!;
    } else if (def.type === 'default' || def.type === 'prefault') {
      hasDefault = true;
      defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
      node = def.innerType!;
    } else if (def.type === 'pipe') {
      // preprocess/transform pipes: the editor writes what the inner (non-transform) side accepts
      const input = def.in!;
      node = defOf(input).type === 'transform' ? def.out! : input;
    } else {
      break;
    }
  }
  return { core: node, layers, optional, hasDefault, defaultValue };
}

/** Our metadata (refs, labels) found on any layer of a field. */
export function metaOf(schema: AnySchema): WwMeta | undefined {
  for (const layer of unwrap(schema).layers) {
    const meta = wwRegistry.get(layer);
    if (meta) return meta;
  }
  return undefined;
}

/** The Dutch `.describe()` text found on the outermost layer that has one. */
export function descriptionOf(schema: AnySchema): string | undefined {
  for (const layer of unwrap(schema).layers) {
    const description = z.globalRegistry.get(layer)?.description;
    if (description) return description;
  }
  return undefined;
}

/** Kind of the core schema: 'object', 'array', 'string', 'enum', 'union', … */
export function kindOf(schema: AnySchema): string {
  return defOf(unwrap(schema).core).type;
}

/** Fields of an object schema (after unwrapping), or undefined. */
export function shapeOf(schema: AnySchema): Record<string, AnySchema> | undefined {
  const def = defOf(unwrap(schema).core);
  return def.type === 'object' ? def.shape : undefined;
}

/** Element schema of an array, value schema of a record. */
export function childOf(schema: AnySchema): AnySchema | undefined {
  const def = defOf(unwrap(schema).core);
  if (def.type === 'array') return def.element;
  if (def.type === 'record') return def.valueType;
  return undefined;
}

/** Options of an enum (or literal) schema. */
export function enumValues(schema: AnySchema): string[] | undefined {
  const def = defOf(unwrap(schema).core);
  if (def.type === 'enum' && def.entries) return Object.values(def.entries).map(String);
  if (def.type === 'literal' && def.values) return def.values.map(String);
  return undefined;
}

/** Union options of a schema (after unwrapping). */
export function unionOptions(schema: AnySchema): AnySchema[] | undefined {
  const def = defOf(unwrap(schema).core);
  return def.type === 'union' ? def.options : undefined;
}

/** The schema of the field at `path` (numbers step into lists), or undefined when the path leaves the schema. */
export function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let node: AnySchema | undefined = schema;
  for (const segment of path) {
    if (!node) return undefined;
    const shape = shapeOf(node);
    if (shape && typeof segment === 'string') {
      // Own fields only: a key like `valueOf` or `constructor` must not find Object.prototype's.
      node = Object.hasOwn(shape, segment) ? shape[segment] : undefined;
      continue;
    }
    const child = childOf(node);
    if (child) {
      node = child;
      continue;
    }
    const options = unionOptions(node);
    if (options) {
      node = options.map((option) => schemaAt(option, [segment])).find(Boolean);
      continue;
    }
    return undefined;
  }
  return node;
}

export interface RefUse {
  path: (string | number)[];
  value: string;
  targets: readonly string[];
}

/** Every reference value in `data`, found by walking `schema` alongside it. */
export function collectRefs(schema: AnySchema, data: unknown, path: (string | number)[] = [], out: RefUse[] = []): RefUse[] {
  const meta = metaOf(schema);
  if (meta?.ref) {
    if (typeof data === 'string') out.push({ path, value: data, targets: meta.ref });
    return out;
  }
  const shape = shapeOf(schema);
  if (shape) {
    if (data && typeof data === 'object' && !Array.isArray(data)) {
      for (const [key, value] of Object.entries(data)) {
        const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
        if (field) collectRefs(field, value, [...path, key], out);
      }
    }
    return out;
  }
  const child = childOf(schema);
  if (child) {
    if (Array.isArray(data)) data.forEach((item, i) => collectRefs(child, item, [...path, i], out));
    else if (data && typeof data === 'object') for (const [k, v] of Object.entries(data)) collectRefs(child, v, [...path, k], out);
  }
  return out;
}
