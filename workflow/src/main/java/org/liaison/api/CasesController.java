package org.liaison.api;

import java.net.URI;
import java.util.List;
import org.liaison.cases.CaseActivity;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseRouting;
import org.liaison.cases.OfficerReply;
import org.liaison.cases.CaseService;
import org.liaison.cases.NewCase;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The cases of the caller's coalition. */
@RestController
@RequestMapping("/api/cases")
class CasesController {

  private final CaseService cases;

  CasesController(CaseService cases) {
    this.cases = cases;
  }

  @GetMapping
  List<CaseDetails> list() {
    return cases.list();
  }

  @GetMapping("/{reference}")
  CaseDetails get(@PathVariable String reference) {
    return cases.get(reference);
  }

  @GetMapping("/{reference}/timeline")
  List<CaseActivity> timeline(@PathVariable String reference) {
    return cases.timeline(reference);
  }

  /** Raises a case; 201 with its location, or 400 with a message per field and nothing saved. */
  @PostMapping
  ResponseEntity<CaseDetails> raise(@RequestBody NewCase input) {
    CaseDetails raised = cases.raise(input);
    return ResponseEntity.created(URI.create("/api/cases/" + raised.reference())).body(raised);
  }

  @GetMapping("/{reference}/routing")
  CaseRouting routing(@PathVariable String reference) {
    return cases.routing(reference);
  }

  /**
   * Records an officer's reply; 204, 400 with field messages, or 409 when the case is not waiting
   * for a reply (nothing recorded).
   */
  @PostMapping("/{reference}/replies")
  ResponseEntity<Void> reply(@PathVariable String reference, @RequestBody OfficerReply reply) {
    cases.recordReply(reference, reply);
    return ResponseEntity.noContent().build();
  }

  /** Withdraws a case with a reason; 204, 400 without a reason, 409 when it has already ended. */
  @PostMapping("/{reference}/withdrawal")
  ResponseEntity<Void> withdraw(@PathVariable String reference, @RequestBody Withdrawal withdrawal) {
    cases.withdraw(reference, withdrawal.reason());
    return ResponseEntity.noContent().build();
  }

  record Withdrawal(String reason) {}
}
