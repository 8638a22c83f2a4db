/**
 * One prompt as a real checkbox with its label: ticked means "asked in this meeting". Its follow-ups, for when the
 * answer is short, are one click away.
 */
import { useState } from 'preact/hooks';
import { FOLLOW_UPS } from '../../../shared/prompts/follow-ups';
import type { PromptQuestion } from '../../../shared/types';

export interface PromptItemProps {
  prompt: PromptQuestion;
  asked: boolean;
  onToggle: (promptId: string, asked: boolean) => void;
}

export function PromptItem({ prompt, asked, onToggle }: PromptItemProps) {
  const [open, setOpen] = useState(false);
  const followUps = FOLLOW_UPS[prompt.id] ?? [];
  const listId = `trellis-follow-${prompt.id}`;
  return (
    <li class="prompt" data-trellis="prompt">
      <label>
        <input type="checkbox" checked={asked} onChange={(e) => onToggle(prompt.id, (e.currentTarget as HTMLInputElement).checked)} />
        <span>{prompt.text}</span>
      </label>
      {followUps.length > 0 && (
        // The chevron is drawn by the style sheet, so the prompt's text stays the question alone.
        <button
          type="button"
          class="follow-toggle"
          aria-label="Follow-ups"
          title="Follow-ups"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
        />
      )}
      {open && (
        <ul class="follow-ups" id={listId} aria-label="Follow-ups">
          {followUps.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
