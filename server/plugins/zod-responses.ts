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
