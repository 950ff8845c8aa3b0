import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as dutch from '@zxcvbn-ts/language-nl-be';
import { MIN_PASSWORD_LENGTH } from './password';

/** zxcvbn's score (0–4) a password needs: 3 = "safely unguessable" for an online attack with throttling. */
export const MIN_PASSWORD_SCORE = 3;

let checker: ZxcvbnFactory | null = null;

/** zxcvbn with its packaged dictionaries (common passwords, English and Dutch words, names); no network. */
function zxcvbn(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...dutch.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return checker;
}

/**
 * Why a new password is refused (Dutch, for the caller), or null when it is acceptable: at least
 * MIN_PASSWORD_LENGTH characters, not blank, and not guessable from lists of common passwords, words, names,
 * keyboard rows, sequences or the account's own email and name.
 */
export function passwordProblem(password: string, userInputs: readonly string[] = []): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `wachtwoord moet minstens ${MIN_PASSWORD_LENGTH} tekens hebben`;
  if (password.trim() === '') return 'wachtwoord mag niet alleen uit spaties bestaan';
  const inputs = userInputs
    .flatMap((input) => [input, ...input.split(/[@.\s_-]+/)])
    .filter((input) => input.length > 2);
  const result = zxcvbn().check(password, inputs);
  if (result.score < MIN_PASSWORD_SCORE) {
    return (
      'wachtwoord is te makkelijk te raden (een veelgebruikt wachtwoord, woord, reeks of toetsenbordpatroon); ' +
      'kies een langere zin of een wachtwoord uit een wachtwoordmanager'
    );
  }
  return null;
}
