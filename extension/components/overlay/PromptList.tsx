/** Today's prompts for the person, each to tick as asked. */
import type { PromptQuestion } from '../../../shared/types';
import { PromptItem } from './PromptItem';

export interface PromptListProps {
  name: string;
  prompts: PromptQuestion[];
  asked: readonly string[];
  onToggle: (promptId: string, asked: boolean) => void;
}

export function PromptList({ name, prompts, asked, onToggle }: PromptListProps) {
  if (prompts.length === 0) {
    return <p class="quiet">No prompts left to show: every category is switched off in Trellis Options.</p>;
  }
  return (
    <div class="section">
      <h3 class="label" id="trellis-today">
        Ask {name} today
      </h3>
      <ul class="prompts" aria-labelledby="trellis-today">
        {prompts.map((p) => (
          <PromptItem key={p.id} prompt={p} asked={asked.includes(p.id)} onToggle={onToggle} />
        ))}
      </ul>
    </div>
  );
}
