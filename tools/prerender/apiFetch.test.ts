import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiFileFetch, isShared, recordingFetch } from './apiFetch';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'api-'));
  await mkdir(path.join(dir, 'en'), { recursive: true });
  await writeFile(path.join(dir, 'en', 'home.json'), '{"ok":true}');
  await writeFile(path.join(dir, 'en', 'broken.json'), '{"ok":');
});

describe('apiFileFetch', () => {
  it('serves API files from disk and 404s missing ones', async () => {
    const fetchFile = apiFileFetch(dir, '/api/v1');
    expect(await (await fetchFile('/api/v1/en/home.json')).json()).toEqual({ ok: true });
    expect((await fetchFile('/api/v1/en/nope.json')).status).toBe(404);
  });

  it('answers as a Response the app reads: status, ok, text, and json that rejects on a malformed file', async () => {
    const fetchFile = apiFileFetch(dir, '/api/v1');
    const response = await fetchFile('/api/v1/en/home.json');
    expect(response).toBeInstanceOf(Response);
    expect([response.status, response.ok]).toEqual([200, true]);
    expect(await response.text()).toBe('{"ok":true}');
    await expect((await fetchFile('/api/v1/en/broken.json')).json()).rejects.toThrow(SyntaxError);
  });

  it('never leaves the API folder and never reaches the network', async () => {
    const fetchFile = apiFileFetch(dir, 'https://api.example/v1/');
    expect((await fetchFile('https://api.example/v1/../../etc/passwd')).status).toBe(404);
    await expect(fetchFile('https://elsewhere.example/x')).rejects.toThrow(/no network/);
  });
});

describe('isShared', () => {
  it('keeps the files every page reads, not articles, numbered pages or big files', () => {
    expect(isShared('site.json', 700)).toBe(true);
    expect(isShared('en/sections/politics/most-visited.json', 2000)).toBe(true);
    expect(isShared('en/articles/1000000.json', 3000)).toBe(false);
    expect(isShared('en/sections/politics/page-12.json', 5000)).toBe(false);
    expect(isShared('en/search-index.json', 3_690_264)).toBe(false);
  });
});

describe('recordingFetch', () => {
  it('lists each address asked for since the last take, once, and answers as the fetch it wraps', async () => {
    const api = recordingFetch(apiFileFetch(dir, '/api/v1'));
    expect(await (await api.fetch('/api/v1/en/home.json')).json()).toEqual({ ok: true });
    await api.fetch('/api/v1/en/home.json');
    await api.fetch(new URL('http://x.invalid/api/v1/en/missing.json')).catch(() => undefined);
    expect(api.take()).toEqual(['/api/v1/en/home.json', 'http://x.invalid/api/v1/en/missing.json']);
    expect(api.take()).toEqual([]);
  });
});
