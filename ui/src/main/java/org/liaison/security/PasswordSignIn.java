package org.liaison.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in with the local account they have just created (accepting an invitation), through
 * the same check as the sign-in form, in a fresh session (the session id changes, so a session id
 * known before signing in is worth nothing after).
 */
@Component
public class PasswordSignIn {

  private final ObjectProvider<UserDetailsService> accounts;
  private final PasswordEncoder passwords;
  private final SecurityContextHolderStrategy securityContexts;
  private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

  PasswordSignIn(ObjectProvider<UserDetailsService> accounts, PasswordEncoder passwords,
      SecurityContextHolderStrategy securityContexts) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.securityContexts = securityContexts;
    repository.setSecurityContextHolderStrategy(securityContexts);
  }

  /** Signs in in the current Vaadin request; the caller then reloads the page. */
  public void signIn(String username, String password) {
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts.getObject());
    provider.setPasswordEncoder(passwords);
    Authentication authenticated = provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    VaadinServletRequest request = VaadinServletRequest.getCurrent();
    VaadinService.reinitializeSession(request);
    SecurityContext context = securityContexts.createEmptyContext();
    context.setAuthentication(authenticated);
    securityContexts.setContext(context);
    repository.saveContext(context, request.getHttpServletRequest(), VaadinServletResponse.getCurrent().getHttpServletResponse());
  }
}
