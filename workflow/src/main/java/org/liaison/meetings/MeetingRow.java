package org.liaison.meetings;

/** A meeting as the meetings list shows it: with the officer's name and what it was asked for. */
public record MeetingRow(Meeting meeting, String officerName, String purpose) {}
