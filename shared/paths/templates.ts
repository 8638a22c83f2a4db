import type { PathId, StepTemplate } from '../types';

/** A career path: the roster values that name it and the steps its plan adds between OPENING and CLOSING. */
export interface PathDefinition {
  id: PathId;
  label: string;
  /** Roster values (lower-case) that name this path; blank means undecided. */
  accepted: readonly string[];
  summary: string;
  steps: readonly StepTemplate[];
}

/** The first steps of every plan: ask about career goals before choosing anything. */
export const OPENING: readonly StepTemplate[] = [
  {
    id: 'goals-reflection',
    text: 'Note, before the career conversation, the work that gives energy, the work that drains it, and where to be in one to three years',
    owner: 'Employee',
    dueOffsetDays: 5,
    why: 'A person who has thought about it first gives a fuller answer than one put on the spot.',
    evidence: 'Notes brought to the conversation',
  },
  {
    id: 'goals-conversation',
    text: 'Hold the career-goals conversation with {first}: how the job feels, whether the career is progressing as hoped, what comes next, the steps, how long they should take, and what {manager} will do to support it',
    owner: 'Manager',
    dueOffsetDays: 7,
    why: 'The plan has to start from what the person wants, not from what the org chart offers.',
    evidence: 'Answers written down and shared with {first}',
  },
];

/** The last steps of every plan: both sign the written plan, then the manager reviews it every quarter. */
export const CLOSING: readonly StepTemplate[] = [
  {
    id: 'sign-off-employee',
    text: 'Read the written plan and sign it: goals, steps, dates and the support promised',
    owner: 'Employee',
    dueOffsetDays: 30,
    why: 'A signed plan is a commitment both people made, not a wish list.',
    evidence: 'Signature and date on the plan',
  },
  {
    id: 'sign-off-manager',
    text: 'Sign the written plan, committing to every support step {manager} owns in it',
    owner: 'Manager',
    dueOffsetDays: 30,
    why: "The manager's signature puts the promised support on record next to the employee's effort.",
    evidence: 'Signature and date on the plan',
  },
  {
    id: 'progress-review',
    text: 'Review progress on the plan with {first}, and again every quarter: what is done, what is blocked, what changes',
    owner: 'Manager',
    dueOffsetDays: 90,
    why: 'A quarterly rhythm keeps the plan alive and lets it change when goals do.',
    evidence: 'Plan statuses updated and the next review booked',
  },
];

