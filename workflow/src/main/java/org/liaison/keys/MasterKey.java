package org.liaison.keys;

import com.google.crypto.tink.Aead;

/**
 * The key that wraps the coalition keys; it never lives in the database. Today a Tink keyset from the
 * environment ({@code LIAISON_MASTER_KEY}) or a key file; a cloud KMS or Vault fits behind the same
 * two methods (Tink's {@code KmsClient.getAead(keyUri)} is such an {@link Aead}).
 */
public interface MasterKey {

  /** A stable name for this key, stored beside what it wrapped, so a rotation knows what to re-wrap. */
  String id();

  /** Encrypts and decrypts (wraps and unwraps) coalition keys. */
  Aead aead();
}
