import type { FastifyInstance, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { problemDocumentSchema } from '@domain/problem/problem-document';
import * as z from '@domain/validation/z';

type JsonSchema = Record<string, unknown>;

declare module 'fastify' {
  interface FastifyInstance {
    /** `METHOD /url` of every route added, with the status codes its answers are declared for (specs walk it). */
    readonly declaredResponses: ReadonlyMap<string, readonly string[]>;
  }
}

/**
 * Every API route declares its answers as zod schemas from `domain/`, per status code
 * (`response: { 200: clientSchema }`), the same schemas the SPA's types are inferred from. Here,
 * as each route is added, they become JSON Schema, which Fastify compiles with fast-json-stringify
 * to serialise the answer: a property not in the schema never leaves the server (the output
 * allow-list), and a missing required one is a 500, not a silent gap. 4xx and 5xx answers are
 * problem documents, declared once here for every route that declares its answers.
 */
export const zodResponses = fp(async (app: FastifyInstance) => {
  const declared = new Map<string, readonly string[]>();
  app.decorate('declaredResponses', declared);
  app.addHook('onRoute', (route: RouteOptions) => {
    const response = route.schema?.response as Record<string, unknown> | undefined;
    for (const method of [route.method].flat()) {
      declared.set(`${method} ${route.url}`, Object.keys(response ?? {}));
    }
    if (!response) {
      return;
    }
    const withProblems: Record<string, unknown> = { '4xx': problemDocumentSchema, '5xx': problemDocumentSchema, ...response };
    route.schema!.response = Object.fromEntries(Object.entries(withProblems).map(([status, schema]) => [status, responseJsonSchema(schema)]));
  });
});

/** A zod schema, or `{ content: { <media type>: { schema } } }` for a non-JSON answer, as JSON Schema. */
function responseJsonSchema(schema: unknown): unknown {
  if (schema instanceof z.ZodType) {
    return jsonSchemaOf(schema);
  }
  const content = (schema as { content?: Record<string, { schema: unknown }> }).content;
  if (content) {
    return {
      content: Object.fromEntries(Object.entries(content).map(([media, entry]) => [media, { ...entry, schema: responseJsonSchema(entry.schema) }])),
    };
  }
  return schema;
}

// Routes share schemas (a Client answers a GET, a PUT and a status change): convert each once.
const converted = new WeakMap<z.ZodType, JsonSchema>();

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  let json = converted.get(schema);
  if (!json) {
    const body = z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'any' }) as JsonSchema;
    // fast-json-stringify's validator (for `anyOf` branches) knows no dialect URI; the keywords are draft-07.
    delete body['$schema'];
    json = simplifyNullable(body) as JsonSchema;
    converted.set(schema, json);
  }
  return json;
}

/**
 * A union of two objects, as `if`/`then`/`else` on what tells them apart: a `const` member (a
 * discriminated union's tag) or a member only one of them has. fast-json-stringify serialises an
 * `anyOf` by validating the value against each whole branch, per value (a caseload page of 25 rows
 * took three times as long); this validates one member.
 */
function ifThenElseOf(first: JsonSchema, second: JsonSchema): JsonSchema | null {
  const propertiesOf = (branch: JsonSchema) => (branch['type'] === 'object' ? (branch['properties'] as Record<string, JsonSchema> | undefined) : undefined);
  const [one, other] = [propertiesOf(first), propertiesOf(second)];
  if (!one || !other) {
    return null;
  }
  const required = (first['required'] as string[] | undefined) ?? [];
  const tag = required.find((key) => 'const' in one[key]! && other[key] && 'const' in other[key] && one[key]!['const'] !== other[key]['const']);
  if (tag) {
    return { if: { type: 'object', properties: { [tag]: { const: one[tag]!['const'] } }, required: [tag] }, then: first, else: second };
  }
  const onlyInFirst = required.find((key) => !(key in other));
  return onlyInFirst ? { if: { type: 'object', required: [onlyInFirst] }, then: first, else: second } : null;
}

/**
 * zod writes `X | null` as `anyOf: [X, {type: 'null'}]`; fast-json-stringify picks an `anyOf` branch
 * by validating the value against each, per value. `type: [X's type, 'null']` says the same and
 * serialises directly.
 */
function simplifyNullable(node: unknown): unknown {
  if (Array.isArray(node)) {
    return node.map(simplifyNullable);
  }
  if (typeof node !== 'object' || node === null) {
    return node;
  }
  const entries = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, simplifyNullable(value)])) as JsonSchema;
  const anyOf = entries['anyOf'] as JsonSchema[] | undefined;
  const decided = anyOf?.length === 2 && Object.keys(entries).length === 1 ? ifThenElseOf(anyOf[0]!, anyOf[1]!) : null;
  if (decided) {
    return decided;
  }
  if (anyOf?.length === 2 && Object.keys(entries).length === 1) {
    const nullIndex = anyOf.findIndex((branch) => branch['type'] === 'null' && Object.keys(branch).length === 1);
    const other = anyOf[1 - nullIndex];
    if (nullIndex >= 0 && typeof other['type'] === 'string' && !('anyOf' in other) && !('oneOf' in other)) {
      const enumValues = other['enum'] as unknown[] | undefined;
      return { ...other, type: [other['type'], 'null'], ...(enumValues ? { enum: [...enumValues, null] } : {}) };
    }
  }
  return entries;
}
