/// <reference types="google-apps-script" />
// Ui and Menu: records the add-on menu, alerts, prompts, dialogs, sidebars and toasts for the tests to assert on.
import type { CallCounter, ErrorMapper } from './counter';
import { counted } from './counter';
import type { GasHtmlOutput } from './html';

type Base = typeof GoogleAppsScript.Base;
type Ui = GoogleAppsScript.Base.Ui;
type Menu = GoogleAppsScript.Base.Menu;
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export interface MenuRecord {
  /** The caption of createMenu; '' for createAddonMenu (Sheets shows the add-on's name). */
  title: string;
  addon: boolean;
  items: { caption: string; functionName: string }[];
  /** Item counts at which a separator was added (a separator before items[n] is recorded as n). */
  separators: number[];
  subMenus: MenuRecord[];
}

export interface ShownHtml {
  title: string;
  html: string;
  width?: number;
  height?: number;
}

const BUTTON = Object.freeze({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' });
const BUTTON_SET = Object.freeze({ OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' });

/** What the user saw; tests may queue the buttons (and prompt texts) the user will choose. */
export class FakeUi {
  /** The last menu added to the UI, or null before onOpen. */
  menu: MenuRecord | null = null;
  menus: MenuRecord[] = [];
  alerts: { title?: string; prompt: string; buttons: string }[] = [];
  prompts: { title?: string; prompt: string; buttons: string }[] = [];
  dialogs: (ShownHtml & { modal: boolean })[] = [];
  sidebars: ShownHtml[] = [];
  toasts: { message: string; title?: string; timeoutSeconds?: number }[] = [];
  /** Buttons the next alerts/prompts answer with, in order; when empty: OK, or YES for a YES_NO set. */
  answers: string[] = [];
  /** Texts the next prompts answer with; '' when empty. */
  promptTexts: string[] = [];
  gas!: Ui;

  attach(counter: CallCounter, mapError: ErrorMapper): void {
    this.gas = counted(new GasUi(this, counter, mapError), 'Ui', counter, mapError) as unknown as Ui;
  }
}

function shown(output: HtmlOutput, title: string): ShownHtml {
  const o = output as unknown as GasHtmlOutput;
  return { title, html: o.content, ...(o.width ? { width: o.width } : {}), ...(o.height ? { height: o.height } : {}) };
}

type UiMethods = 'alert' | 'prompt' | 'createAddonMenu' | 'createMenu' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog';

class GasUi implements Pick<Ui, UiMethods> {
  readonly Button = BUTTON as unknown as Base['Button'];
  readonly ButtonSet = BUTTON_SET as unknown as Base['ButtonSet'];
  constructor(
    private ui: FakeUi,
    private counter: CallCounter,
    private mapError: ErrorMapper,
  ) {}

  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons), as the three overloads. */
  private dialog(args: unknown[]) {
    const [title, prompt, buttons] = args.length >= 3 ? args : [undefined, args[0], args[1] ?? 'OK'];
    return { ...(title === undefined ? {} : { title: String(title) }), prompt: String(prompt), buttons: String(buttons) };
  }
  private answer(buttons: string): GoogleAppsScript.Base.Button {
    const next = this.ui.answers.shift() ?? (buttons.startsWith('YES') ? 'YES' : 'OK');
    return next as unknown as GoogleAppsScript.Base.Button;
  }
  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    const d = this.dialog(args);
    this.ui.alerts.push(d);
    return this.answer(d.buttons);
  }
  prompt(...args: unknown[]): GoogleAppsScript.Base.PromptResponse {
    const d = this.dialog(args);
    this.ui.prompts.push(d);
    const button = this.answer(d.buttons);
    const text = this.ui.promptTexts.shift() ?? '';
    return counted({ getSelectedButton: () => button, getResponseText: () => text }, 'PromptResponse', this.counter, this.mapError);
  }
  private menu(title: string, addon: boolean): Menu {
    const record: MenuRecord = { title, addon, items: [], separators: [], subMenus: [] };
    return counted(new GasMenu(this.ui, record), 'Menu', this.counter, this.mapError) as unknown as Menu;
  }
  createAddonMenu() {
    return this.menu('', true);
  }
  createMenu(caption: string) {
    return this.menu(caption, false);
  }
  showSidebar(userInterface: HtmlOutput) {
    this.ui.sidebars.push(shown(userInterface, (userInterface as unknown as GasHtmlOutput).title));
  }
  showModalDialog(userInterface: HtmlOutput, title: string) {
    this.ui.dialogs.push({ ...shown(userInterface, title), modal: true });
  }
  showModelessDialog(userInterface: HtmlOutput, title: string) {
    this.ui.dialogs.push({ ...shown(userInterface, title), modal: false });
  }
}

class GasMenu implements Pick<Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  constructor(
    private ui: FakeUi,
    readonly record: MenuRecord,
  ) {}
  addItem(caption: string, functionName: string) {
    this.record.items.push({ caption, functionName });
    return this as unknown as Menu;
  }
  addSeparator() {
    this.record.separators.push(this.record.items.length);
    return this as unknown as Menu;
  }
  addSubMenu(menu: Menu) {
    this.record.subMenus.push((menu as unknown as GasMenu).record);
    return this as unknown as Menu;
  }
  addToUi() {
    this.ui.menu = this.record;
    this.ui.menus.push(this.record);
  }
}
