package org.liaison.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import org.liaison.common.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost answer to "the database does not answer": whatever part of a request needed it (signing
 * in, the coalition of the request, a page, the API), the person gets 503 with when to try again — a
 * problem document for the API, a short page otherwise — instead of an error page or a redirect to the
 * sign-in page. Nothing was saved: the failing transaction never began or was rolled back.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
        throw e;
      }
      log.warn("The database does not answer ({} {}): {}", request.getMethod(), request.getRequestURI(), e.getMessage());
      response.resetBuffer();
      response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
      ResourceBundle texts = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ENGLISH);
      String title = texts.getString("unavailable.title");
      if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
        Problems.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "temporarily-unavailable",
            "Temporarily unavailable", DatabaseUnavailable.API_DETAIL);
        return;
      }
      String text = texts.getString("unavailable.text").replace("{0}", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setContentType("text/html;charset=UTF-8");
      response.getOutputStream().write(("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Liaison</title>"
          + "</head><body style=\"font-family:sans-serif;max-width:40em;margin:4em auto\"><h1>" + title + "</h1><p>"
          + text + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
    }
  }
}
