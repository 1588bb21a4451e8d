/** Screens of cases: raising one, the coalition's case list, the case workspace, and the triage form. */
package org.liaison.cases.ui;
