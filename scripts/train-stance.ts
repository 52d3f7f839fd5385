/**
 * Builds the `stance` stage's lexicons (stages/stance/data/verbs.json and nouns.json) from the
 * open-licence lexicons under ../shared/data/lexicons:
 *
 * - PETRARCH2's CAMEO 2.0 verb dictionary (MIT): verb classes with event codes (111 denounce,
 *   112 accuse, 02x appeal, 03x intend, 05x support, 13x threaten, 016 deny…). Every entry taken
 *   from it records the CAMEO block and code it was found under; the script fails if a listed
 *   lemma is not in that block, so the recorded origin is checked, not claimed.
 * - The Gender Gap Tracker reporting-verb list (MIT) and the JournalismAI quote-verb list
 *   (Apache-2.0): reporting verbs that carry no speech act of their own ("neutral": the claim's
 *   content decides, else `statement`).
 * - A small project table for what the dictionaries lack (urge, slam, "call for", nominal cues),
 *   recorded as origin `project`.
 *
 * The label given to each lemma is this project's decision (ANNOTATION.md §3), made lemma by
 * lemma below; CAMEO's codes are evidence for it, not a mapping applied wholesale — whole CAMEO
 * blocks hold words that are not speech acts (BLAME holds CONVICT, EXPLAIN_VERBAL holds EXPRESS).
 *
 * No classifier is trained: the rules decide every claim (see docs/stance.md).
 *
 * Usage: npm exec tsx scripts/train-stance.ts [-- --lexicons ../shared/data/lexicons]
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Label = 'condemnation' | 'vow' | 'analysis' | 'warning' | 'appeal' | 'denial' | 'support' | 'statement' | 'neutral';

interface Row {
  lemma: string;
  label: Label;
  /** A rule in stages/stance/rules.ts that refines the label from the words around the cue. */
  rule?: string;
  /** CAMEO block the lemma is listed under (checked), or undefined for reporting lists / project. */
  cameo?: string;
}

interface Entry {
  label: Label;
  rule?: string;
  origin: string[];
}

const args = process.argv.slice(2);
const lexiconsDir = path.resolve(args[args.indexOf('--lexicons') + 1] && args.includes('--lexicons') ? (args[args.indexOf('--lexicons') + 1] as string) : '../shared/data/lexicons');
const outDir = path.resolve('stages/stance/data');

