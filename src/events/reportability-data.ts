// Loads data/events/reportability.json: the cues that decide whether a mention is news of
// this report (speech acts, denials, trials, habits and tallies, back-references).
import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';
import { InputError } from '../errors.js';

export interface ReportabilityCues {
  speech_act_before: RegExp[];
  denial_before: RegExp[];
  trial_before: RegExp[];
  habitual_clause: RegExp[];
  reference_before: RegExp;
  indefinite_before: RegExp;
  counted_before: RegExp;
  unexecuted_before: RegExp;
  unexecuted_after: RegExp;
  present_state: RegExp;
  verbal_clash_context: RegExp;
  clause_boundary: RegExp;
  agreement_reached_before: RegExp;
  /** A noun told as the purpose of an action done in its clause ("massed ... in protest"). */
  purpose_before: RegExp;
  generic_person_before: RegExp;
  present_nominal_before: RegExp;
  /** Lemmas of nouns that name incidents ("attack", "air strike"). */
  incident_nouns: Set<string>;
  news_window_days: number;
}

let cached: ReportabilityCues | null = null;

export function loadReportabilityCues(): ReportabilityCues {
  if (cached) return cached;
  const file = dataPath('events', 'reportability.json');
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    throw new InputError(`cannot read data file ${file}: ${(err as Error).message.split('\n')[0]}`);
  }
  const re = (key: string, s: unknown) => {
    if (typeof s !== 'string') throw new InputError(`${file}: "${key}" must hold regular expressions as strings`);
    try {
      return new RegExp(s, 'iu');
    } catch (err) {
      throw new InputError(`${file}: "${key}" is not a valid regular expression: ${(err as Error).message}`);
    }
  };
  const list = (key: string) => {
    const v = raw[key];
    if (!Array.isArray(v)) throw new InputError(`${file}: "${key}" must be a list`);
    return v.map((s) => re(key, s));
  };
  const days = raw.news_window_days;
  if (typeof days !== 'number' || !(days >= 0)) throw new InputError(`${file}: "news_window_days" must be a number of days`);
  cached = {
    speech_act_before: list('speech_act_before'),
    denial_before: list('denial_before'),
    trial_before: list('trial_before'),
    habitual_clause: list('habitual_clause'),
    reference_before: re('reference_before', raw.reference_before),
    indefinite_before: re('indefinite_before', raw.indefinite_before),
    counted_before: re('counted_before', raw.counted_before),
    unexecuted_before: re('unexecuted_before', raw.unexecuted_before),
    unexecuted_after: re('unexecuted_after', raw.unexecuted_after),
    present_state: re('present_state', raw.present_state),
    verbal_clash_context: re('verbal_clash_context', raw.verbal_clash_context),
    clause_boundary: re('clause_boundary', raw.clause_boundary),
    agreement_reached_before: re('agreement_reached_before', raw.agreement_reached_before),
    purpose_before: re('purpose_before', raw.purpose_before),
    generic_person_before: re('generic_person_before', raw.generic_person_before),
    present_nominal_before: re('present_nominal_before', raw.present_nominal_before),
    incident_nouns: new Set(list('incident_nouns').map((r) => r.source.toLowerCase())),
    news_window_days: days,
  };
  return cached;
}
