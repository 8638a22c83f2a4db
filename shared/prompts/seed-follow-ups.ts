/**
 * The follow-ups of the six seed questions (the ones tagged 'seed' in questions.ts), kept apart from the rest of
 * follow-ups.ts so the Calendar panel's Career goals view carries these alone, not every follow-up of the bank.
 */
export const SEED_FOLLOW_UPS: Readonly<Record<string, readonly string[]>> = {
  'feel-about-job-now': [
    'What would need to change for that answer to get one notch better?',
    'When did it last feel different, and what was going on then?',
  ],
  'progress-your-way': ['Where does it feel on track, and where does it feel stuck?'],
  'next-what-you-see': ['What draws you to that?', 'What would you want to be doing day to day once you got there?'],
  'steps-to-get-there': ['Which of those steps could you start this month?'],
  'timeline-how-long': ['What makes that length of time feel right to you?'],
  'support-from-me': ['Which of those should I commit to in writing?'],
};
