package org.liaison.keys.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;
import org.liaison.keys.MasterKey;

/**
 * A master key held as a Tink keyset in JSON (AES-256-GCM): read from the environment or a key file,
 * or generated into a new key file readable by its owner only (mode 0600).
 */
public final class KeyFileMasterKey implements MasterKey {

  static {
    try {
      AeadConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final String id;
  private final Aead aead;

  private KeyFileMasterKey(KeysetHandle handle) throws GeneralSecurityException {
    this.id = "tink:" + Integer.toUnsignedString(handle.getKeysetInfo().getPrimaryKeyId());
    this.aead = handle.getPrimitive(Aead.class);
  }

  /** The keyset in {@code value}: its JSON, or that JSON in base64 (easier to pass in one variable). */
  public static MasterKey fromValue(String value) {
    String json = value.strip();
    if (!json.startsWith("{")) {
      json = new String(Base64.getDecoder().decode(json), StandardCharsets.UTF_8);
    }
    return parse(json, "LIAISON_MASTER_KEY");
  }

  public static MasterKey fromFile(Path file) {
    try {
      return parse(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the master key file " + file, e);
    }
  }

  /** Writes a new key file (owner read/write only); refuses to overwrite one. */
  public static MasterKey generate(Path file) {
    try {
      KeysetHandle handle = KeysetHandle.generateNew(KeyTemplates.get("AES256_GCM"));
      String json = TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, json, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
      return new KeyFileMasterKey(handle);
    } catch (FileAlreadyExistsException e) {
      return fromFile(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the master key file " + file, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot generate a master key", e);
    }
  }

  private static MasterKey parse(String json, String source) {
    try {
      return new KeyFileMasterKey(TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get()));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new IllegalStateException("The master key from " + source + " is not a Tink AEAD keyset in JSON", e);
    }
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Aead aead() {
    return aead;
  }

  @Override
  public String toString() {
    return "MasterKey[" + id + "]";
  }
}
