import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodType } from 'zod';

/**
 * Route schemas are the shared zod schemas from `domain/`, the same ones the SPA's forms use.
 * A schema's parsed value (trimmed, lower-cased, defaulted) replaces the raw input, so handlers see
 * only validated data; a failure becomes a ZodError that the error plugin turns into a 400.
 */
export const zodValidation = fp(async (app: FastifyInstance) => {
  app.setValidatorCompiler(({ schema }) => {
    const zodSchema = schema as ZodType;
    return (data: unknown) => {
      const result = zodSchema.safeParse(data);
      return result.success ? { value: result.data } : { error: result.error };
    };
  });
});
