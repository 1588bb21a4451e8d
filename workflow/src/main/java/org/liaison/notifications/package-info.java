/**
 * What Liaison tells a member and how: notices under the bell and by mail (at once or in a daily
 * digest) for tasks given to them, tasks due tomorrow or overdue, and defender emergencies; and a
 * member's profile in a coalition (mail address, digest, absence and stand-in).
 */
package org.liaison.notifications;
