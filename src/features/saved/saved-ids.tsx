import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { savedQueries } from './queries';
import { onSavedChange } from './saved-channel';

const SavedIds = createContext<ReadonlySet<number>>(new Set());

/**
 * Which articles are saved: read once for the page rather than once per card (a card's own
 * query observer costs more than the card), and kept the same in every open tab.
 */
export const SavedIdsProvider = ({ children }: { children: ReactNode }) => {
  const queryClient = useQueryClient();
  const { data } = useQuery(savedQueries.list());
  const ids = useMemo(() => new Set(data?.map((record) => record.article.id)), [data]);
  useEffect(
    () => onSavedChange(() => void queryClient.invalidateQueries({ queryKey: savedQueries.list().queryKey })),
    [queryClient],
  );
  return <SavedIds value={ids}>{children}</SavedIds>;
};

export const useIsSaved = (id: number) => useContext(SavedIds).has(id);
