/** Demo clinic logins (see server/seed/demo-clinic.ts): fixed by the generator's seed. */
export const DEMO_PASSWORD = 'CareCircle-demo-2026';

export const DEMO = {
  admin: 'admin@demo.carecircle.test',
  supervisor: 'supervisor1@demo.carecircle.test',
  therapist: 'therapist1@demo.carecircle.test',
} as const;
