import { describe, expect, it } from 'vitest';
import { annotateWith, type ClaimSpec, type EntitySpec } from './helpers.js';
import { createPipeline } from '../../../pipeline/pipeline.js';

interface Case {
  name: string;
  text: string;
  claim: ClaimSpec;
  label: string;
  negated?: boolean;
  certainty?: 'asserted' | 'hedged';
  target?: string | null;
  entities?: EntitySpec[];
  targetEntity?: string;
  /** A piece of evidence the deciding rule must leave. */
  evidence?: string;
}

const cases: Case[] = [
  { name: 'condemnation by cue', text: 'The United Nations Secretary-General condemned the launch.', claim: { cue: 'condemned', lemma: 'condemn', source: 'The United Nations Secretary-General', content: 'the launch' }, label: 'condemnation', target: 'the launch' },
  { name: 'condemnation: accuse with entity target', text: 'Russia’s foreign ministry blamed the United States for raising tensions.', claim: { cue: 'blamed', lemma: 'blame', source: 'Russia’s foreign ministry', content: 'the United States for raising tensions' }, label: 'condemnation', target: 'the United States', entities: [{ text: 'United States', type: 'GPE', entity: 'e2' }], targetEntity: 'e2' },
  { name: 'condemnation from content', text: '“The launch was a clear violation of the resolution,” said a spokesperson.', claim: { cue: 'said', lemma: 'say', source: 'a spokesperson', content: 'The launch was a clear violation of the resolution,', kind: 'direct' }, label: 'condemnation', target: 'The launch' },
  { name: 'vow by cue', text: 'North Korea has vowed to conduct another military spy satellite launch.', claim: { cue: 'vowed', lemma: 'vow', source: 'North Korea', content: 'to conduct another military spy satellite launch' }, label: 'vow', target: 'another military spy satellite launch' },
  { name: 'vow from content (neutral cue, source commits)', text: 'The ministry said it would conduct another launch.', claim: { cue: 'said', lemma: 'say', source: 'The ministry', content: 'it would conduct another launch' }, label: 'vow' },
  { name: 'a spokesman speaks for the body: what the ministry would do is its vow', text: 'A spokesman said the ministry would review the rules.', claim: { cue: 'said', lemma: 'say', source: 'A spokesman', content: 'the ministry would review the rules' }, label: 'vow', evidence: 'content:institution-commitment(would review)' },
  { name: 'committed to a thing, no verb: a vow to it', text: 'Department spokesman John Kirby said, “The Department is committed to transparency.”', claim: { cue: 'said', lemma: 'say', source: 'Department spokesman John Kirby', content: 'The Department is committed to transparency.', kind: 'direct' }, label: 'vow', evidence: 'content:institution-commitment(is committed to transparency)' },
  { name: 'vow in a direct quote', text: '“We will launch again,” she said.', claim: { cue: 'said', lemma: 'say', source: 'she', content: 'We will launch again,', kind: 'direct' }, label: 'vow' },
  { name: 'analysis by cue', text: 'Defence analysts believe the rocket shares engines with the missile programme.', claim: { cue: 'believe', lemma: 'believe', source: 'Defence analysts', content: 'the rocket shares engines with the missile programme' }, label: 'analysis', target: 'the rocket', certainty: 'asserted' },
  { name: 'analysis from a hedged content', text: 'An analyst said Pyongyang would likely try again.', claim: { cue: 'said', lemma: 'say', source: 'An analyst', content: 'Pyongyang would likely try again' }, label: 'analysis', certainty: 'hedged' },
  { name: 'hedging: may try again', text: 'Officials said the North may try again next month.', claim: { cue: 'said', lemma: 'say', source: 'Officials', content: 'the North may try again next month' }, label: 'analysis', certainty: 'hedged' },
  { name: 'warning', text: 'Japan’s government warned that further launches would be met with a stern response.', claim: { cue: 'warned', lemma: 'warn', source: 'Japan’s government', content: 'further launches would be met with a stern response' }, label: 'warning', target: 'further launches' },
  { name: 'appeal: called for', text: 'The Secretary-General called for a resumption of denuclearization talks.', claim: { cue: 'called for', lemma: 'call for', source: 'The Secretary-General', content: 'a resumption of denuclearization talks' }, label: 'appeal', target: 'a resumption of denuclearization talks' },
  { name: 'appeal: called on (cue without its particle)', text: 'China called on all sides to show restraint.', claim: { cue: 'called', lemma: 'call', source: 'China', content: 'all sides to show restraint' }, label: 'appeal', target: 'all sides' },
  { name: 'appeal: urged X to', text: 'He urged Pyongyang to stop its weapons tests.', claim: { cue: 'urged', lemma: 'urge', source: 'He', content: 'Pyongyang to stop its weapons tests' }, label: 'appeal', target: 'Pyongyang', entities: [{ text: 'Pyongyang', type: 'GPE', entity: 'e1' }], targetEntity: 'e1' },
  { name: 'framing X as Y is an interpretation: analysis', text: 'Democrats also framed gun control as an issue of national security.', claim: { cue: 'framed', lemma: 'frame', source: 'Democrats', content: 'gun control as an issue of national security' }, label: 'analysis', evidence: 'rule:see-as' },
  { name: 'seeing X as Y: analysis', text: 'Experts see the elections as a test for the party.', claim: { cue: 'see', lemma: 'see', source: 'Experts', content: 'the elections as a test for the party' }, label: 'analysis', evidence: 'rule:see-as' },
  { name: 'denial', text: 'Pyongyang denied that the launch was a weapons test.', claim: { cue: 'denied', lemma: 'deny', source: 'Pyongyang', content: 'the launch was a weapons test' }, label: 'denial', target: 'the launch' },
  { name: 'dismiss a criticism: denial', text: 'Pyongyang dismissed the criticism as “a hostile provocation”.', claim: { cue: 'dismissed', lemma: 'dismiss', source: 'Pyongyang', content: 'the criticism as “a hostile provocation”' }, label: 'denial', target: 'the criticism' },
  { name: 'dismiss claims: denial, whatever follows the plural claim noun', text: 'He dismissed claims government plans would devalue degrees.', claim: { cue: 'dismissed', lemma: 'dismiss', source: 'He', content: 'claims government plans would devalue degrees' }, label: 'denial', evidence: 'rule:reject-claim(claims)' },
  { name: 'dismiss a critique or a jibe: denial (criticism is a claim)', text: 'He dismissed the critique of his debate performance.', claim: { cue: 'dismissed', lemma: 'dismiss', source: 'He', content: 'the critique of his debate performance' }, label: 'denial', evidence: 'rule:reject-claim(critique)' },
  { name: 'dismiss figures: denial (figures are assertions)', text: 'Mr Brown dismissed the figures.', claim: { cue: 'dismissed', lemma: 'dismiss', source: 'Mr Brown', content: 'the figures' }, label: 'denial', evidence: 'rule:reject-claim(figure)' },
  { name: 'ask someone for something: appeal', text: 'The attorney general asked the Supreme Court for quick action.', claim: { cue: 'asked', lemma: 'ask', source: 'The attorney general', content: 'the Supreme Court for quick action' }, label: 'appeal', evidence: 'rule:ask-for', target: 'quick action' },
  { name: 'ask for comment: a reporter’s routine question, statement', text: 'The Post asked the campaign for comment.', claim: { cue: 'asked', lemma: 'ask', source: 'The Post', content: 'the campaign for comment' }, label: 'statement' },
  { name: 'calling someone out is a condemnation', text: 'Christie tripped up Rubio by calling him out for his reliance on talking points.', claim: { cue: 'calling', lemma: 'call', source: 'Christie', content: 'him out for his reliance on talking points' }, label: 'condemnation', evidence: 'rule:call-out' },
  { name: '"kind of" in a naming is a hedge, not praise; a quoted epithet for a person is a condemnation', text: 'Bush called his rival “totally scripted and kind of robotic.”', claim: { cue: 'called', lemma: 'call', source: 'Bush', content: 'his rival “totally scripted and kind of robotic.”' }, label: 'condemnation', evidence: 'rule:call-name(epithet)' },
  { name: 'a quoted epithet for a named person: condemnation', text: 'One lawmaker called Trump "the orange prince of American self-publicity."', claim: { cue: 'called', lemma: 'call', source: 'One lawmaker', content: 'Trump "the orange prince of American self-publicity."' }, entities: [{ text: 'Trump', type: 'PERSON', entity: 'e1' }], label: 'condemnation', evidence: 'rule:call-name(epithet)' },
  { name: 'a quoted name for a thing is left to the content', text: 'She called the vote “a citizenship election.”', claim: { cue: 'called', lemma: 'call', source: 'She', content: 'the vote “a citizenship election.”' }, label: 'statement' },
  { name: 'a reported belief of the source is analysis', text: 'Weaver told CNN that he believes the battle will continue until the convention.', claim: { cue: 'told', lemma: 'tell', source: 'Weaver', content: 'he believes the battle will continue until the convention' }, label: 'analysis', evidence: 'content:belief(he believes)' },
  { name: 'reject a plan: condemnation', text: 'The opposition rejected the budget plan.', claim: { cue: 'rejected', lemma: 'reject', source: 'The opposition', content: 'the budget plan' }, label: 'condemnation', target: 'the budget plan' },
  { name: 'support', text: 'China welcomed the talks.', claim: { cue: 'welcomed', lemma: 'welcome', source: 'China', content: 'the talks' }, label: 'support', target: 'the talks' },
  { name: 'statement', text: 'KCNA reported that officials made the pledge at a meeting.', claim: { cue: 'reported', lemma: 'report', source: 'KCNA', content: 'officials made the pledge at a meeting' }, label: 'statement', target: null },
  { name: 'statement: past fact', text: 'The military said it had recovered debris from the rocket.', claim: { cue: 'said', lemma: 'say', source: 'The military', content: 'it had recovered debris from the rocket' }, label: 'statement' },
  { name: 'negation: did not condemn', text: 'China and Russia did not condemn the launch.', claim: { cue: 'condemn', lemma: 'condemn', source: 'China and Russia', content: 'the launch' }, label: 'condemnation', negated: true, target: 'the launch' },
  { name: 'negation: refused to pledge', text: 'The minister refused to pledge new funds.', claim: { cue: 'refused to pledge', lemma: 'refuse', source: 'The minister', content: 'new funds' }, label: 'vow', negated: true },
  { name: 'negation: declined to endorse', text: 'The senator declined to endorse the candidate.', claim: { cue: 'endorse', lemma: 'endorse', source: 'The senator', content: 'the candidate' }, label: 'support', negated: true, target: 'the candidate' },
  { name: 'negation of the content is not of the act', text: 'The agency said the launch is not expected before June.', claim: { cue: 'said', lemma: 'say', source: 'The agency', content: 'the launch is not expected before June' }, label: 'statement', negated: false },
  { name: 'ask a question: statement', text: 'Reporters asked whether the test had failed.', claim: { cue: 'asked', lemma: 'ask', source: 'Reporters', content: 'whether the test had failed' }, label: 'statement' },
  { name: 'ask someone to act: appeal', text: 'The mayor asked residents to stay indoors.', claim: { cue: 'asked', lemma: 'ask', source: 'The mayor', content: 'residents to stay indoors' }, label: 'appeal', target: 'residents' },
  { name: 'data that suggest: analysis, hedged', text: 'The polls suggest that voters are tired.', claim: { cue: 'suggest', lemma: 'suggest', source: 'The polls', content: 'voters are tired' }, label: 'analysis', certainty: 'hedged' },
  { name: 'data that show: statement', text: 'The figures show that exports fell.', claim: { cue: 'show', lemma: 'show', source: 'The figures', content: 'exports fell' }, label: 'statement' },
  { name: 'raised concerns: analysis', text: 'Diplomats raised concerns about the programme.', claim: { cue: 'raised concerns', lemma: 'raise concern', source: 'Diplomats', content: 'about the programme' }, label: 'analysis' },
  { name: 'nominal cue: condemnation', text: 'Seoul’s condemnation of the launch came quickly.', claim: { cue: 'condemnation', lemma: 'condemnation', source: 'Seoul', content: 'of the launch' }, label: 'condemnation', target: 'the launch' },
  { name: 'negated praise is an attack', text: '“I do not believe that she is qualified,” he said.', claim: { cue: 'said', lemma: 'say', source: 'he', content: 'I do not believe that she is qualified,', kind: 'direct' }, label: 'condemnation' },
  { name: 'neutral cue, denial content', text: 'The ministry said the reports were false.', claim: { cue: 'said', lemma: 'say', source: 'The ministry', content: 'the reports were false' }, label: 'denial', target: 'the reports' },
  { name: 'neutral cue, appeal content', text: 'The minister said Britain should take its fair share.', claim: { cue: 'said', lemma: 'say', source: 'The minister', content: 'Britain should take its fair share' }, label: 'appeal', target: 'Britain' },
  { name: 'neutral cue, praise of another', text: '“Donald is an amazing leader,” said his son.', claim: { cue: 'said', lemma: 'say', source: 'his son', content: 'Donald is an amazing leader,', kind: 'direct' }, label: 'support' },
  { name: 'reportedly: hedged', text: 'The leader reportedly said the test was a success.', claim: { cue: 'said', lemma: 'say', source: 'The leader', content: 'the test was a success' }, label: 'statement', certainty: 'hedged' },
  { name: 'neutral cue, predicative attack by valence', text: 'The minister said the plan was dangerous.', claim: { cue: 'said', lemma: 'say', source: 'The minister', content: 'the plan was dangerous' }, label: 'condemnation', target: 'the plan' },
  { name: 'neutral cue, negated positive adjective', text: '“Of course it is not appropriate,” the senator said.', claim: { cue: 'said', lemma: 'say', source: 'the senator', content: 'Of course it is not appropriate,', kind: 'direct' }, label: 'condemnation' },
  { name: 'a negative adjective that describes is not an attack', text: 'Officials said the failed launch ended in the sea.', claim: { cue: 'said', lemma: 'say', source: 'Officials', content: 'the failed launch ended in the sea' }, label: 'statement' },
  { name: 'a comparison is not an attack', text: 'The agency said the storm was more dangerous than expected.', claim: { cue: 'said', lemma: 'say', source: 'The agency', content: 'the storm was more dangerous than expected' }, label: 'statement' },
  { name: 'the source’s own mistake is an admission', text: 'The MP said he was wrong to accept the tickets.', claim: { cue: 'said', lemma: 'say', source: 'The MP', content: 'he was wrong to accept the tickets' }, label: 'statement' },
  { name: 'reported confidence is analysis', text: 'Mr Balls said he was confident the chancellor would meet his rules.', claim: { cue: 'said', lemma: 'say', source: 'Mr Balls', content: 'he was confident the chancellor would meet his rules' }, label: 'analysis' },
  { name: 'first-person belief with "do" is analysis', text: '“I do think the votes are there,” he said.', claim: { cue: 'said', lemma: 'say', source: 'he', content: 'I do think the votes are there,', kind: 'direct' }, label: 'analysis' },
  { name: 'reject a proposal, object not read as a noun phrase: condemnation', text: 'He rejected across-the-board tax cuts.', claim: { cue: 'rejected', lemma: 'reject', source: 'He', content: 'across-the-board tax cuts' }, label: 'condemnation' },
  { name: 'a call rejected in the passive: condemnation', text: 'A call for shortlists has been rejected by senior MPs.', claim: { cue: 'rejected', lemma: 'reject', source: 'senior MPs', content: 'A call for shortlists' }, label: 'condemnation' },
  { name: 'a condition, then the source commits: vow', text: '“If the talks fail, we will launch again,” the general said.', claim: { cue: 'said', lemma: 'say', source: 'the general', content: 'If the talks fail, we will launch again,', kind: 'direct' }, label: 'vow' },
  { name: 'a counterfactual is a hypothetical assessment (analysis), not a commitment', text: '“If I were younger, I would go back to school,” she said.', claim: { cue: 'said', lemma: 'say', source: 'she', content: 'If I were younger, I would go back to school,', kind: 'direct' }, label: 'analysis' },
  { name: 'reported "his group will…" is the source\'s own side: vow', text: 'Rashad Robinson said his group will continue to press companies to boycott the convention.', claim: { cue: 'said', lemma: 'say', source: 'Rashad Robinson', content: 'his group will continue to press companies to boycott the convention' }, label: 'vow' },
  { name: '"his wife will…" is not the source\'s side', text: 'The senator said his wife will attend the dinner.', claim: { cue: 'said', lemma: 'say', source: 'The senator', content: 'his wife will attend the dinner' }, label: 'statement' },
  { name: 'a bare would about others is a statement, not analysis', text: 'The chancellor said the plan would initially save the poorest countries $3bn.', claim: { cue: 'said', lemma: 'say', source: 'The chancellor', content: 'the plan would initially save the poorest countries $3bn' }, label: 'statement' },
  { name: 'an explanation alone is a statement', text: 'Mr Blair said the powers were renewable because Parliament votes on them every year.', claim: { cue: 'said', lemma: 'say', source: 'Mr Blair', content: 'the powers were renewable because Parliament votes on them every year' }, label: 'statement' },
  { name: 'a negated belief is still analysis', text: '“I don’t think the sanctions will work,” the envoy said.', claim: { cue: 'said', lemma: 'say', source: 'the envoy', content: 'I don’t think the sanctions will work,', kind: 'direct' }, label: 'analysis' },
  { name: 'an analyst source with a neutral cue: analysis', text: 'BBC correspondent James Hardy said Mr Brown would draw sharp dividing lines with the Conservatives.', claim: { cue: 'said', lemma: 'say', source: 'BBC correspondent James Hardy', content: 'Mr Brown would draw sharp dividing lines with the Conservatives' }, label: 'analysis', evidence: 'source:analyst(correspondent)' },
  { name: 'a person with an academic post: analysis', text: 'John Weingart, associate director of Rutgers University’s Eagleton Institute of Politics, said the scandal was too big a hurdle.', claim: { cue: 'said', lemma: 'say', source: 'John Weingart, associate director of Rutgers University’s Eagleton Institute of Politics', content: 'the scandal was too big a hurdle', sourceEntity: 'e1' }, entities: [{ text: 'John Weingart', type: 'PERSON', entity: 'e1' }], label: 'analysis', evidence: 'source:analyst(university)' },
  { name: 'a university poll is no analyst', text: 'According to the latest Quinnipiac University poll, Trump leads the field with 22 percent.', claim: { cue: 'According to', lemma: 'according to', source: 'the latest Quinnipiac University poll', content: 'Trump leads the field with 22 percent', sourceEntity: 'e1' }, entities: [{ text: 'Quinnipiac University', type: 'ORG', entity: 'e1' }], label: 'statement' },
  { name: 'an analyst described where the entity is first named: analysis', text: 'Larry Sabato, a political scientist at the University of Virginia, has watched the race. Sabato said the Republicans are focusing on Ohio.', claim: { cue: 'said', lemma: 'say', source: 'Sabato', content: 'the Republicans are focusing on Ohio', sourceEntity: 'e1', after: 'race.' }, entities: [{ text: 'Sabato', type: 'PERSON', entity: 'e1' }], label: 'analysis', evidence: 'source:analyst(political scientist)' },
  { name: 'the same claim from a minister is a statement', text: 'Jim Smith, a minister in the government, has watched the race. Smith said the Republicans are focusing on Ohio.', claim: { cue: 'said', lemma: 'say', source: 'Smith', content: 'the Republicans are focusing on Ohio', sourceEntity: 'e1', after: 'race.' }, entities: [{ text: 'Smith', type: 'PERSON', entity: 'e1' }], label: 'statement' },
  { name: 'an assessment by idiom (comes down to, a litmus test): analysis', text: 'Mr. Friedman said the quality of these lists comes down to resources.', claim: { cue: 'said', lemma: 'say', source: 'Mr. Friedman', content: 'the quality of these lists comes down to resources' }, label: 'analysis', evidence: 'content:inference(comes down to)' },
  { name: 'an inference about causes: analysis', text: 'She said the scandal was partly responsible for the defeat.', claim: { cue: 'said', lemma: 'say', source: 'She', content: 'the scandal was partly responsible for the defeat' }, label: 'analysis', evidence: 'content:inference(partly responsible for)' },
  { name: 'judgement by a noun phrase: condemnation', text: '“The proposals are little more than a taxpayer-funded PR exercise,” he said.', claim: { cue: 'said', lemma: 'say', source: 'he', content: 'The proposals are little more than a taxpayer-funded PR exercise,', kind: 'direct' }, label: 'condemnation', evidence: 'content:negative(little more than)' },
  { name: 'loss of trust: condemnation', text: 'He said Mr Blair had lost the trust of the British people.', claim: { cue: 'said', lemma: 'say', source: 'He', content: 'Mr Blair had lost the trust of the British people' }, label: 'condemnation' },
  { name: 'argued against: condemnation', text: 'Some senior Tories argued vociferously against the move.', claim: { cue: 'argued', lemma: 'argue', source: 'Some senior Tories', content: 'vociferously against the move' }, label: 'condemnation', target: 'the move', evidence: 'content:against' },
  { name: 'words that accuse conduct (undermine): condemnation', text: 'Rubio said the new executive actions undermine the right to bear arms.', claim: { cue: 'said', lemma: 'say', source: 'Rubio', content: 'the new executive actions undermine the right to bear arms' }, label: 'condemnation', evidence: 'content:negative(undermine)' },
  { name: 'idioms of condemnation (has to stop, no place in): condemnation', text: '“This last-minute legislating from the bench has to stop,” Husted said.', claim: { cue: 'said', lemma: 'say', source: 'Husted', content: 'This last-minute legislating from the bench has to stop,', kind: 'direct' }, label: 'condemnation', evidence: 'content:negative(has to stop)' },
  { name: 'not fit to lead: condemnation', text: '“Anyone who cannot name our enemy is not fit to lead this country,” Trump added.', claim: { cue: 'added', lemma: 'add', source: 'Trump', content: 'Anyone who cannot name our enemy is not fit to lead this country,', kind: 'direct' }, label: 'condemnation', evidence: 'content:negative(not fit to)' },
  { name: '"nor could" is a negated ability, not a hedge', text: 'Mr Blair said: “The other countries could not agree, nor could the UN.”', claim: { cue: 'said', lemma: 'say', source: 'Mr Blair', content: 'The other countries could not agree, nor could the UN.', kind: 'direct' }, label: 'statement', certainty: 'asserted' },
  { name: '"nothing could be done" states an impossibility, not a hedge', text: 'The Speaker said nothing could be done immediately.', claim: { cue: 'said', lemma: 'say', source: 'The Speaker', content: 'nothing could be done immediately' }, label: 'statement', certainty: 'asserted' },
  { name: '"there could be no" states what cannot happen, not a hedge', text: 'Mr Blair said there could be no concession on the basic principle.', claim: { cue: 'said', lemma: 'say', source: 'Mr Blair', content: 'there could be no concession on the basic principle' }, label: 'statement', certainty: 'asserted' },
  { name: 'a report that concludes after a colon: a finding, analysis', text: 'But the report concluded: "Current immigrants are integrating into society."', claim: { cue: 'concluded', lemma: 'conclude', source: 'the report', content: 'Current immigrants are integrating into society.' }, label: 'analysis', evidence: 'rule:inanimate-source' },
  { name: 'a person who concludes after a colon ends a speech: the content decides', text: 'But Smith concluded: "Current immigrants are integrating into society."', claim: { cue: 'concluded', lemma: 'conclude', source: 'Smith', content: 'Current immigrants are integrating into society.' }, label: 'statement' },
  { name: 'concluding by admonishing: the gerund is the act', text: 'Carson concluded by admonishing journalists.', claim: { cue: 'concluded', lemma: 'conclude', source: 'Carson', content: 'by admonishing journalists' }, label: 'condemnation', evidence: 'rule:end-by(admonish)' },
  { name: 'concluding with a lesson: how a speech ended, no inference', text: 'He concluded with a history lesson about Franklin Pierce.', claim: { cue: 'concluded', lemma: 'conclude', source: 'He', content: 'with a history lesson about Franklin Pierce' }, label: 'statement' },
  { name: '"no figure could" is a negative universal, not a hedge', text: 'He said no arbitrary figure could reflect the needs of the country.', claim: { cue: 'said', lemma: 'say', source: 'He', content: 'no arbitrary figure could reflect the needs of the country' }, label: 'statement', certainty: 'asserted' },
  { name: 'a belief that others should act is an appeal', text: 'Ms Gao said: “I think the American government should tighten its gun control.”', claim: { cue: 'said', lemma: 'say', source: 'Ms Gao', content: 'I think the American government should tighten its gun control.', kind: 'direct' }, label: 'appeal', evidence: 'content:belief-appeal(i think … should)' },
  { name: 'a belief that something should be so stays analysis', text: 'He said he believed the changes should be sufficient to satisfy the Lords.', claim: { cue: 'said', lemma: 'say', source: 'He', content: 'he believed the changes should be sufficient to satisfy the Lords' }, label: 'analysis' },
  { name: 'a belief about the speaker\'s own conduct stays analysis', text: 'He said: “I think I probably shouldn’t say this, but the plan is odd.”', claim: { cue: 'said', lemma: 'say', source: 'He', content: 'I think I probably shouldn’t say this, but the plan is odd.', kind: 'direct' }, label: 'analysis' },
  { name: '"having to" states a burden, not an appeal', text: 'He said: “That was a natural part of having to run against him.”', claim: { cue: 'said', lemma: 'say', source: 'He', content: 'That was a natural part of having to run against him.', kind: 'direct' }, label: 'statement' },
  { name: 'a quoted past "had to" is no appeal', text: 'Mr Gutin said: “Something had to be done.”', claim: { cue: 'said', lemma: 'say', source: 'Mr Gutin', content: 'Something had to be done.', kind: 'direct' }, label: 'statement' },
  { name: 'a reported "had to" is the backshifted appeal', text: 'Mr Kennedy said education needs had to be tackled.', claim: { cue: 'said', lemma: 'say', source: 'Mr Kennedy', content: 'education needs had to be tackled' }, label: 'appeal' },
  { name: '"I would love to" commits to no action', text: 'Trump said: “I would love to have Michael Bloomberg run.”', claim: { cue: 'said', lemma: 'say', source: 'Trump', content: 'I would love to have Michael Bloomberg run.', kind: 'direct' }, label: 'statement' },
  { name: '"I would say" is a belief, not a vow', text: 'Grassley said: “I would say the answer to that would be yes.”', claim: { cue: 'said', lemma: 'say', source: 'Grassley', content: 'I would say the answer to that would be yes.', kind: 'direct' }, label: 'analysis', evidence: 'content:belief(i would say)' },
  { name: '"I will never forget" commits to no action', text: 'Mr Bruner said: “I will never forget that smash.”', claim: { cue: 'said', lemma: 'say', source: 'Mr Bruner', content: 'I will never forget that smash.', kind: 'direct' }, label: 'statement' },
  { name: 'judging a hypothetical is analysis', text: 'She said: “It would be very troubling if the government did not accept the judgement.”', claim: { cue: 'said', lemma: 'say', source: 'She', content: 'It would be very troubling if the government did not accept the judgement.', kind: 'direct' }, label: 'analysis', evidence: 'content:hypothetical-evaluation(troubling)' },
  { name: '"even if" concedes: the attack stays a condemnation', text: 'He said the law was a travesty and would remain so even if a judge approved it.', claim: { cue: 'said', lemma: 'say', source: 'He', content: 'the law was a travesty and would remain so even if a judge approved it' }, label: 'condemnation' },
  { name: 'a passive with an adverb inside is no commitment', text: 'His lawyer said he would be conditionally released in 2018.', claim: { cue: 'said', lemma: 'say', source: 'His lawyer', content: 'he would be conditionally released in 2018' }, label: 'statement' },
  { name: 'a quoted "I\'m offended" judges: condemnation', text: 'He said: “I’m quite offended by that.”', claim: { cue: 'said', lemma: 'say', source: 'He', content: 'I’m quite offended by that.', kind: 'direct' }, label: 'condemnation', evidence: 'content:valence(offended)' },
  { name: '"I\'m going to say" commits to no action', text: 'Mr. Rubio said: “I\'m going to say it again.”', claim: { cue: 'said', lemma: 'say', source: 'Mr. Rubio', content: 'I\'m going to say it again.', kind: 'direct' }, label: 'statement' },
  { name: '"I\'m going to have to" is a burden, not a vow', text: 'He said: “I\'m going to have to step away.”', claim: { cue: 'said', lemma: 'say', source: 'He', content: 'I\'m going to have to step away.', kind: 'direct' }, label: 'statement' },
  { name: '"I\'m going to fight" is a vow, its evidence the action', text: 'She said: “I\'m going to fight for you.”', claim: { cue: 'said', lemma: 'say', source: 'She', content: 'I\'m going to fight for you.', kind: 'direct' }, label: 'vow', evidence: "content:commitment('m going to fight)" },
  { name: 'delight for others from the speaker is support', text: 'Tony Blair said he was delighted for the couple.', claim: { cue: 'said', lemma: 'say', source: 'Tony Blair', content: 'he was delighted for the couple' }, label: 'support', evidence: 'content:positive(delighted for)' },
  { name: 'praise the lists now know: support', text: '“This is a testament to his instincts,” Limbaugh said.', claim: { cue: 'said', lemma: 'say', source: 'Limbaugh', content: 'This is a testament to his instincts,', kind: 'direct' }, label: 'support', evidence: 'content:positive(testament to)' },
  { name: 'gratitude from the speaker is support', text: 'He said: “I’m grateful to all the parties involved.”', claim: { cue: 'said', lemma: 'say', source: 'He', content: 'I’m grateful to all the parties involved.', kind: 'direct' }, label: 'support' },
  { name: 'judging how hard something will be is analysis', text: 'He acknowledged that “it will be very hard for us to win” if the losses go on.', claim: { cue: 'acknowledged', lemma: 'acknowledge', source: 'He', content: '“it will be very hard for us to win” if the losses go on' }, label: 'analysis', evidence: 'content:difficulty(hard)' },
  { name: '"it\'s going to be difficult" is a judgement of difficulty', text: 'He said it\'s going to be difficult to pass the bill.', claim: { cue: 'said', lemma: 'say', source: 'He', content: 'it\'s going to be difficult to pass the bill' }, label: 'analysis', evidence: 'content:difficulty(difficult)' },
  { name: 'an open question is analysis', text: 'He said it\'s an open question whether she can win the state.', claim: { cue: 'said', lemma: 'say', source: 'He', content: 'it\'s an open question whether she can win the state' }, label: 'analysis', evidence: 'content:difficulty(an open question)' },
  { name: 'judging whether a thing can be done is analysis', text: 'Risch told reporters: "It\'s doable."', claim: { cue: 'told', lemma: 'tell', source: 'Risch', content: 'It\'s doable.', kind: 'direct' }, label: 'analysis', evidence: 'content:difficulty(doable)' },
  { name: '"is challenging" as a verb judges no difficulty', text: 'She said it is challenging the assumptions of voters.', claim: { cue: 'said', lemma: 'say', source: 'She', content: 'it is challenging the assumptions of voters' }, label: 'statement' },
  { name: 'the source\'s own act in its words: support', text: 'The minister said: “We welcome the report.”', claim: { cue: 'said', lemma: 'say', source: 'The minister', content: 'We welcome the report.', kind: 'direct' }, label: 'support', evidence: 'content:own-act(welcome)' },
  { name: 'the source\'s own act, reported: condemnation', text: 'Mr Obama said he opposes American boots on the ground in Syria.', claim: { cue: 'said', lemma: 'say', source: 'Mr Obama', content: 'he opposes American boots on the ground in Syria' }, label: 'condemnation', evidence: 'content:own-act(oppose)' },
  { name: 'an act by someone else is only reported', text: 'The minister said: “The council welcomes the report.”', claim: { cue: 'said', lemma: 'say', source: 'The minister', content: 'The council welcomes the report.', kind: 'direct' }, label: 'statement' },
  { name: '"I like to think" is no act toward anyone', text: 'Trump said: “I like to think of victory first.”', claim: { cue: 'said', lemma: 'say', source: 'Trump', content: 'I like to think of victory first.', kind: 'direct' }, label: 'statement' },
  { name: 'calling on one\'s own side is an appeal', text: 'The minister said: “The government should change the law.”', claim: { cue: 'said', lemma: 'say', source: 'The minister', content: 'The government should change the law.', kind: 'direct' }, label: 'appeal', evidence: 'content:appeal(should)' },
  { name: 'a need the source will not have is no appeal', text: 'The delegates said they would not need to attend.', claim: { cue: 'said', lemma: 'say', source: 'The delegates', content: 'they would not need to attend' }, label: 'statement' },
  { name: '"going to have to" on one\'s own side is no appeal', text: 'Mr Lott said: “We are going to have to come to terms with it.”', claim: { cue: 'said', lemma: 'say', source: 'Mr Lott', content: 'We are going to have to come to terms with it.', kind: 'direct' }, label: 'statement' },
  { name: '"likely voters" qualifies a noun, not the claim', text: 'The poll said 40 percent of likely Democratic voters back Sanders.', claim: { cue: 'said', lemma: 'say', source: 'The poll', content: '40 percent of likely Democratic voters back Sanders' }, label: 'statement', certainty: 'asserted' },
  { name: '"it is likely" before a name still hedges', text: 'He said it is likely Trump will win the state.', claim: { cue: 'said', lemma: 'say', source: 'He', content: 'it is likely Trump will win the state' }, label: 'analysis', certainty: 'hedged' },
  { name: 'a comparison of likelihoods is analysis, not hedged', text: 'He said children from poor areas are far more likely to leave school early.', claim: { cue: 'said', lemma: 'say', source: 'He', content: 'children from poor areas are far more likely to leave school early' }, label: 'analysis', certainty: 'asserted', evidence: 'content:likelihood(more likely)' },
  { name: 'a report suggests doing something: appeal', text: 'In its summary, the report also suggests giving parties more state funding.', claim: { cue: 'suggests', lemma: 'suggest', source: 'the report', content: 'giving parties more state funding' }, label: 'appeal', evidence: 'rule:suggest-doing' },
  { name: 'figures that suggest a trend: analysis', text: 'In the north, the figures suggest growing support for the party.', claim: { cue: 'suggest', lemma: 'suggest', source: 'the figures', content: 'growing support for the party' }, label: 'analysis' },
  { name: 'a person suggests an action (bare object): appeal, negated', text: 'He did not suggest retaliation.', claim: { cue: 'suggest', lemma: 'suggest', source: 'He', content: 'retaliation' }, label: 'appeal', negated: true, evidence: 'rule:suggest-object' },
  { name: 'events suggest a conclusion (bare object): analysis', text: 'In Ohio, two past elections suggest a lack of confidence in the party.', claim: { cue: 'suggest', lemma: 'suggest', source: 'two past elections', content: 'a lack of confidence in the party' }, label: 'analysis', evidence: 'rule:suggest-that' },
  { name: 'suggested that they walk (subjunctive): appeal', text: 'Mr. Netanyahu suggested that they walk to the attack site.', claim: { cue: 'suggested', lemma: 'suggest', source: 'Mr. Netanyahu', content: 'that they walk to the attack site' }, label: 'appeal', evidence: 'rule:suggest-subjunctive' },
  { name: 'suggested that a loss would… (indicative): analysis', text: 'He suggested that a loss in either state would knock her out of the race.', claim: { cue: 'suggested', lemma: 'suggest', source: 'He', content: 'that a loss in either state would knock her out of the race' }, label: 'analysis', evidence: 'rule:suggest-that' },
  { name: 'called X an epithet the lists lack: condemnation by valence', text: 'The senator called her leftist scum in an interview.', claim: { cue: 'called', lemma: 'call', source: 'The senator', content: 'her leftist scum in an interview' }, label: 'condemnation', evidence: 'rule:call-name(scum)' },
  { name: 'in "called X a Y" the naming decides, not a word of the object', text: 'She called the chaos a wonderful lesson for democracy.', claim: { cue: 'called', lemma: 'call', source: 'She', content: 'the chaos a wonderful lesson for democracy' }, label: 'support', evidence: 'rule:call-name(wonderful)' },
  { name: 'called X a word of positive valence: support', text: 'The mayor called the festival a triumph.', claim: { cue: 'called', lemma: 'call', source: 'The mayor', content: 'the festival a triumph' }, label: 'support', evidence: 'rule:call-name(triumph)' },
  { name: 'a plan the writer describes: statement', text: 'The Super PAC also plans to target Indiana voters by mail.', claim: { cue: 'plans', lemma: 'plan', source: 'The Super PAC', content: 'to target Indiana voters by mail' }, label: 'statement', evidence: 'rule:plan-to(described)' },
  { name: 'we plan to: the source commits itself, vow', text: '“We plan to cut taxes,” he said.', claim: { cue: 'plan', lemma: 'plan', source: 'We', content: 'to cut taxes', kind: 'direct' }, label: 'vow', evidence: 'rule:plan-to' },
  { name: 'taken out of context: denial', text: 'The minister said the remarks were taken out of context.', claim: { cue: 'said', lemma: 'say', source: 'The minister', content: 'the remarks were taken out of context' }, label: 'denial', evidence: 'content:denial(out of context)' },
  { name: 'a report called inaccurate: denial', text: 'She said the reports were inaccurate.', claim: { cue: 'said', lemma: 'say', source: 'She', content: 'the reports were inaccurate' }, label: 'denial', evidence: 'content:denial(were inaccurate)' },
  { name: 'inaccurate as an attribute is no denial', text: 'He said parents faced inaccurate calculations and payment delays.', claim: { cue: 'said', lemma: 'say', source: 'He', content: 'parents faced inaccurate calculations and payment delays' }, label: 'statement' },
  { name: 'it is vital that…, opening the content: appeal', text: 'He said it is vital that the law is changed before the election.', claim: { cue: 'said', lemma: 'say', source: 'He', content: 'it is vital that the law is changed before the election' }, label: 'appeal', evidence: 'content:appeal(it is vital)' },
  { name: 'decided it was time to…: a report of a decision, not an appeal', text: 'He said the board decided it was time to move on.', claim: { cue: 'said', lemma: 'say', source: 'He', content: 'the board decided it was time to move on' }, label: 'statement' },
  { name: 'insisted that others act (subjunctive): appeal', text: 'The envoy insisted that Pyongyang stop its missile tests.', claim: { cue: 'insisted', lemma: 'insist', source: 'The envoy', content: 'that Pyongyang stop its missile tests' }, label: 'appeal', evidence: 'rule:insist-subjunctive' },
  { name: 'insisted on a negation: denial', text: 'He insisted that the payments were not part of the deal.', claim: { cue: 'insisted', lemma: 'insist', source: 'He', content: 'that the payments were not part of the deal' }, label: 'denial', evidence: 'rule:insist-not(not)' },
  { name: 'maintained on a negation: denial', text: 'The company maintained that it had never sold the shares.', claim: { cue: 'maintained', lemma: 'maintain', source: 'The company', content: 'that it had never sold the shares' }, label: 'denial', evidence: 'rule:insist-not(never)' },
  { name: 'insisted, no negation, nothing the content rules read: a contested view, analysis', text: 'He insisted that the fall in sales was a temporary dip.', claim: { cue: 'insisted', lemma: 'insist', source: 'He', content: 'that the fall in sales was a temporary dip' }, label: 'analysis', evidence: 'rule:insist' },
  { name: 'insisted it will not raise taxes: the commitment decides (vow)', text: 'The party insisted it will not raise taxes.', claim: { cue: 'insisted', lemma: 'insist', source: 'The party', content: 'it will not raise taxes' }, label: 'vow' },
  { name: 'an argument no content rule reads: analysis', text: 'Supporters argue that the ruling will galvanize efforts to keep abortion legal.', claim: { cue: 'argue', lemma: 'argue', source: 'Supporters', content: 'that the ruling will galvanize efforts to keep abortion legal' }, label: 'analysis', evidence: 'rule:argue' },
  { name: 'argued for a change: appeal', text: 'The Liberal Democrats have argued for flexibility in the rules.', claim: { cue: 'have argued', lemma: 'argue', source: 'The Liberal Democrats', content: 'for flexibility in the rules' }, label: 'appeal', evidence: 'rule:argue-for' },
  { name: 'an argument that others should act stays an appeal', text: 'He argued that ministers should resign.', claim: { cue: 'argued', lemma: 'argue', source: 'He', content: 'that ministers should resign' }, label: 'appeal', evidence: 'content:appeal(should)' },
  { name: 'of fundamental importance: support', text: 'The minister said the deal was of fundamental importance to peace in the region.', claim: { cue: 'said', lemma: 'say', source: 'The minister', content: 'the deal was of fundamental importance to peace in the region' }, label: 'support', evidence: 'content:positive(fundamental importance)' },
  { name: 'would not comment on a topic: statement, negated', text: 'The department would not comment on the concerns.', claim: { cue: 'would not comment on', lemma: 'comment', source: 'The department', content: 'the concerns' }, label: 'statement', negated: true, evidence: 'content:topic' },
  { name: 'should after a thing that cannot act: a prediction', text: 'Matthews said Pence’s performance should boost Trump’s poll numbers.', claim: { cue: 'said', lemma: 'say', source: 'Matthews', content: 'Pence’s performance should boost Trump’s poll numbers' }, label: 'analysis', evidence: 'content:prediction(should)' },
  { name: 'should after a person noun (agents lexicon): appeal', text: 'The Lib Dems say a judge should look into the controversy.', claim: { cue: 'say', lemma: 'say', source: 'The Lib Dems', content: 'a judge should look into the controversy' }, label: 'appeal', evidence: 'content:appeal(should)' },
  { name: 'what a thing will do: a prediction', text: 'Supporters say the move will reduce poverty.', claim: { cue: 'say', lemma: 'say', source: 'Supporters', content: 'the move will reduce poverty' }, label: 'analysis', evidence: 'content:prediction(will)' },
  { name: 'what an action will do: a prediction', text: 'The White House says expanding the national monument will protect more than 7,000 species.', claim: { cue: 'says', lemma: 'say', source: 'The White House', content: 'expanding the national monument will protect more than 7,000 species' }, label: 'analysis', evidence: 'content:gerund-prediction(will)' },
  { name: 'what an action would do, with a participle in its object: a prediction', text: 'An official said that prosecuting anyone involved in the case would be difficult.', claim: { cue: 'said', lemma: 'say', source: 'An official', content: 'that prosecuting anyone involved in the case would be difficult' }, label: 'analysis', evidence: 'content:gerund-prediction(would)' },
  { name: 'a gerund opener before a subject pronoun is no action as subject', text: 'Kasich said going forward we will fight for every vote.', claim: { cue: 'said', lemma: 'say', source: 'Kasich', content: 'going forward we will fight for every vote' }, label: 'statement' },
  { name: 'what a campaign will do: a body acts, no prediction', text: 'Party officials said the Clinton campaign will join the lawsuit.', claim: { cue: 'said', lemma: 'say', source: 'Party officials', content: 'the Clinton campaign will join the lawsuit' }, label: 'statement' },
  { name: 'what other people will do: not a prediction by rule', text: 'Officials said the troops will leave next week.', claim: { cue: 'said', lemma: 'say', source: 'Officials', content: 'the troops will leave next week' }, label: 'statement' },
  { name: 'a conditional prediction about someone else is analysis', text: '“If he is asked questions he cannot answer, he would try to deflect them,” she said.', claim: { cue: 'said', lemma: 'say', source: 'she', content: 'If he is asked questions he cannot answer, he would try to deflect them,', kind: 'direct' }, label: 'analysis', evidence: 'content:prediction(would)' },
  { name: "questioning a person's quality: condemnation", text: 'Sanders questioned her judgment on the war.', claim: { cue: 'questioned', lemma: 'question', source: 'Sanders', content: 'her judgment on the war' }, label: 'condemnation', evidence: 'rule:question-object' },
  { name: 'questioning a person: statement', text: 'Police questioned him for hours.', claim: { cue: 'questioned', lemma: 'question', source: 'Police', content: 'him for hours' }, label: 'statement', evidence: 'rule:question-person' },
  { name: 'a retort aimed at someone: condemnation', text: 'Seoul fired back at Pyongyang over the launch.', claim: { cue: 'fired back', lemma: 'fire', source: 'Seoul', content: 'at Pyongyang over the launch' }, label: 'condemnation', evidence: 'cue:fire back at(project)' },
  { name: 'who will win: a prediction, analysis', text: 'Union leaders say Trump can win.', claim: { cue: 'say', lemma: 'say', source: 'Union leaders', content: 'Trump can win' }, label: 'analysis', evidence: 'content:outcome(can win)' },
  { name: 'who cannot win: a prediction, through "not able to" and "be"', text: 'Analysts said Rubio is not able to beat Trump and can’t be toppled.', claim: { cue: 'said', lemma: 'say', source: 'Analysts', content: 'Rubio is not able to beat Trump and can’t be toppled' }, label: 'analysis', evidence: 'content:outcome(able beat)' },
  { name: 'an intention to win stays a vow', text: 'Sanders said he intends to win every delegate.', claim: { cue: 'said', lemma: 'say', source: 'Sanders', content: 'he intends to win every delegate' }, label: 'vow' },
  { name: 'a verb between the modal and the outcome: no outcome', text: 'Voters said the troops are going to start to win battles.', claim: { cue: 'said', lemma: 'say', source: 'Voters', content: 'the troops are going to start to win battles' }, label: 'statement' },
  { name: 'a call for, past a time adjunct: appeal', text: 'Liberal Democrat peers called last week for international observers.', claim: { cue: 'called', lemma: 'call', source: 'Liberal Democrat peers', content: 'last week for international observers' }, label: 'appeal', evidence: 'rule:call-for' },
  { name: 'his calls to act: appeal, whatever the words after', text: 'Voters liked his calls to end the rigged economy.', claim: { cue: 'calls', lemma: 'call', source: 'his', content: 'to end the rigged economy' }, label: 'appeal', evidence: 'rule:call-to' },
  { name: 'a report suggesting a course of action proposes it: appeal', text: 'The report suggests new ways of boosting turnout.', claim: { cue: 'suggests', lemma: 'suggest', source: 'The report', content: 'new ways of boosting turnout' }, label: 'appeal', evidence: 'rule:suggest-proposal(way)' },
  { name: 'figures suggesting a trend: analysis', text: 'Since May, the figures suggest a rise in turnout.', claim: { cue: 'suggest', lemma: 'suggest', source: 'the figures', content: 'a rise in turnout' }, label: 'analysis' },
  { name: 'walking back one\'s comments: denial', text: 'The envoy later walked back his comments.', claim: { cue: 'later walked back', lemma: 'walk', source: 'The envoy', content: 'his comments' }, label: 'denial' },
];

