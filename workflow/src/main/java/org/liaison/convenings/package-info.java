/**
 * Convenings: multi-stakeholder meetings a coalition holds online or in person, hosted, co-hosted or
 * requested from an embassy, with their invitations and RSVPs, agenda and outcomes, each run by a
 * {@code convening} lifecycle. {@code internal/} holds the store, the invitation mail and the engine beans.
 */
package org.liaison.convenings;
