// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleQuery, homeQuery, sectionPageQuery, storyListQuery } from '../content-api';
import { Link } from './Link';
import { renderInApp, testClient } from './testUtils';

afterEach(() => {
  cleanup();
  Object.defineProperty(navigator, 'connection', { value: undefined, configurable: true });
});

function setup(to: string) {
  const client = testClient();
  const query = vi.spyOn(client, 'query').mockImplementation(() => new Promise(() => {}));
  renderInApp(<Link to={to}>Politics</Link>, client);
  return { query, link: screen.getByRole('link', { name: 'Politics' }) };
}

function askedKeys(query: ReturnType<typeof setup>['query']): unknown[] {
  return query.mock.calls.map(([options]) => options.queryKey);
}

describe('Link', () => {
  it('is a real link to its address', () => {
    const { link } = setup('/en/section/politics');
    expect(link.getAttribute('href')).toBe('/en/section/politics');
  });

  it('warms the listing and its sidebars when the pointer comes near', () => {
    const { query, link } = setup('/en/section/politics?page=2');
    fireEvent.pointerEnter(link);
    expect(askedKeys(query)).toEqual([
      sectionPageQuery('en', 'politics', 2).queryKey,
      storyListQuery('en', 'most-visited', 'politics').queryKey,
      storyListQuery('en', 'top', 'politics').queryKey,
      storyListQuery('en', 'top-stories').queryKey,
    ]);
  });

  it('warms an article on focus and on touch, once per link', () => {
    const { query, link } = setup('/en/news/2021/04/13/2484159/president-urges');
    fireEvent.focus(link);
    fireEvent.touchStart(link);
    fireEvent.pointerEnter(link);
    expect(askedKeys(query)).toEqual([articleQuery('en', '2484159').queryKey]);
  });

  it('warms the front page on touch', () => {
    const { query, link } = setup('/en');
    fireEvent.touchStart(link);
    expect(askedKeys(query)[0]).toEqual(homeQuery('en').queryKey);
  });

  it('leaves the network alone when the reader asked to save data', () => {
    Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
    const { query, link } = setup('/en/section/politics');
    fireEvent.pointerEnter(link);
    fireEvent.focus(link);
    expect(query).not.toHaveBeenCalled();
  });
});