describe('stance: hand-made sentences', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const doc = await annotateWith(c.text, [c.claim], c.entities ?? []);
      const s = doc.stances?.[0];
      expect(s, JSON.stringify(doc.stances)).toBeDefined();
      expect(`${s!.label} ${s!.evidence.join(' ')}`).toMatch(new RegExp(`^${c.label} `));
      expect(s!.negated).toBe(c.negated ?? false);
      if (c.certainty) expect(s!.certainty).toBe(c.certainty);
      if (c.target !== undefined) expect(s!.target?.text ?? null).toBe(c.target);
      if (c.targetEntity) expect(s!.target?.entity).toBe(c.targetEntity);
      expect(s!.evidence.length).toBeGreaterThan(0);
      if (c.evidence) expect(s!.evidence).toContain(c.evidence);
    });
  }
});

describe('stance: claims the claims stage finds without a named source', () => {
  it('"X is (not) expected to …" is analysis, hedged, and its "not" does not negate the act', async () => {
    const pipeline = await createPipeline({});
    const [yes] = pipeline.annotate('The rocket is widely expected to fly again in June.').stances ?? [];
    expect(yes).toMatchObject({ label: 'analysis', certainty: 'hedged', negated: false, actor: null });
    const [no] = pipeline.annotate('But the launch was not expected to succeed.').stances ?? [];
    expect(no).toMatchObject({ label: 'analysis', certainty: 'hedged', negated: false });
    expect(no?.evidence).toContain('hedge:passive-expectation');
  });
});

