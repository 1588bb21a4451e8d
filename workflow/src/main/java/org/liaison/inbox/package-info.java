/**
 * The task inbox: the steps waiting for the current user or their groups in the current coalition,
 * labelled with the case they belong to, and claiming or handing them back.
 */
package org.liaison.inbox;
