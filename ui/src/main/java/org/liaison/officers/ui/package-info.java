/** The contacts screen: embassies with their stated priorities and officers, and Washington experts. */
package org.liaison.officers.ui;
