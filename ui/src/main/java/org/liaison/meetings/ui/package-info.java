/**
 * The meeting screens: the list of meetings, a meeting's page (its state, the embassy's confirmation,
 * next steps and journal), the request dialog used from Contacts, and the forms of the steps that need
 * more than a note (recording the meeting, thanking the officer, completing a next step).
 */
package org.liaison.meetings.ui;
