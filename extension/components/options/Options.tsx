import { useState } from 'preact/hooks';
import { AboutSection } from './AboutSection';
import { BackupSection } from './BackupSection';
import { GoalsSection } from './GoalsSection';
import { OwnPromptsSection } from './OwnPromptsSection';
import { PlansSection } from './PlansSection';
import { SettingsSection } from './SettingsSection';
import { Welcome } from './Welcome';

/**
 * The options page: the welcome, then one column of sections in the order a new user needs them (plans first, the
 * settings after). After a backup is imported or everything deleted, the others re-read storage.
 */
export function Options() {
  const [generation, setGeneration] = useState(0);
  return (
    <main class="page options">
      <Welcome />
      <PlansSection key={`plans-${generation}`} />
      <GoalsSection key={`goals-${generation}`} />
      <SettingsSection key={`settings-${generation}`} />
      <OwnPromptsSection key={`own-${generation}`} />
      <BackupSection onReplaced={() => setGeneration((g) => g + 1)} />
      <AboutSection key={`about-${generation}`} />
    </main>
  );
}
