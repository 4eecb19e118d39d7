/** One page of a server-side list. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
}

export const PAGE_SIZES = [10, 25, 50, 100] as const;
