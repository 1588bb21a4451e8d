package org.liaison.common;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Links into Liaison for mail (an invitation, a password reset), from {@code liaison.public-url}: the
 * address people reach Liaison at ({@code LIAISON_PUBLIC_URL}, required in {@code prod}).
 */
@Component
public class PublicLinks {

  private final String base;

  PublicLinks(@Value("${liaison.public-url:http://localhost:8080}") String base) {
    if (base == null || base.isBlank()) {
      throw new IllegalStateException(
          "Set LIAISON_PUBLIC_URL to the address people reach Liaison at (e.g. https://liaison.example.org): mail links into it");
    }
    this.base = base.strip().replaceAll("/+$", "");
  }

  /** The absolute link to {@code path} (which starts with a slash). */
  public String to(String path) {
    return base + (path.startsWith("/") ? path : "/" + path);
  }
}
