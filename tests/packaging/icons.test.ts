// The installers' icons, rendered from resources/icon.svg by `npm run icons`: every size there,
// square, with an alpha channel (the icon is not a square tile).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, ICON_SOURCE, iconFile } from '../../scripts/icons';

const PNG_SIGNATURE = '89504e470d0a1a0a';

function pngHeader(file: string): { width: number; height: number; colorType: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), file).toBe(PNG_SIGNATURE);
  expect(bytes.subarray(12, 16).toString('latin1'), file).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colorType: bytes[25]! };
}

describe('icons', () => {
  it('has one source and a PNG of each size the installers take, RGBA', () => {
    expect(existsSync(ICON_SOURCE)).toBe(true);
    for (const size of ICON_SIZES) {
      expect(pngHeader(iconFile(size))).toEqual({ width: size, height: size, colorType: 6 });
    }
  });
});
