// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Block } from '../../content-api';
import { renderInApp } from '../../components/testUtils';
import { BlockRenderer } from './BlockRenderer';

afterEach(cleanup);

const blocks: Block[] = [
  {
    type: 'paragraph',
    content: [
      { text: 'Plain, ' },
      { text: 'emphasised', em: true },
      { text: ', ' },
      { text: 'strong', strong: true },
      { text: ', ' },
      { text: 'inside', href: '/en/section/politics' },
      { text: ' and ' },
      { text: 'outside', href: 'https://example.org/report' },
      { text: '.' },
    ],
  },
  { type: 'heading', level: 2, content: [{ text: 'A subheading' }] },
  { type: 'heading', level: 3, content: [{ text: 'A smaller one' }] },
  { type: 'quote', content: [{ text: 'Words said.' }], cite: 'A spokesperson' },
  {
    type: 'image',
    image: { src: '/media/x.jpg', alt: 'A harbour at dawn', caption: 'The harbour', credit: 'Wire', width: 1200, height: 800 },
  },
  { type: 'list', ordered: true, items: [[{ text: 'one' }], [{ text: 'two' }]] },
  { type: 'list', ordered: false, items: [[{ text: 'bullet' }]] },
];

describe('BlockRenderer', () => {
  it('renders every block type with its element', () => {
    const { container } = renderInApp(<BlockRenderer blocks={blocks} />);
    expect(screen.getByRole('heading', { level: 2, name: 'A subheading' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'A smaller one' })).toBeTruthy();
    expect(container.querySelector('blockquote')?.textContent).toBe('Words said.');
    expect(screen.getByText('A spokesperson')).toBeTruthy();

    const img = screen.getByRole('img', { name: 'A harbour at dawn' });
    expect(img.getAttribute('width')).toBe('1200');
    expect(img.getAttribute('height')).toBe('800');
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(screen.getByText('The harbour')).toBeTruthy();
    expect(screen.getByText('Photo: Wire')).toBeTruthy();

    expect(container.querySelector('ol')?.textContent).toBe('onetwo');
    expect(container.querySelector('ul')?.textContent).toBe('bullet');
  });

  it('renders each inline kind', () => {
    renderInApp(<BlockRenderer blocks={blocks} />);
    expect(screen.getByText('emphasised').tagName).toBe('EM');
    expect(screen.getByText('strong').tagName).toBe('STRONG');

    const inside = screen.getByRole('link', { name: 'inside' });
    expect(inside.getAttribute('href')).toBe('/en/section/politics');
    expect(inside.getAttribute('rel')).toBeNull();

    const outside = screen.getByRole('link', { name: 'outside' });
    expect(outside.getAttribute('href')).toBe('https://example.org/report');
    expect(outside.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('shows markup in text literally instead of running it', () => {
    const hostile: Block[] = [
      { type: 'paragraph', content: [{ text: '<script>alert(1)</script><b>bold?</b>' }] },
      { type: 'list', ordered: false, items: [[{ text: '<img src=x onerror=alert(1)>', strong: true }]] },
    ];
    const { container } = renderInApp(<BlockRenderer blocks={hostile} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<script>alert(1)</script><b>bold?</b>')).toBeTruthy();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });
});
