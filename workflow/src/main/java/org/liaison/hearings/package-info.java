/**
 * Court hearings the coalition asks embassy officers to attend (the court-hearing lifecycle):
 * scheduling, adjourning and cancelling a hearing, the attendance request to officers some days before
 * it, the confirmation, who attended and what was observed, and the coordinator's debrief.
 */
package org.liaison.hearings;
