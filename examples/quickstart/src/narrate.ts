import { type Lang, localize, type ScenarioStepResult, type Session, type SessionEvent, type SessionView } from '@intervision/core';

const LABELS = {
  en: {
    heard: 'heard',
    unheard: 'not heard yet',
    listener: 'listener',
    module: 'module',
    back: 'back to',
    report: 'report',
    written: 'writes, hidden until everyone has written',
    revealed: 'revealed',
    phase: 'Phase',
    refused: 'refused',
    timer: 'time is up in',
    override: 'accepted by the facilitator',
    topic: 'proposes a topic',
    chosen: 'topic chosen',
    action: 'action',
    eval: 'evaluation',
    ended: 'The session is complete.',
    aborted: 'The session was aborted.',
    suggestion: 'try',
  },
  nl: {
    heard: 'gehoord',
    unheard: 'nog niet gehoord',
    listener: 'luisteraar',
    module: 'module',
    back: 'terug naar',
    report: 'terugkoppeling',
    written: 'schrijft, verborgen tot iedereen geschreven heeft',
    revealed: 'zichtbaar gemaakt',
    phase: 'Fase',
    refused: 'geweigerd',
    timer: 'de tijd is om in',
    override: 'toegelaten door de gespreksleider',
    topic: 'stelt een onderwerp voor',
    chosen: 'onderwerp gekozen',
    action: 'actie',
    eval: 'evaluatie',
    ended: 'De sessie is afgerond.',
    aborted: 'De sessie is afgebroken.',
    suggestion: 'probeer',
  },
  de: {
    heard: 'gehört',
    unheard: 'noch nicht gehört',
    listener: 'Zuhörer',
    module: 'Modul',
    back: 'zurück zu',
    report: 'Rückmeldung',
    written: 'schreibt, verdeckt, bis alle geschrieben haben',
    revealed: 'aufgedeckt',
    phase: 'Phase',
    refused: 'abgelehnt',
    timer: 'die Zeit ist um in',
    override: 'vom Moderator zugelassen',
    topic: 'schlägt ein Thema vor',
    chosen: 'Thema gewählt',
    action: 'Aufgabe',
    eval: 'Auswertung',
    ended: 'Die Sitzung ist abgeschlossen.',
    aborted: 'Die Sitzung wurde abgebrochen.',
    suggestion: 'versuche',
  },
} as const;

