package org.liaison.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultBootstrapContext;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * What the {@code prod} profile promises about the session cookie and the listening address, read
 * from the application's own configuration as Spring Boot reads it at start: the cookie is
 * {@code Secure} in production even when the proxy does not say the request came over https, while
 * the embedded default keeps plain http on localhost working.
 */
class ProductionProfileTest {

  private static StandardEnvironment environment(String... profiles) {
    StandardEnvironment environment = new StandardEnvironment();
    ConfigDataEnvironmentPostProcessor.applyTo(environment, new DefaultResourceLoader(), new DefaultBootstrapContext(),
        profiles);
    return environment;
  }

  @Test
  void in_production_the_session_cookie_is_secure_and_lax_and_the_app_listens_for_its_proxy() {
    StandardEnvironment prod = environment("prod");
    assertThat(prod.getProperty("server.servlet.session.cookie.secure", Boolean.class)).isTrue();
    assertThat(prod.getProperty("server.servlet.session.cookie.same-site")).isEqualToIgnoringCase("lax");
    assertThat(prod.getProperty("server.servlet.session.cookie.http-only", Boolean.class, true)).isTrue();
    assertThat(prod.getProperty("server.address")).isEqualTo("0.0.0.0");
  }

  @Test
  void the_embedded_default_keeps_plain_http_on_localhost_working_and_listens_on_loopback_only() {
    StandardEnvironment embedded = environment();
    assertThat(embedded.getProperty("server.servlet.session.cookie.secure", Boolean.class, false)).isFalse();
    assertThat(embedded.getProperty("server.servlet.session.cookie.same-site")).isEqualToIgnoringCase("lax");
    assertThat(embedded.getProperty("server.address")).isEqualTo("127.0.0.1");
  }
}
