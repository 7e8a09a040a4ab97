// Name keys: one spelling for the many transliterations of a place name, so that
// "Fallouja", "Al Fallūjah" and "al-Fallujah" meet under the same key.

/** Arabic-style articles written before a name ("al-", "el ", "ar-", "ez-"). */
const ARTICLE = /^(?:al|el|ar|as|ad|an|at|az|ash|ath|adh|ez|es|ed|en|er|ul)$/;

/** Words that vary between sources in abbreviated form. */
const WORD_FORMS: Record<string, string> = {
  saint: 'st', ste: 'st', sainte: 'st', mount: 'mt', fort: 'ft', 
};

/** Lower case, diacritics and apostrophes gone, hyphens as spaces. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ʿʾ'’‘`´]/g, '')
    .replace(/ß/g, 'ss').replace(/[øØ]/g, 'o').replace(/[łŁ]/g, 'l').replace(/[ıİ]/g, 'i').replace(/[æÆ]/g, 'ae')
    .toLowerCase()
    .replace(/[-‐‑–_/.,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Spelling-insensitive form of one word: ou→u, q→k, doubled letters once, final -ah → -a. */
function looseWord(w: string): string {
  let s = Object.hasOwn(WORD_FORMS, w) ? WORD_FORMS[w] : w;
  s = s.replace(/ou/g, 'u').replace(/q/g, 'k').replace(/(.)\1+/g, '$1');
  if (s.length > 3) s = s.replace(/([aeiou])h$/, '$1');
  return s;
}

/**
 * The lookup key of a name: folded, articles dropped, each word loosened.
 * Returns '' for names with characters outside a-z0-9 (other scripts are not indexed).
 */
export function placeKey(name: string): string {
  // Every capitalised run of every document asks for its keys, and the same words come back
  // ("The", "He", the story's towns): a bounded memo spares the folding and loosening.
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size >= 100_000) keys.clear();
    key = computeKey(name);
    // A name cut from a document, or joined from such cuts, is a view that keeps V8 holding the
    // whole text: the memo keeps a copy of its own, or it would hold on to every document it saw.
    keys.set(Buffer.from(name, 'utf16le').toString('utf16le'), key);
  }
  return key;
}

const keys = new Map<string, string>();

function computeKey(name: string): string {
  const folded = foldName(name);
  if (!folded || /[^a-z0-9 ]/.test(folded)) return '';
  const words = folded.split(' ');
  const kept = words.filter((w, i) => !(ARTICLE.test(w) && i < words.length - 1));
  return (kept.length ? kept : words).map(looseWord).join(' ');
}
