import type { FieldError } from '@domain/validation/field-errors';

/**
 * Reading an untrusted FHIR document: every accessor takes the element's path (the form the issue
 * asks for, `entry[3].resource.relationship[0]`) so each problem names where it is.
 */
export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

export const child = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`);

/** The problems found while reading one bundle; reading goes on after one so a preview lists them all. */
export class ImportProblems {
  readonly errors: FieldError[] = [];
  /** Things the import filled in or left out that the clinician should know before importing. */
  readonly notices: string[] = [];

  add(field: string, message: string): void {
    this.errors.push({ field, message });
  }

  /** A schema's finding about an element already reported (e.g. an unknown code it then calls "required") is not repeated. */
  addUnlessReported(field: string, message: string): void {
    if (!this.errors.some((error) => error.field.startsWith(field) || field.startsWith(error.field))) {
      this.add(field, message);
    }
  }

  /** An optional string element; a present non-string is an error. */
  text(owner: Json, key: string, path: string): string | undefined {
    const value = owner[key];
    if (value === undefined) {
      return undefined;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      this.add(child(path, key), 'Must be a non-empty string.');
      return undefined;
    }
    return value;
  }

  /** An optional array element; a present non-array is an error. */
  list(owner: Json, key: string, path: string): unknown[] {
    const value = owner[key];
    if (value === undefined) {
      return [];
    }
    if (!Array.isArray(value)) {
      this.add(child(path, key), 'Must be an array.');
      return [];
    }
    return value;
  }

  /** An optional object element; a present non-object is an error. */
  object(owner: Json, key: string, path: string): Json | undefined {
    const value = owner[key];
    if (value === undefined) {
      return undefined;
    }
    if (!isObject(value)) {
      this.add(child(path, key), 'Must be an object.');
      return undefined;
    }
    return value;
  }

  /** A FHIR date (YYYY-MM-DD) or the date part of a dateTime. */
  date(owner: Json, key: string, path: string): string | undefined {
    const value = this.text(owner, key, path);
    if (value === undefined) {
      return undefined;
    }
    const match = /^(\d{4}-\d{2}-\d{2})(T.*)?$/.exec(value);
    if (!match) {
      this.add(child(path, key), 'Must be a full date (YYYY-MM-DD) or dateTime.');
      return undefined;
    }
    return match[1];
  }
}

/** A human name as written: its text, else given names and family name joined. */
export function nameText(name: Json): string | undefined {
  if (typeof name['text'] === 'string' && name['text'].trim() !== '') {
    return name['text'];
  }
  const given = Array.isArray(name['given']) ? name['given'].filter((part): part is string => typeof part === 'string') : [];
  const family = typeof name['family'] === 'string' ? [name['family']] : [];
  const joined = [...given, ...family].join(' ').trim();
  return joined === '' ? undefined : joined;
}
