// Compiles the client's response schemas (src/client/lib/response-schemas.ts) to modules with the
// same exports, each checked against its JSON Schema by src/client/lib/response-shape.ts instead
// of zod. zod writes the JSON Schema (as for the OpenAPI document); this keeps the keywords that
// check something, turns patterns into regular expressions and `$ref`s into shared objects, and
// refuses, at build time, anything the compiled check would not understand. Each export and each
// shared definition is a module of its own, so a page's chunk carries only the shapes it reads.
// See docs/decisions/0021-responses-checked-without-zod.md.
import { z } from 'zod';
import type { Shape } from '@client/lib/response-shape';
import * as responseSchemas from '@client/lib/response-schemas';

/** Keywords that describe and check nothing: dropped. */
const ANNOTATIONS = new Set(['$schema', 'description', 'example', 'examples', 'title', 'deprecated']);
/** Keywords whose value is data, kept as it is. */
const LITERAL = new Set(['type', 'enum', 'const', 'required', 'default']);
/** Numbers. */
const BOUNDS = new Set([
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
]);
const REF_PREFIX = '#/$defs/';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export interface CompiledShapes {
  /** Each export's shape. A `$ref` is the very object in `defs`, shared. */
  exports: Map<string, Shape>;
  /** The definitions the exports share, by name (zod writes one for each schema with a meta id). */
  defs: Map<string, Shape>;
}

class Compiler {
  readonly defs = new Map<string, Shape>();
  private readonly defJson = new Map<string, JsonObject>();
  private readonly compiling = new Set<string>();

  /** One schema as zod's toJSONSchema writes it: its `$defs` join the shared ones by name. */
  schema(name: string, json: JsonObject): Shape {
    const { $defs, ...root } = json;
    for (const [defName, def] of Object.entries(isObject($defs) ? $defs : {})) {
      if (!isObject(def)) throw new Error(`${name}: "${defName}" is not a schema`);
      const known = this.defJson.get(defName);
      if (known && JSON.stringify(known) !== JSON.stringify(def))
        throw new Error(`${name}: "${defName}" differs from the one another schema has`);
      this.defJson.set(defName, def);
    }
    return this.node(root, name);
  }

  private reference(ref: Json, at: string): Shape {
    if (typeof ref !== 'string' || !ref.startsWith(REF_PREFIX)) throw new Error(`${at}: cannot follow $ref ${ref}`);
    const defName = ref.slice(REF_PREFIX.length);
    const known = this.defs.get(defName);
    if (known) return known;
    const json = this.defJson.get(defName);
    if (!json) throw new Error(`${at}: no definition for ${ref}`);
    if (this.compiling.has(defName)) throw new Error(`${at}: ${defName} refers to itself; the check has no cycles`);
    this.compiling.add(defName);
    const shape = this.node(json, defName);
    this.compiling.delete(defName);
    this.defs.set(defName, shape);
    return shape;
  }

  private node(json: Json, at: string): Shape {
    if (!isObject(json)) throw new Error(`${at}: expected a schema, found ${JSON.stringify(json)}`);
    const { $ref, ...rest } = json;
    const shape: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(rest)) {
      const where = `${at}.${key}`;
      if (ANNOTATIONS.has(key)) continue;
      // zod writes a pattern beside each format it checks: the pattern is the check.
      else if (key === 'format' && typeof rest.pattern === 'string') continue;
      else if (LITERAL.has(key)) shape[key] = value;
      else if (BOUNDS.has(key) && typeof value === 'number') shape[key] = value;
      else if (key === 'pattern' && typeof value === 'string') shape[key] = new RegExp(value);
      else if ((key === 'anyOf' || key === 'allOf') && Array.isArray(value))
        shape[key] = value.map((item, i) => this.node(item, `${where}[${i}]`));
      else if (key === 'properties' && isObject(value))
        shape[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.node(v, `${where}.${k}`)]));
      else if (key === 'items' || (key === 'additionalProperties' && value !== false))
        shape[key] = this.node(value, where);
      else if (key === 'additionalProperties') shape[key] = false;
      else throw new Error(`${where}: the compiled check does not know ${JSON.stringify(value)} here`);
    }
    if ($ref === undefined) return shape;
    const target = this.reference($ref, at);
    // A $ref beside other keywords (a default, say): both apply.
    return Object.keys(shape).length ? { ...shape, allOf: [target] } : target;
  }
}

type JsonSchemaOptions = NonNullable<Parameters<typeof z.toJSONSchema>[1]>;

/**
 * zod's JSON Schema as parse reads the value (io: input: a field with a default may be missing),
 * refusing what it cannot write. A pipe checks its input side only there; parse also holds the
 * result to the output side, so that joins as allOf, and a transform (a function) is refused.
 */
