import { describe, expect, it } from 'vitest';
import { annotate, clusterOf, mentionList } from './helpers.js';

/** [what the case shows, text, mentions that must be present as `text/TYPE` (in text order), mentions that must be absent] */
type Case = [name: string, text: string, present: string[], absent?: string[]];

async function check([, text, present, absent = []]: Case): Promise<void> {
  const doc = await annotate(text);
  const got = mentionList(doc);
  // Present, and in this order.
  let from = 0;
  for (const want of present) {
    const at = got.indexOf(want, from);
    expect(at, `${want} in ${JSON.stringify(got)}`).toBeGreaterThanOrEqual(0);
    from = at + 1;
  }
  for (const not of absent) expect(got.some((g) => g.startsWith(`${not}/`)), `${not} should not be a mention: ${JSON.stringify(got)}`).toBe(false);
  for (const m of doc.entities!) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
}

const POSSESSIVES: Case[] = [
  ['straight apostrophe', "North Korea's missile flew over Japan.", ['North Korea/GPE', 'Japan/GPE'], ["North Korea's"]],
  ['curly apostrophe', 'North Korea’s leader met Japan’s envoy.', ['North Korea/GPE', 'Japan/GPE'], ['North Korea’s', 'Japan’s']],
  ['plural possessive organisation', 'The talks ended after China’s foreign ministry objected.', ['China/GPE'], ['China’s']],
];

const NOT_NAMES: Case[] = [
  ['the pronoun "I" is no name, even next to one', 'She called me, \'Auntie, I’m so disturbed.\' On behalf of the group I founded, Define American, I thank you.', [], ['I']],
];

const ACRONYMS: Case[] = [
  ['organisation known to the lexicon', 'The International Atomic Energy Agency (IAEA) said the IAEA would inspect the site.', ['International Atomic Energy Agency/ORG', 'IAEA/ORG', 'IAEA/ORG']],
  ['organisation known to nobody: initials decide', 'The Democratic Progressive Party (DPP) won, and the DPP celebrated.', ['Democratic Progressive Party/ORG', 'DPP/ORG', 'DPP/ORG']],
  ['lower-case weapon class', 'Pyongyang tested an intercontinental ballistic missile (ICBM). The ICBM flew far.', ['intercontinental ballistic missile/WEAPON', 'ICBM/WEAPON', 'ICBM/WEAPON'], ['The ICBM']],
];

const LONGEST: Case[] = [
  ['country + council is one ORG', 'The U.S. National Security Council met on Monday.', ['U.S. National Security Council/ORG'], ['U.S.', 'The U.S. National Security Council']],
  ['resolution is one LAW', 'The test violated UN Security Council Resolution 2270, diplomats said.', ['UN Security Council Resolution 2270/LAW'], ['UN', 'UN Security Council']],
  ['city + university is one ORG', 'Yang Moo-jin, a professor at Seoul National University, spoke.', ['Seoul National University/ORG'], ['Seoul']],
  ['the article of a modified noun stays outside', 'On the second day of the New York trial, the United States objected.', ['New York/GPE', 'the United States/GPE'], ['the New York']],
  ['party name with a curly possessive inside', 'He led the Worker’s Party of Korea for a decade.', ['Worker’s Party of Korea/ORG'], ['Korea']],
];

const TITLES: Case[] = [
  ['nationality + title + name', 'North Korean leader Kim Jong Un watched the launch.', ['North Korean/NORP', 'Kim Jong Un/PERSON'], ['North Korean leader Kim Jong Un', 'leader Kim Jong Un']],
  ['country adjective + office + name', 'Russian President Vladimir Putin said it was fine.', ['Russian/NORP', 'Vladimir Putin/PERSON'], ['President Vladimir Putin']],
  ['office without a name is an ORG mention', 'The Secretary-General called for talks.', ['Secretary-General/ORG']],
  ['appositive name after a title', 'A top North Korean official, Ri Pyong Chol, spoke.', ['North Korean/NORP', 'Ri Pyong Chol/PERSON']],
  ['courtesy title outside the name', 'Cara Diemont runs the firm. Ms Diemont said sales rose.', ['Cara Diemont/PERSON', 'Diemont/PERSON'], ['Ms Diemont', 'Ms']],
];

const HYPHENATED: Case[] = [
  ['rocket name with a number', 'The new Chollima-1 rocket crashed. Officials said the Chollima-1 failed.', ['Chollima-1/WEAPON', 'Chollima-1/WEAPON']],
  ['missile name with a number', 'It fired a Hwasong-18 missile on Monday.', ['Hwasong-18/WEAPON', 'Monday/DATE']],
  ['hyphenated given name', 'Yang Moo-jin, a professor, spoke.', ['Yang Moo-jin/PERSON'], ['Yang Moo']],
];