const technical: PathDefinition = {
  id: 'technical',
  label: 'Technical ladder',
  accepted: ['technical', 'technical ladder', 'individual contributor', 'ic', 'engineering'],
  summary:
    'More responsibility for projects and technology along developer → senior developer → lead developer → software architect, and on to staff and principal engineer, without managing people.',
  steps: [
    {
      id: 'agree-target-role',
      text: 'Agree with {first} the next role on the ladder, or the wider scope to grow into at the current level, and write it into the plan as the target role',
      owner: 'Manager',
      dueOffsetDays: 14,
      why: 'No next role could be read from the current one, and every later step needs a target.',
      evidence: 'Target role filled in on the plan',
      onlyWithoutTarget: true,
    },
    {
      id: 'agree-staff-archetype',
      text: 'Agree with {first} the shape of the senior technical role to grow into: tech lead across teams, architect of a system, solver of the hardest problems, or right hand to an engineering leader',
      owner: 'Manager',
      dueOffsetDays: 14,
      why: 'Past lead, technical roles differ more in shape than in title, and the shape decides which work counts.',
      evidence: 'The agreed shape written into the plan',
      reaches: ['staff-plus'],
    },
    {
      id: 'map-target-gap',
      text: 'Compare current work with what {target} expects in technology, system design, people and influence, and list the three biggest gaps',
      owner: 'Employee',
      dueOffsetDays: 21,
      why: 'Naming the gaps turns a title into concrete things to practise.',
      evidence: 'Written list of gaps agreed with {manager}',
    },
    {
      id: 'assign-scoped-project',
      text: 'Hand {first} ownership of a project or system at the scope expected of {target}',
      owner: 'Manager',
      dueOffsetDays: 30,
      why: "Growth comes from doing the next role's work with support, not from waiting for the title.",
      evidence: 'Ownership announced to the team',
    },
    {
      id: 'fund-technical-learning',
      text: 'Approve budget and working time for a course or certification chosen by {first} to close the listed gaps',
      owner: 'Manager',
      dueOffsetDays: 45,
      why: 'Learning done in working time with a budget actually happens.',
      evidence: 'Course booked and study time blocked in the calendar',
      reaches: ['to-senior', 'to-lead'],
    },
    {
      id: 'seat-at-technical-forum',
      text: 'Give {first} a standing place where cross-team technical decisions are made, and introduce {first} to two staff or principal engineers elsewhere in the company',
      owner: 'Manager',
      dueOffsetDays: 45,
      why: 'Influence at this level grows in the rooms where decisions are made and from peers who already work there.',
      evidence: 'Place confirmed and both introductions made',
      reaches: ['staff-plus'],
    },
    {
      id: 'review-and-pair',
      text: "Review the team's changes to the project or system handed over every week, and pair with a newer colleague on one part of it",
      owner: 'Employee',
      dueOffsetDays: 60,
      why: 'A senior developer raises the work of the people around them, not only their own.',
      evidence: 'Reviews given each week and the pairing under way',
      reaches: ['to-senior'],
    },
    {
      id: 'lead-team-delivery',
      text: "Lead the team's technical work on the project or system handed over: agree the approach, split the work, and unblock the people doing it",
      owner: 'Employee',
      dueOffsetDays: 60,
      why: 'A lead is measured by what the team delivers, not by what one person writes.',
      evidence: 'Approach agreed with the team and the first milestone delivered',
      reaches: ['to-lead'],
    },
    {
      id: 'lead-design-review',
      text: 'Write the design for a significant change to the project or system handed over, and take it through a design review',
      owner: 'Employee',
      dueOffsetDays: 90,
      why: 'Design work shows the system-level judgement the higher rungs are about.',
      evidence: 'Design document reviewed by peers and decision recorded',
      reaches: ['to-senior', 'to-lead'],
    },
    {
      id: 'write-cross-team-design',
      text: 'Write the technical direction for the project or system handed over, covering every team it touches, and take it through review with those teams',
      owner: 'Employee',
      dueOffsetDays: 90,
      why: 'At this level the design that matters spans teams, and getting it agreed is part of the work.',
      evidence: 'Direction reviewed by the teams involved and the decision recorded',
      reaches: ['staff-plus'],
    },
    {
      id: 'share-technical-decision',
      text: 'Present a technical decision from the project or system handed over to the wider engineering group',
      owner: 'Employee',
      dueOffsetDays: 120,
      why: 'Influence beyond the team grows with each rung, and it starts with being heard.',
      evidence: 'Talk given or decision record published',
      reaches: ['to-lead'],
    },
    {
      id: 'grow-other-engineers',
      text: 'Give two engineers on the project or system handed over work that stretches them, and agree with each what they are growing toward',
      owner: 'Employee',
      dueOffsetDays: 120,
      why: 'Past lead, much of the impact is in the engineers one helps grow.',
      evidence: 'Two engineers named, their stretch work agreed and under way',
      reaches: ['staff-plus'],
    },
    {
      id: 'propose-title-change',
      text: 'Review the evidence for {target} with {first} and, where the scope is being met, put forward the title change',
      owner: 'Manager',
      dueOffsetDays: 180,
      why: 'The title should follow the scope and impact already shown, on a date both can see.',
      evidence: 'Written review of the evidence, and the title-change proposal where met',
    },
  ],
};

