import { describe, expect, it } from 'vitest';
import { annotate, claimsOf } from './helpers.js';

describe('claims: constructions', () => {
  it('source–cue–content with an appositive source', async () => {
    const claims = await claimsOf('A top North Korean official, Ri Pyong Chol, stated that the country needs a space-based monitoring system.');
    expect(claims).toEqual([
      { kind: 'indirect', cue: 'stated', source: 'A top North Korean official, Ri Pyong Chol', sourceKind: 'named', content: ['that the country needs a space-based monitoring system'] },
    ]);
  });

  it('content–cue–source, inverted (“…,” said Kim.)', async () => {
    const claims = await claimsOf('“The launch was a clear violation of the resolution,” said a spokesperson for the Defence Ministry.');
    expect(claims).toEqual([
      { kind: 'direct', cue: 'said', source: 'a spokesperson for the Defence Ministry', sourceKind: 'nominal', content: ['The launch was a clear violation of the resolution'] },
    ]);
  });

  it('content–source–cue (“…,” Kim said.)', async () => {
    const claims = await claimsOf('“We will take all necessary measures,” Kim said.');
    expect(claims).toEqual([{ kind: 'direct', cue: 'said', source: 'Kim', sourceKind: 'named', content: ['We will take all necessary measures'] }]);
  });

  it('a belief reported without "that" inside reported speech is a claim of its own', async () => {
    const claims = await claimsOf('A spokesman said the Prime Minister expected the conference to discuss a practical work plan.');
    expect(claims.map((c) => [c.source, c.cue, c.content])).toEqual([
      ['A spokesman', 'said', ['the Prime Minister expected the conference to discuss a practical work plan']],
      ['the Prime Minister', 'expected', ['the conference to discuss a practical work plan']],
    ]);
    // a speech verb's own subject is not a belief's holder: "told the minister believes" stays one claim
    expect((await claimsOf('She told the minister she believes the plan will fail.')).map((c) => c.cue)).toEqual(['told', 'believes']);
  });

  it('a place or medium adjunct before "that" is not content (“writes in The Atlantic that …”)', async () => {
    const claims = await claimsOf('Dan McAdams, a psychology professor, writes in The Atlantic that Trump exhibits sky-high extroversion.');
    expect(claims.map((c) => [c.cue, c.content])).toEqual([['writes', ['that Trump exhibits sky-high extroversion']]]);
    // a topic preposition opens the content
    expect((await claimsOf('He warned of the risk that the plan will fail.')).map((c) => c.content)).toEqual([['the risk that the plan will fail']]);
  });

  it('an adverb between a conjunction and the subject (“but ultimately Prager thinks”)', async () => {
    const claims = await claimsOf('They are good people, but ultimately Prager thinks their logic is flawed.');
    expect(claims.map((c) => [c.source, c.cue, c.content])).toEqual([['Prager', 'thinks', ['their logic is flawed']]]);
  });

  it('an adverbial opener of the content does not end it at its comma (“that despite …, Trump can’t be toppled”)', async () => {
    const contents = async (text: string) => (await claimsOf(text)).map((c) => c.content);
    expect(await contents('Insiders said that despite Marco Rubio’s rise in Iowa, Trump can’t be toppled next Tuesday.')).toEqual([['that despite Marco Rubio’s rise in Iowa, Trump can’t be toppled next Tuesday']]);
    expect(await contents('The two admit that, given the partisan divide, instituting these goals will not be easy.')).toEqual([['that, given the partisan divide, instituting these goals will not be easy']]);
    expect(await contents('Trump said if Clinton is elected, she will raise taxes.')).toEqual([['if Clinton is elected, she will raise taxes']]);
    // the opener holds no verb; a preposition without "that" is the verb's own complement; a cue after the comma still ends it
    expect(await contents('The US pledged that in the year 2000 it would lift restrictions, freeing trucks to haul cargo.')).toEqual([['that in the year 2000 it would lift restrictions']]);
    expect(await contents('Viewers pressed against a fence, listening intently.')).toEqual([['against a fence']]);
    expect(await contents('Reporters asked if he had met Trump, who leads in the polls.')).toEqual([['if he had met Trump']]);
    expect(await contents('He said that despite the rain, the paper reported, the launch went ahead.')).toEqual([['that despite the rain'], ['the launch went ahead']]);
  });

  it('a belief adjective after a copula is a cue (“are concerned that”, “have long been concerned that”)', async () => {
    const claims = async (text: string) => (await claimsOf(text)).map((c) => [c.source, c.cue, c.content]);
    expect(await claims('Some Clinton backers are concerned that momentum could carry him.')).toEqual([['Some Clinton backers', 'are concerned', ['that momentum could carry him']]]);
    expect(await claims('Her allies have long been concerned that the super PAC will not match the fundraising.')).toEqual([['Her allies', 'have long been concerned', ['that the super PAC will not match the fundraising']]]);
    // the copula gives way when it was read as the cue: one claim, not two
    expect(await claims('Rubio seemed very hopeful that the United States could accept more refugees.')).toEqual([['Rubio', 'seemed very hopeful', ['that the United States could accept more refugees']]]);
    // not advice with a modal, not a belief reported inside another claim, not inside a quote
    expect(await claims('Voters can be sure that Cruz will fight.')).toEqual([]);
    expect(await claims('He said that he was confident that Sanders would do the right thing.')).toEqual([['He', 'said', ['that he was confident that Sanders would do the right thing']]]);
    expect((await claims('Asked whether he was concerned that turnout would fall, he laughed.')).map((c) => c[1])).not.toContain('was concerned');
    expect(await claims('“I am sure that this will continue,” he said.')).toEqual([['he', 'said', ['I am sure that this will continue']]]);
  });

  it('reported speech with the content before the cue', async () => {
    const claims = await claimsOf('The rocket lost thrust and crashed into the sea, state media said.');
    expect(claims).toEqual([{ kind: 'indirect', cue: 'said', source: 'state media', sourceKind: 'nominal', content: ['The rocket lost thrust and crashed into the sea'] }]);
  });

  it('colon introduction, with and without a verb', async () => {
    expect(await claimsOf('The minister said: “We will launch again.”')).toEqual([
      { kind: 'direct', cue: 'said', source: 'The minister', sourceKind: 'nominal', content: ['We will launch again.'] },
    ]);
    const bare = await claimsOf('Kim Yo Jong: “We will launch again soon.”');
    expect(bare).toHaveLength(1);
    expect(bare[0]).toMatchObject({ kind: 'direct', cue: ':', source: 'Kim Yo Jong', content: ['We will launch again soon.'] });
  });

  it('according to, before and after the content', async () => {
    expect(await claimsOf('According to South Korean officials, the North has launched more missiles this year.')).toEqual([
      { kind: 'according-to', cue: 'According to', source: 'South Korean officials', sourceKind: 'nominal', content: ['the North has launched more missiles this year'] },
    ]);
    expect(await claimsOf('The North has launched more missiles this year, according to officials in Seoul.')).toEqual([
      { kind: 'according-to', cue: 'according to', source: 'officials in Seoul', sourceKind: 'nominal', content: ['The North has launched more missiles this year'] },
    ]);
    // a part before the cue with no verb (a fronted adjunct, a subject) keeps the clause after the source
    const contents = async (text: string) => (await claimsOf(text)).map((c) => c.content);
    expect(await contents('Over the long term, according to the budget office, the rise in deficits is mainly due to ageing.')).toEqual([['Over the long term', 'the rise in deficits is mainly due to ageing']]);
    expect(await contents('Fundraising, according to the campaign, has surged.')).toEqual([['Fundraising', 'has surged']]);
    expect(await contents('In March the North launched two missiles, according to officials, a record for the year.')).toEqual([['In March the North launched two missiles']]);
  });

  it("noun cues: X's condemnation of Y", async () => {
    const claims = await claimsOf('Seoul’s condemnation of the launch came within hours.');
    expect(claims).toEqual([{ kind: 'indirect', cue: 'condemnation', source: 'Seoul', sourceKind: 'named', content: ['the launch'] }]);
  });

  it('noun cues "attack on" and "call for" with a possessive pronoun', async () => {
    expect(await claimsOf('Her attack on Sanders in the debate was a stretch.')).toMatchObject([{ cue: 'attack on', source: 'Her', content: ['Sanders in the debate'] }]);
    expect(await claimsOf('His call for a ban on imports drew support.')).toMatchObject([{ cue: 'call for', source: 'His', content: ['a ban on imports'] }]);
    // a possessive and a complement are both needed: "a phone call to", "the attack on the base"
    expect(await claimsOf('The attack on the base killed two soldiers.')).toEqual([]);
  });

  it('passive with an agent', async () => {
    const claims = await claimsOf('The launch was condemned by the United Nations.');
    // PolNeAR's convention: the agent's "by" belongs to a passive cue
    expect(claims).toEqual([{ kind: 'indirect', cue: 'was condemned by', source: 'the United Nations', sourceKind: 'named', content: ['The launch'] }]);
  });

  it('an expectation in the passive has no source; the negation stays in the cue, not the evidence', async () => {
    expect(await claimsOf('The rocket is widely expected to fly again in June.')).toEqual([
      { kind: 'indirect', cue: 'is widely expected', source: null, sourceKind: 'author', content: ['The rocket', 'to fly again in June'] },
    ]);
    const doc = await annotate('But the launch was not expected to succeed.');
    expect(doc.claims?.map((c) => [c.cue?.text, c.evidence[0], c.evidence.includes('negated')])).toEqual([['was not expected', 'indirect:passive-expectation', false]]);
    // a passive that is not an expectation of a future act is no claim: "He is expected in Paris"
    expect(await claimsOf('The envoy is expected in Seoul on Monday.')).toEqual([]);
  });

  it('a criticism or praise in the passive without an agent has no source; its content is the subject and the grounds', async () => {
    expect(await claimsOf('The minister has been widely criticized for the delay.')).toEqual([
      { kind: 'indirect', cue: 'has been widely criticized', source: null, sourceKind: 'author', content: ['The minister', 'for the delay'] },
    ]);
    // without grounds ("for", "as", "of", "over") it is a report of an event, not a claim
    expect(await claimsOf('The minister was criticized in parliament.')).toEqual([]);
    expect(await claimsOf('The Ministry of Defence has been criticised over the soaring costs.')).toMatchObject([{ kind: 'indirect', cue: 'has been criticised', source: null, content: ['The Ministry of Defence', 'over the soaring costs'] }]);
    // "over the weekend" is a time, not the grounds
    expect(await claimsOf('The senator was attacked over the weekend.')).toEqual([]);
  });

  it('a speech verb the tagger read as a noun or adjective is still a cue', async () => {
    // wink tags "warning" NOUN, "promising" ADJ and a headline's "blasts" NOUN in these sentences
    const participle = await claimsOf('European leaders backed a joint force, warning that the exit will sap their defences.');
    expect(participle.find((c) => c.cue === 'warning')).toMatchObject({ source: 'European leaders', content: ['that the exit will sap their defences'] });
    expect(await claimsOf('Now Kim, the leader of the country, is promising to launch a satellite.')).toMatchObject([{ cue: 'is promising', content: ['to launch a satellite'] }]);
    expect(await claimsOf('Clinton blasts Trump over deportation plan.')).toMatchObject([{ cue: 'blasts', source: 'Clinton', content: ['Trump over deportation plan'] }]);
    expect(await claimsOf('The woman disputes the idea that she needed help.')).toMatchObject([{ cue: 'disputes', source: 'The woman', content: ['the idea that she needed help'] }]);
    // the same words as nouns and adjectives are left alone
    expect(await claimsOf('The warning signs were clear and the results are promising.')).toEqual([]);
  });

  it('finds the main subject of a participle past a one-word opener or a long fronted phrase', async () => {
    const yet = await claimsOf("Yet she didn't limit her attacks to Israel policy, also calling on attendees to oppose bigotry.");
    expect(yet.find((c) => c.cue === 'also calling on')).toMatchObject({ source: 'she', content: ['attendees to oppose bigotry'] });
    const fronted = await claimsOf('Chastened by the analyses, as well as complaints over the costs, Trump revised his plan, promising to focus its benefits on workers.');
    expect(fronted).toMatchObject([{ cue: 'promising', source: 'Trump', content: ['to focus its benefits on workers'] }]);
  });

  it('reads a participle after a comma and a closing quote, and never as an inverted cue', async () => {
    const talked = await claimsOf('Clinton talked up her “50-state strategy,” promising to campaign across the country.');
    expect(talked.find((c) => c.cue === 'promising')).toMatchObject({ source: 'Clinton', content: ['to campaign across the country'] });
    const quoted = await claimsOf('Boreing said, “It’s time we change how we do it,” promising the club will return to its roots.');
    expect(quoted.find((c) => c.cue === 'promising')).toMatchObject({ source: 'Boreing', content: ['the club will return to its roots'] });
  });

  it('reads a title-case headline verb the tagger took for part of a name', async () => {
    expect(await claimsOf('Ben Carson Slams Hillary And The Media In One Debate Answer.')).toMatchObject([{ cue: 'Slams', source: 'Ben Carson', content: ['Hillary And The Media In One Debate Answer'] }]);
    expect(await claimsOf('Donald Trump Praises Breitbart Washington Editor Matthew Boyle.')).toMatchObject([{ cue: 'Praises', source: 'Donald Trump' }]);
    // a name in running text is no headline: "States" is not "state"
    expect(await claimsOf('Officials at the United States Embassy in Beijing met the delegation on Monday.')).toEqual([]);
  });

  it('"that" as a relative subject of a speech verb is the source, as PolNeAR marks it', async () => {
    const claims = await claimsOf('The law met fierce opposition from businesses that warn it could harm commerce.');
    expect(claims).toMatchObject([{ cue: 'warn', source: 'that', content: ['it could harm commerce'] }]);
    // not before other verbs: "a law that allows communities to …"
    expect(await claimsOf('They passed a law that allows communities to opt out.')).toEqual([]);
  });

  it('subjects with a reduced relative in -ing, and with an appositive between double hyphens', async () => {
    expect(await claimsOf('A union representing flight attendants endorsed the treaty on Thursday.')).toMatchObject([{ cue: 'endorsed', source: 'A union representing flight attendants' }]);
    expect(await claimsOf('The justice -- who has been in a scuffle with the nominee -- said she regretted her remarks.')).toMatchObject([
      { cue: 'said', source: 'The justice -- who has been in a scuffle with the nominee', content: ['she regretted her remarks'] },
    ]);
  });

  it.each([
    ['Defence analysts believe the rocket shares engines with the ICBM programme.', 'believe', 'Defence analysts', 'the rocket shares engines with the ICBM programme'],
    ['Residents fear that the tests will continue.', 'fear', 'Residents', 'that the tests will continue'],
    ['Critics argue that the sanctions have failed.', 'argue', 'Critics', 'that the sanctions have failed'],
    ['North Korea vowed to launch another satellite.', 'vowed', 'North Korea', 'to launch another satellite'],
    ['The leader pledged to strengthen the navy.', 'pledged', 'The leader', 'to strengthen the navy'],
    ['Pyongyang plans to launch another rocket in June.', 'plans', 'Pyongyang', 'to launch another rocket in June'],
  ])('belief and intention: %s', async (text, cue, source, content) => {
    const claims = await claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ kind: 'indirect', cue, source, content: [content] });
  });

  it('a multi-sentence quote is one claim', async () => {
    const claims = await claimsOf('“We will launch again. Nobody can stop us,” she said.');
    expect(claims).toEqual([{ kind: 'direct', cue: 'said', source: 'she', sourceKind: 'pronoun', content: ['We will launch again. Nobody can stop us'] }]);
  });

  it('a paragraph that opens a quote and does not close it continues in the next quoted paragraph', async () => {
    const text = 'The minister spoke for an hour.\n\n“We will launch again and again.\n\n“Nobody can stop us,” the minister said.\n\nThe crowd cheered.';
    const claims = await claimsOf(text);
    expect(claims).toEqual([
      { kind: 'direct', cue: 'said', source: 'the minister', sourceKind: 'nominal', content: ['We will launch again and again.', 'Nobody can stop us'] },
    ]);
  });

  it('a quoted sentence with no cue continues the previous speaker', async () => {
    const doc = await annotate('Kim Yo Jong spoke on Monday. “We will launch again,” she said. “Nobody can stop us.”');
    const claims = doc.claims ?? [];
    expect(claims).toHaveLength(2);
    expect(claims[1]).toMatchObject({ kind: 'direct', cue: null, source: { text: 'she', kind: 'pronoun' }, content: [{ text: 'Nobody can stop us.' }] });
    expect(claims[1]?.source.entity).toBe(claims[0]?.source.entity);
    expect(claims[1]?.evidence).toContain('direct:continuation');
  });

  it('a quote split by its cue has two content spans', async () => {
    const claims = await claimsOf('“We will,” he said, “launch again.”');
    expect(claims).toEqual([{ kind: 'direct', cue: 'said', source: 'he', sourceKind: 'pronoun', content: ['We will', 'launch again.'] }]);
  });

  it.each([
    ['curly double', '“We will launch again,” the minister said.'],
    ['straight double', '"We will launch again," the minister said.'],
    ['curly single', '‘We will launch again,’ the minister said.'],
    ['straight single', "'We will launch again,' the minister said."],
    ['guillemets', '« We will launch again », the minister said.'],
    ['typewriter', "''We will launch again,'' the minister said."],
  ])('quote marks: %s', async (_name, text) => {
    const claims = await claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ kind: 'direct', cue: 'said', source: 'the minister', content: ['We will launch again'] });
  });

  it('negated cues keep their negation in the cue and the evidence', async () => {
    const doc = await annotate('China and Russia did not condemn the launch. The minister declined to condemn the test. Seoul did not say whether it would respond.');
    const claims = doc.claims ?? [];
    expect(claims.map((c) => c.cue?.text)).toEqual(['did not condemn', 'declined to condemn', 'did not say']);
    expect(claims.map((c) => c.cue?.lemma)).toEqual(['condemn', 'condemn', 'say']);
    for (const c of claims) expect(c.evidence).toContain('negated');
    expect(claims[2]?.content[0]?.text).toBe('whether it would respond');
  });

  it('a chain hands its complement on to the cue and joins the cue group', async () => {
    const doc = await annotate('Seoul was quick to condemn the launch. Pyongyang continued to deny the reports. The envoy began dismissing the claims. The paper goes on to slam the test. Beijing has yet to criticize the launch. Tokyo began thinking about the offer.');
    const claims = doc.claims ?? [];
    expect(claims.map((c) => [c.source?.text, c.cue?.text, c.cue?.lemma, c.content[0]?.text])).toEqual([
      ['Seoul', 'was quick to condemn', 'condemn', 'the launch'],
      ['Pyongyang', 'continued to deny', 'deny', 'the reports'],
      ['The envoy', 'began dismissing', 'dismiss', 'the claims'],
      ['The paper', 'goes on to slam', 'slam', 'the test'],
      ['Beijing', 'has yet to criticize', 'criticize', 'the launch'],
      // a chain makes a weak cue explicit: no complement clause needed
      ['Tokyo', 'began thinking about', 'think', 'the offer'],
    ]);
    expect(claims[4]?.evidence).toContain('negated');
    // an infinitive with no chain is still no cue of its own; "a quick way to" is no chain
    expect(await claimsOf('Seoul needs a quick way to condemn the launch. The aim was to condemn the test.')).toEqual([]);
  });

  it('explicit speech-act verbs take what they are about as a bare object', async () => {
    const claims = await claimsOf('The president castigated Pyongyang for the launch. Analysts lauded the swift response.');
    expect(claims.map((c) => [c.cue, c.source, c.content])).toEqual([
      ['castigated', 'The president', ['Pyongyang for the launch']],
      ['lauded', 'Analysts', ['the swift response']],
    ]);
  });

  it('"warned of/against": what the warning is about is content, not an addressee or an adjunct', async () => {
    const claims = await claimsOf('Experts warned of the risk of another failure. Seoul warned Pyongyang against another launch. The envoy urged restraint on both sides.');
    expect(claims.map((c) => [c.source, c.cue, c.content])).toEqual([
      ['Experts', 'warned of', ['the risk of another failure']],
      ['Seoul', 'warned', ['Pyongyang against another launch']],
      ['The envoy', 'urged', ['restraint on both sides']],
    ]);
    // an addressee with nothing reported is still no claim
    expect(await claimsOf('He told The Korea Herald on Monday.')).toEqual([]);
  });

  it('content stops before a contrasting clause or a dash that brings another speaker', async () => {
    const claims = await claimsOf('Seoul accused Pyongyang of wasting money while experts warned that the rocket was unsafe. Tokyo wants the talks delayed - the ministry has urged a pause until June.');
    expect(claims.map((c) => [c.source, c.cue, c.content])).toEqual([
      ['Seoul', 'accused', ['Pyongyang of wasting money']],
      ['experts', 'warned', ['that the rocket was unsafe']],
      ['Tokyo', 'wants', ['the talks delayed']],
      ['the ministry', 'has urged', ['a pause until June']],
    ]);
  });

  it('a subject with an aside between spaced hyphens', async () => {
    const claims = await claimsOf('Some analysts - including two former officials - warn that the engine failed again.');
    expect(claims.map((c) => [c.source, c.cue])).toEqual([['Some analysts - including two former officials', 'warn']]);
  });

  it('acts received: the source follows "from", or "of" after a receiving verb', async () => {
    const claims = await claimsOf('Seoul faced sharp criticism from Beijing. The ministry secured the backing of the United Nations. The plan drew calls from lawmakers to delay the launch. She took a call from her niece.');
    expect(claims.map((c) => [c.cue, c.source, c.content])).toEqual([
      ['criticism', 'Beijing', ['Seoul']],
      ['backing', 'the United Nations', ['The ministry']],
      ['calls', 'lawmakers', ['to delay the launch']],
    ]);
  });

  it('acts made: a light verb makes a cue of an act noun with a complement', async () => {
    const doc = await annotate('Pyongyang unleashed withering attacks against Seoul on Friday. The ministry is putting out a warning that the rocket could fail. Kim has repeatedly made public promises to launch again. The envoy did not issue a condemnation of the test. She made a call to her niece.');
    expect(doc.claims?.map((c) => [c.source.text, c.cue?.text, c.content.map((r) => r.text), c.evidence.includes('negated')])).toEqual([
      ['Pyongyang', 'unleashed withering attacks', ['Seoul on Friday'], false],
      ['The ministry', 'is putting out a warning', ['that the rocket could fail'], false],
      ['Kim', 'has repeatedly made public promises', ['to launch again'], false],
      ['The envoy', 'did not issue a condemnation', ['the test'], true],
    ]);
  });

  it('a participle after a document noun is its author\'s act; a wh-clause is content for the verbs that take one', async () => {
    const claims = await claimsOf('The council approved a resolution condemning the launch. Liam Fox opened the session with a speech criticising the budget. The ministry released her statement praising the crew. Kim explained how the satellite would work. Analysts wondered whether the engine had failed.');
    expect(claims.map((c) => [c.source, c.cue, c.content])).toEqual([
      ['The council', 'condemning', ['the launch']],
      ['Liam Fox', 'criticising', ['the budget']],
      ['her', 'praising', ['the crew']],
      ['Kim', 'explained', ['how the satellite would work']],
      ['Analysts', 'wondered', ['whether the engine had failed']],
    ]);
  });

  it('a subject after a wh-word or "unless" starts at the boundary', async () => {
    const claims = await claimsOf("That's why the ministry thinks the launch failed. It is unclear whether Seoul believes the rocket exploded.");
    expect(claims.map((c) => [c.source, c.cue, c.content])).toEqual([
      ['the ministry', 'thinks', ['the launch failed']],
      ['Seoul', 'believes', ['the rocket exploded']],
    ]);
  });

  it('a base-form speech verb the tagger read as a noun after a plural subject', async () => {
    const claims = await claimsOf('Rose Bowl skywriters blast Trump. Critics slam the plan as reckless. Illinois state Rep. Carol Ammons spoke.');
    expect(claims.map((c) => [c.source, c.cue, c.content])).toEqual([
      ['Rose Bowl skywriters', 'blast', ['Trump']],
      ['Critics', 'slam', ['the plan as reckless']],
    ]);
  });

  it('a retort: a verb and its particle make a cue together ("fired back", "lashed out", "walked back")', async () => {
    const doc = await annotate('Seoul fired back at Pyongyang over the launch. The envoy later walked back his comments. The crew hit the ball back.');
    expect(doc.claims?.map((c) => [c.source.text, c.cue?.text, c.content.map((r) => r.text), c.evidence[1]])).toEqual([
      ['Seoul', 'fired back', ['at Pyongyang over the launch'], 'lexicon:retort:fire back'],
      ['The envoy', 'later walked back', ['his comments'], 'lexicon:retort:walk back'],
    ]);
  });

  it('a noun cue after a possessive pronoun, even when tagged as a verb', async () => {
    const claims = await claimsOf('Voters recalled his promises to rebuild the navy.');
    expect(claims.map((c) => [c.cue, c.source, c.content])).toEqual([
      ['recalled', 'Voters', ['his promises to rebuild the navy']],
      ['promises', 'his', ['to rebuild the navy']],
    ]);
  });

  it('a participle takes the main subject past an adverb or a copula, and after a dash', async () => {
    const claims = await claimsOf('Kim instead gave a long speech, decrying the sanctions. As the talks began, the envoy was in Seoul, promising to resume aid. The minister said he was confident - warning that the rocket could fail. He spoke for an hour, warning reporters that the launch was near.');
    expect(claims.map((c) => [c.source, c.cue, c.content])).toEqual([
      ['Kim', 'decrying', ['the sanctions']],
      ['the envoy', 'promising', ['to resume aid']],
      ['The minister', 'said', ['he was confident']],
      ['The minister', 'warning', ['that the rocket could fail']],
      ['He', 'warning', ['that the launch was near']],
    ]);
  });

  it('a refusal with nothing to report keeps "declined" as the cue (PolNeAR convention)', async () => {
    expect(await claimsOf('The ministry declined to comment.')).toEqual([
      { kind: 'indirect', cue: 'declined', source: 'The ministry', sourceKind: 'nominal', content: ['to comment'] },
    ]);
  });

  it('is deterministic and leaves the document it was given alone', async () => {
    const text = 'Kim said the launch failed. “We will try again,” she added. According to officials, more tests will follow.';
    const first = await annotate(text);
    const second = await annotate(text);
    expect(JSON.stringify(second.claims)).toBe(JSON.stringify(first.claims));
    const stage = (await import('../../../stages/claims/index.js')).default;
    const run = await stage.create(stage.defaults);
    const input = JSON.parse(JSON.stringify({ ...first, claims: undefined }));
    const frozen = JSON.stringify(input);
    const out = run(input, { stage: 'claims', report: () => undefined });
    expect(JSON.stringify(input)).toBe(frozen);
    expect(out.claims).toEqual(first.claims);
  });

  it('scare quotes and quoted titles are not claims', async () => {
    expect(await claimsOf('The so-called ‘satellite’ fell into the sea.')).toEqual([]);
    expect(await claimsOf('He once hosted “Saturday Night Live” in New York.')).toEqual([]);
    expect(await claimsOf('The rocket, a “Chollima-1”, crashed.')).toEqual([]);
  });

  it('a scare quote inside reported speech does not make it mixed; a quoted fragment does', async () => {
    expect((await claimsOf('Critics have called the so-called ‘satellite’ a cover for missile tests.'))[0]?.kind).toBe('indirect');
    expect((await claimsOf('She said the country would “surely” put a satellite into orbit.'))[0]?.kind).toBe('mixed');
  });

  it('links sources to entities and resolves pronouns', async () => {
    const doc = await annotate('Kim Yo Jong said the launch failed. She said the country would try again.');
    const [first, second] = doc.claims ?? [];
    expect(first?.source).toMatchObject({ text: 'Kim Yo Jong', kind: 'named' });
    expect(first?.source.entity).toMatch(/^e\d+$/);
    expect(second?.source).toMatchObject({ text: 'She', kind: 'pronoun', entity: first?.source.entity });
  });

  it('claims are in text order with evidence, sentences and valid spans', async () => {
    const text = 'Kim said the launch failed. “We will try again,” she added. Experts believe that more tests will follow.';
    const doc = await annotate(text);
    const claims = doc.claims ?? [];
    expect(claims.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    expect(claims.map((c) => c.sentences)).toEqual([[0], [1], [2]]);
    for (const c of claims) {
      expect(c.evidence.length).toBeGreaterThan(0);
      expect(c.confidence).toBeGreaterThan(0);
      for (const s of c.content) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});
