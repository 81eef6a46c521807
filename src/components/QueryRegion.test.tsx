// @vitest-environment jsdom
import { useQuery } from '@tanstack/react-query';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../content-api';
import { QueryRegion } from './QueryRegion';
import { renderInApp } from './testUtils';

afterEach(cleanup);

function Region({ queryFn }: { queryFn: () => Promise<string> }) {
  const query = useQuery({ queryKey: ['region-test'], queryFn });
  return (
    <QueryRegion query={query} what="the test region" placeholder={<p>placeholder</p>}>
      {(data) => <p>data: {data}</p>}
    </QueryRegion>
  );
}

describe('QueryRegion', () => {
  it('holds the place while loading, then shows the content', async () => {
    let resolve: (value: string) => void = () => {};
    renderInApp(<Region queryFn={() => new Promise((r) => (resolve = r))} />);
    expect(screen.getByText('placeholder').closest('[aria-busy="true"]')).not.toBeNull();
    resolve('hello');
    await screen.findByText('data: hello');
    expect(screen.queryByText('placeholder')).toBeNull();
  });

  it('says what failed and retries only on request', async () => {
    let calls = 0;
    const queryFn = async () => {
      calls += 1;
      if (calls === 1) throw new ApiError('http', 'x.json', 'HTTP 500', 500);
      return 'recovered';
    };
    renderInApp(<Region queryFn={queryFn} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("We couldn't load the test region.");
    expect(calls).toBe(1);

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByText('data: recovered');
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(calls).toBe(2);
  });

  it('keeps showing data it has when a later refresh fails', async () => {
    let calls = 0;
    const queryFn = async () => {
      calls += 1;
      if (calls > 1) throw new ApiError('network', 'x.json', 'offline');
      return 'first';
    };
    const { client } = renderInApp(<Region queryFn={queryFn} />);
    await screen.findByText('data: first');
    await client.refetchQueries({ queryKey: ['region-test'] });
    expect(calls).toBe(2);
    expect(screen.getByText('data: first')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
