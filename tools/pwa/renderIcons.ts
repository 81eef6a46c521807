/**
 * Renders the app icons in public/icons/ from one SVG drawing with headless
 * Chromium (already needed for the e2e suite), so no image tool is required.
 * Run after changing the drawing or the colours: `npx tsx tools/pwa/renderIcons.ts`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../../e2e/browser';
import { manifestColors } from './siteManifest';

/**
 * A serif "D" over a rule, the way a dateline sits over a story. `safe` is the
 * share of the canvas the drawing may use: maskable icons get cropped to a
 * circle, so their drawing stays inside the central 80 %.
 */
export function iconSvg(size: number, { maskable }: { maskable: boolean }): string {
  const scale = maskable ? 0.72 : 1;
  const offset = (512 * (1 - scale)) / 2;
  const corner = maskable ? 0 : 96;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="${corner}" fill="${manifestColors.theme}"/>
  <g transform="translate(${offset} ${offset}) scale(${scale})">
    <text x="256" y="350" text-anchor="middle" font-family="'Noto Serif', 'DejaVu Serif', Georgia, serif"
      font-weight="700" font-size="330" fill="${manifestColors.background}">D</text>
    <rect x="120" y="392" width="272" height="22" fill="${manifestColors.background}"/>
  </g>
</svg>`;
}

const icons = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
] as const;

function render(svg: string, size: number, out: string, work: string): void {
  const page = join(work, 'icon.html');
  writeFileSync(page, `<!doctype html><body style="margin:0;background:transparent">${svg}</body>`);
  execFileSync(
    chromiumPath,
    [
      ...chromiumArgs,
      '--headless',
      '--hide-scrollbars',
      '--default-background-color=00000000',
      `--window-size=${size},${size}`,
      `--screenshot=${out}`,
      `file://${page}`,
    ],
    { stdio: 'ignore', timeout: 60_000 },
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = fileURLToPath(new URL('../../public/icons/', import.meta.url));
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'dateline-icons-'));
  try {
    for (const icon of icons) render(iconSvg(icon.size, icon), icon.size, join(outDir, icon.file), work);
    writeFileSync(join(outDir, 'icon.svg'), `${iconSvg(512, { maskable: false })}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`icons written to ${outDir}`);
}
