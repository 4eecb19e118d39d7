import type { CodeableConcept, Coding, Extension, ExtractResource, Reference, ResourceType } from '@medplum/fhirtypes';
import type { ClinicCodeSystem, ClinicExtension, FhirUrls } from './fhir-urls';

/** A code from one of the clinic's own code systems. */
export function clinicCoding(urls: FhirUrls, system: ClinicCodeSystem, code: string, display: string): Coding {
  return { system: urls.codeSystem(system), code, display };
}

/** A CodeableConcept of one clinic code, its display as text. */
export function clinicConcept(urls: FhirUrls, system: ClinicCodeSystem, code: string, display: string): CodeableConcept {
  return { coding: [clinicCoding(urls, system, code, display)], text: display };
}

/** A clinic extension holding one clinic code. */
export function codedExtension(urls: FhirUrls, name: ClinicExtension, system: ClinicCodeSystem, code: string, display: string): Extension {
  return { url: urls.extension(name), valueCoding: clinicCoding(urls, system, code, display) };
}

/** A clinic extension holding text; none for empty text (FHIR strings may not be empty). */
export function textExtensions(urls: FhirUrls, name: ClinicExtension, text: string | null | undefined): Extension[] {
  return text && text.trim() !== '' ? [{ url: urls.extension(name), valueString: text }] : [];
}

/** A relative reference to a resource in the same bundle, typed so R4's allowed targets are checked when compiling. */
export function referenceTo<K extends ResourceType>(resourceType: K, id: string, display?: string): Reference<ExtractResource<K>> {
  return display ? { reference: `${resourceType}/${id}`, display } : { reference: `${resourceType}/${id}` };
}
