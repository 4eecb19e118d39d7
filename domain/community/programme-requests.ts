import { uuidSchema } from '../common/uuid';
import { versionSchema } from '../common/versioned';
import { requiredText, TEXT_LIMITS } from '../validation/text-limits';
import * as z from '../validation/z';
import { PROGRAMME_KIND_CODES } from './programme-codes';

const optionalText = (max: number) => z.string().trim().max(max, { error: `Must be at most ${max} characters.` }).default('');

const programmeFields = {
  name: requiredText(TEXT_LIMITS.name),
  kind: z.enum(PROGRAMME_KIND_CODES, { error: 'Unknown kind of programme.' }),
  contactName: optionalText(TEXT_LIMITS.name),
  phone: optionalText(40).refine((value) => value === '' || /^[+0-9 ()-]{5,40}$/.test(value), { error: 'Digits, spaces, + ( ) and - only.' }),
  email: optionalText(TEXT_LIMITS.email).refine((value) => value === '' || z.email().safeParse(value).success, { error: 'Not an email address.' }),
  website: optionalText(TEXT_LIMITS.shortText).refine((value) => value === '' || /^https?:\/\/\S+$/.test(value), { error: 'Use a full address starting with https://.' }),
  area: optionalText(TEXT_LIMITS.name),
  notes: optionalText(2_000),
  active: z.boolean({ error: 'Required.' }).default(true),
};

export const createProgrammeRequestSchema = z.strictObject(programmeFields);
export type CreateProgrammeRequest = z.infer<typeof createProgrammeRequestSchema>;

export const updateProgrammeRequestSchema = z.strictObject({ ...programmeFields, version: versionSchema });
export type UpdateProgrammeRequest = z.infer<typeof updateProgrammeRequestSchema>;

export const programmeParamsSchema = z.strictObject({ programmeId: uuidSchema });
