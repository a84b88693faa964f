// The file name the save dialog suggests for an export: the window's suggestion made safe for any
// file system (no folders, no characters Windows refuses, not empty), with its format's extension.
import { EXPORT_EXTENSIONS, type ExportFormat } from '../../../shared/api/export';

const UNSAFE = /[\\/:*?"<>|\p{Cc}]+/gu;
const MAX_STEM = 120;

export function exportFileName(suggested: string, format: ExportFormat): string {
  const ext = EXPORT_EXTENSIONS[format];
  const stem = suggested
    .replace(UNSAFE, '-')
    .replace(new RegExp(`\\.${ext}$`, 'iu'), '')
    .replace(/^[\s.-]+|[\s.]+$/gu, '')
    .slice(0, MAX_STEM);
  return `${stem || 'diptych-export'}.${ext}`;
}
