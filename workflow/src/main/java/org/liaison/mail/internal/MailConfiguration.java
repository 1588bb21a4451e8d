package org.liaison.mail.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Chooses the transport: SMTP when Spring Boot configured a {@link JavaMailSender} (that is, when
 * {@code spring.mail.host} is set), otherwise the mail catcher, unless {@code liaison.mail.require-smtp}
 * forbids it (as the prod profile does).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxProperties.class)
class MailConfiguration {

  private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

  @Bean
  MailTransport mailTransport(ObjectProvider<JavaMailSender> smtp, OutboxProperties properties) {
    JavaMailSender sender = smtp.getIfAvailable();
    if (sender != null) {
      return new SmtpTransport(sender, properties.from());
    }
    if (properties.requireSmtp()) {
      throw new IllegalStateException("No SMTP server is configured for Liaison's mail: set SPRING_MAIL_HOST "
          + "(and SPRING_MAIL_PORT, SPRING_MAIL_USERNAME, SPRING_MAIL_PASSWORD as the server needs), or set "
          + "LIAISON_MAIL_REQUIRE_SMTP=false to keep mail on the Sent mail page without sending it");
    }
    log.info("No SMTP server configured (spring.mail.host): mail is kept on the Sent mail page, nothing is sent");
    return new MailCatcher();
  }
}
