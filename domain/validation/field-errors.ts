import * as z from './z';

/** One validation failure, named by the dotted path of the field it concerns. */
export const fieldErrorSchema = z.object({ field: z.string(), message: z.string() });
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** Flattens a ZodError into the per-field list that problem documents and forms both use. */
export function fieldErrorsOf(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) =>
    // Zod reports unknown keys once on the parent object; name each offending key instead.
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: pathName([...issue.path, key]), message: 'Unknown field.' }))
      : [{ field: pathName(issue.path), message: issue.message }],
  );
}

function pathName(path: readonly PropertyKey[]): string {
  return path.length > 0 ? path.map(String).join('.') : '(body)';
}