function jsonSchemaOf(schema: z.ZodType): JsonObject {
  const options: JsonSchemaOptions = {
    io: 'input',
    unrepresentable: 'throw',
    cycles: 'throw',
    override(ctx) {
      const def = ctx.zodSchema._zod.def;
      if (def.type !== 'pipe') return;
      const { out } = def as z.core.$ZodPipeDef;
      if (out._zod.def.type === 'transform')
        throw new Error('A transform cannot be compiled: the check has no functions');
      const { $schema: _, ...outJson } = z.toJSONSchema(out, options) as JsonObject;
      if ('$defs' in outJson) throw new Error('The output side of a pipe has definitions of its own');
      ctx.jsonSchema.allOf = [...(ctx.jsonSchema.allOf ?? []), outJson as never];
    },
  };
  return z.toJSONSchema(schema, options) as JsonObject;
}

/** The shapes of these zod schemas, as the compiled modules hold them. */
export function compileShapes(schemas: Record<string, unknown>): CompiledShapes {
  const compiler = new Compiler();
  const exports = new Map<string, Shape>();
  for (const [name, schema] of Object.entries(schemas)) {
    if (!(schema instanceof z.ZodType)) throw new Error(`${name} is not a zod schema`);
    exports.set(name, compiler.schema(name, jsonSchemaOf(schema)));
  }
  return { exports, defs: compiler.defs };
}

const MODULE_PREFIX = '\0response-shape:';
const defModule = (defName: string) => `${MODULE_PREFIX}def/${defName}`;
const exportModule = (name: string) => `${MODULE_PREFIX}${name}`;
const defIdentifier = (defName: string) => `def_${defName.replace(/[^A-Za-z0-9_$]/g, '_')}`;

/** A shape as JavaScript: shared definitions by their identifier, imported from their module. */
function source(shape: Shape, defNames: Map<Shape, string>, imports: Set<string>, isRoot = true): string {
  const defName = defNames.get(shape);
  if (defName !== undefined && !isRoot) {
    imports.add(defName);
    return defIdentifier(defName);
  }
  const write = (value: unknown): string => {
    if (value instanceof RegExp) return String(value);
    if (Array.isArray(value))
      return `[${value.map((item) => (typeof item === 'object' && item !== null && !Array.isArray(item) ? source(item as Shape, defNames, imports, false) : JSON.stringify(item))).join(',')}]`;
    return JSON.stringify(value);
  };
  const fields = Object.entries(shape).map(([key, value]) => {
    if (LITERAL.has(key)) return `${JSON.stringify(key)}:${JSON.stringify(value)}`;
    if (key === 'properties')
      return `${JSON.stringify(key)}:{${Object.entries(value as Record<string, Shape>)
        .map(([k, v]) => `${JSON.stringify(k)}:${source(v, defNames, imports, false)}`)
        .join(',')}}`;
    if (key === 'items' || (key === 'additionalProperties' && value !== false))
      return `${JSON.stringify(key)}:${source(value as Shape, defNames, imports, false)}`;
    return `${JSON.stringify(key)}:${write(value)}`;
  });
  return `{${fields.join(',')}}`;
}

function moduleSource(body: string, imports: Set<string>): string {
  const lines = [...imports].map((d) => `import { ${defIdentifier(d)} } from ${JSON.stringify(defModule(d))};`);
  return [...lines, body, ''].join('\n');
}

export interface ResponseSchemaModules {
  /** What replaces response-schemas.ts: each name, re-exported from its own module. */
  entry: string;
  /** The modules by id: one per export, one per shared definition. */
  modules: Map<string, string>;
}

/** The modules that stand in for these schemas, each export checked by `shapeSchema` from `checkerModule`. */
export function responseSchemaModules(schemas: Record<string, unknown>, checkerModule: string): ResponseSchemaModules {
  const { exports, defs } = compileShapes(schemas);
  const defNames = new Map([...defs].map(([name, shape]) => [shape, name]));
  const modules = new Map<string, string>();
  for (const [defName, shape] of defs) {
    const imports = new Set<string>();
    const body = `export const ${defIdentifier(defName)} = ${source(shape, defNames, imports)};`;
    modules.set(defModule(defName), moduleSource(body, imports));
  }
  for (const [name, shape] of exports) {
    const imports = new Set<string>();
    const value = source(shape, defNames, imports, false);
    const checker = `import { shapeSchema } from ${JSON.stringify(checkerModule)};`;
    modules.set(
      exportModule(name),
      `${checker}\n${moduleSource(`export const ${name} = shapeSchema(${value});`, imports)}`,
    );
  }
  const entry = [
    '// Compiled at build time from src/client/lib/response-schemas.ts (scripts/vite/compile-response-schemas.ts).',
    ...[...exports.keys()].map((name) => `export { ${name} } from ${JSON.stringify(exportModule(name))};`),
    '',
  ].join('\n');
  return { entry, modules };
}

/** The modules for the client's response schemas. */
export function clientResponseSchemaModules(checkerModule: string): ResponseSchemaModules {
  return responseSchemaModules({ ...responseSchemas }, checkerModule);
}

export const isResponseShapeModule = (id: string) => id.startsWith(MODULE_PREFIX);