// ---------------------------------------------------------------------------------------------
// The project's verb table. `cameo` names the CAMEO 2.0 block that lists the lemma.
// ---------------------------------------------------------------------------------------------
const verbs: Row[] = [
  // condemnation: CAMEO 11x (disapprove 110, criticize/denounce 111, accuse 112)
  ...['denigrate', 'belittle', 'impugn', 'malign', 'slander'].map((lemma) => ({ lemma, label: 'condemnation' as const, cameo: 'DENIGRATE' })),
  ...['denounce', 'admonish', 'berate', 'castigate', 'censure', 'chastise', 'chide', 'criticise', 'criticize', 'deride', 'disparage', 'lambaste', 'rebuke', 'reprimand', 'reproach', 'ridicule', 'scold', 'scorn', 'dress down'].map((lemma) => ({ lemma, label: 'condemnation' as const, cameo: 'DENOUNCE' })),
  ...['deplore', 'abhor', 'lash out'].map((lemma) => ({ lemma, label: 'condemnation' as const, cameo: 'DEPLORE' })),
  // a retort aimed at someone ("fired back at Christie", "pushed back against the attack"); the claims stage's retorts
  ...['fire back at', 'hit back at', 'hit out at', 'lash out at', 'push back against', 'push back on'].map((lemma) => ({ lemma, label: 'condemnation' as const })),
  { lemma: 'walk back', label: 'denial' },
  ...['jeer', 'scoff'].map((lemma) => ({ lemma, label: 'condemnation' as const, cameo: 'JEER' })),
  ...['savage', 'pillory', 'crucify'].map((lemma) => ({ lemma, label: 'condemnation' as const, cameo: 'SAVAGE' })),
  ...['accuse', 'blame', 'condemn', 'fault', 'implicate', 'charge'].map((lemma) => ({ lemma, label: 'condemnation' as const, cameo: 'BLAME' })),
  ...['decry', 'disapprove'].map((lemma) => ({ lemma, label: 'condemnation' as const, cameo: 'DISAPPROVE' })),
  { lemma: 'allege', label: 'condemnation', cameo: 'ALLEGE' },
  { lemma: 'curse', label: 'condemnation', cameo: 'CURSE' },
  { lemma: 'lament', label: 'condemnation', cameo: 'LAMENT' },
  { lemma: 'regret', label: 'condemnation', cameo: 'REGRET' },
  ...['rebuff', 'snub'].map((lemma) => ({ lemma, label: 'condemnation' as const, cameo: 'REBUFF' })),
  { lemma: 'challenge', label: 'statement', rule: 'challenge', cameo: 'VERBAL_CONFLICT' },
  ...['bemoan', 'complain', 'disagree', 'dissent', 'object', 'oppose', 'protest'].map((lemma) => ({ lemma, label: 'condemnation' as const, cameo: 'VERBAL_CONFLICT' })),
  { lemma: 'mock', label: 'condemnation', cameo: 'REPEAT' },
  { lemma: 'brand', label: 'condemnation', cameo: 'MARK' },
  { lemma: 'spurn', label: 'condemnation', cameo: 'REFUSE' },
  ...['slam', 'blast', 'attack', 'criticise', 'assail', 'rip', 'knock', 'repudiate', 'disavow', 'rail', 'rail against', 'hit out', 'lash', 'excoriate', 'skewer', 'eviscerate', 'trash', 'bash', 'fume', 'chastize', 'vilify', 'demonize', 'smear', 'taunt', 'insult', 'lambast', 'go after', 'take aim', 'denunciate', 'ridicule', 'satirize', 'question'].map((lemma) => ({ lemma, label: 'condemnation' as const, rule: lemma === 'question' ? 'question' : undefined })),

  // denial: CAMEO 016 (deny responsibility, refute) and REFUSE patterns coded 016
  { lemma: 'deny', label: 'denial', cameo: 'REFUSE' },
  { lemma: 'rule out', label: 'denial', cameo: 'REFUSE' },
  { lemma: 'reject', label: 'denial', rule: 'reject', cameo: 'REFUSE' },
  { lemma: 'refute', label: 'denial', cameo: 'REFUTE' },
  { lemma: 'dispute', label: 'denial', cameo: 'VERBAL_CONFLICT' },
  { lemma: 'contradict', label: 'denial', cameo: 'VERBAL_CONFLICT' },
  { lemma: 'contest', label: 'denial', cameo: 'VERBAL_CONFLICT' },
  { lemma: 'dismiss', label: 'denial', rule: 'reject', cameo: 'DISPEL' },
  { lemma: 'dispel', label: 'denial', cameo: 'DISPEL' },
  ...['rebut', 'shrug off', 'brush off', 'brush aside', 'debunk', 'disclaim', 'refuse', 'decline'].map((lemma) => ({ lemma, label: 'denial' as const, rule: lemma === 'refuse' || lemma === 'decline' ? 'refuse' : undefined })),

  // appeal: CAMEO 02x (appeal, suggest) and 10x (demand)
  ...['appeal', 'beg', 'implore', 'plead', 'solicit'].map((lemma) => ({ lemma, label: 'appeal' as const, rule: lemma === 'plead' || lemma === 'appeal' ? 'plead' : undefined, cameo: 'APPEAL' })),
  ...['advise', 'advocate', 'counsel', 'propose', 'recommend'].map((lemma) => ({ lemma, label: 'appeal' as const, cameo: 'SUGGEST' })),
  ...['suggest', 'hint'].map((lemma) => ({ lemma, label: 'analysis' as const, rule: 'suggest', cameo: 'SUGGEST' })),
  { lemma: 'hope', label: 'analysis', rule: 'hope', cameo: 'HOPE' },
  ...['demand', 'exhort', 'entreat', 'adjure', 'clamor', 'clamour', 'press', 'push'].map((lemma) => ({ lemma, label: 'appeal' as const, cameo: 'DEMAND' })),
  { lemma: 'want', label: 'statement', rule: 'want', cameo: 'DEMAND' },
  { lemma: 'ask', label: 'statement', rule: 'ask', cameo: 'ASK' },
  { lemma: 'ask for', label: 'appeal', cameo: 'ASK' },
  { lemma: 'request', label: 'appeal', cameo: 'ASK' },
  { lemma: 'petition', label: 'appeal', cameo: 'ASK' },
  { lemma: 'call', label: 'statement', rule: 'call', cameo: 'CALL' },
  { lemma: 'order', label: 'appeal', rule: 'order' },
  ...['urge', 'call for', 'call on', 'call upon', 'push for', 'press for', 'lobby', 'invite', 'encourage', 'challenge to', 'prod', 'nudge', 'instruct', 'direct', 'beseech', 'insist on'].map((lemma) => ({
    lemma,
    label: lemma === 'insist on' ? ('vow' as const) : ('appeal' as const),
    rule: lemma === 'encourage' || lemma === 'invite' || lemma === 'direct' ? 'to-infinitive-appeal' : undefined,
  })),

  // vow: CAMEO 03x (intend, pledge, promise) and VOW
  { lemma: 'vow', label: 'vow', cameo: 'VOW' },
  { lemma: 'pledge', label: 'vow', cameo: 'PLEDGE' },
  { lemma: 'promise', label: 'vow', cameo: 'PROMISE' },
  { lemma: 'guarantee', label: 'vow', cameo: 'PROMISE' },
  ...['assure', 'ensure', 'vouch'].map((lemma) => ({ lemma, label: 'statement' as const, rule: 'assure', cameo: 'PROMISE' })),
  ...['intend', 'plan'].map((lemma) => ({ lemma, label: 'vow' as const, rule: 'plan', cameo: 'INTEND' })),
  { lemma: 'offer', label: 'statement', rule: 'offer', cameo: 'OFFER' },
  { lemma: 'volunteer', label: 'vow', rule: 'offer', cameo: 'OFFER' },
  { lemma: 'swear', label: 'vow', rule: 'swear', cameo: 'ALLEGE' },
  { lemma: 'commit', label: 'vow', rule: 'commit', cameo: 'PERPETUATE' },
  ...['reaffirm', 'recommit', 'resolve'].map((lemma) => ({ lemma, label: 'vow' as const, rule: lemma === 'reaffirm' ? 'reaffirm' : 'commit' })),

  // warning: CAMEO 13x
  { lemma: 'threaten', label: 'warning', cameo: 'THREATEN' },
  ...['warn', 'caution'].map((lemma) => ({ lemma, label: 'warning' as const, cameo: 'WARN' })),
  { lemma: 'alert', label: 'warning', cameo: 'ALERT' },

  // support: CAMEO 05x
  ...['back', 'endorse', 'support'].map((lemma) => ({ lemma, label: 'support' as const, cameo: 'SUPPORT' })),
  ...['acclaim', 'admire', 'applaud', 'celebrate', 'commend', 'compliment', 'congratulate', 'extol', 'hail', 'honor', 'honour', 'praise', 'salute', 'welcome'].map((lemma) => ({ lemma, label: 'support' as const, cameo: 'ACCLAIM' })),
  { lemma: 'appreciate', label: 'support', cameo: 'APPRECIATE' },
  ...['favor', 'favour', 'prefer'].map((lemma) => ({ lemma, label: 'support' as const, cameo: 'FAVOR' })),
  ...['laud', 'glorify', 'exalt'].map((lemma) => ({ lemma, label: 'support' as const, cameo: 'LAUD' })),
  ...['respect', 'esteem', 'value'].map((lemma) => ({ lemma, label: 'support' as const, cameo: 'RESPECT' })),
  { lemma: 'thank', label: 'support', cameo: 'THANK' },
  { lemma: 'side with', label: 'support', cameo: 'COLLABORATE' },
  { lemma: 'embrace', label: 'support', cameo: 'EMBRACE' },
  { lemma: 'approve', label: 'support', cameo: 'ALLOW' },
  { lemma: 'tout', label: 'support', cameo: 'TOUT' },
  { lemma: 'defend', label: 'support', rule: 'defend', cameo: 'DEFEND' },
  { lemma: 'agree', label: 'statement', rule: 'agree', cameo: 'AGREE' },
  ...['champion', 'cheer', 'root for', 'stand by', 'stand with', 'vouch for', 'like', 'love', 'rave', 'fawn', 'gush', 'credit'].map((lemma) => ({ lemma, label: 'support' as const })),

  // analysis: CAMEO 010 PREDICT / ESTIMATE, 012 pessimistic comment, BELIEVE, CONSIDER, DISTRUST
  ...['anticipate', 'envisage', 'expect', 'foresee', 'predict', 'foretell', 'augur'].map((lemma) => ({ lemma, label: 'analysis' as const, cameo: 'PREDICT' })),
  ...['assess', 'estimate', 'calculate', 'gauge'].map((lemma) => ({ lemma, label: 'analysis' as const, cameo: 'ESTIMATE' })),
  { lemma: 'worry', label: 'analysis', cameo: 'WORRY' },
  { lemma: 'believe', label: 'analysis', cameo: 'BELIEVE' },
  ...['think', 'speculate', 'consider'].map((lemma) => ({ lemma, label: 'analysis' as const, cameo: 'CONSIDER' })),
  ...['doubt', 'suspect', 'distrust'].map((lemma) => ({ lemma, label: 'analysis' as const, cameo: 'DISTRUST' })),
  { lemma: 'conclude', label: 'analysis', rule: 'speech-or-analysis', cameo: 'FINISH' },
  { lemma: 'project', label: 'analysis', cameo: 'PROJECT' },
  { lemma: 'explain', label: 'analysis', rule: 'speech-or-analysis', cameo: 'EXPLAIN_VERBAL' },
  ...['fear', 'forecast', 'reckon', 'guess', 'wonder', 'judge', 'figure', 'surmise', 'theorize', 'posit', 'hypothesize', 'interpret', 'analyze', 'analyse', 'diagnose', 'raise concern', 'raise question', 'raise alarm', 'raise doubt', 'imagine', 'calculate', 'contemplate', 'envision', 'bet', 'argue that'].map((lemma) => ({
    lemma,
    label: lemma === 'argue that' ? ('neutral' as const) : ('analysis' as const),
    rule: lemma === 'argue that' ? 'argue' : undefined,
  })),
  ...['seem', 'appear'].map((lemma) => ({ lemma, label: 'analysis' as const, rule: 'seem' })),
  ...['see', 'view', 'regard', 'frame', 'cast', 'point to'].map((lemma) => ({ lemma, label: 'neutral' as const, rule: 'see-as' })),
  // "cited trust as a factor", "pointed to the shootings as an example of…": citing X as Y interprets X
  { lemma: 'cite', label: 'neutral', rule: 'see-as', cameo: 'EXPLAIN_VERBAL' },
  { lemma: 'show', label: 'statement', rule: 'data' },
  { lemma: 'find', label: 'statement', rule: 'data' },
  { lemma: 'indicate', label: 'analysis', rule: 'suggest' },

  // talking about a topic, knowing: statement, whatever the content
  ...['speak', 'talk', 'discuss', 'address', 'understand', 'realize', 'recognize', 'learn'].map((lemma) => ({ lemma, label: 'statement' as const })),
  { lemma: 'go', label: 'statement', rule: 'going-to' },

  // intentions described by the writer: statement (ANNOTATION.md §3 hard cases)
  ...['seek', 'aim', 'try', 'strive', 'endeavor', 'endeavour', 'hope to', 'wish', 'desire', 'decide', 'vote'].map((lemma) => ({ lemma, label: 'statement' as const })),

  // neutral reporting verbs: the content decides (CAMEO 010 and the reporting-verb lists)
  ...['say', 'state', 'tell', 'announce', 'comment', 'describe', 'mention', 'remark', 'report', 'inform', 'convey', 'cite', 'express', 'clarify', 'detail', 'articulate', 'assert', 'communicate', 'refer', 'narrate'].map((lemma) => ({ lemma, label: 'neutral' as const, cameo: 'EXPLAIN_VERBAL' })),
  ...['emphasise', 'emphasize', 'highlight', 'stress', 'underline', 'underscore'].map((lemma) => ({ lemma, label: 'neutral' as const, rule: 'inanimate-analysis', cameo: 'EMPHASIZE' })),
  ...['illustrate', 'demonstrate', 'reflect', 'underscore', 'expose'].map((lemma) => ({ lemma, label: 'neutral' as const, rule: 'inanimate-analysis' })),
  ...['declare', 'proclaim', 'pronounce'].map((lemma) => ({ lemma, label: 'neutral' as const, cameo: 'DECREE' })),
  ...['reiterate', 'restate', 'quote'].map((lemma) => ({ lemma, label: 'neutral' as const, cameo: 'QUOTE' })),
  ...['note', 'observe'].map((lemma) => ({ lemma, label: 'neutral' as const, cameo: 'OBSERVE' })),
  ...['repeat', 'echo'].map((lemma) => ({ lemma, label: 'neutral' as const, cameo: 'REPEAT' })),
  ...['acknowledge', 'admit', 'confess', 'disclose', 'reveal', 'unveil'].map((lemma) => ({ lemma, label: 'neutral' as const, cameo: 'DISCLOSE' })),
  // (rules.ts: "argue" with nothing the content reads is analysis; "contend" reads like "insist")
  ...['argue', 'contend', 'counter', 'debate'].map((lemma) => ({ lemma, label: 'neutral' as const, cameo: 'VERBAL_CONFLICT', rule: lemma === 'argue' ? 'argue' : lemma === 'contend' ? 'insist' : undefined })),
  { lemma: 'maintain', label: 'neutral', rule: 'insist' },
  { lemma: 'insist', label: 'neutral', rule: 'insist', cameo: 'INSIST' },
  { lemma: 'claim', label: 'neutral', cameo: 'ALLEGE' },
  { lemma: 'confirm', label: 'neutral', cameo: 'CONFIRM' },
  { lemma: 'know', label: 'statement', cameo: 'KNOW' },
  ...['write', 'tweet', 'post', 'add', 'continue', 'reply', 'respond', 'answer', 'recall', 'remember', 'point out', 'point to', 'go on', 'concede', 'testify', 'exclaim', 'shout', 'yell', 'boast', 'brag', 'joke', 'quip', 'muse', 'recount', 'retort', 'shoot back', 'fire back', 'hit back', 'push back', 'strike back', 'insist', 'describe', 'feel', 'sense', 'characterize', 'portray', 'label', 'dub', 'name', 'predicate', 'according to', 'accord', 'remind', 'hear', 'read', 'put', 'release', 'publish', 'issue', 'email', 'text', 'signal', 'indicate that'].map((lemma) => ({ lemma, label: 'neutral' as const })),
];

