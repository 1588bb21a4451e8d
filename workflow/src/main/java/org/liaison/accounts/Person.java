package org.liaison.accounts;

/**
 * A Liaison person. The username is the stable key the rest of Liaison uses (memberships, task
 * assignees, owners); it never changes, also when the person's Keycloak username does.
 */
public record Person(String username, String displayName, String email) {}
