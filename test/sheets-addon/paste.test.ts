// The paste-in build (npm run build:addon → sheets-addon/paste-into-apps-script/): one Code.gs a team lead pastes into
// the Apps Script editor, with the HTML pages inside it, and the manifest. Loaded alone in node:vm, with no HTML file
// beside it, it must give the same menu, dialogs and sidebar as the clasp build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES_GLOBAL, PASTE_DIR } from '../../scripts/build-addon';
import { MENU_ITEMS } from '../../sheets-addon/src/menu';
import { DIST, ensureBuilt, loadAddon } from './harness';
import { ANA, BOB, NOW, roster } from './team';

const PASTE = join(DIST, '..', PASTE_DIR);
const SRC = join(DIST, '..', 'src');
ensureBuilt();

const pasted = (sheets?: Record<string, unknown[][]>) => loadAddon({ now: NOW, sheets, bundlePath: join(PASTE, 'Code.gs') });

describe('sheets-addon/paste-into-apps-script/', () => {
  it('holds just Code.gs and the manifest, the same manifest clasp pushes', () => {
    expect(readdirSync(PASTE).sort()).toEqual(['Code.gs', 'appsscript.json']);
    expect(readFileSync(join(PASTE, 'appsscript.json'), 'utf8')).toBe(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
  });

  it('opens with what to do with it, and holds every HTML page of src/ by name', () => {
    const code = readFileSync(join(PASTE, 'Code.gs'), 'utf8');
    expect(code.split('\n')[1]).toMatch(/^\/\/ Replace everything in Code\.gs with this whole file/);
    const addon = pasted();
    const pages = addon.context[PAGES_GLOBAL] as Record<string, string>;
    const html = readdirSync(SRC).filter((f) => f.endsWith('.html'));
    expect(Object.keys(pages).sort()).toEqual(html.map((f) => f.replace(/\.html$/, '')).sort());
    for (const file of html) expect(pages[file.replace(/\.html$/, '')]).toBe(readFileSync(join(SRC, file), 'utf8'));
  });

  it('has every menu item and google.script.run target as a function before its body runs, as the clasp build', () => {
    const addon = pasted();
    const clasp = loadAddon({ now: NOW });
    const functions = (globals: Record<string, string>) => Object.keys(globals).filter((n) => globals[n] === 'function');
    expect(functions(addon.globalsBeforeRun).sort()).toEqual(functions(clasp.globalsBeforeRun).sort());
    for (const { functionName } of MENU_ITEMS) expect(addon.globalsBeforeRun[functionName]).toBe('function');
  });
});

describe('the pasted Code.gs, run', () => {
  it('builds the Trellis menu on open', () => {
    const addon = pasted();
    addon.call('onOpen', { authMode: 'NONE' });
    expect(addon.ui.menu?.items).toEqual(MENU_ITEMS.map(({ caption, functionName }) => ({ caption, functionName })));
  });

  it('shows Help, a dialog built from its own pages with the shared head', () => {
    const addon = pasted();
    addon.call('showHelp');
    expect(addon.ui.alerts).toEqual([]);
    const { html, title } = addon.ui.dialogs[0]!;
    expect(title).toBe('Trellis help');
    expect(html).not.toContain('<!--slot:');
    expect(html).toContain(readFileSync(join(SRC, 'head.html'), 'utf8').trim().split('\n')[0]!.trim());
  });

  it('plans a roster, lists its problems in the dialog, and shows a written plan in the sidebar', () => {
    const addon = pasted({ Roster: roster(ANA, BOB, ['', 'nobody@example.com', 'Developer', 'Sam', 'sam@example.com', '', '', '']) });
    addon.call('setUpRoster');
    addon.call('generatePlans');
    expect(addon.ui.alerts).toEqual([]);
    expect(addon.spreadsheet.sheet('Plans')!.values.length).toBeGreaterThan(10);
    expect(addon.ui.dialogs[0]!.html).toContain('>A4</button>');
    addon.spreadsheet.setActiveRange('Plans', 'A2');
    addon.call('showWrittenPlan');
    expect(addon.ui.sidebars[0]!.html).toContain('Ana Lopez');
  });
});
