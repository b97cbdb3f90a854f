import type { Avatar } from '../../shared/seat-style';
import type { Choice } from '../state/page';

/** What a player can do on the phone; the pages call these and never touch the socket. */
export interface Actions {
  submitCode(typed: string): void;
  choosePseudonym(pseudonym: string): void;
  chooseAvatar(avatar: Avatar): void;
  moreSuggestions(): void;
  useCard(useIt: boolean): void;
  submitCard(typed: string): void;
  join(): void;
  choose(choice: Choice): void;
  step(x: -1 | 0 | 1, y: -1 | 0 | 1): void;
  press(button: 'confirm' | 'back'): void;
  switchLang(): void;
  changeRoom(): void;
  startAgain(): void;
}
