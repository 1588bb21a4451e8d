package org.liaison.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns a failed start of the embedded server into the one line a person can act on, from what
 * PostgreSQL wrote to its log (the library itself only says "Process … failed").
 */
final class StartFailures {

  private StartFailures() {}

  static EmbeddedDatabaseException explain(DataDirectory data, Path startLog, Throwable failure) {
    Optional<String> serverSays = lastFatalLine(startLog).or(() -> newestLog(data).flatMap(StartFailures::lastFatalLine));
    String said = serverSays.orElse(String.valueOf(failure.getMessage()));
    String lower = said.toLowerCase(Locale.ROOT);
    String where = data.path().toString();
    if (lower.contains("no space left on device")) {
      return data.diskFull("PostgreSQL: " + said);
    }
    if (lower.contains("permission denied")) {
      return new EmbeddedDatabaseException("The embedded database cannot use its files in " + where + " (PostgreSQL: " + said
          + "): give the user running Liaison ownership of that directory, or set LIAISON_DATA_DIR to a new directory.",
          failure);
    }
    if (lower.contains("address already in use") || lower.contains("could not create any tcp/ip sockets")) {
      return new EmbeddedDatabaseException("The embedded database cannot listen on its port (PostgreSQL: " + said
          + "): stop the program using it, or set LIAISON_DB_PORT to a free port (0 picks one).", failure);
    }
    if (lower.contains("incompatible with server") || lower.contains("database files are incompatible")) {
      return new EmbeddedDatabaseException("The database in " + where + " was made by another PostgreSQL version (PostgreSQL: "
          + said + "): set LIAISON_DATA_DIR to a new directory, or upgrade it with pg_upgrade.", failure);
    }
    if (lower.contains("lock file") && lower.contains("already exists")) {
      return new EmbeddedDatabaseException("Another database server seems to use " + where + " (PostgreSQL: " + said
          + "): if no Liaison and no PostgreSQL of yours runs on it, delete " + data.path().resolve("postmaster.pid")
          + " and start Liaison again.", failure);
    }
    return new EmbeddedDatabaseException("The embedded database in " + where + " did not start (" + said
        + "): see " + startLog + " and " + data.logDirectory() + " for the server's own account.", failure);
  }

  private static Optional<Path> newestLog(DataDirectory data) {
    try (Stream<Path> logs = Files.list(data.logDirectory())) {
      return logs.max(Comparator.comparing(StartFailures::modified));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private static Optional<String> lastFatalLine(Path logFile) {
    try {
      List<String> lines = Files.readAllLines(logFile, StandardCharsets.ISO_8859_1);
      for (int i = lines.size() - 1; i >= 0; i--) {
        String line = lines.get(i);
        int at = indexOfSeverity(line);
        if (at >= 0) {
          return Optional.of(line.substring(at).trim());
        }
      }
    } catch (IOException e) {
      // no log: fall back to the library's message
    }
    return Optional.empty();
  }

  private static int indexOfSeverity(String line) {
    for (String severity : List.of("FATAL:", "PANIC:", "initdb: error:", "pg_ctl: ")) {
      int at = line.indexOf(severity);
      if (at >= 0) {
        return at;
      }
    }
    return -1;
  }
}
