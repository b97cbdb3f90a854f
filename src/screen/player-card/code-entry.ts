import { CARD_CODE_ALPHABET, CARD_CODE_LENGTH } from '../../shared/player-card/card-code';

/** The on-screen code pad: the card alphabet as 5 columns × 4 rows (A C E F H / J K M N P / …). */
export const CODE_GRID_COLUMNS = 5;
export const CODE_GRID_ROWS = Math.ceil(CARD_CODE_ALPHABET.length / CODE_GRID_COLUMNS);

/**
 * A card code entered with a pad: a cursor moved over the grid (wrapping at the edges, so any
 * key is at most two steps away in each direction), A adds the key under the cursor, B erases.
 * A keyboard seat types the characters instead. Pure.
 */
export class CodeEntry {
  private value = '';
  /** Index in CARD_CODE_ALPHABET of the key under the cursor. */
  cursor = 0;

  get typed(): string {
    return this.value;
  }

  get complete(): boolean {
    return this.value.length === CARD_CODE_LENGTH;
  }

  /** The grid position of the cursor. */
  get position(): { column: number; row: number } {
    return { column: this.cursor % CODE_GRID_COLUMNS, row: Math.floor(this.cursor / CODE_GRID_COLUMNS) };
  }

  move(dx: number, dy: number): void {
    const { column, row } = this.position;
    const nextColumn = (column + Math.sign(dx) + CODE_GRID_COLUMNS) % CODE_GRID_COLUMNS;
    const nextRow = (row + Math.sign(dy) + CODE_GRID_ROWS) % CODE_GRID_ROWS;
    this.cursor = Math.min(nextRow * CODE_GRID_COLUMNS + nextColumn, CARD_CODE_ALPHABET.length - 1);
  }

  /** Adds the key under the cursor; false when the code is already complete. */
  add(): boolean {
    return this.append(CARD_CODE_ALPHABET[this.cursor] ?? '');
  }

  /** Adds a typed character (any case); false when it is not in the card alphabet or the code is complete. */
  type(character: string): boolean {
    const upper = character.toUpperCase();
    const index = CARD_CODE_ALPHABET.indexOf(upper);
    if (upper.length !== 1 || index < 0) return false;
    this.cursor = index;
    return this.append(upper);
  }

  /** Removes the last character; false when there was none. */
  erase(): boolean {
    if (!this.value) return false;
    this.value = this.value.slice(0, -1);
    return true;
  }

  clear(): void {
    this.value = '';
  }

  private append(character: string): boolean {
    if (this.complete || !character) return false;
    this.value += character;
    return true;
  }
}
