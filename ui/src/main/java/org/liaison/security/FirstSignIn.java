package org.liaison.security;

import java.util.Optional;
import org.liaison.accounts.ExternalIdentity;

/**
 * What to do with a Keycloak subject that is bound to no Liaison person yet, at its first sign-in.
 * Normally nothing: such a person has no coalition until they accept an invitation (which binds
 * them). The demo provides one that binds its own people by their demo usernames.
 */
public interface FirstSignIn {

  /** The username the subject is now bound to, if this binding applies to it. */
  Optional<String> bind(ExternalIdentity identity);
}
