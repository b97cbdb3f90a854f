import type { AccessLogLine } from '../../shared/api/educator-privacy';
import { formatDateTime } from '../format';
import { lang, t, type TextKey } from '../i18n/texts';
import { h } from '../view/dom';
import { sortableTable } from '../view/table';
import type { PageContext } from './page-context';

/** What is kept about the children, why, how long and who sees it, in plain words; then the access log. */
export async function privacyPage(context: PageContext): Promise<HTMLElement> {
  const [settings, log] = await Promise.all([context.api.privacyFacts(), context.api.accessLog()]);
  const l = lang();
  const para = (key: TextKey, params: Record<string, string | number> = {}) => h('p', {}, t(key, params));
  return h('div', {},
    h('h1', {}, t('privacy.title')),
    h('section', { 'aria-labelledby': 'what-title', class: 'prose' },
      h('h2', { id: 'what-title' }, t('privacy.whatTitle')),
      para('privacy.what1'),
      para('privacy.what2'),
      para('privacy.never'),
      h('h2', {}, t('privacy.whyTitle')),
      para('privacy.why'),
      h('h2', {}, t('privacy.howLongTitle')),
      para('privacy.howLong', { days: settings.retentionDays }),
      h('h2', {}, t('privacy.whoTitle')),
      para('privacy.who'),
      h('h2', {}, t('privacy.rightsTitle')),
      para('privacy.rights'),
    ),
    h('section', { 'aria-labelledby': 'log-title' },
      h('h2', { id: 'log-title' }, t('privacy.logTitle')),
      h('p', { class: 'hint' }, t('privacy.logExplain')),
      sortableTable<AccessLogLine>({
        caption: t('privacy.logCaption'),
        empty: t('table.empty'),
        rows: log.lines,
        csvHref: '/api/educator/access-log?format=csv&limit=1000',
        columns: [
          { label: t('col.when'), value: (line) => line.at, cell: (line) => formatDateTime(line.at, l) },
          { label: t('privacy.educator'), value: (line) => line.educator },
          { label: t('privacy.action'), value: (line) => t(`action.${line.action}` as TextKey) },
          { label: t('privacy.group'), value: (line) => line.groupId },
          { label: t('privacy.detail'), value: (line) => line.detail },
        ],
      }),
    ),
  );
}
