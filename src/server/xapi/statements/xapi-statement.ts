/**
 * The part of xAPI 1.0.3 (the Experience API's data model) that Ludocité produces, typed once.
 * Property order in these objects is the order the builders write them in, so that the same
 * stored row always serialises to the same bytes.
 */

/** A language map: every text of ours exists in French and English (`src/shared/languages.ts`). */
export type LanguageMap = Readonly<Record<string, string>>;

/** An xAPI Agent identified by an account on the centre (never a name, e-mail or pseudonym). */
export interface XapiAgent {
  objectType: 'Agent';
  account: { homePage: string; name: string };
}

export interface XapiVerb {
  id: string;
  display: LanguageMap;
}

export interface XapiInteractionComponent {
  id: string;
  description: LanguageMap;
}

export interface XapiActivityDefinition {
  type: string;
  name?: LanguageMap;
  description?: LanguageMap;
  interactionType?: 'choice' | 'other';
  correctResponsesPattern?: string[];
  choices?: XapiInteractionComponent[];
}

export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition: XapiActivityDefinition;
}

export type XapiExtensions = Readonly<Record<string, string | number | boolean>>;

export interface XapiResult {
  score?: { scaled: number; raw: number; min: number; max: number };
  success?: boolean;
  completion?: boolean;
  response?: string;
  duration?: string;
  extensions?: XapiExtensions;
}

export interface XapiContext {
  registration: string;
  contextActivities: { parent?: XapiActivity[]; grouping?: XapiActivity[] };
  platform: string;
  extensions: XapiExtensions;
}

/** One statement as Ludocité makes it: always an id, a timestamp from the record, and a context. */
export interface XapiStatement {
  id: string;
  actor: XapiAgent;
  verb: XapiVerb;
  object: XapiActivity;
  result: XapiResult;
  context: XapiContext;
  timestamp: string;
}

/**
 * A page of statements, shaped like an LRS's StatementResult: `more` is the relative address of the
 * next page, or the empty string when there is none.
 */
export interface XapiStatementResult {
  statements: XapiStatement[];
  more: string;
}
