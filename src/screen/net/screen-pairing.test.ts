import { describe, expect, it, vi } from 'vitest';
import type { PairedScreen } from '../../shared/api/screens';
import { pairScreen, SCREEN_STORAGE_KEY, type PairingPlace } from './screen-pairing';

const paired = (id: string): PairedScreen => ({ id, name: `Salle ${id}`, credential: id.repeat(43) });

function place(search: string, hostname = 'centre.local', kept?: PairedScreen) {
  const items = new Map<string, string>(kept ? [[SCREEN_STORAGE_KEY, JSON.stringify(kept)]] : []);
  const forgetCode = vi.fn();
  const at: PairingPlace = { search, hostname, forgetCode, storage: { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) } };
  return { at, items, forgetCode };
}

describe('pairScreen', () => {
  it('spends a pairing code from the address, keeps the credential and takes the code out of the address', async () => {
    const api = { pairScreen: vi.fn(async () => paired('1')), pairLoopback: vi.fn() };
    const { at, items, forgetCode } = place('?pair=HX7M-A349', 'centre.local', paired('0'));
    expect(await pairScreen(api, at, 'screen')).toEqual(paired('1'));
    expect(api.pairScreen).toHaveBeenCalledWith('HX7M-A349');
    expect(JSON.parse(items.get(SCREEN_STORAGE_KEY)!)).toEqual(paired('1'));
    expect(forgetCode).toHaveBeenCalled();
  });

  it('uses the kept credential, and pairs over loopback only on the server’s own machine', async () => {
    const api = { pairScreen: vi.fn(), pairLoopback: vi.fn(async () => paired('2')) };
    expect(await pairScreen(api, place('', 'centre.local', paired('0')).at, 'screen')).toEqual(paired('0'));
    expect(await pairScreen(api, place('', 'centre.local').at, 'screen')).toBeNull();
    expect(api.pairLoopback).not.toHaveBeenCalled();
    expect(await pairScreen(api, place('', '127.0.0.1').at, 'screen')).toEqual(paired('2'));
  });

  it('stays unpaired, without throwing, when the server refuses', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const api = { pairScreen: vi.fn(async () => Promise.reject(new Error('expired'))), pairLoopback: vi.fn() };
    expect(await pairScreen(api, place('?pair=HX7M-A349').at, 'screen')).toBeNull();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
