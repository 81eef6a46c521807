import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Article } from '../../content-api';
import { refreshSavedList, saveArticle, savedListQuery, savedStore, unsaveArticle, type SaveOutcome } from './savedArticles';

export interface SaveToggleState {
  saved: boolean;
  busy: boolean;
  outcome: SaveOutcome | null;
  toggle: () => void;
}

/** Whether an article is saved, and saving or removing it with the outcome kept for the message. */
export function useSaveToggle(article: Article): SaveToggleState {
  const client = useQueryClient();
  const store = savedStore();
  const { data: list } = useQuery(savedListQuery(store));
  const saved = list?.some((e) => e.article.lang === article.lang && e.article.id === article.id) ?? false;
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);

  const toggle = () => {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    void (saved ? unsaveArticle(article, store) : saveArticle(article))
      .then(async (result) => {
        setOutcome(result);
        await refreshSavedList(client, store);
      })
      .finally(() => setBusy(false));
  };
  return { saved, busy, outcome, toggle };
}
