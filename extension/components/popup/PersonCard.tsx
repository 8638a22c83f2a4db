import { longDay } from '../../../shared/dates';
import type { RecentPerson } from '../../../shared/meeting/people';

/** One person in the popup: last career conversation, whether one is due, and the plan's next step. */
export function PersonCard({ person }: { person: RecentPerson }) {
  const next = person.next;
  const detail = next ? [next.owner, next.due ? `due ${longDay(next.due)}` : 'no due date'].filter(Boolean).join(', ') : '';
  return (
    <li class="person">
      <p class="name">{person.name}</p>
      <p class="muted">
        Last career conversation: {person.lastConversation ? longDay(person.lastConversation) : 'never'}
        {person.conversationDue && (
          <>
            {' · '}
            <strong class="due">Conversation due</strong>
          </>
        )}
      </p>
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
