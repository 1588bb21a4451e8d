package org.liaison.organisations;

import java.util.UUID;

/** One organisation of the coalition and the address that receives the coalition's calls for input. */
public record MemberOrganisation(UUID id, String name, String contactEmail, int version) {}
