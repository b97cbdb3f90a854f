import { ApiFailure } from '../api';
import { t } from '../i18n/texts';
import { announce, h } from '../view/dom';
import type { PageContext } from './page-context';

/** The sign-in form: login and password, the server's refusal said in words. */
export async function loginPage(context: PageContext): Promise<HTMLElement> {
  const login = h('input', { id: 'login', name: 'login', autocomplete: 'username', required: true, autocapitalize: 'none', spellcheck: 'false' });
  const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const message = h('p', { role: 'alert', class: 'message' });
  const form = h('form', { class: 'card-form narrow', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: 'login' }, t('login.login')), login),
    h('div', { class: 'field' }, h('label', { for: 'password' }, t('login.password')), password),
    message,
    h('button', { type: 'submit' }, t('login.submit')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!login.value.trim() || !password.value) return announce(message, t('login.missing'), 'error');
    try {
      await context.api.signIn(login.value, password.value);
      context.go({ page: 'groups' });
    } catch (error) {
      const status = error instanceof ApiFailure ? error.status : 0;
      announce(message, status === 401 ? t('login.wrong') : status === 429 ? t('login.tooMany') : t('error.network'), 'error');
      password.value = '';
      password.focus();
    }
  });
  return h('div', {}, h('h1', {}, t('login.title')), h('p', {}, t('login.intro')), form);
}