// Nominal and adjectival cues ("condemnation of", "pledge to", "critical of"). CAMEO records
// several as objects of EXPRESS / LODGE / PUBLISH patterns; the rest are the project's.
const nouns: Array<Row & { pattern?: string }> = [
  ...['condemnation', 'criticism', 'accusation', 'allegation', 'attack', 'denunciation', 'rebuke', 'censure', 'complaint', 'protest', 'objection', 'opposition', 'outrage', 'indignation', 'disapproval', 'disappointment', 'dismay', 'anger', 'frustration', 'displeasure', 'disgust', 'blame', 'charge', 'critic', 'critical', 'opposed', 'hostile', 'contempt', 'scorn', 'tirade', 'broadside', 'swipe', 'jab', 'dig'].map((lemma) => ({ lemma, label: 'condemnation' as const })),
  ...['pledge', 'promise', 'vow', 'commitment', 'committed', 'determination', 'determined', 'resolve', 'guarantee', 'insistence', 'intention', 'plan', 'oath'].map((lemma) => ({ lemma, label: 'vow' as const, rule: lemma === 'plan' || lemma === 'intention' ? 'plan' : undefined })),
  ...['warning', 'threat', 'ultimatum', 'caution'].map((lemma) => ({ lemma, label: 'warning' as const })),
  ...['call', 'appeal', 'demand', 'request', 'plea', 'urging', 'proposal', 'recommendation', 'invitation', 'petition', 'suggestion'].map((lemma) => ({ lemma, label: 'appeal' as const, rule: lemma === 'call' || lemma === 'suggestion' ? 'noun-appeal' : undefined })),
  ...['denial', 'rejection', 'rebuttal', 'refutation', 'dismissal', 'disavowal'].map((lemma) => ({ lemma, label: 'denial' as const })),
  ...['support', 'endorsement', 'praise', 'backing', 'approval', 'welcome', 'tribute', 'gratitude', 'solidarity', 'admiration', 'supportive', 'supporter', 'proud', 'grateful', 'thanks', 'congratulations', 'enthusiasm', 'enthusiastic', 'favorable', 'fan'].map((lemma) => ({ lemma, label: 'support' as const })),
  ...['belief', 'assessment', 'prediction', 'forecast', 'expectation', 'estimate', 'analysis', 'fear', 'concern', 'worry', 'opinion', 'suspicion', 'doubt', 'skepticism', 'scepticism', 'alarm', 'question', 'concerned', 'worried', 'confident', 'skeptical', 'sceptical', 'optimistic', 'pessimistic', 'afraid', 'fearful', 'hopeful', 'doubtful', 'aware', 'convinced', 'unconvinced', 'sure', 'certain', 'uncertain', 'likely', 'expected', 'hope', 'anxiety', 'apprehension', 'misgiving', 'reservation', 'pessimism', 'optimism', 'conclusion', 'finding', 'theory', 'speculation', 'projection', 'judgment', 'judgement', 'impression', 'sense', 'feeling', 'verdict', 'evaluation', 'argument'].map((lemma) => ({
    lemma,
    label: lemma === 'argument' ? ('neutral' as const) : ('analysis' as const),
  })),
  ...['view', 'statement', 'remark', 'comment', 'report', 'announcement', 'interview', 'tweet', 'speech', 'letter', 'message', 'post', 'release', 'testimony', 'claim', 'assertion', 'word', 'answer', 'response', 'reply', 'declaration', 'briefing', 'memo', 'op-ed', 'editorial', 'column', 'account', 'story', 'news', 'conference', 'transcript', 'note', 'video', 'ad', 'advertisement', 'book', 'survey', 'poll', 'study', 'data', 'document', 'record', 'filing', 'figure', 'source', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'adamant', 'insistent'].map((lemma) => ({ lemma, label: 'neutral' as const })),
];

