/**
 * Coalition administration: platform admins create, suspend and reactivate coalitions and see their
 * counts (never their records); each coalition's coordinators invite people by mailed single-use link,
 * change roles and remove members, every change audited; invited people accept and sign in; a new
 * coalition's setup checklist. Memberships themselves stay in {@link org.liaison.tenancy}.
 */
package org.liaison.coalitions;
