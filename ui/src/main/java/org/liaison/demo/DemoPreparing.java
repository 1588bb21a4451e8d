package org.liaison.demo;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * While the demo's year of history is being lived (first start only), the application's clock is in
 * the past: nobody may work then, or their work would be dated months ago. Every page answers 503 with
 * what is being prepared and refreshes itself until it is done; the health probes answer as usual
 * (readiness says "not yet" until the start has finished).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "liaison.demo.enabled", havingValue = "true")
class DemoPreparing {

  /** What is being prepared now, or null when nothing is. */
  private static volatile String preparing;

  static void start(String coalition) {
    preparing = coalition;
  }

  static void done() {
    preparing = null;
  }

  static boolean isPreparing() {
    return preparing != null;
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> demoPreparingFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        String coalition = preparing;
        if (coalition == null || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/")) {
          chain.doFilter(request, response);
          return;
        }
        ResourceBundle texts = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ENGLISH);
        String message = new MessageFormat(texts.getString("demo.preparing"), Locale.ENGLISH)
            .format(new Object[] {coalition});
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "10");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta http-equiv=\"refresh\" content=\"10\"><title>Liaison</title></head>"
            + "<body style=\"font-family:sans-serif;max-width:40em;margin:4em auto\"><h1>Liaison</h1><p id=\"demo-preparing\">"
            + HtmlUtils.htmlEscape(message) + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
      }
    });
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.addUrlPatterns("/*");
    return registration;
  }
}
