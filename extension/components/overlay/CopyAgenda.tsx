/** "Copy as agenda": plain text to paste into the event description. */
import { CopyButton, type WriteClip } from './CopyButton';

export interface CopyAgendaProps {
  text: () => string;
  write?: WriteClip;
}

export function CopyAgenda({ text, write }: CopyAgendaProps) {
  return (
    <CopyButton
      label="Copy as agenda"
      clip={() => ({ text: text() })}
      write={write}
      copied="Copied. Paste it into the event description."
      what="The agenda"
      manualLabel="Agenda to copy"
    />
  );
}
