// @vitest-environment jsdom
// The ways in, the account page and the admin page in Ukrainian: their words, the role said in the
// case a Ukrainian sentence needs, counts in all four plural forms, dates written the Ukrainian
// way, the page's language and its title. Against the mock API, with a real instance's answers.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ApiToken, Invite, SessionInfo, UserSummary } from '@shared/contract';
import { mockServer, resetMockStore } from '@mocks/node';
import { showLanguage, useLanguage } from '@client/i18n/language';
import { renderApp } from '@client/test-utils/render-app';
import { ACCOUNTS, sessionAs } from '@client/test-utils/session';
import { peopleWords } from './messages';
import { waitWords } from './sign-in-view';

const NOW = '2025-09-01T12:00:00Z';
const INVITE = 'Inv1te_-fresh-token-000000001';
const INVITE_TOKEN = 'Inv1te_-fresh-token-000000002';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  resetMockStore({ now: Date.parse(NOW) });
  await showLanguage('uk');
});
afterEach(() => {
  mockServer.resetHandlers();
  vi.restoreAllMocks();
});
afterAll(() => mockServer.close());

function serve(session: SessionInfo) {
  mockServer.use(http.get('*/api/session', () => HttpResponse.json(session)));
}

describe('signing in, in Ukrainian', () => {
  test('the page, its checks and a wrong password speak Ukrainian', async () => {
    serve(sessionAs(null));
    mockServer.use(
      http.post('*/api/session', () =>
        HttpResponse.json({ error: { code: 'unauthenticated', message: 'Wrong email or password.' } }, { status: 401 }),
      ),
    );
    const { user } = renderApp('/sign-in', { now: NOW });
    expect(await screen.findByRole('heading', { level: 1, name: 'Увійти' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('uk');
    await waitFor(() => expect(document.title).toBe('Увійти · Трекер обіцянок'));
    const form = screen.getByRole('form', { name: 'Увійти' });
    await user.click(within(form).getByRole('button', { name: 'Увійти' }));
    expect(within(form).getByLabelText('Ел. пошта')).toHaveAccessibleDescription(
      'Введіть ел. пошту свого облікового запису',
    );
    expect(within(form).getByLabelText('Пароль')).toHaveAccessibleDescription('Введіть пароль');

    await user.type(within(form).getByLabelText('Ел. пошта'), 'not-an-address');
    await user.click(within(form).getByRole('button', { name: 'Увійти' }));
    expect(within(form).getByLabelText('Ел. пошта')).toHaveAccessibleDescription(
      'Введіть адресу ел. пошти, наприклад name@example.org',
    );

    await user.clear(within(form).getByLabelText('Ел. пошта'));
    await user.type(within(form).getByLabelText('Ел. пошта'), 'olena@example.org');
    await user.type(within(form).getByLabelText('Пароль'), 'not the password');
    await user.click(within(form).getByRole('button', { name: 'Увійти' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Ця ел. пошта й пароль не відповідають жодному обліковому запису тут.',
    );
  });

  test('too many attempts: the wait in Ukrainian units', async () => {
    serve(sessionAs(null));
    mockServer.use(
      http.post('*/api/session', () =>
        HttpResponse.json(
          {
            error: {
              code: 'rate_limited',
              message: 'This account is locked for 15 minutes after 10 failed sign-ins. An admin can lift the lockout.',
            },
          },
          { status: 429, headers: { 'Retry-After': '900' } },
        ),
      ),
    );
    const { user } = renderApp('/sign-in', { now: NOW });
    const form = await screen.findByRole('form', { name: 'Увійти' });
    await user.type(within(form).getByLabelText('Ел. пошта'), 'olena@example.org');
    await user.type(within(form).getByLabelText('Пароль'), 'guess number eleven');
    await user.click(within(form).getByRole('button', { name: 'Увійти' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Забагато спроб, спробуйте ще раз через 15 хв.');
    expect(alert).toHaveTextContent('Після невдалих спроб вхід на деякий час заблоковано.');
    expect(alert).not.toHaveTextContent('locked');
    const { t } = useLanguage.getState();
    expect(waitWords(45, t)).toBe('45 с');
  });

  test('signed in already: as whom, with the role in Ukrainian', async () => {
    serve(sessionAs(ACCOUNTS.editor));
    renderApp('/sign-in', { now: NOW });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ви ввійшли' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveTextContent('Як Olena Editor, редактор цього трекера.');
    expect(screen.getByRole('button', { name: 'Продовжити' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Olena Editor, Редактор' })).toBeInTheDocument();
  });
});

describe('an invite, in Ukrainian', () => {
  test('says who invites whom as what, with the date the Ukrainian way', async () => {
    serve(sessionAs(null));
    mockServer.use(
      http.post('*/api/invites/check', () =>
        HttpResponse.json({ role: 'editor', expiresAt: '2025-09-08T12:00:00.000Z', invitedBy: 'Ada Admin' }),
      ),
    );
    const { user } = renderApp(`/invite#token=${INVITE}`, { now: NOW });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Приєднатися до трекера обіцянок' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Запрошення · Трекер обіцянок'));
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent(
      'Ada Admin запрошує вас як редактора. Записує обіцянки, редагує їх і виносить вердикти.',
    );
    expect(main).toHaveTextContent('Запрошення працює один раз, до 8 вер. 2025.');
    const form = screen.getByRole('form', { name: 'Прийняти запрошення' });
    expect(within(form).getByLabelText('Пароль')).toHaveAccessibleDescription(
      'Щонайменше 10 символів. Кілька не пов’язаних між собою слів — надійний пароль, який легко запам’ятати.',
    );
    await user.type(within(form).getByLabelText('Пароль'), 'short');
    await user.click(within(form).getByRole('button', { name: 'Приєднатися й увійти' }));
    expect(within(form).getByLabelText('Ваше ім’я')).toHaveAccessibleDescription(
      'Так його бачитимуть інші в історії кожної вашої зміни. Вкажіть ім’я, яке інші бачитимуть в історії',
    );
    expect(within(form).getByLabelText('Пароль')).toHaveAccessibleDescription(
      expect.stringContaining('Щонайменше 10 символів'),
    );
    expect(within(form).getByLabelText('Пароль ще раз')).toHaveAccessibleDescription('Введіть пароль ще раз');
  });

  test('no token: where invites come from', async () => {
    serve(sessionAs(null));
    renderApp('/invite', { now: NOW });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ця сторінка відкривається із запрошення' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Увійдіть' })).toBeInTheDocument();
  });
});

describe('the pages a person cannot use, in Ukrainian', () => {
  test('a viewer on an editor’s page is told, for that page, what it would take', async () => {
    serve(sessionAs(ACCOUNTS.viewer));
    renderApp('/pledges/new', { now: NOW });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ваш обліковий запис може читати, але не змінювати' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveTextContent(
      'Ви ввійшли як читач. Щоб записати обіцянку, попросіть адміністратора трекера зробити вас редактором.',
    );
    expect(screen.getByRole('link', { name: 'Назад до обіцянок' })).toBeInTheDocument();
  });

  test('signed out on the intake page: sign in to do what the page is for', async () => {
    serve(sessionAs(null));
    renderApp('/intake', { now: NOW });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Увійдіть, щоб додати обіцянки зі статті' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Увійдіть, щоб додати обіцянки зі статті · Трекер обіцянок'));
  });
});

describe('the account page, in Ukrainian', () => {
  test('the server’s reason for refusing a field is said in Ukrainian', async () => {
    serve(sessionAs(ACCOUNTS.editor));
    mockServer.use(
      http.get('*/api/account/email', () => HttpResponse.json({ pending: null })),
      http.get('*/api/tokens', () => HttpResponse.json({ items: [] })),
      http.put('*/api/account/password', () =>
        HttpResponse.json(
          {
            error: {
              code: 'invalid_input',
              message: 'Choose a password that is not a common one.',
              issues: [
                {
                  path: 'next',
                  message:
                    'This password is one of the most common ones (it appears in lists of leaked passwords): choose another',
                },
              ],
            },
          },
          { status: 400 },
        ),
      ),
    );
    const { user } = renderApp('/account', { now: NOW });
    const form = await screen.findByRole('form', { name: 'Змінити пароль' });
    await user.type(within(form).getByLabelText('Поточний пароль'), 'the old password');
    await user.type(within(form).getByLabelText('Новий пароль'), 'password1234');
    await user.type(within(form).getByLabelText('Новий пароль ще раз'), 'password1234');
    await user.click(within(form).getByRole('button', { name: 'Змінити пароль' }));
    await waitFor(() =>
      expect(within(form).getByLabelText('Новий пароль')).toHaveAccessibleDescription(
        expect.stringContaining('Це один із найпоширеніших паролів'),
      ),
    );
  });

  test('the role, the sections and the tokens with Ukrainian dates', async () => {
    serve(sessionAs(ACCOUNTS.editor));
    const tokens: ApiToken[] = [
      {
        id: 'tok_1',
        name: 'Nightly CSV',
        scope: 'read',
        createdAt: '2025-08-20T09:00:00.000Z',
        lastUsedAt: null,
      },
    ];
    mockServer.use(
      http.get('*/api/account/email', () => HttpResponse.json({ pending: null })),
      http.get('*/api/tokens', () => HttpResponse.json({ items: tokens })),
    );
    renderApp('/account', { now: NOW });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ваш обліковий запис' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Ваш обліковий запис · Трекер обіцянок'));
    expect(screen.getByText('Ви ввійшли як Olena Editor (olena@example.org).')).toBeInTheDocument();
    expect(screen.getByText('Записує обіцянки, редагує їх і виносить вердикти.')).toBeInTheDocument();
    for (const name of ['Ваше ім’я', 'Ел. пошта', 'Пароль', 'Токени API', 'Сеанси'])
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    const table = await screen.findByRole('table');
    const row = within(table).getByRole('row', { name: /Nightly CSV/ });
    expect(row).toHaveTextContent('Лише читання');
    expect(row).toHaveTextContent('20 серп. 2025');
    expect(row).toHaveTextContent('Ніколи');
    expect(within(row).getByRole('button', { name: 'Відкликати «Nightly CSV»' })).toBeInTheDocument();
  });
});

describe('the admin page, in Ukrainian', () => {
  function person(id: string, name: string, failedSignIns: number, lockedUntil: string | null = null): UserSummary {
    return {
      id,
      name,
      email: `${name.split(' ')[0]!.toLowerCase()}@example.org`,
      role: 'viewer',
      createdAt: '2025-08-10T09:00:00.000Z',
      lockedUntil,
      failedSignIns,
    };
  }

  function asAdmin() {
    const state = {
      users: [
        {
          id: ACCOUNTS.admin.id,
          name: 'Ada Admin',
          email: 'ada@example.org',
          role: 'admin',
          createdAt: '2025-08-01T09:00:00.000Z',
          lockedUntil: null,
          failedSignIns: 0,
        },
        person('u_one0000001', 'Oksana One', 1),
        person('u_two0000001', 'Taras Two', 2),
        person('u_five000001', 'Fedir Five', 5),
        person('u_twenty0001', 'Iryna Twentyone', 21, '2025-09-01T12:15:00.000Z'),
      ] as UserSummary[],
      invites: [] as Invite[],
    };
    mockServer.use(
      http.get('*/api/session', () => HttpResponse.json(sessionAs(ACCOUNTS.admin))),
      http.get('*/api/users', () => HttpResponse.json({ items: state.users })),
      http.get('*/api/invites', () => HttpResponse.json({ items: state.invites })),
      http.post('*/api/invites', async ({ request }) => {
        const body = (await request.json()) as { role: Invite['role'] };
        const invite: Invite = {
          id: 'inv_1',
          role: body.role,
          createdAt: '2025-09-01T12:00:00.000Z',
          expiresAt: '2025-09-08T12:00:00.000Z',
          createdBy: 'Ada Admin',
        };
        state.invites = [...state.invites, invite];
        return HttpResponse.json({ ...invite, token: INVITE_TOKEN }, { status: 201 });
      }),
      http.get('*/api/settings', () => HttpResponse.json({ visibility: 'public' })),
    );
    return state;
  }

  test('failed sign-ins are counted in all four Ukrainian forms', async () => {
    asAdmin();
    renderApp('/admin', { now: NOW });
    expect(await screen.findByRole('heading', { level: 1, name: 'Адміністрування' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Адміністрування · Трекер обіцянок'));
    const row = async (name: RegExp) => (await screen.findByRole('rowheader', { name })).closest('tr')!;
    expect(await row(/Oksana One/)).toHaveTextContent('1 невдала спроба входу останнім часом');
    expect(await row(/Taras Two/)).toHaveTextContent('2 невдалі спроби входу останнім часом');
    expect(await row(/Fedir Five/)).toHaveTextContent('5 невдалих спроб входу останнім часом');
    const locked = await row(/Iryna Twentyone/);
    expect(locked).toHaveTextContent('Заблоковано');
    expect(locked).toHaveTextContent('після 21 невдалої спроби входу');
    expect(within(locked).getByRole('button', { name: 'Зняти блокування: Iryna Twentyone' })).toBeInTheDocument();
    expect(within(await row(/Ada Admin/)).getByText('(ви)')).toBeInTheDocument();
    expect(await row(/Ada Admin/)).toHaveTextContent('з 1 серп. 2025');

    const { t } = useLanguage.getState();
    expect([1, 2, 5, 21].map((count) => t(peopleWords.failedLately, { count }))).toEqual([
      '1 невдала спроба входу останнім часом',
      '2 невдалі спроби входу останнім часом',
      '5 невдалих спроб входу останнім часом',
      '21 невдала спроба входу останнім часом',
    ]);
  });

  test('a new invite: its link carries the language, and it waits in the list', async () => {
    asAdmin();
    const { user } = renderApp('/admin', { now: NOW });
    const form = await screen.findByRole('form', { name: 'Нове запрошення' });
    expect(within(form).getByRole('option', { name: 'Редактор' })).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Створити запрошення' }));
    const reveal = await screen.findByRole('region', { name: 'Запрошення для редактора' });
    expect(within(reveal).getByLabelText('Посилання-запрошення')).toHaveValue(
      `${window.location.origin}/invite?lang=uk#token=${INVITE_TOKEN}`,
    );
    const list = await screen.findByRole('list', { name: 'Невикористані запрошення' });
    expect(within(list).getByRole('button', { name: 'Відкликати запрошення для редактора' })).toBeInTheDocument();
    expect(list).toHaveTextContent('Без примітки');
    expect(list).toHaveTextContent('діє до');
  });
});
