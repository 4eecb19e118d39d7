import * as z from '../validation/z';

/** Path ids are UUIDs; anything else is answered 400 before any query runs. */
export const uuidSchema = z.uuid({ error: 'Must be a UUID.' });

export const idParamsSchema = z.strictObject({ id: uuidSchema });
