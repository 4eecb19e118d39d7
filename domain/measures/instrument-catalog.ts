import type { Instrument, InstrumentCode } from './instrument';
import { LSNS_6 } from './instruments/lsns-6';
import { MSPSS } from './instruments/mspss';
import { UCLA_3 } from './instruments/ucla-3';

/** Every instrument CareCircle offers, in the order forms and charts list them. */
export const INSTRUMENTS: Readonly<Record<InstrumentCode, Instrument>> = {
  mspss: MSPSS,
  'lsns-6': LSNS_6,
  'ucla-3': UCLA_3,
};

export const instrumentOf = (code: InstrumentCode): Instrument => INSTRUMENTS[code];
