// Text from documents (titles, evidence, file names) reaches the terminal only through here:
// escape sequences could retitle the window, clear the screen, hide text or plant links,
// and bidi overrides could make a line read other than it is. JSON output escapes them itself.

/** ESC and C1 sequences: CSI, OSC (to BEL or ST), DCS/SOS/PM/APC strings, two-byte escapes. */
const ESCAPE_SEQUENCES = /\x1b(?:\[[0-?]*[ -/]*[@-~]?|\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?|[ -/]*[0-~]?)|\x9b[0-?]*[ -/]*[@-~]?|[\x90\x98\x9d-\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?/g;
/** C0 controls but tab and line feed, DEL, C1 controls, bidi embeddings, overrides and isolates. */
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** `s` with every control sequence and character removed; tabs and line breaks kept. */
export function forTerminal(s: string): string {
  return s.replace(ESCAPE_SEQUENCES, '').replace(CONTROLS, '');
}

/** As forTerminal, on one line: for messages that must stay one line (errors, progress). */
export function oneLine(s: string): string {
  return forTerminal(s.replace(/[\r\n\t]+/g, ' ')).trim();
}
