// `npm run recovery-link -- <admin's email>`: for an admin who forgot the password or is locked
// out, prints a one-time link (valid for an hour) that signs them in and asks for a new password.
// Run it on the server, with the server's environment: whoever can run it already holds the data.
import { linkUrl } from '@shared/contract';
import { Accounts } from './accounts/accounts';
import { AccountStore } from './accounts/accountStore';
import { readConfig } from './config';
import { openSqlStore } from './store/sql/sqlStore';

async function main(): Promise<number> {
  const email = process.argv[2];
  if (!email || process.argv.length > 3) {
    console.error('Usage: npm run recovery-link -- <the admin’s email>');
    return 2;
  }
  const result = readConfig(process.env);
  if (!result.ok) {
    console.error(result.message);
    return 1;
  }
  const { databasePath, host, port, publicUrl } = result.config;
  const store = await openSqlStore({ path: databasePath });
  try {
    const accounts = new Accounts({ store: new AccountStore(store.database), now: () => Date.now() });
    const token = await accounts.recoveryLinkToken(email);
    const origin = publicUrl ?? `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host}:${port}`;
    console.log(
      `Open this one-time link within the hour to sign in as ${email}, lift every sign-in lock and choose a new password (the old one stops working):\n\n  ${linkUrl(origin, 'welcome', token)}\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // A bad database file or an email that is no admin's: one line saying so.
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
