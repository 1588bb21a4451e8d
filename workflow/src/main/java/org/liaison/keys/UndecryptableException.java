package org.liaison.keys;

/**
 * Protected data that does not decrypt: its key was erased, or the ciphertext belongs to another
 * record, field or coalition (copied), or it was altered. Nothing of it is shown, not even in part.
 */
public class UndecryptableException extends RuntimeException {

  public UndecryptableException(String message) {
    super(message);
  }

  public UndecryptableException(String message, Throwable cause) {
    super(message, cause);
  }
}
