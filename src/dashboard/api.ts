import type { EducatorSession, EducatorView } from '../shared/api/educator-auth';
import type { GroupList, GroupMember, GroupMembers, GroupSummary, NewCards } from '../shared/api/educator-groups';
import type { AccessLog, CardErasure, PrivacyFacts } from '../shared/api/educator-privacy';
import type { CardProgress, Heatmap, Help, Overview, Questions } from '../shared/api/educator-reports';
import type { Lang } from './format';

/** A refusal of the centre: its status and its sentence (the server names what is wrong). */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface Period {
  from?: string;
  to?: string;
}

/**
 * The educator API as the dashboard calls it. The session is the browser's HttpOnly cookie; the
 * CSRF token of the last session answer goes with every request that changes something.
 */
export class EducatorApi {
  private csrfToken = '';
  educator: EducatorView | null = null;

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {};
    if (method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
    if (!response.ok) {
      const problem = (await response.json().catch(() => null)) as { message?: string } | null;
      throw new ApiFailure(response.status, problem?.message ?? `${method} ${path} answered ${response.status}`);
    }
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  async session(): Promise<EducatorView | null> {
    const session = await this.call<EducatorSession>('GET', '/api/educator/session');
    this.csrfToken = session.csrfToken;
    this.educator = session.educator;
    return session.educator;
  }

  async signIn(login: string, password: string): Promise<EducatorView> {
    const session = await this.call<EducatorSession>('POST', '/api/educator/session', { login, password });
    this.csrfToken = session.csrfToken;
    this.educator = session.educator;
    return session.educator!;
  }

  async signOut(): Promise<void> {
    await this.call('DELETE', '/api/educator/session');
    this.educator = null;
    await this.session();
  }

  /** The groups asked for ahead (prefetchGroups), for the next `groups()` to take once. */
  private earlyGroups: Promise<GroupList> | null = null;

  /** Asks for the groups now, so the first page finds them on the way rather than asks after loading. */
  prefetchGroups(): void {
    this.earlyGroups = this.call<GroupList>('GET', '/api/educator/groups');
    // Its refusal reaches whoever takes it; none is left unhandled if nobody does.
    this.earlyGroups.catch(() => undefined);
  }

  privacyFacts = () => this.call<PrivacyFacts>('GET', '/api/educator/privacy');
  groups = () => {
    const early = this.earlyGroups;
    this.earlyGroups = null;
    return early ?? this.call<GroupList>('GET', '/api/educator/groups');
  };
  createGroup = (name: string) => this.call<GroupSummary>('POST', '/api/educator/groups', { name });
  renameGroup = (groupId: string, name: string) => this.call<GroupSummary>('PATCH', `/api/educator/groups/${groupId}`, { name });
  share = (groupId: string, login: string) => this.call<void>('PUT', `/api/educator/groups/${groupId}/shares/${encodeURIComponent(login)}`);
  members = (groupId: string) => this.call<GroupMembers>('GET', `/api/educator/groups/${groupId}/members`);
  addMember = (groupId: string, code: string) => this.call<GroupMember>('POST', `/api/educator/groups/${groupId}/members`, { code });
  newCards = (groupId: string, count: number) => this.call<NewCards>('POST', `/api/educator/groups/${groupId}/cards`, { count });
  overview = (groupId: string, period: Period) => this.call<Overview>('GET', reportPath(groupId, 'overview', period));
  heatmap = (groupId: string) => this.call<Heatmap>('GET', reportPath(groupId, 'heatmap', {}));
  questions = (groupId: string, period: Period) => this.call<Questions>('GET', reportPath(groupId, 'questions', period));
  help = (groupId: string) => this.call<Help>('GET', reportPath(groupId, 'help', {}));
  card = (groupId: string, cardId: string, period: Period) => this.call<CardProgress>('GET', reportPath(groupId, `cards/${encodeURIComponent(cardId)}`, period));
  eraseCard = (cardId: string) => this.call<CardErasure>('DELETE', `/api/educator/cards/${encodeURIComponent(cardId)}`);
  accessLog = () => this.call<AccessLog>('GET', '/api/educator/access-log?limit=100');
}

/**
 * A report's address: JSON, or with `csvLang` the server's CSV of the same table, its objective
 * titles in that language.
 */
export function reportPath(groupId: string, report: string, period: Period, csvLang?: Lang): string {
  const query = new URLSearchParams();
  if (period.from) query.set('from', period.from);
  if (period.to) query.set('to', period.to);
  if (csvLang) {
    query.set('format', 'csv');
    query.set('lang', csvLang);
  }
  const text = query.toString();
  return `/api/educator/groups/${groupId}/reports/${report}${text ? `?${text}` : ''}`;
}
