package org.liaison.tenancy.internal;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wraps the application's data source so that every transaction is bound to the actor's coalition. */
@Configuration(proxyBeanMethods = false)
class RowSecurityConfiguration {

  static final String DATA_SOURCE_BEAN = "dataSource";

  @Bean
  static BeanPostProcessor rowSecurityDataSourceWrapper() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (DATA_SOURCE_BEAN.equals(beanName) && bean instanceof DataSource ds && !(bean instanceof RowSecurityDataSource)) {
          return new RowSecurityDataSource(ds);
        }
        return bean;
      }
    };
  }
}
