// Checks an answer against the JSON Schema the build compiles a contract schema to, the way zod's
// parse would: the same types, formats and bounds, defaults filled in, unknown keys dropped (or
// refused by a strict object). The production build uses it instead of zod for the answers the
// client reads (scripts/vite/response-schemas.ts; docs/decisions/0021-responses-checked-without-zod.md).
// Refinements written as functions (a real calendar date, earliest before latest) are not in the
// JSON Schema: the server applied them when it stored the data, and tests check answers with zod.
import type { ResponseSchema } from './api-client';

type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

/** The part of JSON Schema that zod's toJSONSchema writes for the contract, patterns compiled. */
export interface Shape {
  type?: JsonType | readonly JsonType[];
  enum?: readonly unknown[];
  const?: unknown;
  /** The first that accepts the value gives the result (zod's union and nullable). */
  anyOf?: readonly Shape[];
  /** Each in turn, on the result of the one before. */
  allOf?: readonly Shape[];
  properties?: Readonly<Record<string, Shape>>;
  required?: readonly string[];
  /** Absent: other keys are dropped (z.object). false: other keys are refused (z.strictObject). */
  additionalProperties?: false | Shape;
  items?: Shape;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  /** Used when the value is missing, as zod's .default(). */
  default?: unknown;
}

const INVALID = Symbol('invalid');
type Checked = unknown | typeof INVALID;

function jsonTypeOf(value: unknown): JsonType | undefined {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'number':
      return Number.isInteger(value) ? 'integer' : 'number';
    case 'string':
    case 'boolean':
    case 'object':
      return typeof value as JsonType;
    default:
      return undefined;
  }
}

function hasType(shape: Shape, value: unknown): boolean {
  if (shape.type === undefined) return true;
  const actual = jsonTypeOf(value);
  const allowed: readonly JsonType[] = typeof shape.type === 'string' ? [shape.type] : shape.type;
  return actual !== undefined && (allowed.includes(actual) || (actual === 'integer' && allowed.includes('number')));
}

function inBounds(shape: Shape, value: number): boolean {
  return (
    (shape.minimum === undefined || value >= shape.minimum) &&
    (shape.maximum === undefined || value <= shape.maximum) &&
    (shape.exclusiveMinimum === undefined || value > shape.exclusiveMinimum) &&
    (shape.exclusiveMaximum === undefined || value < shape.exclusiveMaximum)
  );
}

function checkObject(shape: Shape, value: Record<string, unknown>): Checked {
  const out: Record<string, unknown> = {};
  const properties = shape.properties ?? {};
  for (const [key, property] of Object.entries(properties)) {
    const present = Object.hasOwn(value, key);
    if (!present && !shape.required?.includes(key) && !('default' in property)) continue;
    const checked = check(property, value[key]);
    if (checked === INVALID) return INVALID;
    if (present || checked !== undefined) out[key] = checked;
  }
  for (const key of Object.keys(value)) {
    if (Object.hasOwn(properties, key)) continue;
    if (shape.additionalProperties === undefined) continue;
    if (shape.additionalProperties === false) return INVALID;
    const checked = check(shape.additionalProperties, value[key]);
    if (checked === INVALID) return INVALID;
    out[key] = checked;
  }
  return out;
}

function checkArray(shape: Shape, value: unknown[]): Checked {
  if (shape.minItems !== undefined && value.length < shape.minItems) return INVALID;
  if (shape.maxItems !== undefined && value.length > shape.maxItems) return INVALID;
  if (!shape.items) return value;
  const out: unknown[] = [];
  for (const item of value) {
    const checked = check(shape.items, item);
    if (checked === INVALID) return INVALID;
    out.push(checked);
  }
  return out;
}

function firstAccepted(options: readonly Shape[], value: unknown): Checked {
  for (const option of options) {
    const checked = check(option, value);
    if (checked !== INVALID) return checked;
  }
  return INVALID;
}

function check(shape: Shape, value: unknown): Checked {
  if (value === undefined && 'default' in shape) return structuredClone(shape.default);
  let current: Checked = value;
  for (const part of shape.allOf ?? []) {
    current = check(part, current);
    if (current === INVALID) return INVALID;
  }
  if (shape.anyOf) current = firstAccepted(shape.anyOf, current);
  if (current === INVALID) return INVALID;
  if (!hasType(shape, current)) return INVALID;
  if ('const' in shape && current !== shape.const) return INVALID;
  if (shape.enum && !shape.enum.includes(current)) return INVALID;
  if (typeof current === 'string') {
    // zod counts UTF-16 code units (String#length), and so does this.
    if (shape.minLength !== undefined && current.length < shape.minLength) return INVALID;
    if (shape.maxLength !== undefined && current.length > shape.maxLength) return INVALID;
    if (shape.pattern && !shape.pattern.test(current)) return INVALID;
  }
  if (typeof current === 'number' && !inBounds(shape, current)) return INVALID;
  if (Array.isArray(current)) return checkArray(shape, current);
  if (typeof current === 'object' && current !== null && (shape.properties || shape.additionalProperties !== undefined))
    return checkObject(shape, current as Record<string, unknown>);
  return current;
}

/** A response schema that checks answers against a compiled shape (what the production build makes). */
export function shapeSchema<T>(shape: Shape): ResponseSchema<T> {
  return {
    safeParse(value: unknown) {
      const checked = check(shape, value);
      return checked === INVALID ? { success: false } : { success: true, data: checked as T };
    },
  };
}
