import { useState } from 'preact/hooks';
import { AboutSection } from './AboutSection';
import { BackupSection } from './BackupSection';
import { GoalsSection } from './GoalsSection';
import { OwnPromptsSection } from './OwnPromptsSection';
import { PlansSection } from './PlansSection';
import { SettingsSection } from './SettingsSection';

/** The options page: one column of sections. After a backup is imported or everything deleted, the others re-read storage. */
export function Options() {
  const [generation, setGeneration] = useState(0);
  return (
    <main class="page options">
      <h1>Trellis</h1>
      <p class="lead">Career-conversation prompts beside your one-on-ones in Google Calendar.</p>
      <SettingsSection key={`settings-${generation}`} />
      <OwnPromptsSection key={`own-${generation}`} />
      <PlansSection key={`plans-${generation}`} />
      <GoalsSection key={`goals-${generation}`} />
      <BackupSection onReplaced={() => setGeneration((g) => g + 1)} />
      <AboutSection key={`about-${generation}`} />
    </main>
  );
}
