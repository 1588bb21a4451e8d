package org.liaison.keys;

import com.google.crypto.tink.Aead;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

/**
 * The unwrapped key of one record, for one unit of work: encrypts and decrypts that record's fields.
 * Each ciphertext is bound (associated data) to the coalition, the record and the field, so copied
 * into another field, record or coalition it does not decrypt.
 */
public final class DataKey {

  private final String tenantId;
  private final UUID recordId;
  private final Aead aead;

  DataKey(String tenantId, UUID recordId, Aead aead) {
    this.tenantId = tenantId;
    this.recordId = recordId;
    this.aead = aead;
  }

  /** The ciphertext of {@code plaintext} for {@code field}; null stays null (a field not given). */
  public byte[] encrypt(String field, String plaintext) {
    if (plaintext == null) {
      return null;
    }
    try {
      return aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), associatedData(tenantId, recordId, field));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not encrypt a protected field", e);
    }
  }

  /**
   * The plaintext of {@code ciphertext} stored for {@code field} of this record; null stays null.
   *
   * @throws UndecryptableException when it was not written for this field of this record
   */
  public String decrypt(String field, byte[] ciphertext) {
    if (ciphertext == null) {
      return null;
    }
    try {
      return new String(aead.decrypt(ciphertext, associatedData(tenantId, recordId, field)), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new UndecryptableException("The protected field '" + field + "' of record " + recordId
          + " does not decrypt: it was not written for this field of this record in this coalition (copied or altered)");
    }
  }

  static byte[] associatedData(String tenantId, UUID recordId, String field) {
    return ("liaison/field/v1|" + tenantId + "|" + recordId + "|" + field).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "DataKey[" + recordId + "]";
  }
}
