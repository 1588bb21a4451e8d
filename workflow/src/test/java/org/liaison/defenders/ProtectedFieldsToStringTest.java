package org.liaison.defenders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The structural half of the log rule: every record type of the defenders feature that carries a
 * protected field (name, location, contact, risk summary, identity, ciphertext, an export's content)
 * renders without it, so neither a log line nor an exception message that quotes such an object shows
 * who the defender is. Found by scanning the feature's compiled classes, so a new record type is
 * checked without anyone listing it here.
 */
class ProtectedFieldsToStringTest {

  private static final String MARKER = "TOSTRINGCANARY";
  private static final Set<String> PROTECTED = Set.of("name", "location", "contact", "riskSummary", "identity", "sealed",
      "content");

  @Test
  void no_record_carrying_a_protected_field_renders_it() throws Exception {
    List<Class<?>> checked = new ArrayList<>();
    for (Class<?> type : recordsOfTheFeature()) {
      RecordComponent[] components = type.getRecordComponents();
      if (Stream.of(components).noneMatch(c -> PROTECTED.contains(c.getName()))) {
        continue;
      }
      Constructor<?> canonical = type.getDeclaredConstructor(Stream.of(components).map(RecordComponent::getType)
          .toArray(Class<?>[]::new));
      canonical.setAccessible(true);
      Object instance = canonical.newInstance(Stream.of(components).map(ProtectedFieldsToStringTest::sample).toArray());
      assertThat(instance.toString()).as(type.getName() + ".toString()").doesNotContain(MARKER);
      checked.add(type);
    }
    assertThat(checked).as("the scan finds the feature's protected records")
        .contains(Defender.class, DefenderIdentity.class, NewDefender.class, IdentityChange.class, DefenderExport.class,
            org.liaison.defenders.internal.DefenderStore.Row.class,
            org.liaison.defenders.internal.DefenderStore.Sealed.class);
  }

  /** The marker in a protected component; a plain value in the others (a reference may well be shown). */
  private static Object sample(RecordComponent component) {
    Class<?> type = component.getType();
    boolean protectedField = PROTECTED.contains(component.getName());
    if (type == String.class) {
      return protectedField ? MARKER : "plain";
    }
    if (type == byte[].class) {
      return protectedField ? MARKER.getBytes(StandardCharsets.UTF_8) : new byte[0];
    }
    if (type == DefenderIdentity.class) {
      return new DefenderIdentity(MARKER, MARKER, MARKER);
    }
    if (type == org.liaison.defenders.internal.DefenderStore.Sealed.class) {
      byte[] b = MARKER.getBytes(StandardCharsets.UTF_8);
      return new org.liaison.defenders.internal.DefenderStore.Sealed(b, b, b, b);
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type == UUID.class) {
      return UUID.randomUUID();
    }
    if (type == Instant.class) {
      return Instant.EPOCH;
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == int.class) {
      return 0;
    }
    if (type == boolean.class) {
      return false;
    }
    return null;
  }

  private static List<Class<?>> recordsOfTheFeature() throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Path.of(Defender.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path feature = root.resolve("org/liaison/defenders");
    List<Class<?>> records = new ArrayList<>();
    try (Stream<Path> files = Files.walk(feature)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name, false, Defender.class.getClassLoader());
        if (type.isRecord()) {
          records.add(type);
        }
      }
    }
    return records;
  }
}
