import type { FormGroup } from '@angular/forms';
import type { output, ZodType } from 'zod';
import { fieldErrorsOf } from '@domain/validation/field-errors';
import { applyFieldErrors } from './apply-field-errors';

/**
 * Checks a form's value against a shared domain schema, the one the server checks the request with.
 * Returns the parsed request, or null after putting each field's message on its control.
 */
export function validateWithSchema<Schema extends ZodType>(
  form: FormGroup,
  schema: Schema,
  value: unknown = form.getRawValue(),
): output<Schema> | null {
  const result = schema.safeParse(value);
  if (result.success) {
    return result.data;
  }
  applyFieldErrors(form, fieldErrorsOf(result.error));
  return null;
}
