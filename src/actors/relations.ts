// Associated actors: "Iranian-backed militias", "militias loyal to the government", "fighters
// allied to the PMF". ACLED keeps the backer or ally beside the main actor (assoc_actor_1/2).
import type { ActorMention } from '../model.js';

/** Relation words between a main actor (before) and its associate (after): "X, backed by Y". */
const ASSOCIATE_AFTER = /^\s*,?\s*(?:(?:who\s+are|which\s+(?:is|are)|that\s+(?:is|are))\s+)?(?:backed|supported|armed|funded|trained|sponsored|assisted|aided)\s+by\s+(?:the\s+)?$|^\s*,?\s*(?:allied|loyal|affiliated|linked|aligned|close|attached)\s+(?:to|with)\s+(?:the\s+)?$|^\s*,?\s*(?:alongside|together\s+with|in\s+cooperation\s+with|supported\s+by)\s+(?:the\s+)?$/i;
/** "Y-backed X", "Y-allied X": the associate comes first, glued to the relation word. */
const ASSOCIATE_BEFORE = /^[-‐]?\s*(?:backed|supported|allied|aligned|affiliated|sponsored|funded|led)\s+(?:\w+\s+){0,2}$/i;

/**
 * Associates of `main` among the sentence's actors: an actor the text ties to it by one of the
 * relation phrases above. `sentence` is the sentence's text, `offset` its start in the document.
 */
export function associatesOf(main: ActorMention, actors: ActorMention[], sentence: string, offset: number): ActorMention[] {
  const out: ActorMention[] = [];
  for (const other of actors) {
    if (other === main || other.actorId === main.actorId) continue;
    if (other.start >= main.end) {
      const between = sentence.slice(main.end - offset, other.start - offset);
      if (between.length < 60 && ASSOCIATE_AFTER.test(between)) out.push(other);
    } else if (other.start === main.start && other.end < main.end && other.rule === 'backer') {
      out.push(other);
    } else if (other.end <= main.start) {
      const between = sentence.slice(other.end - offset, main.start - offset);
      if (between.length < 40 && ASSOCIATE_BEFORE.test(between)) out.push(other);
    }
  }
  return out;
}
