import { TEXT_LIMITS } from '../validation/text-limits';
import * as z from '../validation/z';

export const signInRequestSchema = z.strictObject({
  email: z
    .string({ error: 'Required.' })
    .trim()
    .toLowerCase()
    .min(1, { error: 'Required.' })
    .max(TEXT_LIMITS.email, { error: `Must be at most ${TEXT_LIMITS.email} characters.` })
    .pipe(z.email({ error: 'Enter an email address like name@clinic.org.' })),
  password: z
    .string({ error: 'Required.' })
    .min(1, { error: 'Required.' })
    .max(TEXT_LIMITS.password, { error: `Must be at most ${TEXT_LIMITS.password} characters.` }),
});

export type SignInRequest = z.infer<typeof signInRequestSchema>;