const MISC_TYPES: Case[] = [
  ['nationality and group words are NORP', 'Houthi rebels and Sunni clerics met Britons.', ['Houthi/NORP', 'Sunni/NORP', 'Britons/NORP']],
  ['a named event keeps its article', 'Since the Korean War and the Olympics, little changed.', ['the Korean War/EVENT', 'the Olympics/EVENT']],
  ['a name with a number is not a weapon without a weapon noun', 'The COVID-19 pandemic hit the economy.', ['COVID-19/EVENT'], ['The COVID-19']],
];

const NUMBERS: Case[] = [
  ['money, percent, quantity', 'It cost $5 million, up 30% on 15 km of track.', ['$5 million/MONEY', '30%/PERCENT', '15 km/QUANTITY']],
  ['cardinal, ordinal, time, date', 'Three officials met for the second time at 10:30 am on March 3, 2023.', ['Three/CARDINAL', 'second/ORDINAL', '10:30 am/TIME', 'March 3, 2023/DATE']],
  ['split multipliers and years before a verb', 'Investors lost $11bn after the collapse in 2002 following the fraud.', ['$11bn/MONEY', '2002/DATE']],
  ['relative dates as ANNOTATION.md marks them', 'It launched last week, earlier this year and since 2022, and will launch again soon.', ['last week/DATE', 'earlier this year/DATE', '2022/DATE', 'soon/DATE'], ['since 2022']],
];

describe('entities rules', () => {
  it.each(POSSESSIVES)('possessive outside the span: %s', async (...c) => check(c));
  it.each(NOT_NAMES)('not a name: %s', async (...c) => check(c));
  it.each(ACRONYMS)('acronym in parentheses: %s', async (...c) => check(c));
  it.each(LONGEST)('longest name: %s', async (...c) => check(c));
  it.each(TITLES)('titles: %s', async (...c) => check(c));
  it.each(HYPHENATED)('hyphenated names: %s', async (...c) => check(c));
  it.each(MISC_TYPES)('other names: %s', async (...c) => check(c));
  it.each(NUMBERS)('numbers and dates: %s', async (...c) => check(c));
});

describe('entities alias links', () => {
  it('links an acronym to its expansion even without parentheses', async () => {
    const doc = await annotate('The National Security Council met. Later the NSC issued a statement.');
    expect(clusterOf(doc, 'NSC')?.texts).toEqual(['National Security Council', 'NSC']);
  });

  it('keeps two people with the same surname apart', async () => {
    const doc = await annotate('Kim Yo Jong, the sister of Kim Jong Un, spoke. Kim Jong Un did not.');
    expect(clusterOf(doc, 'Kim Yo Jong')?.texts).toEqual(['Kim Yo Jong']);
    expect(clusterOf(doc, 'Kim Jong Un')?.texts).toEqual(['Kim Jong Un', 'Kim Jong Un']);
  });

  it('keeps a country apart from its cities and regions', async () => {
    const doc = await annotate('The UK government met in Glasgow. Scotland voted. The United Kingdom agreed.');
    expect(clusterOf(doc, 'Glasgow')?.texts).toEqual(['Glasgow']);
    expect(clusterOf(doc, 'Scotland')?.texts).toEqual(['Scotland']);
    expect(clusterOf(doc, 'UK')?.texts).toEqual(['UK', 'The United Kingdom']);
  });

  it('a surname before the full name is still that person', async () => {
    const doc = await annotate('Kim said the launch failed. Later, Kim Jong Un vowed to try again.');
    expect(clusterOf(doc, 'Kim')).toEqual({ canonical: 'Kim Jong Un', texts: ['Kim', 'Kim Jong Un'], type: 'PERSON' });
  });

  it('groups a surname with the full name mentioned before it', async () => {
    const doc = await annotate('Vladimir Putin arrived in Pyongyang. Putin met officials there.');
    expect(clusterOf(doc, 'Putin')?.canonical).toBe('Vladimir Putin');
  });

  it('records evidence for every mention', async () => {
    const doc = await annotate('North Korea’s Chollima-1 failed, KCNA said on Wednesday.');
    for (const m of doc.entities!) {
      expect(m.evidence.length).toBeGreaterThan(0);
      for (const e of m.evidence) expect(e).toMatch(/^(model|gazetteer|rule|library):[a-z0-9-]+$/);
      expect(m.confidence).toBeGreaterThan(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('annotates a text without names', async () => {
    const doc = await annotate('nothing to see here.');
    expect(doc.entities).toEqual([]);
    expect(doc.entityClusters).toEqual([]);
  });
});
