import type { InstrumentCode } from '@domain/measures/instrument';
import type { CompletedBy, MeasureResponse } from '@domain/measures/measure';
import type { MeasureSource } from '@domain/self-report/self-report-request';
import type { MeasureRow } from '../db/database';

export function toMeasure(row: MeasureRow): MeasureResponse {
  return {
    id: row.id,
    clientId: row.client_id,
    instrument: row.instrument as InstrumentCode,
    administeredOn: row.administered_on,
    completedBy: row.completed_by as CompletedBy,
    source: row.source as MeasureSource,
    answers: JSON.parse(row.answers) as number[],
    // PostgreSQL's double precision arrives as a number; SQLite's REAL too. Number() guards drivers that send text.
    scores: { total: Number(row.total), subscales: JSON.parse(row.subscales) as Record<string, number>, band: row.band },
    amended: row.amended === 1,
    version: row.version,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/** Names of the measure fields that differ (for the audit trail; never values). */
export function changedMeasureFields(before: MeasureResponse, after: MeasureResponse): string[] {
  return (['administeredOn', 'completedBy', 'answers', 'scores'] as const).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}
