import { randomInt, randomUUID } from 'node:crypto';
import qrcode from 'qrcode-generator';
import { generateCardCode } from '../../shared/player-card/card-code';
import { generatePseudonym, type PickInt } from '../../shared/player-card/pseudonym-generator';
import { pseudonymKey } from '../../shared/player-card/pseudonym-filter';
import { AVATARS } from '../../shared/seat-style';
import type { Store } from '../store/store';

const cryptoInt: PickInt = (min, max) => randomInt(min, max + 1);
/** As in routes-player-cards.ts: ten collisions in a row mean something is wrong with the store. */
const ATTEMPTS = 10;

export interface SheetCard {
  id: string;
  pseudonym: string;
  avatar: (typeof AVATARS)[number];
  code: string;
}

/**
 * Makes `count` new player cards with generated pseudonyms, random avatars and codes, as a screen
 * would (the same store call, so the same uniqueness rules): no name is asked for or kept.
 */
export async function makeCards(store: Pick<Store, 'createPlayerCard'>, count: number, now: number): Promise<SheetCard[]> {
  const cards: SheetCard[] = [];
  for (let i = 0; i < count; i++) {
    let made: SheetCard | undefined;
    for (let attempt = 0; attempt < ATTEMPTS && !made; attempt++) {
      const card: SheetCard = {
        id: randomUUID(),
        pseudonym: generatePseudonym(cryptoInt),
        avatar: AVATARS[randomInt(AVATARS.length)]!,
        code: generateCardCode(cryptoInt),
      };
      const created = await store.createPlayerCard({ ...card, pseudonymKey: pseudonymKey(card.pseudonym), createdAt: now });
      if (created.outcome === 'created') made = card;
    }
    if (!made) throw new Error(`no free pseudonym and code were found for card ${i + 1} of ${count} after ${ATTEMPTS} tries`);
    cards.push(made);
  }
  return cards;
}

/** The code as a QR (alphanumeric mode, error correction M), an inline SVG that scales to its box. */
export function codeQrSvg(code: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(code, 'Alphanumeric');
  qr.make();
  return qr.createSvgTag({ cellSize: 4, margin: 2, scalable: true }).replace('<svg ', `<svg role="img" aria-label="QR ${code}" `);
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** `HX7MA349` → `HX7M A349`: two groups of four read aloud and typed more easily. */
const spaced = (code: string) => `${code.slice(0, 4)} ${code.slice(4)}`;

/**
 * A printable A4 page: twelve cards a page (3 × 4), each with the avatar, pseudonym, code and
 * its QR, with cut lines. No script: the page is printed with the browser's own Print.
 */
export function cardSheetHtml(groupName: string, cards: readonly SheetCard[]): string {
  const cells = cards
    .map(
      (card) => `<article class="card">
  <div class="who"><span class="avatar">${card.avatar}</span><span class="pseudonym">${escapeHtml(card.pseudonym)}</span></div>
  <div class="qr">${codeQrSvg(card.code)}</div>
  <div class="code">${spaced(card.code)}</div>
</article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Cartes — ${escapeHtml(groupName)}</title>
<style>
  @page { size: A4; margin: 10mm; }
  body { font-family: 'Atkinson Hyperlegible', system-ui, sans-serif; margin: 0; color: #000; }
  header { margin: 0 0 4mm; font-size: 12pt; }
  .sheet { display: grid; grid-template-columns: repeat(3, 1fr); gap: 0; }
  .card { box-sizing: border-box; height: 68mm; padding: 4mm; border: 1px dashed #888; display: flex; flex-direction: column;
          align-items: center; justify-content: space-between; break-inside: avoid; }
  .card:nth-child(12n + 1) { break-before: page; }
  .card:first-child { break-before: auto; }
  .who { display: flex; align-items: center; gap: 2mm; font-size: 13pt; font-weight: bold; text-align: center; }
  .avatar { font-size: 18pt; }
  .qr svg { width: 34mm; height: 34mm; }
  .code { font-family: ui-monospace, monospace; font-size: 18pt; letter-spacing: 1mm; }
  @media screen { body { margin: 16px; } .sheet { max-width: 190mm; } }
</style>
</head>
<body>
<header>${escapeHtml(groupName)} — ${cards.length} carte${cards.length > 1 ? 's' : ''} · Ludocité. Découpez en suivant les pointillés ; gardez le lien avec les vrais noms sur papier seulement.</header>
<main class="sheet">
${cells}
</main>
</body>
</html>
`;
}
