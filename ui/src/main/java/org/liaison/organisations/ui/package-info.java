/** The member organisations screen: the coalition's organisations and adding one. */
package org.liaison.organisations.ui;
