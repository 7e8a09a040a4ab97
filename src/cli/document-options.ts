// The options of extract, times and places (and --help, --version): read with the plain rules
// of args.ts, so a one-document run loads no schema library.
import { DEFAULT_MAX_MB, day, megabytes, oneOf, tokenise } from './args.js';

export function documentOptions(argv: string[]) {
  const { values: v, positionals } = tokenise(argv, {
    format: { type: 'string' }, 'input-format': { type: 'string' }, published: { type: 'string' },
    'max-size': { type: 'string' }, explain: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean' },
  });
  const str = (x: unknown) => x as string | undefined;
  return {
    positionals, help: v.help === true, version: v.version === true,
    format: v.format === undefined ? undefined : oneOf('--format', ['text', 'json', 'jsonl'] as const)(str(v.format)!),
    inputFormat: v['input-format'] === undefined ? 'auto' : oneOf('--input-format', ['auto', 'text', 'html', 'jsonl'] as const)(str(v['input-format'])!),
    published: v.published === undefined ? null : day('--published')(str(v.published)!),
    maxBytes: v['max-size'] === undefined ? DEFAULT_MAX_MB * 1024 * 1024 : megabytes(str(v['max-size'])!),
    explain: v.explain === true,
  };
}
