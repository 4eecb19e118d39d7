/** The columns a caseload can be sorted by (apart from the request schemas: the caseload page needs no zod). */
export const CASELOAD_SORT_FIELDS = ['preferredName', 'caseNumber', 'treatmentStart', 'status', 'flags'] as const;
export type CaseloadSortField = (typeof CASELOAD_SORT_FIELDS)[number];
