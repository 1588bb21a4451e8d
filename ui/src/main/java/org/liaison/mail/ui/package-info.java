/**
 * The Sent mail page: the messages the coalition's work queued, as they went out by SMTP or, in the
 * embedded default without an SMTP server, as the mail catcher kept them. For coordinators and admins.
 */
package org.liaison.mail.ui;
