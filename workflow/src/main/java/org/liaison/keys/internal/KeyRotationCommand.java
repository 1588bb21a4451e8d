package org.liaison.keys.internal;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.liaison.keys.KeyRotation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The rotation command: {@code --liaison.keys.rotate=coalition-keys} gives every coalition a new key;
 * {@code --liaison.keys.rotate=master-key} (with the new key as the master key and the old one in
 * {@code liaison.keys.retired-master-key-files}) re-wraps every coalition key with the new one. Prints
 * what it did and exits.
 */
@Component
@ConditionalOnProperty("liaison.keys.rotate")
@RequiredArgsConstructor
class KeyRotationCommand implements ApplicationRunner {

  private final KeyRotation rotation;
  private final ApplicationContext context;
  @Value("${liaison.keys.rotate}") private String what;

  @Override
  public void run(ApplicationArguments args) {
    int code = 0;
    List<KeyRotation.Rotated> done;
    switch (what) {
      case "coalition-keys" -> {
        done = rotation.rotateCoalitionKeys();
        done.forEach(r -> System.out.println("liaison keys: coalition " + r.tenantId() + ": " + (r.done()
            ? "new key, " + r.rewrapped() + " data key(s) re-wrapped" : "NOT ROTATED: " + r.problem())));
        code = done.stream().allMatch(KeyRotation.Rotated::done) ? 0 : 1;
      }
      case "master-key" -> {
        done = rotation.rewrapWithCurrentMasterKey();
        done.forEach(r -> System.out.println("liaison keys: coalition " + r.tenantId() + ": " + (r.done()
            ? r.rewrapped() + " coalition key(s) re-wrapped" : "NOT RE-WRAPPED: " + r.problem())));
        code = done.stream().allMatch(KeyRotation.Rotated::done) ? 0 : 1;
        if (code == 0) {
          System.out.println("liaison keys: every coalition key is wrapped by the current master key; the retired one can go");
        }
      }
      default -> {
        System.out.println("liaison keys: --liaison.keys.rotate takes coalition-keys or master-key, not '" + what + "'");
        code = 2;
      }
    }
    int exit = code;
    System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> exit));
  }
}
