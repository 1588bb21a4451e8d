package org.liaison.inbox;

/** An inbox filter a member saved under a name, to apply with one click. */
public record SavedFilter(String name, InboxQuery query) {}
