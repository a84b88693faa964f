// Which parser reads a file: chosen by its name and a look at its content.
import { DiptychError } from '../../../../shared/errors';
import { decodeText } from '../decode';
import type { ParsedVersion } from '../parsed';
import { parseAgencyText } from './agency-text';

export interface ImportFormat {
  id: string;
  /** File name endings this format claims, lower case, without the dot. */
  extensions: readonly string[];
  parse(bytes: Uint8Array, fileName: string): ParsedVersion[];
}

const agencyText: ImportFormat = {
  id: 'text',
  extensions: ['txt', 'text'],
  parse: (bytes) => [parseAgencyText(decodeText(bytes).text)],
};

export const IMPORT_FORMATS: readonly ImportFormat[] = [agencyText];

export function formatFor(fileName: string): ImportFormat {
  const ext = /\.([^./\\]+)$/u.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const format = IMPORT_FORMATS.find((f) => f.extensions.includes(ext));
  if (!format) throw new DiptychError('unsupportedFormat', { ext: ext || '—' });
  return format;
}