const expert: PathDefinition = {
  id: 'expert',
  label: 'Subject-matter expert',
  accepted: ['expert', 'subject matter expert', 'sme', 'specialist'],
  summary:
    'Depth in one area the organisation relies on, such as network security or data analytics, recognised with a named role, a title or a level.',
  steps: [
    {
      id: 'define-expertise',
      text: 'Write one page on what expertise in {focus} means for the team: the questions it should answer and the depth wanted in a year',
      owner: 'Employee',
      dueOffsetDays: 14,
      why: 'A shared picture of the expertise keeps the learning aimed at what the team needs.',
      evidence: 'One-page outline agreed with {manager}',
    },
    {
      id: 'free-time-for-focus',
      text: "Hand one of {first}'s current duties to a colleague, and agree the hours each week this frees for {focus}",
      owner: 'Manager',
      dueOffsetDays: 21,
      why: 'Depth needs hours, and the hours have to come from somewhere other than evenings.',
      evidence: 'Duty handed over and the hours blocked in the calendar',
    },
    {
      id: 'fund-certification',
      text: 'Approve budget and study time for a course or certification in {focus}',
      owner: 'Manager',
      dueOffsetDays: 30,
      why: 'Depth takes study, and study needs money and hours the manager controls.',
      evidence: 'Course booked and study time blocked in the calendar',
    },
    {
      id: 'introduce-experts',
      text: 'Introduce {first} to two people who already work in {focus}, inside or outside the company',
      owner: 'Manager',
      dueOffsetDays: 45,
      why: 'Experts grow faster with peers to compare notes with.',
      evidence: 'Two introductions made and first conversations held',
    },
    {
      id: 'name-go-to-person',
      text: "Name {first} as the team's first contact for {focus} and route those questions there",
      owner: 'Manager',
      dueOffsetDays: 60,
      why: 'Being asked real questions builds depth and makes the expertise visible.',
      evidence: 'Announcement to the team; questions arriving',
    },
    {
      id: 'complete-certification',
      text: 'Complete the course or certification in {focus}',
      owner: 'Employee',
      dueOffsetDays: 120,
      why: 'A finished course is a milestone others can recognise.',
      evidence: 'Certificate or course completion record',
    },
    {
      id: 'give-internal-talk',
      text: 'Give a short internal talk on {focus}',
      owner: 'Employee',
      dueOffsetDays: 150,
      why: 'Teaching a topic tests the depth and spreads the knowledge.',
      evidence: 'Talk given, slides or recording shared',
    },
    {
      id: 'publish-guide',
      text: 'Write a guide or review checklist on {focus} that the team uses in its work',
      owner: 'Employee',
      dueOffsetDays: 180,
      why: 'Expertise has impact when it changes how others work.',
      evidence: 'Guide published and used in at least one review',
    },
    {
      id: 'record-recognition',
      text: 'Agree with {first} how the expertise in {focus} is recognised, as a named expert role, a title or a level, and record it in the plan with the date it takes effect',
      textWithTarget:
        'Put {first} forward as {target} in recognition of the expertise in {focus}, and record the outcome in the plan with the date it takes effect',
      owner: 'Manager',
      dueOffsetDays: 180,
      why: 'Expertise the organisation relies on deserves a name and a date, not only thanks.',
      evidence: 'Recognition and its date written into the plan and announced to the team',
    },
  ],
};

