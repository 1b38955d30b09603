import type { Lang } from '@intervision/core';
import type { SourceCode } from './types.js';

const MESSAGES: Record<Lang, Record<SourceCode, string>> = {
  en: {
    'actor-mismatch': 'You can only act for yourself.',
    'stale-phase': 'The session has moved on since you clicked; look again and retry.',
    'read-only': 'This screen only watches the session.',
    unauthenticated: 'You are not signed in to this session.',
    'unknown-session': 'There is no such session.',
    'network-error': 'The server did not answer. Your input was not lost; try again.',
  },
  nl: {
    'actor-mismatch': 'Je kunt alleen voor jezelf handelen.',
    'stale-phase': 'De sessie is verder gegaan sinds je klikte; kijk opnieuw en probeer het nog eens.',
    'read-only': 'Dit scherm kijkt alleen mee.',
    unauthenticated: 'Je bent niet aangemeld voor deze sessie.',
    'unknown-session': 'Deze sessie bestaat niet.',
    'network-error': 'De server antwoordde niet. Je invoer is niet verloren; probeer het opnieuw.',
  },
  de: {
    'actor-mismatch': 'Du kannst nur für dich selbst handeln.',
    'stale-phase': 'Die Sitzung ist inzwischen weiter; sieh noch einmal hin und versuche es erneut.',
    'read-only': 'Dieser Bildschirm schaut nur zu.',
    unauthenticated: 'Du bist für diese Sitzung nicht angemeldet.',
    'unknown-session': 'Diese Sitzung gibt es nicht.',
    'network-error': 'Der Server hat nicht geantwortet. Deine Eingabe ist nicht verloren; versuche es erneut.',
  },
  fr: {
    'actor-mismatch': 'Vous ne pouvez agir que pour vous-même.',
    'stale-phase': 'La séance a avancé depuis votre clic ; regardez à nouveau et réessayez.',
    'read-only': 'Cet écran ne fait qu’observer la séance.',
    unauthenticated: 'Vous n’êtes pas connecté à cette séance.',
    'unknown-session': 'Cette séance n’existe pas.',
    'network-error': 'Le serveur n’a pas répondu. Votre saisie n’est pas perdue ; réessayez.',
  },
};

/** The message for a source's own refusal code, in the session language (English when unknown). */
export function sourceMessage(code: SourceCode, lang: Lang | undefined): string {
  return (MESSAGES[lang ?? 'en'] ?? MESSAGES.en)[code];
}
