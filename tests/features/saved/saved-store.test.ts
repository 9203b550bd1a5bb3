import * as idb from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { migrate, SAVED_VERSION } from '../../../src/features/saved/saved-record';
import { listSaved, removeSaved, saveArticle, SavedStoreError } from '../../../src/features/saved/saved-store';
import { anArticle } from '../../support/article-fixture';


// The real IndexedDB (fake-indexeddb), with `set` open to simulated failures.
vi.mock('idb-keyval', async (importOriginal) => {
  const actual = await importOriginal<typeof idb>();
  return { ...actual, set: vi.fn(actual.set) };
});

afterEach(async () => {
  for (const record of await listSaved()) await removeSaved(record.article.id);
});

describe('saved store', () => {
  it('keeps saved articles, newest first, and removes them', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-20T10:00:00Z'));
    await saveArticle(anArticle(1));
    vi.setSystemTime(new Date('2026-11-20T11:00:00Z'));
    await saveArticle(anArticle(2));
    vi.useRealTimers();
    expect((await listSaved()).map((record) => record.article.id)).toEqual([2, 1]);
    await removeSaved(2);
    expect((await listSaved()).map((record) => record.article.id)).toEqual([1]);
  });

  it('reports a full disk clearly and loses nothing already saved', async () => {
    await saveArticle(anArticle(1));
    vi.mocked(idb.set).mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const failure = saveArticle(anArticle(2));
    await expect(failure).rejects.toBeInstanceOf(SavedStoreError);
    await expect(failure).rejects.toThrow(/out of space/);
    expect((await listSaved()).map((record) => record.article.title)).toEqual(['Story 1']);
  });

  it('says so when storage is unavailable (private mode)', async () => {
    vi.mocked(idb.set).mockRejectedValueOnce(new DOMException('blocked', 'InvalidStateError'));
    await expect(saveArticle(anArticle(3))).rejects.toThrow(/not available/);
  });

  it('reports and drops a corrupt record without touching the others', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await saveArticle(anArticle(1));
    await idb.set(99, { version: 1, savedAt: 'x', article: { id: 'not a number' } }, idb.createStore('gazette-saved', 'articles'));
    expect((await listSaved()).map((record) => record.article.id)).toEqual([1]);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/unreadable saved article/));
  });
});

describe('saved record migration', () => {
  it('reads the current version as is', () => {
    const record = { version: SAVED_VERSION, savedAt: '2026-11-20T10:00:00.000Z', article: anArticle(1) };
    expect(migrate(record)).toEqual(record);
  });

  it('upgrades a version 0 record (a bare article with savedAt)', () => {
    expect(migrate({ ...anArticle(4), savedAt: '2026-01-01T00:00:00.000Z' })).toMatchObject({
      version: SAVED_VERSION,
      savedAt: '2026-01-01T00:00:00.000Z',
      article: { id: 4, title: 'Story 4' },
    });
  });

  it('upgrades a version 1 record, whose excerpt was HTML, to a plain-text excerpt', () => {
    const stored = { version: 1, savedAt: '2026-11-01T00:00:00.000Z', article: { ...anArticle(5), excerpt: '<p>Rain &amp; wind […]</p>' } };
    expect(migrate(stored)).toMatchObject({ version: SAVED_VERSION, article: { id: 5, excerpt: 'Rain & wind […]', body: '<p>Body</p>' } });
  });

  it.each([null, 42, 'text', {}, { version: 9, article: anArticle(1) }])('rejects a foreign value %#', (raw) => {
    expect(migrate(raw)).toBeNull();
  });
});