const mentor: PathDefinition = {
  id: 'mentor',
  label: 'Mentor',
  accepted: ['mentor', 'coach', 'coaching'],
  summary:
    'Coaching a new or junior colleague: a title change to senior for someone not yet senior, and coaching named as part of the role for someone who already is.',
  steps: [
    {
      id: 'pair-with-colleague',
      text: 'Pair {first} with a new or junior colleague and agree the coaching arrangement with both',
      owner: 'Manager',
      dueOffsetDays: 14,
      why: 'Coaching needs a real person to coach, chosen with care on both sides.',
      evidence: 'Pairing announced and first session booked',
    },
    {
      id: 'protect-coaching-time',
      text: "Set aside protected time for coaching in {first}'s week, and move other work elsewhere to make room for it",
      owner: 'Manager',
      dueOffsetDays: 14,
      why: 'Coaching squeezed around a full workload is the first thing to be dropped.',
      evidence: 'Coaching time visible in planning and the calendar',
    },
    {
      id: 'set-coaching-goals',
      text: 'Agree goals for the first three months with the colleague being coached and write them down',
      owner: 'Employee',
      dueOffsetDays: 21,
      why: 'Written goals let both see whether the coaching is working.',
      evidence: 'Coaching goals shared with the colleague',
    },
    {
      id: 'arrange-coaching-course',
      text: 'Arrange a coaching or mentoring skills course for {first}, with budget and time',
      owner: 'Manager',
      dueOffsetDays: 45,
      why: 'Coaching is a skill that can be learned, not just a talent.',
      evidence: 'Course completed',
    },
    {
      id: 'hold-coaching-sessions',
      text: "Hold regular coaching sessions and review the colleague's progress against their goals",
      owner: 'Employee',
      dueOffsetDays: 90,
      why: "Steady sessions are where the colleague's growth, and the coach's, actually happens.",
      evidence: "Session notes; the colleague's goals met or revised",
    },
    {
      id: 'gather-coaching-feedback',
      text: 'Ask the colleague for feedback on the coaching and agree one change to make',
      owner: 'Employee',
      dueOffsetDays: 120,
      why: 'Feedback from the person coached is the best measure of the coaching.',
      evidence: 'Feedback noted and the change agreed',
    },
    {
      id: 'propose-senior-title',
      text: 'Propose the title change to {target} for {first}, with the coaching results as evidence',
      owner: 'Manager',
      dueOffsetDays: 150,
      why: "The title recognises the scope of growing others, not only one's own output.",
      evidence: 'Written title-change proposal submitted',
      onlyWithTarget: true,
    },
    {
      id: 'recognise-coaching-scope',
      text: "Name coaching as a responsibility of {first}'s role, in the plan and in the role description, with the coaching results as evidence",
      owner: 'Manager',
      dueOffsetDays: 150,
      why: 'Where the title already says senior, the growth is in scope, and scope belongs on record where reviews will see it.',
      evidence: 'Coaching responsibility written into the plan and the role description, and told to the team',
      onlyWithoutTarget: true,
    },
  ],
};

const management: PathDefinition = {
  id: 'management',
  label: 'Management',
  accepted: ['management', 'manager'],
  summary:
    'For people who want to manage: a trial of the work for a set time, with support, a date to decide, and a way back agreed in advance.',
  steps: [
    {
      id: 'name-management-worries',
      text: 'Write down the worries about managing people and the hands-on work that would be missed, and talk them through with {manager}',
      owner: 'Employee',
      dueOffsetDays: 14,
      why: 'Worries that are named can be tested in the trial; unnamed ones decide in silence.',
      evidence: 'Worries listed and talked through with {manager}',
    },
    {
      id: 'arrange-shadowing',
      text: 'Arrange for {first} to shadow an experienced manager in one-to-ones, planning and hiring',
      owner: 'Manager',
      dueOffsetDays: 21,
      why: 'Seeing the daily work of managing is the honest test of wanting it.',
      evidence: 'Shadowing sessions held',
    },
    {
      id: 'assign-small-initiative',
      text: 'Give {first} a management trial for a set time, leading a small initiative with two or three colleagues or covering for a manager who is away, and write its end and the date to decide into the plan',
      owner: 'Manager',
      dueOffsetDays: 30,
      why: 'A bounded trial with a decision date tests the job with little risk on either side.',
      evidence: 'Trial, its people, its end and the decision date written into the plan and announced',
    },
    {
      id: 'agree-way-back',
      text: 'Agree with {first}, in writing and before the trial starts, the way back if managing does not suit: the technical role and scope to return to, and how the team will be told',
      owner: 'Manager',
      dueOffsetDays: 30,
      why: 'A way back agreed in advance makes stepping back part of the plan, not a loss of face.',
      evidence: 'Way back written into the plan before the trial starts',
    },
    {
      id: 'arrange-management-training',
      text: 'Arrange management training for {first}, with budget and time',
      owner: 'Manager',
      dueOffsetDays: 45,
      why: 'Managing people is a different job, and new managers deserve training for it.',
      evidence: 'Training booked, then completed',
    },
    {
      id: 'note-shadowing-lessons',
      text: 'Write down what shadowing taught: what to copy, what to do differently, what was surprising',
      owner: 'Employee',
      dueOffsetDays: 60,
      why: 'Reflection turns watching into learning.',
      evidence: 'Notes discussed with {manager}',
    },
    {
      id: 'lead-initiative',
      text: 'Lead the trial to its end: plan the work, delegate it, hold one-to-ones with the people in it, and report progress',
      owner: 'Employee',
      dueOffsetDays: 120,
      why: 'Delivering through others is the core of the management job.',
      evidence: "Trial's goal met and the outcome reported to {manager}",
    },
    {
      id: 'gather-leadership-feedback',
      text: 'Ask the people led during the trial for feedback on the leading and agree one change with {manager}',
      owner: 'Employee',
      dueOffsetDays: 150,
      why: 'The people led are the best judges of how the leading went.',
      evidence: 'Feedback collected and the change agreed',
    },
    {
      id: 'decide-after-trial',
      text: 'Decide with {first}, on the agreed date, whether to go on toward a management role, extend the trial, or take the agreed way back, and write the decision into the plan',
      textWithTarget:
        'Decide with {first}, on the agreed date, whether to go on toward {target}, extend the trial, or take the agreed way back, and write the decision into the plan',
      owner: 'Manager',
      dueOffsetDays: 165,
      why: 'A trial needs an end and a decision, or it quietly becomes the job.',
      evidence: 'Decision written into the plan and told to the team',
    },
  ],
};

