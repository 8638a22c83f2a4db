/**
 * One prompt as a real checkbox with its label: ticked means "asked in this meeting". A prompt of the bank has
 * follow-ups, for when the answer is short, one click away; the background worker holds them (follow-ups-message.ts).
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { QUESTIONS } from '../../../shared/prompts/questions';
import type { PromptQuestion } from '../../../shared/types';
import { followUpsReply, followUpsRequest } from '../../follow-ups-message';

/** Asks for a prompt's follow-ups; null when there is no usable answer. The seam for tests. */
export type AskFollowUps = (promptId: string) => Promise<string[] | null>;

const fromWorker: AskFollowUps = async (promptId) => followUpsReply(await browser.runtime.sendMessage(followUpsRequest(promptId)));

export interface PromptItemProps {
  prompt: PromptQuestion;
  asked: boolean;
  onToggle: (promptId: string, asked: boolean) => void;
  ask?: AskFollowUps;
}

/** The follow-ups once asked for: the questions, or 'failed' (the worker did not answer: the extension was reloaded, say). */
type Fetched = string[] | 'failed' | null;

export function PromptItem({ prompt, asked, onToggle, ask = fromWorker }: PromptItemProps) {
  const [open, setOpen] = useState(false);
  const [followUps, setFollowUps] = useState<Fetched>(null);
  const inBank = QUESTIONS.some((q) => q.id === prompt.id);
  const listId = `trellis-follow-${prompt.id}`;
  const toggle = async () => {
    setOpen(!open);
    if (open || (followUps !== null && followUps !== 'failed')) return;
    const answer = await ask(prompt.id).catch(() => null);
    setFollowUps(answer && answer.length > 0 ? answer : 'failed');
  };
  return (
    <li class="prompt" data-trellis="prompt">
      <label>
        <input type="checkbox" checked={asked} onChange={(e) => onToggle(prompt.id, (e.currentTarget as HTMLInputElement).checked)} />
        <span>{prompt.text}</span>
      </label>
      {inBank && (
        // The chevron is drawn by the style sheet, so the prompt's text stays the question alone.
        <button
          type="button"
          class="follow-toggle"
          aria-label="Follow-ups"
          title="Follow-ups"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => void toggle()}
        />
      )}
      {open && followUps === 'failed' && (
        <p class="hint follow-ups" id={listId} role="status">
          Trellis could not fetch the follow-ups here. Reload this page and try again.
        </p>
      )}
      {open && Array.isArray(followUps) && (
        <ul class="follow-ups" id={listId} aria-label="Follow-ups">
          {followUps.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
