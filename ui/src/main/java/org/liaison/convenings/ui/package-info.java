/** The convening screens: the list with the propose dialog, and one convening with its invitations and RSVPs. */
package org.liaison.convenings.ui;
