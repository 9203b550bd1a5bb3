import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { savedQueries } from './queries';
import { onSavedChange } from './saved-channel';

/** Keeps the saved list the same in every open tab. */
export const useSavedSync = () => {
  const queryClient = useQueryClient();
  useEffect(
    () => onSavedChange(() => void queryClient.invalidateQueries({ queryKey: savedQueries.list().queryKey })),
    [queryClient],
  );
};
