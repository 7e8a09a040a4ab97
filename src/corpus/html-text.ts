// A fragment of HTML (a feed item's content) to plain text with paragraph breaks.
import { createRequire } from 'node:module';
import type { parseHTML as ParseHTML } from 'linkedom';

const require = createRequire(import.meta.url);
let parseHTML: typeof ParseHTML | null = null;

const BLOCK = /^(?:P|DIV|BR|H[1-6]|LI|UL|OL|BLOCKQUOTE|SECTION|ARTICLE|TR|TABLE|FIGCAPTION|HR)$/;

export function htmlFragmentToText(fragment: string): string {
  if (!/[<&]/.test(fragment)) return fragment.trim();
  parseHTML ??= require('linkedom').parseHTML as typeof ParseHTML;
  const { document } = parseHTML(`<!doctype html><html><body>${fragment}</body></html>`);
  for (const el of document.querySelectorAll('script, style')) el.remove();
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      else if (child.nodeType === 1) {
        const block = BLOCK.test((child as Element).tagName);
        if (block) parts.push('\n\n');
        walk(child);
        if (block) parts.push('\n\n');
      }
    }
  };
  walk(document.body);
  return parts.join('').replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
