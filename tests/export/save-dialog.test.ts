// Main's save dialog for an export, with Electron replaced: it suggests a safe name with the
// format's extension in the documents folder, offers that file type, and answers a token for the
// chosen path (from the host grant) and the file's name — never the path; a cancelled dialog
// grants nothing, and input that is not a name and a format is refused without a dialog.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const showSaveDialog = vi.fn();
vi.mock('electron', () => ({
  app: { getPath: (name: string) => (name === 'documents' ? '/home/reader/Documents' : '/nowhere') },
  dialog: { showSaveDialog },
}));

const { chooseExportFile } = await import('../../src/main/electron/save-dialog');
const { createI18n } = await import('../../src/shared/i18n/create');
const t = createI18n('de').t;

describe('the save dialog of an export', () => {
  const grant = vi.fn();
  beforeEach(() => {
    showSaveDialog.mockReset();
    grant.mockReset();
    grant.mockResolvedValue({ ok: true, value: { token: 'a'.repeat(32) } });
  });

  it('suggests the name with its extension, in the reader’s language, and answers a token and the name', async () => {
    showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/reader/tm/kallas.xlf' });
    const answer = await chooseExportFile(null, t, grant, { suggestedName: 'Kallas/NATO-en-uk', format: 'xliff' });
    expect(showSaveDialog).toHaveBeenCalledWith({
      title: 'Export speichern',
      defaultPath: '/home/reader/Documents/Kallas-NATO-en-uk.xlf',
      filters: [{ name: 'XLIFF-Dokument', extensions: ['xlf'] }],
    });
    expect(grant).toHaveBeenCalledWith('/home/reader/tm/kallas.xlf');
    expect(answer).toEqual({ ok: true, value: { token: 'a'.repeat(32), name: 'kallas.xlf' } });
  });

  it('grants nothing when the reader cancels', async () => {
    showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await chooseExportFile(null, t, grant, { suggestedName: 'x', format: 'tmx' })).toEqual({ ok: true, value: { token: null, name: 'x.tmx' } });
    expect(grant).not.toHaveBeenCalled();
  });

  it.each([
    ['nothing', undefined],
    ['a path to write', { path: '/etc/passwd' }],
    ['an unknown format', { suggestedName: 'x', format: 'docx' }],
    ['a name too long', { suggestedName: 'x'.repeat(201), format: 'csv' }],
  ])('refuses %s without showing a dialog', async (_what, input) => {
    expect(await chooseExportFile(null, t, grant, input)).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(showSaveDialog).not.toHaveBeenCalled();
  });
});
