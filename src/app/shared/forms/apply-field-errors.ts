import type { FormGroup } from '@angular/forms';
import type { FieldError } from '@domain/validation/field-errors';

/** Error key under which a control carries its message; templates read `getError(FIELD_ERROR)`. */
export const FIELD_ERROR = 'message';

/**
 * Puts field errors (from the shared schema, or from a server problem document) on the matching
 * controls, first message per field, and marks them touched so Material shows them. A control's
 * error clears as soon as its value changes.
 * @returns whether any error landed on a control of the form
 */
export function applyFieldErrors(form: FormGroup, errors: readonly FieldError[]): boolean {
  let applied = false;
  const seen = new Set<string>();
  for (const { field, message } of errors) {
    const control = form.get(field);
    if (control === null || seen.has(field)) {
      continue;
    }
    seen.add(field);
    control.setErrors({ [FIELD_ERROR]: message });
    control.markAsTouched();
    applied = true;
  }
  return applied;
}
