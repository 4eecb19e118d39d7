import type { Flag } from './database';

export const toFlag = (value: boolean): Flag => (value ? 1 : 0);
export const fromFlag = (value: Flag | number): boolean => value === 1;
