import type { EducatorApi } from '../api';
import type { Route } from '../route';

/** What every page is given: the API, and a way to go elsewhere or draw itself again. */
export interface PageContext {
  api: EducatorApi;
  go(route: Route): void;
  reload(): void;
}

export type Page = (context: PageContext) => Promise<HTMLElement>;
