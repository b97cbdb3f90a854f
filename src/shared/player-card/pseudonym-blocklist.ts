/**
 * Words a typed pseudonym may not contain, in the filter's normal form (lower case, no accents,
 * look-alike digits read as letters, doubled letters squeezed). Short words and abbreviations
 * are refused only as whole words, so "Flocon" and "Scorpion" pass; longer roots are refused
 * anywhere, also when spaced out ("s a l o p e").
 */
export const BLOCKED_WHOLE_WORDS = [
  // French
  'con', 'cons', 'conne', 'cul', 'bite', 'pute', 'putes', 'fdp', 'ntm', 'tg', 'vtff', 'nique', 'niq', 'zob',
  'teub', 'pedale', 'pd', 'chatte', 'gland', 'bouffon', 'debile', 'abruti', 'gouine', 'tarlouze', 'bougnoul', 'negre', 'youpin',
  // English
  'ass', 'fag', 'cock', 'dick', 'cum', 'tit', 'tits', 'wtf', 'stfu', 'kkk', 'porn', 'sex', 'sexy', 'nazi', 'rape',
] as const;

export const BLOCKED_ROOTS = [
  // French
  'salop', 'encul', 'conar', 'conas', 'couil', 'bordel', 'merde', 'putain', 'batard', 'enfoir',
  'niktamer', 'ntamer', 'tamere', 'pedoph', 'branl', 'suceu', 'suceus', 'sodom',
  'bougnoul', 'negro', 'tarlouz', 'youpin', 'hitler', 'connard', 'connass', 'trouduc', 'chiott', 'pisse',
  // English
  'fuck', 'shit', 'bitch', 'cunt', 'nigg', 'whore', 'slut', 'pussy', 'penis', 'vagin', 'faggot', 'bastard',
  'asshol', 'dildo', 'porno', 'sexe', 'terror', 'jihad', 'suicid', 'killyou',
] as const;
