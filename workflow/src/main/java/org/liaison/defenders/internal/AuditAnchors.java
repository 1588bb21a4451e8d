package org.liaison.defenders.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import lombok.extern.slf4j.Slf4j;
import org.liaison.keys.MasterKey;
import org.liaison.keys.MasterKeyRing;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The head of each coalition's defender audit chain (its row count and last hash), kept in a file
 * outside the database, so removing the <em>last</em> rows of a chain (a shorter chain that is itself
 * valid) is detected: the chain must still hold the anchored row with the anchored hash. The file is
 * MAC'ed (HMAC-SHA256) with a key wrapped by the master key, so whoever can edit it but has no master
 * key cannot make it agree with a truncated chain. Raised after each audit row commits and by the
 * scheduled check (rows appended by other nodes); it never goes down. Several processes on one file
 * take a file lock and merge. Without {@code liaison.audit.anchor-file} there is no anchor (logged).
 */
@Slf4j
@Component
public class AuditAnchors {

  /** A coalition's chain head as anchored: row {@code seq} has hash {@code hash}. */
  public record Head(long seq, String hash) {}

  /** What the file says: heads by coalition, or why it cannot be trusted. */
  record Contents(Map<String, Head> heads, String problem) {}

  private static final String HEADER = "# Liaison: head of each coalition's defender audit chain (README, Defender records). Do not edit.";
  private static final byte[] MAC_KEY_BINDING = "liaison/defender-audit-anchor/v1".getBytes(StandardCharsets.UTF_8);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path file;
  private final MasterKeyRing masters;

  AuditAnchors(@Value("${liaison.audit.anchor-file:}") String file, MasterKeyRing masters) {
    this.file = file.isBlank() ? null : Path.of(file).toAbsolutePath().normalize();
    this.masters = masters;
    if (this.file == null) {
      log.warn("No liaison.audit.anchor-file: removing the last rows of a defender audit chain goes undetected");
    } else {
      log.info("Defender audit chain heads are anchored in {}", this.file);
    }
  }

  public boolean enabled() {
    return file != null;
  }

  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** What the file says now; an empty map when there is no file (yet). */
  Contents read() {
    if (file == null || !Files.exists(file)) {
      return new Contents(Map.of(), null);
    }
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8)).contents();
    } catch (IOException e) {
      return new Contents(Map.of(), "the anchor file " + file + " cannot be read: " + e.getMessage());
    }
  }

  /**
   * Raises the anchors given (coalition to head) where they are ahead of the file's; never lowers one.
   * A file that does not verify is left as it is (it is evidence), and nothing is raised.
   */
  public void raise(Map<String, Head> heads) {
    if (file == null || heads.isEmpty()) {
      return;
    }
    synchronized (AuditAnchors.class) { // the file lock is per process: threads of this one take turns here
      raiseLocked(heads);
    }
  }

  private void raiseLocked(Map<String, Head> heads) {
    try {
      Files.createDirectories(file.getParent());
      Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
      try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock ignored = lockChannel.lock()) {
        Parsed current = Files.exists(file) ? parse(Files.readAllLines(file, StandardCharsets.UTF_8)) : Parsed.EMPTY;
        if (current.contents().problem() != null) {
          log.error("ALERT: the defender audit anchor file does not verify, so it is not updated: {}",
              current.contents().problem());
          return;
        }
        Map<String, Head> merged = new TreeMap<>(current.contents().heads());
        boolean changed = false;
        for (var h : heads.entrySet()) {
          Head old = merged.get(h.getKey());
          if (old == null || old.seq() < h.getValue().seq()) {
            merged.put(h.getKey(), h.getValue());
            changed = true;
          }
        }
        byte[] macKey = current.macKey();
        boolean rewrap = macKey != null && !masters.current().id().equals(current.masterKeyId());
        if (!changed && !rewrap) {
          return;
        }
        if (macKey == null) {
          macKey = new byte[32];
          RANDOM.nextBytes(macKey);
        }
        write(merged, macKey);
      }
    } catch (IOException e) {
      log.error("ALERT: could not write the defender audit anchor file {}: {}", file, e.getMessage());
    }
  }

  private void write(Map<String, Head> heads, byte[] macKey) throws IOException {
    MasterKey master = masters.current();
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    try {
      lines.add("key " + master.id() + " " + Base64.getEncoder().encodeToString(master.aead().encrypt(macKey, MAC_KEY_BINDING)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not wrap the anchor file's key", e);
    }
    heads.forEach((tenant, h) -> lines.add("head " + tenant + " " + h.seq() + " " + h.hash()));
    lines.add("mac " + mac(macKey, lines));
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(temp);
    Files.createFile(temp, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
    Files.write(temp, lines, StandardCharsets.UTF_8);
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private record Parsed(Contents contents, byte[] macKey, String masterKeyId) {
    static final Parsed EMPTY = new Parsed(new Contents(Map.of(), null), null, null);
  }

  private Parsed parse(List<String> lines) {
    Map<String, Head> heads = new TreeMap<>();
    String keyId = null;
    byte[] wrapped = null;
    String mac = null;
    List<String> signed = new ArrayList<>();
    try {
      for (String line : lines) {
        String[] parts = line.split(" ");
        if (line.startsWith("mac ") && parts.length == 2) {
          mac = parts[1];
          continue;
        }
        if (mac != null) {
          return unusable("lines after its MAC (altered)");
        }
        signed.add(line);
        if (line.startsWith("key ") && parts.length == 3) {
          keyId = parts[1];
          wrapped = Base64.getDecoder().decode(parts[2]);
        } else if (line.startsWith("head ") && parts.length == 4) {
          heads.put(parts[1], new Head(Long.parseLong(parts[2]), parts[3]));
        } else if (!line.equals(HEADER)) {
          return unusable("a line it does not know (altered)");
        }
      }
    } catch (RuntimeException e) {
      return unusable("a line it cannot read (altered)");
    }
    if (keyId == null || mac == null) {
      return unusable("no key or no MAC (altered or cut short)");
    }
    Optional<MasterKey> master = masters.byId(keyId);
    if (master.isEmpty()) {
      return unusable("its key is wrapped by master key " + keyId + ", which is not configured");
    }
    byte[] macKey;
    try {
      macKey = master.get().aead().decrypt(wrapped, MAC_KEY_BINDING);
    } catch (GeneralSecurityException e) {
      return unusable("its key does not unwrap with master key " + keyId + " (altered)");
    }
    if (!MessageDigest.isEqual(mac.getBytes(StandardCharsets.US_ASCII),
        mac(macKey, signed).getBytes(StandardCharsets.US_ASCII))) {
      return unusable("its MAC does not verify (edited by someone without the master key)");
    }
    return new Parsed(new Contents(heads, null), macKey, keyId);
  }

  private Parsed unusable(String why) {
    return new Parsed(new Contents(Map.of(), "the anchor file " + file + " has " + why), null, null);
  }

  private static String mac(byte[] key, List<String> lines) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(hmac.doFinal(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}
