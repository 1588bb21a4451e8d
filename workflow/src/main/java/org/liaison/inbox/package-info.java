/**
 * The task inbox: the steps waiting for the current user, their roles or (for coordinators) the whole
 * coalition, paged and counted on the server with filters and an order, labelled with the case they
 * belong to; claiming, handing back, handing over to a colleague and follow-up days.
 */
package org.liaison.inbox;
