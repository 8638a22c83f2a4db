// The built package the e2e tests load: icons, name, and nothing beyond `storage` and Calendar.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionDir } from './harness';

interface Manifest {
  manifest_version: number;
  name: string;
  short_name?: string;
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  content_security_policy?: unknown;
  background?: unknown;
}

function manifest(): { dir: string; m: Manifest } {
  const dir = extensionDir();
  return { dir, m: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the built extension package', () => {
  it('lists the icon set 16, 32, 48 and 128, each a PNG of its size', () => {
    const { dir, m } = manifest();
    expect(m.icons, 'manifest.icons (WXT lists <publicDir>/icon/<size>.png)').toEqual({
      '16': 'icon/16.png',
      '32': 'icon/32.png',
      '48': 'icon/48.png',
      '128': 'icon/128.png',
    });
    for (const [size, file] of Object.entries(m.icons ?? {})) {
      expect(existsSync(join(dir, file)), file).toBe(true);
      expect(pngSize(readFileSync(join(dir, file)))).toEqual({ width: Number(size), height: Number(size) });
    }
  });

  it('is named Trellis, asks for `storage` only and runs on https://calendar.google.com/* only', () => {
    const { m } = manifest();
    expect(m.manifest_version).toBe(3);
    expect(m.name).toMatch(/^Trellis/);
    expect(m.short_name).toBe('Trellis');
    expect(m.permissions).toEqual(['storage']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.content_scripts?.flatMap((c) => c.matches)).toEqual(['https://calendar.google.com/*']);
    expect(m.content_security_policy).toBeUndefined(); // the default extension-page CSP, kept
    // The background worker (first-run welcome, plans chosen in the panel, follow-ups) is an MV3 service worker, and
    // what it does needs no permission beyond `storage` (checked above).
    expect(m.background).toEqual({ service_worker: 'background.js' });
  });
});
