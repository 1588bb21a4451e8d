package org.liaison;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.spring.boot.starter.configuration.CamundaDeploymentConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * Tests deploy the real models only. The processes module's test jar (on the test classpath for
 * {@code TestDatabase}) carries stand-in models such as {@code bpmn/embassy-meeting-stub.bpmn}, which
 * share their process id with a real model; deploying both makes the engine refuse to start.
 */
@Configuration(proxyBeanMethods = false)
class MainModelsOnly {

  @Bean
  CamundaDeploymentConfiguration camundaDeploymentConfiguration() {
    return new DefaultDeploymentConfiguration() {
      @Override
      public Set<Resource> getDeploymentResources() {
        return super.getDeploymentResources().stream()
            .filter(r -> r.getFilename() == null || !r.getFilename().endsWith("-stub.bpmn"))
            .collect(Collectors.toSet());
      }
    };
  }
}
