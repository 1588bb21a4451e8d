package org.liaison.outreach;

import java.time.Instant;
import java.time.LocalDate;

/** A case's outreach message as its workspace shows it. */
public record Outreach(
    String important,
    String whyUnitedStates,
    String embassyAction,
    OutreachStatus status,
    String reviewComment,
    String recipients,
    LocalDate sentOn,
    String sentBy,
    Instant updatedAt) {}
