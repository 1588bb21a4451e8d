package org.liaison.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No API request body is larger than {@value #MAX_BYTES} bytes: far more than any request of the API
 * needs, far less than what it costs to parse. A declared length above it is refused before a byte
 * is read (413 problem); a body without a declared length is cut off where it passes the limit and
 * refused the same way ({@link ApiErrors}). Runs before sign-in, so nobody can make the server read
 * megabytes.
 */
@Configuration(proxyBeanMethods = false)
class ApiBodyLimit {

  static final int MAX_BYTES = 1024 * 1024;

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> apiBodyLimitFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
          tooLarge(response);
          return;
        }
        chain.doFilter(new Limited(request), response);
      }
    });
    registration.addUrlPatterns("/api/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
    registration.setName("apiBodyLimit");
    return registration;
  }

  static void tooLarge(HttpServletResponse response) throws IOException {
    response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write("{\"type\":\"https://liaison.example/problems/body-too-large\",\"title\":\"Request too large\","
        + "\"status\":413,\"detail\":\"A request body of this API is at most " + MAX_BYTES / 1024
        + " KB; nothing was saved\"}");
  }

  /** Thrown by the body's stream once it passes the limit. */
  static final class BodyTooLargeException extends IOException {
    BodyTooLargeException() {
      super("Request body larger than " + MAX_BYTES + " bytes");
    }
  }

  private static final class Limited extends HttpServletRequestWrapper {

    Limited(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream in = super.getInputStream();
      return new ServletInputStream() {
        private long read;

        @Override
        public int read() throws IOException {
          int b = in.read();
          if (b >= 0 && ++read > MAX_BYTES) {
            throw new BodyTooLargeException();
          }
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int n = in.read(buffer, offset, length);
          if (n > 0 && (read += n) > MAX_BYTES) {
            throw new BodyTooLargeException();
          }
          return n;
        }

        @Override
        public boolean isFinished() {
          return in.isFinished();
        }

        @Override
        public boolean isReady() {
          return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          in.setReadListener(listener);
        }
      };
    }
  }
}
