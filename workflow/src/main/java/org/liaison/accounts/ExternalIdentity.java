package org.liaison.accounts;

/**
 * Who Keycloak says someone is: the subject ({@code sub}, stable for the account's life) and what
 * it currently calls them. Only the subject identifies them; the rest is for display and a first username.
 */
public record ExternalIdentity(String subject, String preferredUsername, String displayName, String email) {}
