export const ROLES = ['therapist', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  therapist: 'Therapist',
  supervisor: 'Supervisor',
  admin: 'Administrator',
};
