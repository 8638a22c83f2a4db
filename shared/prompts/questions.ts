/**
 * The prompt bank's questions. Prompts are data, not code, so they can be added, reviewed and translated without
 * touching logic; docs/prompts.md is generated from them. Follow-ups live in follow-ups.ts, so the Calendar overlay,
 * which shows questions only, does not carry them.
 */
import type { PromptQuestion } from '../types';

export const QUESTIONS: readonly PromptQuestion[] = [
  // Ask: how the job feels
  {
    id: 'feel-about-job-now',
    text: 'How do you feel about your job these days?',
    category: 'job-satisfaction',
    fundamental: 'ask',
    tags: ['seed'],
  },
  {
    id: 'feel-best-part-of-week',
    text: 'What was the best part of your work week, and why that part?',
    category: 'job-satisfaction',
    fundamental: 'ask',
  },
  {
    id: 'feel-proud-recent-work',
    text: 'Which piece of your recent work are you proudest of?',
    category: 'job-satisfaction',
    fundamental: 'ask',
  },
  {
    id: 'feel-tell-a-friend',
    text: 'If a friend asked what your job is like, what would you honestly tell them?',
    category: 'job-satisfaction',
    fundamental: 'ask',
  },
  {
    id: 'feel-changed-since-start',
    text: 'How has the way you feel about this job changed since you started?',
    category: 'job-satisfaction',
    fundamental: 'ask',
  },
  {
    id: 'feel-skills-used',
    text: 'How much of what you are good at does this job actually use?',
    category: 'job-satisfaction',
    fundamental: 'ask',
  },

  // Ask: is the career moving
  {
    id: 'progress-your-way',
    text: 'How well is your career moving in the direction you want it to?',
    category: 'career-progress',
    fundamental: 'ask',
    tags: ['seed'],
  },
  {
    id: 'progress-year-ago',
    text: 'What can you do now that you could not do a year ago?',
    category: 'career-progress',
    fundamental: 'ask',
  },
  {
    id: 'progress-pace',
    text: 'How does the pace of your growth feel to you right now?',
    category: 'career-progress',
    fundamental: 'ask',
  },
  {
    id: 'progress-scope-change',
    text: 'How has the scope of what you own changed over the past year?',
    category: 'career-progress',
    fundamental: 'ask',
  },
  {
    id: 'progress-recent-learning',
    text: 'What is the most useful thing you have learned at work in the last few months?',
    category: 'career-progress',
    fundamental: 'ask',
  },
  {
    id: 'progress-own-measure',
    text: 'How do you judge whether your career is going well?',
    category: 'career-progress',
    fundamental: 'ask',
  },
  {
    id: 'progress-hoped-by-now',
    text: 'When you picture where you hoped to be by now, how close are you?',
    category: 'career-progress',
    fundamental: 'ask',
  },

  // Ask: what's next
  {
    id: 'next-what-you-see',
    text: 'What do you see as the next thing for you in your career?',
    category: 'whats-next',
    fundamental: 'ask',
    tags: ['seed'],
  },
  {
    id: 'next-two-years',
    text: 'What kind of work would you like to be doing two years from now?',
    category: 'whats-next',
    fundamental: 'ask',
  },
  {
    id: 'next-more-impact',
    text: 'Where would you like your work to have more impact than it has today?',
    category: 'whats-next',
    fundamental: 'ask',
  },
  {
    id: 'next-role-you-admire',
    text: 'Whose role, here or elsewhere, looks like something you would want one day?',
    category: 'whats-next',
    fundamental: 'ask',
  },
  {
    id: 'next-deep-or-broad',
    text: 'Where would you like to go deeper in your work, and where would you like to reach wider?',
    category: 'whats-next',
    fundamental: 'ask',
  },
  {
    id: 'next-problem-trusted-with',
    text: 'What kind of problem would you love to be trusted with next?',
    category: 'whats-next',
    fundamental: 'ask',
  },
  {
    id: 'next-not-wanted',
    text: 'What would you rather not have in your next role, even if it came with a bigger title?',
    category: 'whats-next',
    fundamental: 'ask',
  },
  {
    id: 'next-hands-on',
    text: 'How much hands-on technical work do you want to keep as you grow?',
    category: 'whats-next',
    fundamental: 'ask',
  },

  // Ask: the steps to get there
  {
    id: 'steps-to-get-there',
    text: 'What steps do you think it will take to get where you want to go?',
    category: 'steps',
    fundamental: 'ask',
    tags: ['seed'],
  },
  {
    id: 'steps-smallest-first',
    text: 'What is the smallest step you could take toward that goal in the next two weeks?',
    category: 'steps',
    fundamental: 'ask',
  },
  {
    id: 'steps-skills-to-build',
    text: 'Which skills do you still want to build for that next role?',
    category: 'steps',
    fundamental: 'ask',
  },
  {
    id: 'steps-stretch-project',
    text: 'What kind of project would stretch you in the right direction?',
    category: 'steps',
    fundamental: 'ask',
  },
  {
    id: 'steps-how-you-learn',
    text: 'How do you learn best?',
    category: 'steps',
    fundamental: 'ask',
  },
  {
    id: 'steps-show-growth',
    text: 'What would show you, and others, that you have grown into the next step?',
    category: 'steps',
    fundamental: 'ask',
    tags: ['evidence'],
  },
  {
    id: 'steps-who-can-help',
    text: 'Who, besides me, could help you take these steps?',
    category: 'steps',
    fundamental: 'ask',
  },

  // Ask: how long it should take
  {
    id: 'timeline-how-long',
    text: 'How long do you think it should take to get there?',
    category: 'timeline',
    fundamental: 'ask',
    tags: ['seed'],
  },
  {
    id: 'timeline-three-months',
    text: 'What would you like to have done three months from now?',
    category: 'timeline',
    fundamental: 'ask',
  },
  {
    id: 'timeline-six-and-twelve',
    text: 'Where would you like to be in six months, and where in a year?',
    category: 'timeline',
    fundamental: 'ask',
  },
  {
    id: 'timeline-what-slows',
    text: 'What might make this take longer than you hope?',
    category: 'timeline',
    fundamental: 'ask',
  },
  {
    id: 'timeline-timing-vs-direction',
    text: 'How much does the timing matter to you compared with the direction?',
    category: 'timeline',
    fundamental: 'ask',
  },
  {
    id: 'timeline-life-outside',
    text: 'What is coming up in the next year, at work or outside it, that the plan should make room for?',
    category: 'timeline',
    fundamental: 'ask',
  },

  // Ask: what the manager will do
  {
    id: 'support-from-me',
    text: 'What would you like me to do as your manager to support you along the way?',
    category: 'manager-support',
    fundamental: 'ask',
    tags: ['seed'],
  },
  {
    id: 'support-introductions',
    text: 'Who would you like me to introduce you to?',
    category: 'manager-support',
    fundamental: 'ask',
  },
  {
    id: 'support-time-budget',
    text: 'What time or budget would make the biggest difference to your growth?',
    category: 'manager-support',
    fundamental: 'ask',
  },
  {
    id: 'support-what-gets-in-way',
    text: 'What am I doing, or not doing, that gets in the way of your growth?',
    category: 'manager-support',
    fundamental: 'ask',
  },
  {
    id: 'support-feedback-style',
    text: 'How would you like me to give you feedback as you grow?',
    category: 'manager-support',
    fundamental: 'ask',
  },
  {
    id: 'support-speak-up',
    text: 'Where would you like me to speak up for your work?',
    category: 'manager-support',
    fundamental: 'ask',
  },
  {
    id: 'support-take-off-plate',
    text: 'What should I take off your plate so you have room to grow?',
    category: 'manager-support',
    fundamental: 'ask',
  },

  // Ask: strengths and energy
  {
    id: 'energy-gives',
    text: 'What kind of work gives you energy, even when it is hard?',
    category: 'strengths-energy',
    fundamental: 'ask',
  },
  {
    id: 'energy-drains',
    text: 'What kind of work drains you, even when it goes well?',
    category: 'strengths-energy',
    fundamental: 'ask',
  },
  {
    id: 'energy-go-to-person',
    text: 'What do colleagues come to you for?',
    category: 'strengths-energy',
    fundamental: 'ask',
  },
  {
    id: 'energy-strength-underused',
    text: 'Which of your strengths do you wish you used more at work?',
    category: 'strengths-energy',
    fundamental: 'ask',
  },
  {
    id: 'energy-day-to-repeat',
    text: 'Think of a recent work day you would gladly repeat: what made it good?',
    category: 'strengths-energy',
    fundamental: 'ask',
  },
  {
    id: 'energy-learn-quickly',
    text: 'What do you pick up faster than most people around you?',
    category: 'strengths-energy',
    fundamental: 'ask',
  },
  {
    id: 'energy-curious-about',
    text: 'Which technical topic do you find yourself curious about without being asked?',
    category: 'strengths-energy',
    fundamental: 'ask',
  },

  // Ask: motivation and staying
  {
    id: 'stay-what-keeps-you',
    text: 'What keeps you here, and what would make you start looking elsewhere?',
    category: 'motivation',
    fundamental: 'ask',
  },
  {
    id: 'motivation-what-drives',
    text: 'What motivates you most in your work these days?',
    category: 'motivation',
    fundamental: 'ask',
  },
  {
    id: 'motivation-recognised',
    text: 'When did you last feel your work was recognised and valued here?',
    category: 'motivation',
    fundamental: 'ask',
  },
  {
    id: 'stay-competitor-call',
    text: 'If a competitor called you tomorrow with an offer, how seriously would you listen, honestly?',
    category: 'motivation',
    fundamental: 'ask',
  },
  {
    id: 'motivation-how-recognised',
    text: 'How do you like good work of yours to be recognised?',
    category: 'motivation',
    fundamental: 'ask',
  },
  {
    id: 'stay-best-two-years',
    text: 'What would make the next two years here the best of your career so far?',
    category: 'motivation',
    fundamental: 'ask',
  },

  // Ask: what is in the way
  {
    id: 'obstacle-biggest',
    text: 'What is the biggest thing standing between you and where you want to be?',
    category: 'obstacles',
    fundamental: 'ask',
  },
  {
    id: 'obstacle-unclear-growth',
    text: 'What feels unclear to you about how people grow here?',
    category: 'obstacles',
    fundamental: 'ask',
  },
  {
    id: 'obstacle-not-ready',
    text: 'Where do you hold back because you are not sure you are ready?',
    category: 'obstacles',
    fundamental: 'ask',
  },
  {
    id: 'obstacle-last-attempt',
    text: 'What got in the way the last time you tried to grow in this direction?',
    category: 'obstacles',
    fundamental: 'ask',
  },
  {
    id: 'obstacle-team-habits',
    text: 'Which of our team habits make growing harder for you?',
    category: 'obstacles',
    fundamental: 'ask',
  },

  // Path: choosing a path
  {
    id: 'path-options-known',
    text: 'Which ways of growing here do you know about, and which would you like to hear more about?',
    category: 'path-choice',
    fundamental: 'path',
  },
  {
    id: 'path-expert-coach-lead',
    text: 'When you picture growing here, what kind of work pulls at you most?',
    category: 'path-choice',
    fundamental: 'path',
  },
  {
    id: 'path-without-managing',
    text: 'What would growing here look like for you if you never managed anyone?',
    category: 'path-choice',
    fundamental: 'path',
  },
  {
    id: 'path-management-option',
    text: 'How do you feel about managing people as one option among several?',
    category: 'path-choice',
    fundamental: 'path',
    tags: ['management'],
  },
  {
    id: 'path-management-draw',
    text: 'If managing people is what you want, what draws you to it?',
    category: 'path-choice',
    fundamental: 'path',
    tags: ['management'],
  },
  {
    id: 'path-try-before-choosing',
    text: 'How could you try a path for a few months before choosing it?',
    category: 'path-choice',
    fundamental: 'path',
  },
  {
    id: 'path-change-later',
    text: 'What would make you want to switch paths later on?',
    category: 'path-choice',
    fundamental: 'path',
  },
  {
    id: 'path-team-needs',
    text: 'What do you think the team needs most from you over the next year, and how does that fit what you want?',
    category: 'path-choice',
    fundamental: 'path',
  },

  // Path: subject-matter expertise
  {
    id: 'expert-go-to-topic',
    text: 'Which topic would you like to be the person people come to for?',
    category: 'expertise',
    fundamental: 'path',
  },
  {
    id: 'expert-area-to-own',
    text: 'Which deep area, such as network security, data analytics or performance, would you most like to own?',
    category: 'expertise',
    fundamental: 'path',
  },
  {
    id: 'expert-team-gap',
    text: 'What expertise does our team lack that you could grow into?',
    category: 'expertise',
    fundamental: 'path',
  },
  {
    id: 'expert-share-knowledge',
    text: 'How would you like to share what you know with others?',
    category: 'expertise',
    fundamental: 'path',
  },
  {
    id: 'expert-year-deep',
    text: 'What would a year of going deep on that subject look like for you?',
    category: 'expertise',
    fundamental: 'path',
  },
  {
    id: 'expert-beyond-team',
    text: 'Where beyond our team could your expertise make a difference?',
    category: 'expertise',
    fundamental: 'path',
  },
  {
    id: 'expert-keep-current',
    text: 'How do you keep up with your field, and how much time would you like for it?',
    category: 'expertise',
    fundamental: 'path',
  },

  // Path: coaching and mentoring
  {
    id: 'mentor-new-colleague',
    text: 'How would you feel about coaching a new or junior colleague while they find their feet?',
    category: 'mentoring',
    fundamental: 'path',
  },
  {
    id: 'mentor-senior-title',
    text: 'How would you like your coaching of others to be recognised?',
    category: 'mentoring',
    fundamental: 'path',
  },
  {
    id: 'mentor-who-helped-you',
    text: 'Who helped you most when you were new, and what did they do?',
    category: 'mentoring',
    fundamental: 'path',
  },
  {
    id: 'mentor-kind-of-coach',
    text: 'What kind of coach would you like to be?',
    category: 'mentoring',
    fundamental: 'path',
  },
  {
    id: 'mentor-time-per-week',
    text: 'How much of your week could go to coaching without your own work suffering?',
    category: 'mentoring',
    fundamental: 'path',
  },
  {
    id: 'mentor-easier-joining',
    text: 'Which part of joining our team could you make easier for the next person?',
    category: 'mentoring',
    fundamental: 'path',
  },
  {
    id: 'mentor-learn-by-teaching',
    text: 'What do you think you would learn yourself by coaching someone else?',
    category: 'mentoring',
    fundamental: 'path',
  },

  // Path: technical leadership
  {
    id: 'lead-ladder-position',
    text: 'On the technical ladder, from developer through senior and lead to staff, architect and principal, where do you see yourself now, and where next?',
    category: 'technical-leadership',
    fundamental: 'path',
  },
  {
    id: 'lead-developer-day',
    text: 'What would your next technical role look like day to day?',
    category: 'technical-leadership',
    fundamental: 'path',
  },
  {
    id: 'lead-architect-pull',
    text: 'As your technical scope grows, what kind of senior role do you picture for yourself?',
    category: 'technical-leadership',
    fundamental: 'path',
  },
  {
    id: 'lead-own-system-design',
    text: 'Which system would you like to own the design of?',
    category: 'technical-leadership',
    fundamental: 'path',
  },
  {
    id: 'lead-bigger-say',
    text: 'Which technical decisions would you like a bigger say in?',
    category: 'technical-leadership',
    fundamental: 'path',
  },
  {
    id: 'lead-bring-people-along',
    text: 'How do you like to get other engineers on board with an idea?',
    category: 'technical-leadership',
    fundamental: 'path',
  },
  {
    id: 'lead-design-to-review',
    text: 'What design could you write up and take through review next quarter?',
    category: 'technical-leadership',
    fundamental: 'path',
    tags: ['evidence'],
  },

  // Path: trying management
  {
    id: 'manage-worries',
    text: 'What worries you about managing people?',
    category: 'management',
    fundamental: 'path',
  },
  {
    id: 'manage-miss-hands-on',
    text: 'What would you miss about hands-on work if you managed people?',
    category: 'management',
    fundamental: 'path',
  },
  {
    id: 'manage-hardest-part',
    text: 'Which part of managing do you expect to find hardest?',
    category: 'management',
    fundamental: 'path',
  },
  {
    id: 'manage-admired-manager',
    text: 'Which manager you have worked with would you most like to be like, and why?',
    category: 'management',
    fundamental: 'path',
  },
  {
    id: 'manage-trial-shape',
    text: 'What would a fair trial of managing look like for you, and how long should it run?',
    category: 'management',
    fundamental: 'path',
  },
  {
    id: 'manage-way-back',
    text: 'If managing turns out not to suit you, what would a good way back look like?',
    category: 'management',
    fundamental: 'path',
  },
  {
    id: 'manage-trial-going',
    text: 'How is the trial going, and what has surprised you about managing?',
    category: 'management',
    fundamental: 'path',
  },
  {
    id: 'manage-after-trial',
    text: 'Now that you have tried it, how do you feel about managing people as your next step?',
    category: 'management',
    fundamental: 'path',
  },

  // Commit: writing the plan down
  {
    id: 'commit-steps-and-owners',
    text: 'Which next steps should we write down today, and who owns each one?',
    category: 'commitment',
    fundamental: 'commit',
  },
  {
    id: 'commit-manager-part',
    text: 'What should I commit to in writing as my part of this plan?',
    category: 'commitment',
    fundamental: 'commit',
  },
  {
    id: 'commit-your-part',
    text: 'What will you commit to, with a date next to each item?',
    category: 'commitment',
    fundamental: 'commit',
  },
  {
    id: 'commit-fair-dates',
    text: 'What date would make each step real but still fair?',
    category: 'commitment',
    fundamental: 'commit',
  },
  {
    id: 'commit-done-evidence',
    text: 'For each step, what would show that it is done?',
    category: 'commitment',
    fundamental: 'commit',
    tags: ['evidence'],
  },
  {
    id: 'commit-goals-in-words',
    text: 'How would you put your short-term and long-term goals into one sentence each?',
    category: 'commitment',
    fundamental: 'commit',
  },
  {
    id: 'commit-ready-to-sign',
    text: 'What would make you comfortable signing this plan as yours?',
    category: 'commitment',
    fundamental: 'commit',
  },

  // Commit: reviewing the plan
  {
    id: 'review-how-often',
    text: 'How often should we sit down together to review this plan?',
    category: 'review',
    fundamental: 'commit',
  },
  {
    id: 'review-steps-finished',
    text: 'Which steps have we each finished since last time, and what did they show?',
    category: 'review',
    fundamental: 'commit',
  },
  {
    id: 'review-stalled-step',
    text: 'Which step has stalled, and what is holding it up?',
    category: 'review',
    fundamental: 'commit',
  },
  {
    id: 'review-goal-still-fits',
    text: 'How well does the goal we wrote down still fit what you want?',
    category: 'review',
    fundamental: 'commit',
  },
  {
    id: 'review-my-side',
    text: 'How well have I kept my side of the plan?',
    category: 'review',
    fundamental: 'commit',
  },
  {
    id: 'review-add-drop-redate',
    text: 'What should we add, drop or re-date in the plan now?',
    category: 'review',
    fundamental: 'commit',
  },
  {
    id: 'review-growth-noticed',
    text: 'What growth have you noticed in yourself since we wrote the plan?',
    category: 'review',
    fundamental: 'commit',
  },
];
