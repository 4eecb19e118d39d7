import * as z from '../validation/z';

/** Page and sort parameters of list requests (apart from Page, so the SPA's lists need no zod). */
export const pagingSchema = {
  page: z.coerce.number({ error: 'Must be a number.' }).int().min(1, { error: 'Must be 1 or more.' }).default(1),
  pageSize: z.coerce
    .number({ error: 'Must be a number.' })
    .int()
    .min(1, { error: 'Must be 1 or more.' })
    .max(100, { error: 'Must be at most 100.' })
    .default(25),
};

export const sortDirectionSchema = z.enum(['asc', 'desc'], { error: 'Use asc or desc.' }).default('asc');

/** The response schema of one page of `item`s (the allow-list a list route answers through). */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item).readonly(),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  });
}

/** `{ items }`: the answer of a list route that does not page. */
export function itemsSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item).readonly() });
}
