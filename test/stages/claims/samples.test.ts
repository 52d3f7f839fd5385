import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../../helpers.js';
import { annotate, view } from './helpers.js';

const read = (name: string): string => readFileSync(path.join(root, 'corpus', name), 'utf8');

/** [source, cue, start of the content, kind] for every attributed statement, in text order. */
type Expected = [string | null, string | null, string, string];

async function check(name: string, expected: Expected[]): Promise<void> {
  const doc = await annotate(read(name));
  const got = (doc.claims ?? []).map(view);
  // the content is compared on its beginning (as long as the expected text)
  expect(got.map((c, i) => [c.source, c.cue, c.content[0]?.slice(0, expected[i]?.[2].length), c.kind])).toEqual(expected);
}

describe('claims: the sample articles', () => {
  it('chollima-launch-fails.txt: every attributed statement', async () => {
    await check('chollima-launch-fails.txt', [
      ['state media', 'said', 'North Korea’s attempt to put its first military reconnaissance', 'indirect'],
      ['The Korean Central News Agency (KCNA)', 'reported', 'that the second stage of the Chollima-1 ignited', 'indirect'],
      ['KCNA', 'said', 'the National Aerospace Development Administration', 'mixed'],
      ['A top North Korean official, Ri Pyong Chol', 'stated', 'that the country needs a space-based monitoring system', 'indirect'],
      ['a spokesperson for the South Korean Defence Ministry', 'said', 'The launch was a clear violation of UN Security Council', 'direct'],
      ['South Korea’s military', 'said', 'it had recovered debris from the rocket', 'indirect'],
      ['The United Nations Secretary-General', 'condemned', 'the launch', 'indirect'],
      ['The Secretary-General', 'called for', 'a resumption of denuclearization talks', 'indirect'],
      ['The Secretary-General', 'urged', 'Pyongyang to stop its weapons tests', 'indirect'],
      ['The White House and the U.S. National Security Council', 'said', 'the launch used ballistic missile technology', 'indirect'],
      ['they', 'said in a statement', 'We will take all necessary measures to protect', 'direct'],
      ['Japan’s government', 'warned', 'that further launches would be met with a stern response', 'indirect'],
      ['Defence analysts', 'believe', 'the rocket shares engines with the intercontinental', 'indirect'],
      ['Pyongyang', 'denied', 'that the launch was a weapons test', 'indirect'],
      ['Pyongyang', 'dismissed', 'the criticism as “a hostile provocation”', 'mixed'],
    ]);
  });

  it('chollima-vow-next-launch.md: every attributed statement', async () => {
    await check('chollima-vow-next-launch.md', [
      ['North Korea', 'vows', 'another spy satellite launch after failure', 'indirect'],
      ['North Korea', 'has vowed', 'to conduct another military spy satellite launch', 'indirect'],
      ['Kim Yo Jong, the sister of Kim Jong Un', 'said', 'the country would “surely” put a satellite', 'mixed'],
      ['she', 'said', 'We will launch again, and the satellite will watch', 'direct'],
      ['she', null, 'Nobody can stop us.', 'direct'],
      ['Experts', 'believe', 'that North Korea will likely stage another provocation', 'indirect'],
      ['Yang Moo-jin, a professor at the University of North Korean Studies in Seoul', 'said', 'The failure may push Pyongyang to test an ICBM', 'direct'],
      ['South Korean officials', 'According to', 'the North has launched more missiles since 2022', 'according-to'],
      ['Kim', 'has also promised', 'a nuclear submarine and more powerful weapons', 'indirect'],
      ['China and Russia', 'did not condemn', 'the launch', 'indirect'],
      ['Russia’s foreign ministry', 'blamed', 'the United States for raising tensions', 'indirect'],
      ['China', 'called on', 'all sides to show restraint', 'indirect'],
      ['KCNA', 'reported', 'that officials made the pledge at a meeting', 'indirect'],
      ['Critics', 'have called', 'the so-called ‘satellite’ a cover for missile tests', 'indirect'],
    ]);
  });

  it('links the sample sources to entities', async () => {
    const doc = await annotate(read('chollima-vow-next-launch.md'));
    const claims = doc.claims ?? [];
    const kim = claims.find((c) => c.source.text === 'Kim Yo Jong, the sister of Kim Jong Un');
    const she = claims.find((c) => c.source.text === 'she');
    expect(kim?.source.entity).toMatch(/^e\d+$/);
    expect(she?.source.entity).toMatch(/^e\d+$/);
    const mention = (doc.entities ?? []).find((m) => m.text === 'Kim Yo Jong');
    if (mention) expect(kim?.source.entity).toBe(mention.entity);
  });
});
