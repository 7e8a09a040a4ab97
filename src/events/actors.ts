// The actor notions the event stage shares: which ACLED actor types bear arms, and when two
// mentions name one actor. Defined once here.
import type { ActorMention, ActorType } from '../model.js';

/** ACLED actor types that fight: the authors of political violence. */
export const ARMED_TYPES: ReadonlySet<string> = new Set<ActorType>(['State forces', 'Rebel group', 'Political militia', 'Identity militia', 'External/Other forces']);

export function sameActor(a: ActorMention | null, b: ActorMention | null): boolean {
  return !!a && !!b && a.actorId === b.actorId;
}
