// Text for a terminal. What the CLI prints carries archive content (headlines, paragraphs, file
// names), and a stored ESC or BEL must show as a sign there, not clear the screen or retitle the
// window.

/** C0 controls except tab and newline (harmless, and the CLI's own layout), DEL, C1 controls. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu;

/** One visible character for a control: its Control Pictures sign (␛ for ESC), else U+FFFD. */
function sign(control: string): string {
  const code = control.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  return code === 0x7f ? '\u2421' : '\ufffd';
}

/** `text` with every control character shown, not obeyed; one character each, so offsets hold. */
export function visibleControls(text: string): string {
  return text.replace(CONTROLS, sign);
}

export type Spans = readonly (readonly [number, number])[];

/** `line` made safe, with `bold` spans (offsets into `line`) set in bold. */
export function terminalLine(line: string, bold: Spans = []): string {
  const safe = visibleControls(line);
  let out = '';
  let at = 0;
  for (const [s, e] of bold) {
    out += `${safe.slice(at, s)}\u001b[1m${safe.slice(s, e)}\u001b[22m`;
    at = e;
  }
  return out + safe.slice(at);
}
