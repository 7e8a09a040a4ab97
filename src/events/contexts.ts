// Sentences whose conflict words belong to another story: a disaster or accident, diplomacy
// about an attack, ordinary crime. The cues are data (data/events/modality.json).
import type { ActorMention, Sentence } from '../model.js';
import type { ModalityCues, PatternRef } from './data.js';
import { ARMED_TYPES as ARMED } from './actors.js';
import { spansWithin } from '../text/spans.js';


export type ContextVeto = 'disaster' | 'diplomacy' | 'crime' | null;

export function contextVeto(sentence: Sentence, ref: PatternRef, actors: ActorMention[], cues: ModalityCues): ContextVeto {
  const text = sentence.text;
  const any = (list: RegExp[]) => list.some((re) => re.test(text));
  const type = ref.info.event_type;
  if (ref.info.disorder_type.includes('Political violence') || ref.sub_event_type === 'Looting/property destruction') {
    // "a flood drowned eleven villagers": no one fought, so no political violence.
    const armedHere = spansWithin(actors, sentence.start, sentence.end).some((x) => ARMED.has(x.type) && !/police/i.test(x.actorId));
    if (!armedHere && any(cues.disaster_sentence)) return 'disaster';
  }
  if (ref.sub_event_type !== 'Agreement' && any(cues.diplomacy_sentence)) return 'diplomacy';
  if ((ref.sub_event_type === 'Arrests' || ref.sub_event_type === 'Disrupted weapons use' || type === 'Violence against civilians' ||
    type === 'Explosions/Remote violence') && any(cues.crime_sentence)) {
    return 'crime';
  }
  return null;
}
