// Every match of a global pattern. String.prototype.matchAll copies the pattern before it
// searches, and the copy looks the source up in V8's regexp cache by hashing it: for the long
// data-built patterns (triggers, toll forms, cue lists) run once per sentence, the copy cost
// more than the search. exec on the pattern itself does the same search without the copy.

/** The matches of `re` (which must be global) in `text`, in order; `re.lastIndex` is left at 0. */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new Error(`allMatches needs a global pattern: /${re.source}/${re.flags}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on by one character (a whole code point in unicode mode), as matchAll does.
    if (m[0] === '') re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}
