// @vitest-environment jsdom
import { onlineManager, QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { OfflineBanner } from './OfflineBanner';

function ShownQuery() {
  useQuery({ queryKey: ['home', 'en'], queryFn: () => ({}), enabled: false });
  return null;
}

function renderBanner(client: QueryClient) {
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={['/en']}>
        <Routes>
          <Route
            path="/:lang"
            element={
              <>
                <OfflineBanner />
                <ShownQuery />
              </>
            }
          />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => {
  cleanup();
  act(() => onlineManager.setOnline(true));
});

describe('OfflineBanner', () => {
  it('says nothing online', () => {
    renderBanner(new QueryClient());
    expect(screen.getByRole('status', { hidden: true }).textContent).toBe('');
  });

  it('says how old the shown content is when offline', () => {
    const client = new QueryClient();
    client.setQueryData(['home', 'en'], {}, { updatedAt: Date.now() - 5 * 60_000 - 20_000 });
    renderBanner(client);
    act(() => onlineManager.setOnline(false));
    expect(screen.getByRole('status').textContent).toMatch(/^You're offline\. Showing content saved [56] minutes ago\.$/);
  });

  it('says only that it is offline when nothing is shown', () => {
    renderBanner(new QueryClient());
    act(() => onlineManager.setOnline(false));
    expect(screen.getByRole('status').textContent).toBe("You're offline.");
  });
});
