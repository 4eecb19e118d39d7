import type { Versioned } from '../common/versioned';
import type { ProgrammeKind } from './programme-codes';

/** A programme in the clinic's community directory: no client data, kept by administrators. */
export interface CommunityProgramme extends Versioned {
  readonly id: string;
  readonly name: string;
  readonly kind: ProgrammeKind;
  readonly contactName: string;
  readonly phone: string;
  readonly email: string;
  readonly website: string;
  readonly area: string;
  readonly notes: string;
  readonly active: boolean;
}
