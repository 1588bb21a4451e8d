package org.liaison.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What makes a local account's password acceptable: at least {@link #MIN_LENGTH} characters, at
 * most {@link #MAX_BYTES} bytes (BCrypt ignores anything longer), not one of the commonly used
 * passwords in {@code accounts/common-passwords.txt}, not the username. The length is what makes a
 * password strong; no rules about digits or symbols.
 */
public final class PasswordRule {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_BYTES = 72;

  private static final Set<String> COMMON = load();

  private PasswordRule() {}

  /**
   * The problems of a new password, by field ({@code password}, {@code passwordRepeat}); empty when
   * it is acceptable.
   */
  public static Map<String, String> problems(String password, String repeat, String username) {
    Map<String, String> problems = new LinkedHashMap<>();
    String p = password == null ? "" : password;
    if (p.codePointCount(0, p.length()) < MIN_LENGTH) {
      problems.put("password", "Use at least " + MIN_LENGTH + " characters; a few unrelated words make a strong password.");
    } else if (p.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      problems.put("password", "Use at most " + MAX_BYTES + " bytes (about " + MAX_BYTES + " letters without accents).");
    } else if (COMMON.contains(p.toLowerCase(Locale.ROOT)) || COMMON.contains(p.strip().toLowerCase(Locale.ROOT))) {
      problems.put("password", "This password is one of the most commonly used ones: choose another.");
    } else if (username != null && !username.isBlank()
        && p.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
      problems.put("password", "The password must not contain your username.");
    }
    if (repeat != null && !p.equals(repeat)) {
      problems.put("passwordRepeat", "The two passwords differ: type the same password twice.");
    }
    return problems;
  }

  private static Set<String> load() {
    try (InputStream in = PasswordRule.class.getResourceAsStream("/accounts/common-passwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("accounts/common-passwords.txt is missing from the classpath");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
