/// <reference types="google-apps-script" />
// HtmlService: HTML outputs from strings, from the built dist/*.html files, and from templates (scriptlets).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Env } from './env';

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type OutputMethods =
  | 'getContent'
  | 'setContent'
  | 'append'
  | 'appendUntrusted'
  | 'clear'
  | 'getTitle'
  | 'setTitle'
  | 'getWidth'
  | 'setWidth'
  | 'getHeight'
  | 'setHeight'
  | 'setSandboxMode'
  | 'setXFrameOptionsMode'
  | 'addMetaTag'
  | 'setFaviconUrl';

const escapeHtml = (s: unknown) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export class GasHtmlOutput implements Pick<HtmlOutput, OutputMethods> {
  title = '';
  width = 0;
  height = 0;
  constructor(public content: string) {}
  getContent() {
    return this.content;
  }
  setContent(content: string) {
    this.content = String(content);
    return this as unknown as HtmlOutput;
  }
  append(addedContent: string) {
    this.content += String(addedContent);
    return this as unknown as HtmlOutput;
  }
  appendUntrusted(addedContent: string) {
    this.content += escapeHtml(addedContent);
    return this as unknown as HtmlOutput;
  }
  clear() {
    this.content = '';
    return this as unknown as HtmlOutput;
  }
  getTitle() {
    return this.title;
  }
  setTitle(title: string) {
    this.title = String(title);
    return this as unknown as HtmlOutput;
  }
  getWidth() {
    return this.width;
  }
  setWidth(width: number) {
    this.width = width;
    return this as unknown as HtmlOutput;
  }
  getHeight() {
    return this.height;
  }
  setHeight(height: number) {
    this.height = height;
    return this as unknown as HtmlOutput;
  }
  setSandboxMode() {
    return this as unknown as HtmlOutput;
  }
  setXFrameOptionsMode() {
    return this as unknown as HtmlOutput;
  }
  addMetaTag() {
    return this as unknown as HtmlOutput;
  }
  setFaviconUrl() {
    return this as unknown as HtmlOutput;
  }
}

/** A template's scriptlets as a function body: `<?= ?>` escaped, `<?!= ?>` raw, `<? ?>` code. */
export function templateSource(template: string): string {
  let code = 'var __out = [];\n';
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    code += `__out.push(${JSON.stringify(template.slice(last, m.index))});\n`;
    if (m[1] === '=') code += `__out.push(__escape(${m[2]}));\n`;
    else if (m[1] === '!=') code += `__out.push(String(${m[2]}));\n`;
    else code += `${m[2]}\n`;
    last = re.lastIndex;
  }
  code += `__out.push(${JSON.stringify(template.slice(last))});\n`;
  return `(function (__data, __escape) { with (__data) { ${code} return __out.join(''); } })`;
}

class GasHtmlTemplate implements Pick<GoogleAppsScript.HTML.HtmlTemplate, 'evaluate' | 'getRawContent'> {
  [name: string]: unknown;
  constructor(
    private env: Env,
    private source: string,
  ) {}
  evaluate() {
    const data: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(this)) if (k !== 'env' && k !== 'source') data[k] = v;
    const render = this.env.compile(templateSource(this.source));
    return htmlOutput(this.env, String(render(data, escapeHtml)));
  }
  getRawContent() {
    return this.source;
  }
}

function htmlOutput(env: Env, content: string): HtmlOutput {
  return env.wrap(new GasHtmlOutput(content), 'HtmlOutput') as unknown as HtmlOutput;
}

function readHtml(env: Env, filename: string): string {
  const name = filename.endsWith('.html') ? filename : `${filename}.html`;
  try {
    return readFileSync(join(env.htmlDir, name), 'utf8');
  } catch {
    throw new Error(`No HTML file named ${filename} was found.`);
  }
}

class GasHtmlService
  implements
    Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplate' | 'createTemplateFromFile'>
{
  readonly SandboxMode = Object.freeze({ IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' }) as never;
  readonly XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' }) as never;
  constructor(private env: Env) {}
  createHtmlOutput(html: unknown = '') {
    return htmlOutput(this.env, String(html));
  }
  createHtmlOutputFromFile(filename: string) {
    return htmlOutput(this.env, readHtml(this.env, filename));
  }
  createTemplate(html: unknown) {
    return this.env.wrap(new GasHtmlTemplate(this.env, String(html)), 'HtmlTemplate') as unknown as GoogleAppsScript.HTML.HtmlTemplate;
  }
  createTemplateFromFile(filename: string) {
    return this.createTemplate(readHtml(this.env, filename));
  }
}

export function htmlService(env: Env): GoogleAppsScript.HTML.HtmlService {
  return env.wrap(new GasHtmlService(env), 'HtmlService') as unknown as GoogleAppsScript.HTML.HtmlService;
}
