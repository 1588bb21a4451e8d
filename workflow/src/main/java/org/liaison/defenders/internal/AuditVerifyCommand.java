package org.liaison.defenders.internal;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.liaison.defenders.AuditChainBreak;
import org.liaison.defenders.DefenderAuditVerifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The verify command: {@code java -jar liaison.jar --liaison.audit.verify=true
 * --server.port=0} (the application starts on a free port, then) checks every coalition's defender audit chain,
 * and its head against the anchor file, prints the result and exits with 0 (intact) or 1 (broken). It
 * only reads: the anchor file is not raised by it.
 */
@Component
@ConditionalOnProperty("liaison.audit.verify")
@RequiredArgsConstructor
class AuditVerifyCommand implements ApplicationRunner {

  private final DefenderAuditVerifier verifier;
  private final AuditAnchors anchors;
  private final ApplicationContext context;

  @Override
  public void run(ApplicationArguments args) {
    List<AuditChainBreak> breaks = verifier.verifyAll();
    System.out.println("liaison audit verify: chain heads checked against "
        + anchors.file().map(f -> "the anchor file " + f).orElse("no anchor (liaison.audit.anchor-file is not set)"));
    if (breaks.isEmpty()) {
      System.out.println("liaison audit verify: every coalition's defender audit chain is intact");
    } else {
      System.out.println("liaison audit verify: " + breaks.size() + " break(s)");
      breaks.forEach(b -> System.out.println("  BROKEN " + b));
    }
    int code = breaks.isEmpty() ? 0 : 1;
    System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
  }
}
