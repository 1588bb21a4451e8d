/**
 * Screens of coalition administration: the platform admins' coalitions page, a coalition's members
 * page (invitations, roles, removal, audit), the invitation link's page, the setup checklist, and
 * the page that tells an open session why its access changed.
 */
package org.liaison.coalitions.ui;
