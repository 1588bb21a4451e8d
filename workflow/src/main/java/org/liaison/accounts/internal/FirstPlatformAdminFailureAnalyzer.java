package org.liaison.accounts.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A start stopped for want of the first platform admin says only what to set, without a stack trace. */
public class FirstPlatformAdminFailureAnalyzer extends AbstractFailureAnalyzer<FirstPlatformAdmin.FirstPlatformAdminException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, FirstPlatformAdmin.FirstPlatformAdminException cause) {
    return new FailureAnalysis(cause.getMessage(), "Set the variables named above and start Liaison again.", null);
  }
}
