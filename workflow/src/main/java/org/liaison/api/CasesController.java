package org.liaison.api;

import java.net.URI;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.cases.CaseList;
import org.liaison.cases.CaseQuery;
import org.liaison.cases.CaseStatus;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.cases.Urgency;
import org.liaison.common.InvalidInputException;
import org.liaison.records.HistoryEntry;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CasesController {

  private final CaseService cases;
  private final CaseList list;

  /**
   * A page of the coalition's cases, newest first unless sorted otherwise: {@code q} finds words of the
   * reference, title or summary; the other parameters filter. A bad value is a 400 naming it.
   */
  @GetMapping
  Paging.Page<CaseDetails> list(@RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size, @RequestParam(required = false) String q,
      @RequestParam(required = false) CaseStatus status, @RequestParam(required = false) String country,
      @RequestParam(required = false) Theme theme, @RequestParam(required = false) Severity severity,
      @RequestParam(required = false) String owner, @RequestParam(required = false) Urgency urgency,
      @RequestParam(required = false) String sort, @RequestParam(defaultValue = "desc") Direction direction) {
    int offset = Paging.offset(page, size);
    return Paging.of(list.find(new CaseQuery(q, status, country, theme, severity, owner, urgency, sort,
        direction == Direction.desc), offset, size), page, size);
  }

  /** Sort direction of a list. */
  enum Direction { asc, desc }

  /**
   * Corrects a case's title, summary, country, themes and severity (owner or coordinator); 200 with the
   * case, 400 naming bad fields, 409 when someone saved it after {@code version} was read.
   */
  @PutMapping("/{reference}")
  CaseDetails edit(@PathVariable String reference, @RequestBody Correction correction) {
    if (correction.version() == null) {
      throw InvalidInputException.of("version", "Send the version of the case you read, so no one's save is lost");
    }
    return cases.edit(reference, correction.version(), new NewCase(correction.title(), correction.summary(),
        correction.country(), correction.themes(), correction.severity()));
  }

  record Correction(Integer version, String title, String summary, String country, Set<Theme> themes,
      Severity severity) {}

  /** Who changed which field of the case, when, oldest first; paged like every list. */
  @GetMapping("/{reference}/history")
  Paging.Page<HistoryEntry> history(@PathVariable String reference, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
    Paging.offset(page, size);
    return Paging.of(cases.history(reference), page, size);
  }

  @GetMapping("/{reference}")
  CaseDetails get(@PathVariable String reference) {
    return cases.get(reference);
  }

  /** What happened to the case, oldest first; paged like every list. */
  @GetMapping("/{reference}/timeline")
  Paging.Page<CaseActivity> timeline(@PathVariable String reference, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
    Paging.offset(page, size);
    return Paging.of(cases.timeline(reference), page, size);
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
