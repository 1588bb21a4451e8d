package org.liaison.workflow;

import java.time.Instant;

/** An open task as reports count it: its lifecycle and step, who holds it, since when, when it is due. */
public record OpenTask(String id, String processKey, String taskKey, String name, String assignee, Instant created,
    Instant due) {}
