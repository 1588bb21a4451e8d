/**
 * E-mail that Liaison sends (outreach, reminders), through a transactional outbox: a feature queues a
 * message with {@link org.liaison.mail.Outbox#enqueue} inside its own transaction, and a dispatcher
 * sends it exactly once per idempotency key by SMTP, or to the built-in mail catcher when no SMTP
 * server is configured. It owns the outbox table and the Sent mail page's data.
 */
package org.liaison.mail;
