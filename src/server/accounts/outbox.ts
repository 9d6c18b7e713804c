// Mail the accounts send: the link that confirms a new email, and the note to an address's owner
// when someone asks to use it. The tracker has no mail server of its own, so by default the
// server prints each message in its log, as it prints the first-start link, for whoever runs it
// to pass on; a deployment with a mail relay gives Accounts an Outbox that sends.

export interface MailMessage {
  to: string;
  subject: string;
  /** Plain text, lines joined by \n. */
  text: string;
}

export interface Outbox {
  send(message: MailMessage): Promise<void>;
}

/** The default outbox: each message in the server's log, marked as one to pass on. */
export function logOutbox(print: (line: string) => void = console.log): Outbox {
  return {
    send({ to, subject, text }) {
      const body = text
        .split('\n')
        .map((line) => (line ? `  ${line}` : ''))
        .join('\n');
      print(`\nMail to ${to} (this server sends no mail: pass it on)\n  Subject: ${subject}\n\n${body}\n`);
      return Promise.resolve();
    },
  };
}
