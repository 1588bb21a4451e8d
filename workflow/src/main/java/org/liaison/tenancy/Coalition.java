package org.liaison.tenancy;

/** A coalition (tenant): its slug id, display name and the prefix of its case references. */
public record Coalition(String id, String name, String referencePrefix) {}
