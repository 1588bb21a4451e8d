/**
 * The notices page under the bell and the form where a member (or a coordinator for them) sets how
 * they are told and when they are away.
 */
package org.liaison.notifications.ui;