describe('stance: a belief adjective as the cue', () => {
  it('"are convinced that" is analysis even where the tagger reads "convinced" as a verb; "not sure" negates it', async () => {
    const pipeline = await createPipeline({});
    const [convinced] = pipeline.annotate('Analysts are convinced that the regime will launch again.').stances ?? [];
    expect(convinced).toMatchObject({ label: 'analysis', negated: false });
    expect(convinced?.evidence).toContain('cue:convinced(project)');
    const [unsure] = pipeline.annotate('Many voters are not sure that Clinton can win.').stances ?? [];
    expect(unsure).toMatchObject({ label: 'analysis', negated: true });
    // "adamant" carries no act of its own: the content decides
    const [adamant] = pipeline.annotate('Loyalists were adamant that he had done nothing wrong.').stances ?? [];
    expect(adamant?.label).toBe('denial');
  });
});

describe('stance: a criticism or praise in the passive, with no critic named', () => {
  it('"X has been criticized for …" is a condemnation of X; "by" still names the actor', async () => {
    const pipeline = await createPipeline({});
    const [criticized] = pipeline.annotate('The minister has been widely criticized for the delay.').stances ?? [];
    expect(criticized).toMatchObject({ label: 'condemnation', actor: null, negated: false, target: { text: 'The minister' } });
    const [praised] = pipeline.annotate('The rescue team was praised for its courage.').stances ?? [];
    expect(praised).toMatchObject({ label: 'support', actor: null, target: { text: 'The rescue team' } });
  });
});

