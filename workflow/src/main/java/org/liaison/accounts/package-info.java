/**
 * Who a Liaison person is and how they sign in: people (a stable username, their name and e-mail, the
 * Keycloak subject they are bound to), local accounts with BCrypt-hashed passwords, the password rule,
 * password change and reset by mailed single-use link, and the platform admins who stand outside every
 * coalition. Which coalitions a person works for is not here: that is the membership table's alone.
 */
package org.liaison.accounts;
