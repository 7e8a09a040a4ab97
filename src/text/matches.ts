// Every match of a global pattern. String.prototype.matchAll copies the pattern before it
// searches, and the copy looks the source up in V8's regexp cache by hashing it: for the long
// data-built patterns (triggers, toll forms, cue lists) run once per sentence, the copy cost
// more than the search. exec on the pattern itself does the same search without the copy.

/**
 * Calls `visit` with each match of `re` (which must be global) in `text`, in order, holding
 * none of them: a scan of a whole long document keeps one match alive at a time.
 * `re.lastIndex` is left at 0.
 */
export function eachMatch(re: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  if (!re.global) throw new Error(`eachMatch needs a global pattern: /${re.source}/${re.flags}`);
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // An empty match moves on by one character (a whole code point with the u or v flag), as matchAll does.
      if (m[0] === '') re.lastIndex += wholeCodePoints(re) && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
      const at = re.lastIndex;
      visit(m);
      re.lastIndex = at; // `visit` may use the same pattern
    }
  } finally {
    re.lastIndex = 0;
  }
}

/** The u flag, or v (unicodeSets), which `re.unicode` does not report. */
function wholeCodePoints(re: RegExp): boolean {
  return re.unicode || re.flags.includes('v');
}

/** The matches of `re` (which must be global) in `text`, in order: for short texts such as a sentence. */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  eachMatch(re, text, (m) => { out.push(m); });
  return out;
}