/** Terminal styles; identity functions when colour is off. */
export function styles(color: boolean) {
  const wrap = (code: number) => (s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  return { bold: wrap(1), dim: wrap(2), red: wrap(31), green: wrap(32), yellow: wrap(33), cyan: wrap(36) };
}

/** Prints what happens at each step of a scenario run, phase by phase (for a `resumed` session, its current phase first). */
export function createNarrator(lang: Lang, color: boolean, print: (line: string) => void = console.log, resumed?: Session) {
  const s = styles(color);
  // languages without labels here (French) fall back to English
  const t = lang in LABELS ? LABELS[lang as keyof typeof LABELS] : LABELS.en;
  let phaseKey = '';
  const name = (session: Session, id: string) => session.getState().participants.find((p) => p.id === id)?.name ?? id;

  const describe = (session: Session, event: SessionEvent) => {
    switch (event.type) {
      case 'topic-proposed':
        return `  ${s.bold(name(session, event.by))} ${t.topic}: “${event.text}”${event.findings.length ? s.yellow(`  ⚠ ${event.findings[0]!.message}`) : ''}`;
      case 'topic-chosen':
        return `  ${s.green('✓')} ${t.chosen}: “${session.getState().topic?.text}”`;
      case 'contributed': {
        const shown = session.getState().contributions.find((c) => c.id === `c-${event.seq}`);
        if (shown?.hidden) return `  ${s.bold(name(session, event.by))} ${s.dim(`✎ ${t.written}`)}`;
        const warn = event.findings.map((f) => s.yellow(`  ⚠ ${f.message}`)).join('');
        return `  ${s.bold(name(session, event.by))} ${s.dim(`(${event.kind})`)}: ${event.text}${warn}`;
      }
      case 'overridden':
        return `  ${s.green('✓')} ${t.override}`;
      case 'action-added':
        return `  ${s.cyan('→')} ${t.action} (${name(session, event.owner)}${event.due ? `, ${event.due}` : ''}): ${event.text}`;
      case 'evaluated':
        return `  ${s.cyan('★')} ${t.eval} ${name(session, event.by)}: ${event.rating ?? ''}${event.text ? ` — ${event.text}` : ''}`;
      case 'timer-expired':
        return `  ${s.yellow('⏱')} ${t.timer} “${session.getState().timeline.find((e) => e.phaseId === event.phase)?.phaseId ?? event.phase}”`;
      case 'heard-confirmed':
        return `  ${s.bold(name(session, event.by))}: ${event.heard ? s.green(`✓ ${t.heard}`) : s.yellow(`… ${t.unheard}`)}`;
      case 'listener-chosen':
        return `  ${s.bold(name(session, event.by))} → ${t.listener}: ${name(session, event.listener)}`;
      case 'module-chosen':
        return `  ${s.cyan('◆')} ${t.module}: ${session.getState().phase?.module ?? event.module}`;
      case 'phase-repeated':
        return `  ${s.cyan('↺')} ${t.back} “${event.phase}”`;
      case 'action-reported':
        return `  ${s.cyan('↩')} ${t.report} ${event.actionId}: ${event.status}${event.note ? ` — ${event.note}` : ''}`;
      case 'output-set':
        return `  ${s.cyan('◆')} ${event.output}: ${event.text}`;
      default:
        return undefined;
    }
  };

  /** Prints the phase heading when the phase (or its run, or the status) changed since the last one printed. */
  const heading = (state: SessionView) => {
    const key = state.phase ? `${state.phase.id}#${state.phase.run}` : state.status;
    if (key === phaseKey) return;
    phaseKey = key;
    if (state.phase) {
      print('');
      print(s.bold(s.cyan(`${t.phase} ${state.phase.index + 1}: ${state.phase.name}${state.phase.run > 1 ? ` (${state.phase.run})` : ''}`)));
      print(s.dim(`  ${state.phase.instructions}`));
    } else if (state.status === 'ended') print(`\n${s.green(t.ended)}`);
    else if (state.status === 'aborted') print(`\n${s.red(t.aborted)}`);
  };
  // A resumed session: say where it stands before the next step.
  if (resumed) heading(resumed.getState());

  let hidden = new Set<string>(
    resumed
      ? resumed
          .getState()
          .contributions.filter((c) => c.hidden)
          .map((c) => c.id)
      : [],
  );
  return (result: ScenarioStepResult, session: Session) => {
    const state = session.getState();
    const events = result.result ? result.result.events : (result.events ?? []);
    for (const event of events) {
      const line = describe(session, event);
      if (line) print(line);
    }
    // Written contributions: print them once they are revealed.
    const nowHidden = new Set(state.contributions.filter((c) => c.hidden).map((c) => c.id));
    for (const c of state.contributions)
      if (hidden.has(c.id) && !nowHidden.has(c.id)) print(`  ${s.bold(name(session, c.by ?? ''))} ${s.dim(`(${c.kind}, ${t.revealed})`)}: ${c.text}`);
    hidden = nowHidden;
    if (result.result && !result.result.ok) {
      const who = result.command ? name(session, result.command.by) : '';
      const said = result.command && 'text' in result.command ? `: “${result.command.text}”` : '';
      print(`  ${s.red('✗')} ${s.bold(who)}${said}`);
      print(`    ${s.red(`${t.refused} [${result.result.code}]`)} ${result.result.message}`);
      for (const f of result.result.findings)
        print(`    ${s.dim(`${f.ruleId}:`)} ${f.message}${f.suggestion ? s.dim(` — ${t.suggestion}: “${f.suggestion}”`) : ''}`);
    }
    if (result.step.note) print(s.dim(`    » ${localize(result.step.note, lang)}`));
    heading(state);
  };
}
