// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Image } from '../content-api';
import { Picture, PICTURE_SIZES, srcSetOf } from './Picture';

afterEach(cleanup);

const image: Image = { src: '/media/harbour-1200.jpg', alt: 'The harbour at dawn', width: 1200, height: 675 };
const withSources: Image = {
  ...image,
  sources: [
    { src: '/media/harbour-800.jpg', width: 800 },
    { src: '/media/harbour-400.jpg', width: 400 },
  ],
};

describe('srcSetOf', () => {
  it('lists every width, the main file included, narrowest first', () => {
    expect(srcSetOf(withSources)).toBe('/media/harbour-400.jpg 400w, /media/harbour-800.jpg 800w, /media/harbour-1200.jpg 1200w');
  });

  it('has nothing to offer for a picture in one width', () => {
    expect(srcSetOf(image)).toBeUndefined();
  });

  it('names a width once even if a source repeats the main file’s', () => {
    expect(srcSetOf({ ...image, sources: [{ src: '/media/copy.jpg', width: 1200 }] })).toBe('/media/copy.jpg 1200w');
  });
});

describe('Picture', () => {
  it('reserves its box and offers its widths with the size it is drawn at', () => {
    render(<Picture image={withSources} sizes={PICTURE_SIZES.column} priority />);
    const img = screen.getByRole('img', { name: 'The harbour at dawn' });
    expect(img.getAttribute('width')).toBe('1200');
    expect(img.getAttribute('height')).toBe('675');
    expect(img.getAttribute('srcset')).toContain('/media/harbour-400.jpg 400w');
    expect(img.getAttribute('sizes')).toBe(PICTURE_SIZES.column);
    expect(img.getAttribute('loading')).toBe('eager');
    expect(img.getAttribute('fetchpriority')).toBe('high');
  });

  it('loads a picture that is not the page’s main one lazily, with no srcset when there is one width', () => {
    render(<Picture image={image} sizes={PICTURE_SIZES.thumbnail} />);
    const img = screen.getByRole('img', { name: 'The harbour at dawn' });
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.hasAttribute('fetchpriority')).toBe(false);
    expect(img.hasAttribute('srcset')).toBe(false);
    expect(img.hasAttribute('sizes')).toBe(false);
  });

  it('loads a picture on the first screen at once, at the usual priority', () => {
    render(<Picture image={image} sizes={PICTURE_SIZES.thumbnail} inFirstScreen />);
    const img = screen.getByRole('img', { name: 'The harbour at dawn' });
    expect(img.getAttribute('loading')).toBe('eager');
    expect(img.hasAttribute('fetchpriority')).toBe(false);
  });
});
