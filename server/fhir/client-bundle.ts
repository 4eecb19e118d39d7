import type { Kysely } from 'kysely';
import type { Bundle } from '@medplum/fhirtypes';
import type { ClientRowWithTherapist } from '../access/scoped-client';
import type { AppConfig } from '../config';
import type { Database } from '../db/database';
import { clinicianNames, loadClientRecord } from './client-record.repository';
import { clinicianIdsOf, toClientBundle, type ExportCopy } from './fhir-bundle';
import { FhirUrls } from './fhir-urls';

/** Reads one client's record and maps it to a Bundle on the clinic's base URL. */
export async function clientBundleOf(
  db: Kysely<Database>,
  client: ClientRowWithTherapist,
  config: Pick<AppConfig, 'now' | 'reassessmentDays' | 'fhirBaseUrl'>,
  copy: ExportCopy,
): Promise<Bundle> {
  const record = await loadClientRecord(db, client, config);
  const names = await clinicianNames(db, clinicianIdsOf(record, copy));
  return toClientBundle(record, { urls: new FhirUrls(config.fhirBaseUrl), copy, now: config.now(), clinicianNames: names });
}
