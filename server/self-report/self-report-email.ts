import { createTransport } from 'nodemailer';
import type { AppConfig } from '../config';
import { HttpProblem } from '../http/http-problem';

/**
 * Emails a self-report link. The message holds the link and the clinic's name only: no client name,
 * no instrument, nothing an inbox provider or a shared mailbox could learn more from.
 */
export async function emailLink(config: AppConfig, to: string, link: string): Promise<void> {
  if (!config.smtpUrl) {
    throw new Error('emailLink needs SMTP_URL');
  }
  const transport = createTransport(config.smtpUrl);
  try {
    await transport.sendMail({
      from: config.mailFrom,
      to,
      subject: `A short questionnaire from ${config.clinicName}`,
      text: `${config.clinicName} has sent you a short questionnaire.\n\nOpen this link to answer it:\n${link}\n\nThe link works once and expires. If it no longer works, please ask your clinician for a new one.\n`,
    });
  } catch {
    // The SMTP error may quote the address; nothing of it goes back or into the log.
    throw new HttpProblem(502, 'Email not sent', 'The email could not be sent. Nothing was saved; copy the link instead, or try again.');
  } finally {
    transport.close();
  }
}

/** Without an email server an address cannot be used: say so on the field. */
export function assertEmailPossible(config: AppConfig, emailTo: string | null): void {
  if (emailTo && !config.smtpUrl) {
    throw HttpProblem.badRequest([{ field: 'emailTo', message: 'Email is not set up at this clinic (no SMTP_URL): copy or print the link instead.' }]);
  }
}
