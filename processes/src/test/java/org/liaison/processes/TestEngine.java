package org.liaison.processes;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.liaison.testing.TestDatabase;

/**
 * Process engine configuration for model tests: a real PostgreSQL database, the job executor off
 * (tests execute jobs explicitly), beans replaced by {@code Mocks}, and every instance stamped with
 * the tenant {@link #TENANT}, as the application's tenant id provider does.
 */
final class TestEngine {

  static final String TENANT = "acme";

  /**
   * The engine of one model's test class, which fails the build unless the tests together pass
   * every flow node and sequence flow of the model (class coverage 100 %).
   */
  static ProcessEngineCoverageExtension fullyCovered(String purpose) {
    return ProcessEngineCoverageExtension.builder(configuration(purpose)).assertClassCoverageAtLeast(1.0).build();
  }

  static ProcessEngineConfiguration configuration(String purpose) {
    TestDatabase db = TestDatabase.create(purpose);
    ProcessCoverageInMemProcessEngineConfiguration config = new ProcessCoverageInMemProcessEngineConfiguration();
    config.setJdbcUrl(db.url());
    config.setJdbcUsername(db.username());
    config.setJdbcPassword(db.password());
    config.setJdbcDriver("org.postgresql.Driver");
    config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    config.setJobExecutorActivate(false);
    config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    config.setExpressionManager(new MockExpressionManager());
    config.setTenantIdProvider(new FixedTenant());
    config.setProcessEngineName("test-" + purpose);
    return config;
  }

  private static final class FixedTenant implements TenantIdProvider {
    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
      return TENANT;
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
      return TENANT;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
      return TENANT;
    }
  }

  private TestEngine() {}
}
