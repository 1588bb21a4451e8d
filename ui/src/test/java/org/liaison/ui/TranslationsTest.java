package org.liaison.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every text a screen asks for exists and gets every argument its placeholders need: a call
 * {@code getTranslation("activity." + kind, actor)} is checked against every key starting with
 * {@code activity.}, so a line such as "Officer's reply recorded by {0}" can never be shown with its
 * {@code {0}} unfilled. (The browser journeys also refuse any page showing an unfilled placeholder.)
 */
class TranslationsTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");
  private static Properties texts;
  private static List<Call> calls;

  /** One {@code getTranslation(…)} in the code: its key (or key prefix) and how many arguments follow. */
  record Call(String where, String key, boolean prefix, int arguments) {}

  @BeforeAll
  static void read() throws IOException {
    texts = new Properties();
    try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/vaadin-i18n/translations.properties"),
        StandardCharsets.UTF_8)) {
      texts.load(in);
    }
    calls = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        calls.addAll(callsIn(file, Files.readString(file)));
      }
    }
  }

  @Test
  void every_key_a_screen_asks_for_exists() {
    List<String> missing = new ArrayList<>();
    for (Call call : calls) {
      boolean exists = call.prefix()
          ? texts.stringPropertyNames().stream().anyMatch(k -> k.startsWith(call.key()))
          : texts.containsKey(call.key());
      if (!exists) {
        missing.add(call.where() + ": " + call.key() + (call.prefix() ? "…" : ""));
      }
    }
    assertThat(calls).as("the scan found the screens' texts").hasSizeGreaterThan(300);
    assertThat(missing).as("keys used on screens but missing from translations.properties").isEmpty();
  }

  @Test
  void every_placeholder_gets_its_argument() {
    List<String> unfilled = new ArrayList<>();
    for (Call call : calls) {
      for (String key : texts.stringPropertyNames()) {
        if (matches(call, key)) {
          int needed = argumentsNeeded(texts.getProperty(key));
          if (needed > call.arguments()) {
            unfilled.add(call.where() + ": " + key + " needs " + needed + " argument(s), gets " + call.arguments());
          }
        }
      }
    }
    assertThat(unfilled).isEmpty();
  }

  /**
   * A text shown with arguments goes through MessageFormat, where a single apostrophe starts a quote:
   * "Officer's reply recorded by {0}" shows as "Officers reply recorded by {0}". Such texts must write
   * it twice ({@code ''}); texts shown without arguments are printed as written, so must not.
   */
  @Test
  void apostrophes_survive_the_formatting() {
    List<String> wrong = new ArrayList<>();
    for (Call call : calls) {
      for (String key : texts.stringPropertyNames()) {
        if (matches(call, key)) {
          String text = texts.getProperty(key);
          String shown = shown(text, call.arguments());
          if (!shown.equals(expected(text, call.arguments()))) {
            wrong.add(call.where() + ": " + key + " shows as \"" + shown + "\"");
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /**
   * Whether a call asks for this key: the key itself, or for a call that appends a value to a prefix
   * (an enum's name: {@code "status." + s.name()}), a key of that prefix whose rest starts like one.
   */
  static boolean matches(Call call, String key) {
    if (!call.prefix()) {
      return key.equals(call.key());
    }
    return key.startsWith(call.key()) && key.length() > call.key().length()
        && Character.isUpperCase(key.charAt(call.key().length()));
  }

  /** What a screen shows for the text with that many arguments (each argument 7). */
  static String shown(String text, int arguments) {
    if (arguments == 0) {
      return text;
    }
    Object[] args = new Object[arguments];
    java.util.Arrays.fill(args, 7);
    return new java.text.MessageFormat(text, java.util.Locale.ENGLISH).format(args);
  }

  /** What it should show: every placeholder filled, every apostrophe written once. */
  static String expected(String text, int arguments) {
    if (arguments == 0) {
      return text.contains("''") ? text.replace("''", "'") + " (doubled apostrophe shown as is)" : text;
    }
    return text.replace("''", "'").replaceAll("\\{\\d+(,[^}]*)?}", "7");
  }

  @Test
  void every_event_a_lifecycle_can_wait_at_is_named_in_plain_words() throws IOException {
    Pattern catchEvent = Pattern.compile("<bpmn:(?:intermediateCatchEvent|receiveTask) id=\"([^\"]+)\"");
    List<String> events = new ArrayList<>();
    try (Stream<Path> models = Files.list(Path.of("../processes/src/main/resources/bpmn"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        Matcher m = catchEvent.matcher(Files.readString(model));
        while (m.find()) {
          events.add(m.group(1));
        }
      }
    }
    assertThat(events).as("the waits found in the models").hasSizeGreaterThan(10);
    // a record page shows "wait.<event id>" with the timer's due moment as {0} when it has one
    assertThat(events.stream().filter(e -> !texts.containsKey("wait." + e)).distinct())
        .as("events a record may wait at without a plain text for its page").isEmpty();
  }

  @Test
  void the_checks_would_catch_an_unfilled_placeholder() {
    assertThat(shown("Officer's reply recorded by {0}", 1)).isNotEqualTo(expected("Officer's reply recorded by {0}", 1));
    assertThat(shown("Officer''s reply recorded by {0}", 1)).isEqualTo("Officer's reply recorded by 7");
    assertThat(argumentsNeeded("Officer's reply recorded by {0}")).isEqualTo(1);
    assertThat(argumentsNeeded("{0} of {1,number}")).isEqualTo(2);
    assertThat(callsIn(Path.of("X.java"), "x(getTranslation(\"activity.\" + a.kind().name()));"))
        .containsExactly(new Call("X.java:1", "activity.", true, 0));
    assertThat(callsIn(Path.of("X.java"), "getTranslation(\"a.b\", f(1, 2), \"x,y\")"))
        .containsExactly(new Call("X.java:1", "a.b", false, 2));
  }

  static int argumentsNeeded(String text) {
    int max = -1;
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      max = Math.max(max, Integer.parseInt(m.group(1)));
    }
    return max + 1;
  }

  /** The calls with a literal key (or literal prefix); keys computed otherwise are left to the journeys. */
  static List<Call> callsIn(Path file, String source) {
    List<Call> found = new ArrayList<>();
    Matcher call = Pattern.compile("getTranslation(?:Of)?\\(").matcher(source);
    while (call.find()) {
      int start = call.end();
      List<String> args = arguments(source, start);
      if (args.isEmpty()) {
        continue;
      }
      String first = args.get(0).strip();
      Matcher literal = Pattern.compile("^\"([^\"]*)\"\\s*(\\+)?").matcher(first);
      if (!literal.find()) {
        continue;
      }
      int line = (int) source.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
      found.add(new Call(file.getFileName() + ":" + line, literal.group(1), literal.group(2) != null, args.size() - 1));
    }
    return found;
  }

  /** The top-level arguments of a call whose "(" ends just before {@code from}. */
  private static List<String> arguments(String s, int from) {
    List<String> args = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        int end = i + 1;
        while (end < s.length() && s.charAt(end) != '"') {
          end += s.charAt(end) == '\\' ? 2 : 1;
        }
        current.append(s, i, Math.min(end + 1, s.length()));
        i = end;
        continue;
      }
      if (c == '\'') {
        int end = s.indexOf('\'', i + (s.charAt(i + 1) == '\\' ? 3 : 2));
        current.append(s, i, end + 1);
        i = end;
        continue;
      }
      if (c == '(' || c == '{' || c == '[') {
        depth++;
      } else if (c == ')' || c == '}' || c == ']') {
        if (depth == 0) {
          if (!current.toString().isBlank()) {
            args.add(current.toString());
          }
          return args;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        args.add(current.toString());
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    return args;
  }
}
