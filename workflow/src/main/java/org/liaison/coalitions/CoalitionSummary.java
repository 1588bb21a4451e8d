package org.liaison.coalitions;

import org.liaison.tenancy.RegisteredCoalition;

/** What a platform admin sees of a coalition: who it is, its status, how many people it has. Never its records. */
public record CoalitionSummary(RegisteredCoalition coalition, int members, int pendingInvitations) {}
