/** One prompt as a real checkbox with its label: ticked means "asked in this meeting". */
import type { PromptQuestion } from '../../../shared/types';

export interface PromptItemProps {
  prompt: PromptQuestion;
  asked: boolean;
  onToggle: (promptId: string, asked: boolean) => void;
}

export function PromptItem({ prompt, asked, onToggle }: PromptItemProps) {
  return (
    <li class="prompt" data-trellis="prompt">
      <label>
        <input type="checkbox" checked={asked} onChange={(e) => onToggle(prompt.id, (e.currentTarget as HTMLInputElement).checked)} />
        <span>{prompt.text}</span>
      </label>
    </li>
  );
}
