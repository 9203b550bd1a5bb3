import { QueryClient } from '@tanstack/react-query';
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { startQueryPersistence } from '../../src/app/query-cache-boot';
import { databaseExists } from '../../src/lib/indexed-db';

const DATABASE = 'gazette-query-cache';
const KEY = ['categories', 'all'];
const CATEGORIES = [{ id: 2, name: 'News' }];

describe('the persisted query cache', () => {
  it('waits for the first visit’s first action, then a relaunch opens on the cache', async () => {
    const firstVisit = new QueryClient();
    await startQueryPersistence(firstVisit);
    firstVisit.setQueryData(KEY, CATEGORIES);
    // The first view loaded nothing of the persister and created no database.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await databaseExists(DATABASE)).toBe(false);

    window.dispatchEvent(new Event('pointerdown'));
    await waitFor(async () => expect(await databaseExists(DATABASE)).toBe(true), { timeout: 4000 });

    const relaunch = new QueryClient();
    await waitFor(
      async () => {
        await startQueryPersistence(relaunch);
        expect(relaunch.getQueryData(KEY)).toEqual(CATEGORIES);
      },
      { timeout: 4000 },
    );
  });
});