describe('stance: a chain before the cue', () => {
  it('reads the chained verb, not the chain ("went on to slam", "tried to rebuke", "has yet to endorse")', async () => {
    const pipeline = await createPipeline({});
    const stances = pipeline.annotate('The paper goes on to slam the plan. Rubio tried to rebuke the front-runner. The senator has yet to endorse Trump. Officials continue to warn that the rocket could fall.').stances ?? [];
    expect(stances.map((s) => [s.label, s.negated])).toEqual([
      ['condemnation', false],
      ['condemnation', false],
      ['support', true],
      ['warning', false],
    ]);
    expect(stances[0]?.target?.text).toBe('the plan');
  });
});

describe('stance: an act made with a light verb', () => {
  it('reads the noun the claims stage marked ("unleashed attacks", "putting out a warning", "did not issue a condemnation")', async () => {
    const pipeline = await createPipeline({});
    const stances = pipeline.annotate('Pyongyang unleashed withering attacks against Seoul. The ministry is putting out a warning that the rocket could fail. Kim made public promises to launch again. The envoy did not issue a condemnation of the test.').stances ?? [];
    expect(stances.map((s) => [s.label, s.negated])).toEqual([
      ['condemnation', false],
      ['warning', false],
      ['vow', false],
      ['condemnation', true],
    ]);
    expect(stances[0]?.target?.text).toBe('Seoul');
  });
});
