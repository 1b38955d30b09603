/**
 * What simulated participants say, by contribution kind: ordinary lines, and lines that should make
 * a rule fire (advice, a closed or why question, a topic outside the introducer's reach), so that
 * a rule that never fires in many runs points at a phase where it cannot apply.
 */
export const SAMPLE_TEXTS: ReadonlyMap<string, readonly string[]> = new Map([
  [
    'question',
    ['What did you feel when that happened?', 'Did you talk to him about it?', 'Why did you wait so long?', 'Have you tried talking to your manager?'],
  ],
  ['answer', ['I felt alone with it, and I still do.', 'No, I have not spoken to him yet.']],
  ['advice', ['You should talk to your manager tomorrow.', 'In your place I would write down what happened first.']],
  ['narrative', ['Last week a colleague missed a deadline and I had to decide whether to step in.', 'You should know that my manager never answers emails.']],
  ['topic', ['How do I handle the workload in my team?', 'How can I make my manager finally listen to me?']],
]);

/** Lines for kinds without their own list. */
export const GENERIC_TEXTS: readonly string[] = [
  'I notice that this reminds me of my own first year.',
  'You should just ignore him.',
  'It sounds like you care a lot about this team.',
];
