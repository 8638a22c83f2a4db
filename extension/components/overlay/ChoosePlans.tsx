/**
 * The panel when a person has no plan here: "Choose plans file" imports one on the spot. The file's text goes to the
 * background service worker, which imports it as the options page does (plans-file.ts); the panel then shows the
 * plan from storage. The parser stays out of the content script.
 */
import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { plural } from '../../../shared/plural';
import { importPlansRequest, type ImportPlansReply } from '../../messages';
import { takeFile } from '../options/format';

/** Hands a file's text to whoever imports it; the seam for tests. */
export type SendPlans = (fileName: string, text: string) => Promise<ImportPlansReply | undefined>;

const toWorker: SendPlans = (fileName, text) => browser.runtime.sendMessage(importPlansRequest(fileName, text));

type Said = { text: string; error?: boolean } | null;

/** What an import's answer means for the manager, in one or two sentences. */
export function replyText(fileName: string, reply: ImportPlansReply | undefined): Said {
  if (!reply) return { text: `Trellis did not answer about ${fileName}. Reload this page and try again.`, error: true };
  if (!reply.ok) return { text: reply.message, error: true };
  const skipped = reply.problems.length > 0 ? ' Some rows could not be used: Trellis Options lists them.' : '';
  return { text: `Imported ${fileName} with plans for ${plural(reply.people, 'person', 'people')}.${skipped}` };
}

export function ChoosePlans({ name, send = toWorker }: { name: string; send?: SendPlans }) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<Said>(null);

  const choose = async (event: Event) => {
    const file = takeFile(event);
    if (!file) return;
    setBusy(true);
    setSaid(null);
    try {
      setSaid(replyText(file.name, await send(file.name, await file.text())));
    } catch (err) {
      setSaid({ text: `Trellis could not import ${file.name} here (${String(err)}). Reload this page and try again.`, error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="section">
      <h3 class="label">Plan</h3>
      <p class="plan-line">No written plan for {name} here yet.</p>
      <button
        type="button"
        class="tonal-button"
        aria-describedby="trellis-plans-hint"
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        {busy ? 'Importing…' : 'Choose plans file'}
      </button>
      <input ref={input} type="file" accept=".csv,.json,text/csv,application/json" hidden onChange={choose} />
      <p class="hint" id="trellis-plans-hint">
        The plans CSV from the Trellis Sheets add-on or trellis plan. It stays on this computer.
      </p>
      {/* A live region rather than role=status: the footer's copy line is the panel's one status. */}
      <p class={said?.error ? 'hint overdue-word' : 'hint'} aria-live="polite">
        {said?.text}
      </p>
    </div>
  );
}