// CAMEO EXPRESS / LODGE / PUBLISH patterns name some of these nouns with a code: record it.
const cameoNounPatterns: Record<string, string> = {};

function parseCameo(text: string): { members: Map<string, Map<string, string>>; patterns: Array<{ block: string; verb: string; object: string; code: string }> } {
  const members = new Map<string, Map<string, string>>();
  const patterns: Array<{ block: string; verb: string; object: string; code: string }> = [];
  let block = '';
  let blockCode = '';
  let inVerbs = false;
  for (const raw of text.split(/\r?\n/)) {
    if (raw.startsWith('####### VERB PATTERNS')) inVerbs = true;
    if (!inVerbs) continue;
    const header = /^---\s+(\S+)\s+\[([^\]]*)\]/.exec(raw);
    if (header) {
      block = header[1] as string;
      blockCode = header[2] as string;
      members.set(block, new Map());
      continue;
    }
    const line = raw.replace(/#.*$/, '').trim();
    if (!block || line === '') continue;
    if (line.startsWith('-')) {
      const pat = /^-\s*\*\s+(.+?)\s+\[(\d+)[^\]]*\]\s*$/.exec(line);
      const verb = /#\s*(\S+)/.exec(raw)?.[1] ?? block;
      if (pat) patterns.push({ block, verb, object: (pat[1] as string).replace(/[{}()&+]/g, '').trim(), code: pat[2] as string });
      continue;
    }
    const m = /^\+?([A-Z][A-Z'_-]*)(?:\s*\{[^}]*\})?\s*(?:\[([^\]]*)\])?/.exec(line);
    if (!m) continue;
    const lemma = (m[1] as string).toLowerCase().replace(/_/g, ' ').trim();
    (members.get(block) as Map<string, string>).set(lemma, m[2] && /^\d/.test(m[2]) ? m[2] : blockCode);
  }
  return { members, patterns };
}

const POSTPOSITIVE = /^(supreme|extraordinary|general|generals|plenipotentiary|elect|designate)$/;
/** Entries whose head names an activity or a thing, not who acts ("SECURITY_CHECK", "WAR_MACHINE"). */
const NOT_AGENTS = /^(check|crime|machine|presence|naval)$/;

/**
 * Nouns for people and bodies that can act, from PETRARCH2's agents dictionary (MIT): the head
 * of each entry ("FARM_WORKER" → worker, "MINISTERS_OF_STATE" → ministers), with PETRARCH's
 * substitution sets expanded (!PERSON! → man, men, woman, women, person) and regular plurals added
 * (the dictionary leaves them out on purpose, see its header).
 */
function agentNouns(text: string): string[] {
  const sets = new Map<string, string[]>();
  const out = new Set<string>();
  const add = (word: string): void => {
    if (!/^[a-z][a-z-]{2,}$/.test(word)) return;
    out.add(word);
    if (/(men|people|police|children|staff|personnel)$/.test(word)) return;
    if (/man$/.test(word)) out.add(`${word.slice(0, -3)}men`);
    else if (word === 'child') out.add('children');
    else if (/(s|sh|ch|x|z)$/.test(word)) out.add(`${word}es`);
    else if (/[^aeiou]y$/.test(word)) out.add(`${word.slice(0, -1)}ies`);
    else out.add(`${word}s`);
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const set = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(line);
    if (set) {
      sets.set(set[1] as string, (set[2] as string).split(',').map((w) => w.trim().toLowerCase()));
      continue;
    }
    const phrase = /^([^[{]+)/.exec(line)?.[1]?.trim();
    if (!phrase) continue;
    // The head comes before the first preposition ("CHAMBER_OF_COMMERCE") or is the last word.
    const words = phrase.toLowerCase().split(/[_\s]+/).filter(Boolean);
    const cut = words.findIndex((w, n) => n > 0 && /^(of|for|in|and|to|on|de|y)$/.test(w));
    let head = (cut > 0 ? words[cut - 1] : words[words.length - 1]) as string;
    head = words.find((w) => /![a-z]+!$/.test(w)) ?? head;
    // "COURT_SUPREME", "ENVOY_EXTRAORDINARY": an adjective after its noun.
    if (POSTPOSITIVE.test(head) && words.length > 1) head = words[words.indexOf(head) - 1] ?? head;
    if (NOT_AGENTS.test(head)) continue;
    const expand = /^(.*?)(![a-z]+!)(.*)$/.exec(head);
    if (expand) {
      for (const w of sets.get((expand[2] as string).toUpperCase()) ?? []) add(`${expand[1] as string}${w}${expand[3] as string}`);
    } else add(head);
  }
  return [...out].sort();
}

async function main(): Promise<void> {
  const cameoText = await readFile(path.join(lexiconsDir, 'petrarch2/CAMEO.2.0.txt'), 'utf8');
  const { members, patterns } = parseCameo(cameoText);
  for (const p of patterns) {
    if (!['EXPRESS', 'VOICE', 'LODGE', 'PUBLISH', 'ISSUE', 'SAY'].includes(p.verb)) continue;
    const noun = p.object.toLowerCase().replace(/s$/, '');
    if (!/^[a-z-]+$/.test(noun)) continue;
    cameoNounPatterns[noun] ??= `cameo-pattern:${p.code}:${p.verb} * ${p.object}`;
  }

  const nlp = winkNLP(model);
  const lemmaOf = (word: string): string => (nlp.readDoc(word).tokens().out(nlp.its.lemma as never) as string[]).join(' ').toLowerCase();
  const readList = async (file: string): Promise<Set<string>> => {
    const words = (await readFile(path.join(lexiconsDir, file), 'utf8')).split(/\r?\n/).map((w) => w.trim()).filter(Boolean);
    // A base form is a lemma whose third-person form is also listed (say/says, reply/replies).
    const forms = new Set(words);
    const lemmas = new Set<string>();
    for (const w of words) {
      const lemma = lemmaOf(w);
      const third = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
      if (forms.has(lemma) && forms.has(third)) lemmas.add(lemma);
    }
    return lemmas;
  };
  const ggt = await readList('ggt/quote_verb_list.txt');
  const jai = await readList('journalismai/quote_verb_list.txt');

  const problems: string[] = [];
  const build = (rows: Row[], withLists: boolean, nounPatterns: boolean): Record<string, Entry> => {
    const out: Record<string, Entry> = {};
    for (const row of rows) {
      const origin: string[] = [];
      if (row.cameo) {
        const block = members.get(row.cameo);
        const code = block?.get(row.lemma);
        if (code === undefined) problems.push(`"${row.lemma}" is not listed in CAMEO block ${row.cameo}`);
        else origin.push(/^\d/.test(code) ? `cameo:${code.split(':')[0] as string}:${row.cameo}` : `cameo:${row.cameo}`);
      }
      if (nounPatterns && cameoNounPatterns[row.lemma]) origin.push(cameoNounPatterns[row.lemma] as string);
      if (withLists && ggt.has(row.lemma)) origin.push('ggt');
      if (withLists && jai.has(row.lemma)) origin.push('journalismai');
      if (origin.length === 0) origin.push('project');
      const prev = out[row.lemma];
      if (prev) {
        if (prev.label !== row.label) problems.push(`"${row.lemma}" listed as both ${prev.label} and ${row.label}`);
        for (const o of origin) if (!prev.origin.includes(o)) prev.origin.push(o);
        continue;
      }
      out[row.lemma] = row.rule ? { label: row.label, rule: row.rule, origin } : { label: row.label, origin };
    }
    if (withLists) {
      // Every other reporting verb of the two lists: neutral.
      for (const lemma of [...new Set([...ggt, ...jai])].sort()) {
        if (out[lemma] || lemma.includes(' ')) continue;
        out[lemma] = { label: 'neutral', origin: [ggt.has(lemma) ? 'ggt' : '', jai.has(lemma) ? 'journalismai' : ''].filter(Boolean) };
      }
    }
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
  };

  const verbTable = build(verbs, true, false);
  const nounTable = build(nouns, false, true);
  if (problems.length > 0) throw new Error(`lexicon problems:\n  ${problems.join('\n  ')}`);

  const header = {
    about: 'Built by scripts/train-stance.ts; see SOURCE.md. label "neutral": the claim content decides (else statement).',
    sources: {
      cameo: 'PETRARCH2 CAMEO 2.0 verb dictionary, github.com/openeventdata/petrarch2 @676801cd, MIT (c) 2014-2015 Open Event Data Alliance',
      ggt: 'Gender Gap Tracker quote_verb_list.txt, github.com/sfu-discourse-lab/GenderGapTracker @5501de31, MIT (c) 2018-2023 Maite Taboada',
      journalismai: 'JournalismAI 2021 quote_verb_list.txt, github.com/JournalismAI-2021-Quotes/quote-extraction @28f429b2, Apache-2.0',
      project: 'newsmark project table (scripts/train-stance.ts), MIT',
    },
  };
  await writeFile(path.join(outDir, 'verbs.json'), `${JSON.stringify({ ...header, entries: verbTable }, null, 1)}\n`);
  await writeFile(path.join(outDir, 'nouns.json'), `${JSON.stringify({ ...header, entries: nounTable }, null, 1)}\n`);
  const agents = agentNouns(await readFile(path.join(lexiconsDir, 'petrarch2/Phoenix.agents.txt'), 'utf8'));
  await writeFile(
    path.join(outDir, 'agents.json'),
    `${JSON.stringify({ about: 'Built by scripts/train-stance.ts; see SOURCE.md. Nouns for people and bodies that can act (heads of PETRARCH2 agent entries, with regular plurals).', source: 'PETRARCH2 Phoenix.agents.txt, github.com/openeventdata/petrarch2 @676801cd, MIT (c) 2014 Open Event Data Alliance', words: agents }, null, 1)}\n`,
  );
  console.log(`verbs.json: ${Object.keys(verbTable).length} lemmas; nouns.json: ${Object.keys(nounTable).length} lemmas; agents.json: ${agents.length} nouns`);
}

await main();
