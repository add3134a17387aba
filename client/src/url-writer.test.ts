import { describe, expect, it } from 'vitest';
import { INITIAL_STATE } from './state.ts';
import { UrlWriter, type AddressBar } from './url-writer.ts';

function fakeBar(): AddressBar & { written: string[] } {
  const written: string[] = [];
  return {
    written,
    location: { pathname: '/viewer', search: '?lang=en' },
    history: { replaceState: (_data, _unused, url) => written.push(url) },
  };
}

describe('writing the state to the address bar', () => {
  it('writes each changed state once, and the bare page address for the default view', () => {
    const bar = fakeBar();
    const writer = new UrlWriter(bar);
    const trace = { ...INITIAL_STATE, mode: 'trace' as const, incident: 'account-breach-2021' };
    for (const state of [INITIAL_STATE, trace, trace, { ...trace }, INITIAL_STATE]) writer.write(state);
    expect(bar.written).toEqual(['#mode=trace&incident=account-breach-2021', '/viewer?lang=en']);
  });

  it('recognises the hash it wrote last, and only that one', () => {
    const writer = new UrlWriter(fakeBar());
    writer.write({ ...INITIAL_STATE, mode: 'table' });
    writer.write({ ...INITIAL_STATE, mode: 'path' });
    expect([writer.wrote('#mode=path'), writer.wrote('#mode=table'), writer.wrote('')]).toEqual([true, false, false]);
  });

  it('takes the default view for its own before anything is written, as the page starts there', () => {
    expect(new UrlWriter(fakeBar()).wrote('')).toBe(true);
  });
});
