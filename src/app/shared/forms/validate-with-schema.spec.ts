import { FormControl, FormGroup } from '@angular/forms';
import { signInRequestSchema } from '@domain/accounts/sign-in-request';
import { FIELD_ERROR } from './apply-field-errors';
import { validateWithSchema } from './validate-with-schema';

describe('validateWithSchema', () => {
  const formWith = (email: string, password: string) =>
    new FormGroup({ email: new FormControl(email, { nonNullable: true }), password: new FormControl(password, { nonNullable: true }) });

  it('returns the parsed request when the form is valid', () => {
    const form = formWith('  Therapist@Clinic.org ', 'secret');

    expect(validateWithSchema(form, signInRequestSchema)).toEqual({ email: 'therapist@clinic.org', password: 'secret' });
    expect(form.valid).toBeTrue();
  });

  it('puts each field message on its control and returns null', () => {
    const form = formWith('not an email', '');

    expect(validateWithSchema(form, signInRequestSchema)).toBeNull();
    expect(form.controls.email.getError(FIELD_ERROR)).toBe('Enter an email address like name@clinic.org.');
    expect(form.controls.password.getError(FIELD_ERROR)).toBe('Required.');
    expect(form.controls.password.touched).toBeTrue();
  });

  it('clears a message once the user edits the field', () => {
    const form = formWith('', 'secret');
    validateWithSchema(form, signInRequestSchema);

    form.controls.email.setValue('therapist@clinic.org');

    expect(form.controls.email.errors).toBeNull();
  });
});
