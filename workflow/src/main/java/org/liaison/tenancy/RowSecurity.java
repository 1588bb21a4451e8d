package org.liaison.tenancy;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Binds a coalition to the current database transaction explicitly, for work that does not run
 * for a signed-in user: engine code on the job executor (which takes the coalition from the
 * execution) and administrative steps such as granting a membership. Must be called inside a
 * transaction; the binding ends with it.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RowSecurity {

  private final JdbcClient jdbc;

  @Transactional(propagation = Propagation.MANDATORY)
  public void bindTenant(String tenantId) {
    if (tenantId == null || tenantId.isBlank()) {
      throw new IllegalStateException("Refusing to work on tenant data without a coalition");
    }
    jdbc.sql("select set_config('app.tenant_id', :tenant, true)").param("tenant", tenantId).query().singleRow();
  }

  /**
   * Binds the coalition of an engine execution, for delegates and listeners (also on the job
   * executor, where no user is signed in); an execution without one is refused. Returns the coalition.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public String bindTenantOf(DelegateExecution execution) {
    String tenantId = execution.getTenantId();
    if (tenantId == null || tenantId.isBlank()) {
      throw new IllegalStateException("Instance " + execution.getProcessInstanceId() + " has no coalition");
    }
    bindTenant(tenantId);
    return tenantId;
  }

  /**
   * The coalition bound to the current transaction: the actor's (bound when the transaction began)
   * or the one given to {@link #bindTenant}. For services that engine code and users both call.
   *
   * @throws NoCoalitionSelectedException when the transaction is bound to none
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public String boundTenant() {
    String tenantId = jdbc.sql("select current_setting('app.tenant_id', true)").query(String.class).optional().orElse(null);
    if (tenantId == null || tenantId.isBlank()) {
      throw new NoCoalitionSelectedException(
          "This transaction is bound to no coalition: run it as a signed-in actor or call RowSecurity.bindTenant first");
    }
    return tenantId;
  }

  /**
   * Opens the platform lane for the current transaction: rows that belong to no coalition (platform
   * mail), which no coalition's transaction sees. For the outbox dispatcher and platform-level
   * features (password resets); never for a user's work in a coalition.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void bindPlatform() {
    jdbc.sql("select set_config('app.platform', 'on', true)").query().singleRow();
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void bindUser(String username) {
    jdbc.sql("select set_config('app.username', :username, true)").param("username", username).query().singleRow();
  }
}
