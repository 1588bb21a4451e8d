package org.liaison.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRuleTest {

  @Test
  void a_long_uncommon_password_without_the_username_is_accepted() {
    assertThat(PasswordRule.problems("river kettle seventy lamp", "river kettle seventy lamp", "ana")).isEmpty();
  }

  @Test
  void short_long_common_username_and_mismatched_passwords_are_refused_with_a_reason() {
    assertThat(PasswordRule.problems("short", null, "ana").get("password")).contains("at least 12 characters");
    assertThat(PasswordRule.problems("é".repeat(40), null, "ana").get("password")).contains("at most 72 bytes");
    assertThat(PasswordRule.problems("Password1234", null, "ana").get("password")).contains("commonly used");
    assertThat(PasswordRule.problems("liaison12345", null, "ana").get("password")).contains("commonly used");
    assertThat(PasswordRule.problems("my name is Ana-Lima ok", null, "ana-lima").get("password")).contains("username");
    assertThat(PasswordRule.problems("river kettle seventy lamp", "river kettle seventy", "ana"))
        .containsOnlyKeys("passwordRepeat");
  }
}
