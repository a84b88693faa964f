// The CLI's one way onto the terminal: controls shown as signs, bold only where the CLI puts it.
import { describe, expect, it } from 'vitest';
import { terminalLine, visibleControls } from '../../src/main/cli/terminal-text';

describe('terminal text', () => {
  it('shows C0, DEL and C1 controls as one sign each, and keeps tab and newline', () => {
    expect(visibleControls('a\u001b[2Jb\u0007c\rd\u007fe\u009bf\tg\nh')).toBe('a␛[2Jb␇c␍d␡e\ufffdf\tg\nh');
  });

  it('sets the given spans in bold after making the line safe, so offsets still hold', () => {
    expect(terminalLine('\u001bab cd', [[4, 6]])).toBe('␛ab \u001b[1mcd\u001b[22m');
    expect(terminalLine('plain')).toBe('plain');
  });
});
