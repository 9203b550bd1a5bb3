import { describe, expect, it } from 'vitest';
import { listSavedArticles, loadSavedStore, SAVED_DATABASE } from '../../../src/features/saved/saved-store-loader';
import { databaseExists } from '../../../src/lib/indexed-db';
import { anArticle } from '../../support/article-fixture';


describe('the saved list before anything was saved', () => {
  it('is empty without opening (and so creating) the database, then lists what is saved', async () => {
    expect(await listSavedArticles()).toEqual([]);
    expect(await databaseExists(SAVED_DATABASE)).toBe(false);

    await (await loadSavedStore()).saveArticle(anArticle(7));
    expect((await listSavedArticles()).map((record) => record.article.slug)).toEqual(['story-7']);
  });
});
