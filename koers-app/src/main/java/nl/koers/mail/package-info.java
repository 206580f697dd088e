/**
 * E-mail digests of watches over SMTP (Jakarta Mail). In: a watch, the papers due in its digest and
 * {@link nl.koers.mail.SmtpSettings}. Out: one message per watch and run.
 */
package nl.koers.mail;
