/** Screens of accounts: changing one's password, and resetting a forgotten one by mailed link. */
package org.liaison.accounts.ui;
