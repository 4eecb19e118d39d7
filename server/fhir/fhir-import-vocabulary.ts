import { type ClinicCodeSystem, type ClinicExtension, FhirUrls } from './fhir-urls';
import { child, type ImportProblems, isObject, type Json } from './fhir-import-json';

export interface Located<T> {
  readonly value: T;
  readonly path: string;
}

/**
 * The export's vocabulary read in reverse: the clinic extensions and code systems of fhir-urls.ts,
 * on the base URL of the clinic that wrote the bundle (a CareCircle export names its resources
 * `<base>/Patient/<id>`, so the base is read from the Patient's fullUrl; else this clinic's own).
 */
export class ImportVocabulary {
  readonly urls: FhirUrls;

  constructor(
    base: string,
    private readonly problems: ImportProblems,
  ) {
    this.urls = new FhirUrls(base);
  }

  /** The resource's extensions with one clinic URL, each with its path. */
  extensions(resource: Json, path: string, name: ClinicExtension): Located<Json>[] {
    const url = this.urls.extension(name);
    return this.problems
      .list(resource, 'extension', path)
      .map((extension, index) => ({ value: extension, path: child(child(path, 'extension'), index) }))
      .filter((entry): entry is Located<Json> => isObject(entry.value) && entry.value['url'] === url);
  }

  /** The one string of a text extension, if present. */
  textExtension(resource: Json, path: string, name: ClinicExtension): string | undefined {
    const [first] = this.extensions(resource, path, name);
    return first ? this.problems.text(first.value, 'valueString', first.path) : undefined;
  }

  /** True when a boolean extension is present and true. */
  booleanExtension(resource: Json, path: string, name: ClinicExtension): boolean {
    const [first] = this.extensions(resource, path, name);
    if (!first) {
      return false;
    }
    if (typeof first.value['valueBoolean'] !== 'boolean') {
      this.problems.add(child(first.path, 'valueBoolean'), 'Must be true or false.');
      return false;
    }
    return first.value['valueBoolean'];
  }

  /** The clinic codes of a coded extension (one per extension), each checked against the allowed codes. */
  codedExtensions<T extends string>(resource: Json, path: string, name: ClinicExtension, system: ClinicCodeSystem, allowed: readonly T[]): T[] {
    return this.extensions(resource, path, name).flatMap((extension) => {
      const coding = this.problems.object(extension.value, 'valueCoding', extension.path);
      if (!coding) {
        this.problems.add(child(extension.path, 'valueCoding'), 'Required.');
        return [];
      }
      return this.code(coding, child(extension.path, 'valueCoding'), system, allowed) ?? [];
    });
  }

  codedExtension<T extends string>(resource: Json, path: string, name: ClinicExtension, system: ClinicCodeSystem, allowed: readonly T[]): T | undefined {
    return this.codedExtensions(resource, path, name, system, allowed)[0];
  }

  /** A Coding's code in one clinic code system; another system or a code not in it is an unknown code. */
  code<T extends string>(coding: Json, path: string, system: ClinicCodeSystem, allowed: readonly T[]): T | undefined {
    const expected = this.urls.codeSystem(system);
    if (coding['system'] !== expected) {
      this.problems.add(child(path, 'system'), `Unknown code system (expected ${expected}).`);
      return undefined;
    }
    const code = coding['code'];
    if (typeof code !== 'string' || !(allowed as readonly string[]).includes(code)) {
      this.problems.add(child(path, 'code'), `Unknown code "${String(code)}" in ${expected}.`);
      return undefined;
    }
    return code as T;
  }

  /** The codings of a CodeableConcept with their paths. */
  codings(concept: Json, path: string): Located<Json>[] {
    return this.problems
      .list(concept, 'coding', path)
      .map((coding, index) => ({ value: coding, path: child(child(path, 'coding'), index) }))
      .filter((entry): entry is Located<Json> => isObject(entry.value));
  }
}
