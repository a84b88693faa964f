// The renderer imports only what the reader chose: main issues an opaque token for each chosen
// path, importPaths takes tokens and nothing else, and a token never issued names no file.
import { describe, expect, it } from 'vitest';
import { dispatchHostCall, HOST_GRANT_PATHS, isHostCall } from '../../src/main/core/api/host-calls';
import { MAX_GRANTS, PathGrants } from '../../src/main/core/api/path-grants';
import { dispatchApiCall } from '../../src/main/core/api/dispatch';
import { createApiHandlers } from '../../src/main/core/api/handlers';
import { openArchive } from '../../src/main/core/db/open';
import { API_METHODS, chosenFolder, ImportPathsInput, PATH_TOKEN_PATTERN } from '../../src/shared/api';

describe('path tokens', () => {
  it('stand for the paths they were issued for, and are unguessable', () => {
    const grants = new PathGrants();
    const tokens = grants.grant(['/home/reader/news', '/home/reader/kallas.en.txt']);
    expect(tokens).toHaveLength(2);
    for (const token of tokens) expect(token).toMatch(PATH_TOKEN_PATTERN);
    expect(new Set(tokens).size).toBe(2);
    expect(grants.resolve(tokens)).toEqual(['/home/reader/news', '/home/reader/kallas.en.txt']);
    // The same path chosen twice gets a new token; both work.
    const again = grants.grant(['/home/reader/news']);
    expect(again[0]).not.toBe(tokens[0]);
    expect(grants.resolve([...again, tokens[0]!])).toEqual(['/home/reader/news', '/home/reader/news']);
  });

  it.each([
    ['a token never issued', '0123456789abcdef0123456789abcdef'],
    ['a path', '/etc/passwd'],
    ['a token of another instance', new PathGrants().grant(['/x'])[0]!],
    ['not a token at all', '../../secret'],
  ])('refuse %s, with the rest of the batch', (_what, token) => {
    const grants = new PathGrants();
    const good = grants.grant(['/home/reader/news']);
    expect(() => grants.resolve([...good, token])).toThrowError(expect.objectContaining({ code: 'invalidInput' }));
  });

  it('are issued only for absolute paths', () => {
    expect(() => new PathGrants().grant(['news/kallas.txt'])).toThrowError(expect.objectContaining({ code: 'invalidInput' }));
  });

  it('keep the newest MAX_GRANTS, forgetting the oldest', () => {
    const grants = new PathGrants();
    const first = grants.grant(['/first'])[0]!;
    grants.grant(Array.from({ length: MAX_GRANTS }, (_, i) => `/file-${i}`));
    expect(() => grants.resolve([first])).toThrow();
  });
});

describe('the folder a folder dialog chose', () => {
  it.each([
    ['/home/reader/news/wire/a.en.txt', 'news/wire/a.en.txt', '/home/reader/news'],
    ['/home/reader/news/a.en.txt', 'news/a.en.txt', '/home/reader/news'],
    ['C:\\Users\\reader\\news\\a.txt', 'news/a.txt', 'C:\\Users\\reader\\news'],
    ['/home/reader/a.txt', '', null],
    ['/a.txt', 'x/y/a.txt', null],
  ])('%s (%s) → %s', (path, relative, folder) => {
    expect(chosenFolder(path, relative)).toBe(folder);
  });
});

describe('the API boundary', () => {
  it('importPaths takes tokens only: a path, or a made-up token, is refused before anything is read', async () => {
    const grants = new PathGrants();
    const handlers = createApiHandlers({ db: openArchive(':memory:'), dbPath: ':memory:', grants, emit: () => {} });
    expect(ImportPathsInput.safeParse({ paths: ['/etc'] }).success).toBe(false);
    expect(await dispatchApiCall(handlers, 'importPaths', { paths: ['/etc/passwd'] })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(await dispatchApiCall(handlers, 'importPaths', { tokens: ['/etc/passwd'] })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(await dispatchApiCall(handlers, 'importPaths', { tokens: ['0123456789abcdef0123456789abcdef'] })).toMatchObject({
      ok: false,
      error: { code: 'invalidInput', params: { detail: 'unknown file token' } },
    });
  });

  it('no renderer method issues tokens: that is the host’s call, on no renderer channel', async () => {
    expect(API_METHODS.some((m) => isHostCall(m))).toBe(false);
    expect(API_METHODS).not.toContain(HOST_GRANT_PATHS);
    const handlers = createApiHandlers({ db: openArchive(':memory:'), dbPath: ':memory:', emit: () => {} });
    expect(await dispatchApiCall(handlers, HOST_GRANT_PATHS, { paths: ['/etc'] })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    const grants = new PathGrants();
    const granted = dispatchHostCall({ read: grants, save: new PathGrants() }, HOST_GRANT_PATHS, { paths: ['/home/reader/news'] });
    expect(granted).toMatchObject({ ok: true });
    expect(dispatchHostCall({ read: grants, save: new PathGrants() }, HOST_GRANT_PATHS, { paths: 'nope' })).toMatchObject({ ok: false });
  });
});