const undecided: PathDefinition = {
  id: 'undecided',
  label: 'Undecided',
  accepted: [],
  summary: 'No path chosen yet: explore the options, try a small piece of work, then choose.',
  steps: [
    {
      id: 'arrange-path-conversations',
      text: 'Set up conversations for {first} with people on the expert, mentor, technical ladder and management paths',
      owner: 'Manager',
      dueOffsetDays: 14,
      why: 'The options are easier to judge after talking to people who live them.',
      evidence: 'Conversations booked',
    },
    {
      id: 'hold-path-conversations',
      text: 'Talk with someone on each path about what the work is really like and note what appeals',
      owner: 'Employee',
      dueOffsetDays: 30,
      why: 'First-hand accounts beat job descriptions.',
      evidence: 'Notes from each conversation',
    },
    {
      id: 'find-trial-work',
      text: 'Find a small piece of trial work on the path that appeals most, with time set aside for it',
      owner: 'Manager',
      dueOffsetDays: 45,
      why: 'Trying the work is the quickest way to learn whether it fits.',
      evidence: 'Trial work agreed and time planned',
    },
    {
      id: 'try-trial-work',
      text: 'Do the trial piece of work and note what gave energy and what drained it',
      owner: 'Employee',
      dueOffsetDays: 75,
      why: 'Energy is a better guide to the right path than a title.',
      evidence: 'Trial work finished and notes written',
    },
    {
      id: 'choose-path',
      text: 'Choose a path and a target role with {manager}, and record them so the next plan follows that path',
      owner: 'Employee',
      dueOffsetDays: 90,
      why: 'A chosen path turns exploring into a plan with concrete steps.',
      evidence: 'Path and target role recorded in the roster',
    },
  ],
};

/** Every path by id, in the order they are offered. */
export const PATHS: Readonly<Record<PathId, PathDefinition>> = { technical, expert, mentor, management, undecided };

/** Every accepted roster path value, in PATHS order (for error messages). Marked pure so a bundle that never reads it leaves the templates out. */
export const ACCEPTED_PATH_VALUES: readonly string[] = /* @__PURE__ */ (() => Object.values(PATHS).flatMap((p) => p.accepted))();

/** A path value as compared: case, spaces and punctuation ignored, so `Subject-matter expert` is `subject matter expert`. */
const valueKey = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

let byValue: Map<string, PathId> | undefined;
/** Every path by each name a roster may give it: its id, its label as plans print it, and its accepted values. */
function pathsByValue(): Map<string, PathId> {
  byValue ??= new Map(Object.values(PATHS).flatMap((p) => [p.id, p.label, ...p.accepted].map((v) => [valueKey(v), p.id] as const)));
  return byValue;
}

/**
 * The path a roster value names: its id, its label as plans print it, or an accepted value, compared with case, spaces
 * and punctuation ignored; blank is undecided, anything unknown (punctuation alone too) undefined.
 */
export function pathFromValue(value: string): PathId | undefined {
  if (value.trim() === '') return 'undecided';
  return pathsByValue().get(valueKey(value));
}
