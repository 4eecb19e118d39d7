import * as z from './z';

/** Length limits shared by every form and route, so a long paste fails the same way everywhere. */
export const TEXT_LIMITS = {
  name: 120,
  email: 254,
  password: 128,
  shortText: 200,
  longText: 20_000,
} as const;

export const requiredText = (max: number) =>
  z
    .string({ error: 'Required.' })
    .trim()
    .min(1, { error: 'Required.' })
    .max(max, { error: `Must be at most ${max} characters.` });
