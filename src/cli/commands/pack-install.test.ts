import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packInstall } from './pack-install';
import { missingMedia } from './pack-install-media';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>';

function capture() {
  const lines: string[] = [];
  return { lines, out: { log: (s: string) => lines.push(s), error: (s: string) => lines.push(s) } };
}

/** Every file under a folder with its bytes, links followed, so "nothing changed" can be compared whole. */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path, 'base64');
    }
  };
  walk(dir);
  return files;
}

let work: string;
let content: string;
/** A copy of the shipped `sante-sport` pack, with an image its first question names. */
let source: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'ludocite-install-'));
  content = join(work, 'content');
  source = join(work, 'studio', 'sante-sport');
  mkdirSync(content);
  mkdirSync(join(source, 'media', 'images'), { recursive: true });
  cpSync('content/sante-sport/pack.json', join(source, 'pack.json'));
  writeFileSync(join(source, 'media', 'images', 'gourde.svg'), SVG);
  writeFileSync(join(source, 'README.md'), 'notes for the studio');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** The pack's JSON, loosely typed: the tests break it on purpose. */
interface LoosePack {
  version: string;
  title: { en?: string };
  data: { questions: { answer: unknown }[] };
}

const editPack = (edit: (pack: LoosePack) => void) => {
  const pack = JSON.parse(readFileSync(join(source, 'pack.json'), 'utf8')) as LoosePack;
  edit(pack);
  writeFileSync(join(source, 'pack.json'), JSON.stringify(pack, null, 2));
};

describe('ludocite pack install', () => {
  it('installs a good pack with its media, and leaves no work folder behind', async () => {
    const { lines, out } = capture();
    expect(await packInstall([source, '--content-dir', content], out)).toBe(0);
    expect(readdirSync(content)).toEqual(['sante-sport']);
    expect(tree(join(content, 'sante-sport'))).toEqual({
      'pack.json': readFileSync(join(source, 'pack.json'), 'base64'),
      'media/images/gourde.svg': Buffer.from(SVG).toString('base64'),
    });
    expect(lines.join('\n')).toMatch(/✓ sante-sport \d+\.\d+\.\d+ installed .* with 1 media file/);
    expect(lines.join('\n')).toContain('not installed (a pack is its pack.json and media/): README.md');
  });

  it('finds the content folder through CONTENT_DIR, as the centre does, and replaces an installed version', async () => {
    await packInstall([source], capture().out, { CONTENT_DIR: content });
    editPack((pack) => (pack.version = '9.9.9'));
    rmSync(join(source, 'media'), { recursive: true });
    const { lines, out } = capture();
    expect(await packInstall([source], out, { CONTENT_DIR: content })).toBe(0);
    expect(readdirSync(content)).toEqual(['sante-sport']);
    expect(Object.keys(tree(join(content, 'sante-sport')))).toEqual(['pack.json']);
    expect(JSON.parse(readFileSync(join(content, 'sante-sport', 'pack.json'), 'utf8')).version).toBe('9.9.9');
    expect(lines.join('\n')).toMatch(/replaced version \d+\.\d+\.\d+/);
  });

  it('refuses a bad pack with every problem’s path, and changes nothing', async () => {
    await packInstall([source, '--content-dir', content], capture().out);
    mkdirSync(join(content, 'autre'));
    writeFileSync(join(content, 'autre', 'pack.json'), '{}');
    const before = tree(content);

    editPack((pack) => {
      pack.version = '2.0.0';
      delete pack.title.en;
      pack.data.questions[2]!.answer = 7;
    });
    writeFileSync(join(source, 'media', 'notes.html'), '<script></script>');
    writeFileSync(join(source, 'media', '.hidden.png'), '');
    symlinkSync('/etc/hostname', join(source, 'media', 'lien.png'));
    const { lines, out } = capture();
    expect(await packInstall([source, '--content-dir', content], out)).toBe(1);
    const text = lines.join('\n');
    for (const path of ['title.en', 'data.questions[2].answer', 'media/notes.html', 'media/.hidden.png', 'media/lien.png']) expect(text).toContain(`    ${path}: `);
    expect(text).toContain('nothing was installed');
    expect(tree(content)).toEqual(before);
    expect(readdirSync(content).sort()).toEqual(['autre', 'sante-sport']);
  });

  it('names each media file the data asks for and the pack does not carry, at its path', () => {
    const data = { questions: [{ image: 'media/images/gourde.svg' }, { image: 'media/images/absente.png', prompt: 'media/ is a folder' }] };
    expect(missingMedia(data, ['media/images/gourde.svg'])).toEqual([
      { path: 'data.questions[1].image', message: '"media/images/absente.png" is not in the pack\'s media folder' },
      { path: 'data.questions[1].prompt', message: '"media/ is a folder" is not in the pack\'s media folder' },
    ]);
  });

  it('says where it looked when the folder has no pack.json or the content folder is missing', async () => {
    const none = capture();
    expect(await packInstall([join(work, 'nowhere'), '--content-dir', content], none.out)).toBe(1);
    expect(none.lines[0]).toMatch(/no pack\.json in .*nowhere/);
    const missing = capture();
    expect(await packInstall([source, '--content-dir', join(work, 'absent')], missing.out)).toBe(1);
    expect(missing.lines[0]).toMatch(/no content folder at .*absent/);
  });
});
