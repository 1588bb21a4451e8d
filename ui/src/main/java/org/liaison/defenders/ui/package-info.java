/**
 * The defender screens, for security focal points and coordinators only: the list with the report
 * dialog, and one defender's record (the identity for security focal points only) with its journal.
 */
package org.liaison.defenders.ui;
