import { INSTRUMENT_CODES, type InstrumentCode } from '@domain/measures/instrument';
import { instrumentOf } from '@domain/measures/instrument-catalog';
import { COMPLETED_BY_CODES, type CompletedBy } from '@domain/measures/measure';
import { checkAnswers } from '@domain/measures/measure-requests';
import { HL7 } from './hl7-codes';
import { child, type ImportProblems, isObject, type Json } from './fhir-import-json';
import type { ImportVocabulary, Located } from './fhir-import-vocabulary';

/** One administration read from a QuestionnaireResponse: answers only; the domain scores them when stored. */
export interface ImportedMeasure {
  readonly instrument: InstrumentCode;
  readonly administeredOn: string;
  readonly completedBy: CompletedBy;
  readonly answers: readonly number[];
  readonly amended: boolean;
}

/**
 * A QuestionnaireResponse for one of the clinic's three instruments (its canonical Questionnaire
 * URL), its answers by item number. An answer is the clinic's answer code, an integer, or any
 * coding with the ordinalValue extension; the instrument's own check (checkAnswers) judges them.
 * Scores and bands in the bundle's Observations are never read: the domain computes them again.
 */
export function readMeasure(response: Located<Json>, vocabulary: ImportVocabulary, problems: ImportProblems, today: string, treatmentStart: string | undefined): ImportedMeasure | undefined {
  const { value: resource, path } = response;
  const canonical = resource['questionnaire'];
  const instrument = INSTRUMENT_CODES.find((code) => canonical === vocabulary.urls.questionnaire(code));
  if (!instrument) {
    problems.add(child(path, 'questionnaire'), `Unknown questionnaire: only ${INSTRUMENT_CODES.map((code) => vocabulary.urls.questionnaire(code)).join(', ')} are imported.`);
    return undefined;
  }
  const status = resource['status'];
  if (status !== 'completed' && status !== 'amended') {
    problems.add(child(path, 'status'), 'Only completed or amended responses are imported.');
  }
  const administeredOn = problems.date(resource, 'authored', path);
  if (!administeredOn) {
    problems.add(child(path, 'authored'), 'Required: the day the measure was taken.');
  } else if (administeredOn > today || (treatmentStart && administeredOn < treatmentStart)) {
    problems.add(child(path, 'authored'), `Must lie between the treatment start${treatmentStart ? ` (${treatmentStart})` : ''} and today.`);
  }
  const definition = instrumentOf(instrument);
  const answers: (number | null)[] = definition.items.map(() => null);
  const itemPaths: string[] = definition.items.map(() => child(path, 'item'));
  for (const item of flatItems(resource, path, problems)) {
    const index = definition.items.findIndex((candidate) => String(candidate.number) === item.value['linkId']);
    if (index < 0) {
      problems.add(child(item.path, 'linkId'), `${definition.shortName} has no item "${String(item.value['linkId'])}".`);
      continue;
    }
    itemPaths[index] = item.path;
    answers[index] = answerValue(item, instrument, vocabulary, problems);
  }
  let valid = true;
  checkAnswers(definition, answers, (issuePath, message) => {
    valid = false;
    problems.add(typeof issuePath[1] === 'number' ? itemPaths[issuePath[1]]! : child(path, 'item'), message);
  });
  const completedBy = vocabulary.codedExtension(resource, path, 'measureSource', 'measureSource', COMPLETED_BY_CODES) ?? 'clinician-administered';
  if (!valid || !administeredOn) {
    return undefined;
  }
  return { instrument, administeredOn, completedBy, answers: answers as number[], amended: status === 'amended' };
}

/** The answered items, LSNS-6's groups opened. */
function flatItems(owner: Json, path: string, problems: ImportProblems): Located<Json>[] {
  return problems.list(owner, 'item', path).flatMap((item, index) => {
    const itemPath = child(child(path, 'item'), index);
    if (!isObject(item)) {
      problems.add(itemPath, 'Must be an object.');
      return [];
    }
    return Array.isArray(item['item']) ? flatItems(item, itemPath, problems) : [{ value: item, path: itemPath }];
  });
}

function answerValue(item: Located<Json>, instrument: InstrumentCode, vocabulary: ImportVocabulary, problems: ImportProblems): number | null {
  const [answer] = problems.list(item.value, 'answer', item.path);
  const answerPath = child(child(item.path, 'answer'), 0);
  if (!isObject(answer)) {
    return null;
  }
  if (typeof answer['valueInteger'] === 'number') {
    return answer['valueInteger'];
  }
  const coding = answer['valueCoding'];
  if (!isObject(coding)) {
    problems.add(answerPath, 'Use valueCoding or valueInteger.');
    return null;
  }
  const prefix = `${instrument}-answer-`;
  if (coding['system'] === vocabulary.urls.codeSystem('instrument') && typeof coding['code'] === 'string' && coding['code'].startsWith(prefix)) {
    const value = Number(coding['code'].slice(prefix.length));
    return Number.isInteger(value) ? value : null;
  }
  const ordinal = Array.isArray(coding['extension'])
    ? coding['extension'].find((extension) => isObject(extension) && extension['url'] === HL7.ordinalValue && typeof extension['valueDecimal'] === 'number')
    : undefined;
  if (isObject(ordinal)) {
    return ordinal['valueDecimal'] as number;
  }
  problems.add(child(answerPath, 'valueCoding'), `Unknown answer code "${String(coding['code'])}".`);
  return null;
}
