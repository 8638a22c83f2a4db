import { longDay } from '../../../shared/dates';
import type { AttentivePerson } from '../../../shared/meeting/attention';
import { NUDGE_WORDS, nudgeKind } from '../../../shared/meeting/nudge';

/** When the last career conversation was, in the panel's words: a calm first one, a lapse emphasised. */
function Conversation({ person }: { person: AttentivePerson }) {
  const kind = nudgeKind({ due: person.conversationDue, daysSince: person.daysSince });
  if (kind === 'first' || !person.lastConversation) return <p class="muted">{NUDGE_WORDS.first}</p>;
  return (
    <p class="muted">
      Last career conversation: {longDay(person.lastConversation)}
      {kind === 'lapsed' && (
        <>
          {' · '}
          <strong class="due">{NUDGE_WORDS.lapsed}</strong>
        </>
      )}
    </p>
  );
}

/** One person in the popup: their last career conversation, whether one is due, and the plan's next step. */
export function PersonCard({ person }: { person: AttentivePerson }) {
  const next = person.next;
  const detail = next ? [next.owner, next.due ? `due ${longDay(next.due)}` : 'no due date'].filter(Boolean).join(', ') : '';
  return (
    <li class="person">
      <p class="name">{person.name}</p>
      <Conversation person={person} />
      {next && (
        <p>
          Next: {next.step} ({detail})
          {next.overdue && (
            <>
              {' · '}
              <strong class="due">Overdue</strong>
            </>
          )}
        </p>
      )}
    </li>
  );
}
