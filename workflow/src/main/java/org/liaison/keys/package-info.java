/**
 * Envelope encryption for protected records: a data key per record, wrapped by a key per coalition,
 * wrapped by the master key (a key file or the environment today, a cloud KMS behind {@link
 * org.liaison.keys.MasterKey} tomorrow). It owns the key tables; features own their ciphertext.
 */
package org.liaison.keys;
