/** More prompts on request, one category at a time; collapsed until asked for. */
import { useState } from 'preact/hooks';
import type { PromptGroup } from '../../overlay/view';
import { PromptItem } from './PromptItem';

export interface MorePromptsProps {
  groups: PromptGroup[];
  asked: readonly string[];
  onToggle: (promptId: string, asked: boolean) => void;
}

export function MorePrompts({ groups, asked, onToggle }: MorePromptsProps) {
  const [open, setOpen] = useState(false);
  const [category, setCategory] = useState<string | null>(null);
  if (groups.length === 0) return null;
  return (
    <div class="section more">
      <button type="button" class="text-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Fewer prompts' : 'More prompts'}
      </button>
      {open && (
        <ul class="groups">
          {groups.map((g) => {
            const expanded = category === g.category;
            return (
              <li key={g.category}>
                <button
                  type="button"
                  class="group-button"
                  aria-expanded={expanded}
                  onClick={() => setCategory(expanded ? null : g.category)}
                >
                  {g.label} ({g.prompts.length})
                </button>
                {expanded && (
                  <ul class="prompts" aria-label={g.label}>
                    {g.prompts.map((p) => (
                      <PromptItem key={p.id} prompt={p} asked={asked.includes(p.id)} onToggle={onToggle} />
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
