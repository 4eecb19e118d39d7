import type { QuestionnaireResponse, QuestionnaireResponseItem } from '@medplum/fhirtypes';
import type { MeasureResponse } from '@domain/measures/measure';
import { instrumentOf } from '@domain/measures/instrument-catalog';
import { COMPLETED_BY } from '@domain/measures/measure';
import { codedExtension, referenceTo } from './clinic-coding';
import type { FhirUrls } from './fhir-urls';
import { answerCoding, groupOf, itemLinkId } from './questionnaire-mapping';

/** One administration of an instrument, its answers in the questionnaire's structure. */
export function toQuestionnaireResponse(measure: MeasureResponse, urls: FhirUrls): QuestionnaireResponse {
  const instrument = instrumentOf(measure.instrument);
  const items: QuestionnaireResponseItem[] = [];
  instrument.items.forEach((item, index) => {
    const answered: QuestionnaireResponseItem = {
      linkId: itemLinkId(item),
      text: item.text,
      answer: [{ valueCoding: answerCoding(instrument, measure.answers[index]!, urls) }],
    };
    const group = groupOf(item);
    const last = items.at(-1);
    if (!group) {
      items.push(answered);
    } else if (last?.linkId === group.linkId) {
      last.item!.push(answered);
    } else {
      items.push({ linkId: group.linkId, text: group.text, item: [answered] });
    }
  });
  return {
    resourceType: 'QuestionnaireResponse',
    id: measure.id,
    questionnaire: urls.questionnaire(instrument.code),
    status: measure.amended ? 'amended' : 'completed',
    subject: referenceTo('Patient', measure.clientId),
    authored: measure.administeredOn,
    // A self-report's source is the client; a clinician-administered measure is the client's answers too.
    source: referenceTo('Patient', measure.clientId),
    item: items,
    extension: [codedExtension(urls, 'measureSource', 'measureSource', measure.completedBy, COMPLETED_BY[measure.completedBy])],
  };
}
