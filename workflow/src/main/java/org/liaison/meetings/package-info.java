/**
 * Meetings with embassy officers (the embassy-meeting lifecycle): requesting one on its own or after
 * an officer replied to a case, the embassy's confirmation, the briefing, the record of the meeting
 * with its outcome and agreed next steps (each a task for its owner), and thanking the officer.
 */
package org.liaison.meetings;
