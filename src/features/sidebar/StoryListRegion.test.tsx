// @vitest-environment jsdom
import { queryOptions } from '@tanstack/react-query';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, type StoryList } from '../../content-api';
import { renderInApp, summaryFixture } from '../../components/testUtils';
import { StoryListRegion } from './StoryListRegion';

afterEach(cleanup);

const list: StoryList = {
  schemaVersion: 1,
  lang: 'en',
  kind: 'most-visited',
  section: { slug: 'politics', title: 'Politics' },
  items: [summaryFixture('1', 'First story'), summaryFixture('2', 'Second story'), summaryFixture('3', 'Third story')],
};

const options = (queryFn: () => Promise<StoryList>) => queryOptions({ queryKey: ['story-list-test'], queryFn });

describe('StoryListRegion', () => {
  it('is a region named by its heading, holding an ordered list of links', async () => {
    renderInApp(<StoryListRegion title="Most Visited in Politics" options={options(async () => list)} />);
    const region = screen.getByRole('region', { name: 'Most Visited in Politics' });
    within(region).getByRole('heading', { level: 2, name: 'Most Visited in Politics' });
    await within(region).findByRole('link', { name: 'First story' });

    const ordered = within(region).getByRole('list');
    expect(ordered.tagName).toBe('OL');
    const links = within(ordered).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(['First story', 'Second story', 'Third story']);
    expect(links[0]?.getAttribute('href')).toBe('/en/news/2021/04/13/1/story-1');
  });

  it('reports its own failure and fetches again on Try again', async () => {
    let calls = 0;
    const queryFn = async () => {
      calls += 1;
      if (calls === 1) throw new ApiError('http', 'en/sections/politics/most-visited.json', 'HTTP 500', 500);
      return list;
    };
    renderInApp(<StoryListRegion title="Most Visited in Politics" options={options(queryFn)} />);
    const region = screen.getByRole('region', { name: 'Most Visited in Politics' });

    const alert = await within(region).findByRole('alert');
    expect(alert.textContent).toContain("We couldn't load Most Visited in Politics.");
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));

    await within(region).findByRole('link', { name: 'First story' });
    expect(calls).toBe(2);
    expect(within(region).queryByRole('alert')).toBeNull();
  });
});
