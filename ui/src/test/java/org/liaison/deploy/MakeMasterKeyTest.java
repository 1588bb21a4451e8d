package org.liaison.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** deploy/make-master-key.sh writes a keyset Tink reads as Liaison does, and a new one each time. */
class MakeMasterKeyTest {

  private static String run() throws Exception {
    Process p = new ProcessBuilder("bash", DeploymentFiles.deploy().resolve("make-master-key.sh").toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    return out;
  }

  @Test
  void the_script_makes_a_new_aes256_gcm_keyset_that_encrypts_and_decrypts() throws Exception {
    AeadConfig.register();
    String first = run();
    KeysetHandle handle = TinkJsonProtoKeysetFormat.parseKeyset(first, InsecureSecretKeyAccess.get());
    assertThat(handle.getKeysetInfo().getKeyInfo(0).getTypeUrl()).isEqualTo("type.googleapis.com/google.crypto.tink.AesGcmKey");
    Aead aead = handle.getPrimitive(Aead.class);
    byte[] ciphertext = aead.encrypt("defender".getBytes(StandardCharsets.UTF_8), "ad".getBytes(StandardCharsets.UTF_8));
    assertThat(new String(aead.decrypt(ciphertext, "ad".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
        .isEqualTo("defender");

    KeysetHandle second = TinkJsonProtoKeysetFormat.parseKeyset(run(), InsecureSecretKeyAccess.get());
    assertThat(second.getPrimitive(Aead.class).encrypt(new byte[] {1}, new byte[0])).isNotNull();
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
        second.getPrimitive(Aead.class).decrypt(ciphertext, "ad".getBytes(StandardCharsets.UTF_8)))
        .as("another key each time").isInstanceOf(java.security.GeneralSecurityException.class);
  }
}
