package org.liaison.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every string a screen asks for by a fixed key is in the translation bundle (a missing one shows as "!{key}!"). */
class TranslationsTest {

  static final Pattern FIXED_KEY = Pattern.compile("getTranslation(?:Of)?\\(\"([A-Za-z0-9_.]+)\"\\s*[,)]");

  @Test
  void every_fixed_key_used_by_a_screen_is_translated() throws IOException {
    Properties bundle = new Properties();
    try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/vaadin-i18n/translations.properties"),
        StandardCharsets.UTF_8)) {
      bundle.load(in);
    }
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = FIXED_KEY.matcher(Files.readString(source));
        while (m.find()) {
          if (!bundle.containsKey(m.group(1))) {
            missing.add(m.group(1) + " (" + source.getFileName() + ")");
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }
}
