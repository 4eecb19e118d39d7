import { pagingSchema } from '../common/paging-schema';
import { searchRefusedInUrl } from '../common/search-in-body';
import { uuidSchema } from '../common/uuid';
import { versionSchema } from '../common/versioned';
import { requiredText, TEXT_LIMITS } from '../validation/text-limits';
import * as z from '../validation/z';
import { ROLES } from './role';

const emailSchema = z
  .string({ error: 'Required.' })
  .trim()
  .toLowerCase()
  .min(1, { error: 'Required.' })
  .max(TEXT_LIMITS.email, { error: `Must be at most ${TEXT_LIMITS.email} characters.` })
  .pipe(z.email({ error: 'Enter an email address like name@clinic.org.' }));

const roleSchema = z.enum(ROLES, { error: 'Unknown role.' });

/** A therapist belongs to a supervisor's team; other roles have none. */
function teamRule<T extends { role: string; supervisorId: string | null }>(account: T, context: z.RefinementCtx) {
  if (account.role === 'therapist' && !account.supervisorId) {
    context.addIssue({ code: 'custom', path: ['supervisorId'], message: 'A therapist needs a supervisor.' });
  }
  if (account.role !== 'therapist' && account.supervisorId) {
    context.addIssue({ code: 'custom', path: ['supervisorId'], message: 'Only therapists belong to a team.' });
  }
}

export const createAccountRequestSchema = z
  .strictObject({
    name: requiredText(TEXT_LIMITS.name),
    email: emailSchema,
    role: roleSchema,
    supervisorId: uuidSchema.nullable().default(null),
  })
  .superRefine(teamRule);
export type CreateAccountRequest = z.infer<typeof createAccountRequestSchema>;

export const updateAccountRequestSchema = z
  .strictObject({
    name: requiredText(TEXT_LIMITS.name),
    role: roleSchema,
    supervisorId: uuidSchema.nullable(),
    active: z.boolean({ error: 'Required.' }),
    version: versionSchema,
  })
  .superRefine(teamRule);
export type UpdateAccountRequest = z.infer<typeof updateAccountRequestSchema>;

export const accountListQuerySchema = z.strictObject({
  ...pagingSchema,
  role: z.enum([...ROLES, 'all'], { error: 'Unknown role.' }).default('all'),
  active: z.enum(['true', 'false', 'all'], { error: 'Use true, false or all.' }).default('all'),
  search: z.string().trim().max(TEXT_LIMITS.name).default(''),
});
export type AccountListQuery = z.infer<typeof accountListQuerySchema>;

/** `GET /users`: the same query without a search term (searches go as a body to `POST /users/search`). */
export const accountListUrlQuerySchema = accountListQuerySchema.extend({ search: searchRefusedInUrl });
