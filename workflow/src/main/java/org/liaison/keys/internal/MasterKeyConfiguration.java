package org.liaison.keys.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lombok.extern.slf4j.Slf4j;
import org.liaison.keys.MasterKey;
import org.liaison.keys.MasterKeyRing;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the master key comes from, in this order: a {@link MasterKey} bean (a KMS), the environment
 * ({@code liaison.keys.master-key}, i.e. {@code LIAISON_MASTER_KEY}), the key file
 * ({@code liaison.keys.master-key-file}); a missing key file is generated only where
 * {@code liaison.keys.generate-master-key} allows it (the embedded default), otherwise start-up stops
 * with what to set. Retired master keys ({@code liaison.keys.retired-master-key-files}) still unwrap
 * until {@code Keys.rewrapCoalitionKeys} has moved everything to the current key.
 */
@Slf4j
@Configuration(proxyBeanMethods = false)
class MasterKeyConfiguration {

  @Bean
  MasterKeyRing masterKeyRing(ObjectProvider<MasterKey> kms,
      @Value("${liaison.keys.master-key:}") String fromEnvironment,
      @Value("${liaison.keys.master-key-file:}") String file,
      @Value("${liaison.keys.generate-master-key:false}") boolean generate,
      @Value("${liaison.keys.retired-master-key-files:}") List<String> retiredFiles) {
    List<MasterKey> retired = new ArrayList<>();
    for (String r : retiredFiles) {
      if (!r.isBlank()) {
        retired.add(KeyFileMasterKey.fromFile(Path.of(r.strip())));
      }
    }
    MasterKey current = kms.getIfAvailable();
    if (current != null) {
      log.info("Master key {} from the configured key service", current.id());
    } else if (!fromEnvironment.isBlank()) {
      current = KeyFileMasterKey.fromValue(fromEnvironment);
      log.info("Master key {} from LIAISON_MASTER_KEY", current.id());
    } else if (!file.isBlank()) {
      Path path = Path.of(file).toAbsolutePath().normalize();
      if (Files.exists(path)) {
        current = KeyFileMasterKey.fromFile(path);
        log.info("Master key {} from the key file {}", current.id(), path);
      } else if (generate) {
        current = KeyFileMasterKey.generate(path);
        log.warn("Generated a new master key {} in {} (mode 0600): keep it safe and apart from database backups; "
            + "without it no protected record decrypts", current.id(), path);
      } else {
        throw new IllegalStateException("The master key file " + path + " does not exist: set LIAISON_MASTER_KEY "
            + "or LIAISON_MASTER_KEY_FILE to an existing Tink keyset");
      }
    } else {
      throw new IllegalStateException("No master key: set LIAISON_MASTER_KEY or LIAISON_MASTER_KEY_FILE "
          + "(liaison.keys.master-key / liaison.keys.master-key-file)");
    }
    return new MasterKeyRing(current, retired);
  }
}
