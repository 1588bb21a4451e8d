/**
 * The court-hearing screens: the list with the schedule dialog, a hearing's page (its state, dates,
 * officers asked and who attended, the observation, adjourn and cancel, the journal) and the forms of
 * the steps that need more than a note (requesting attendance, recording the observation).
 */
package org.liaison.hearings.ui;
