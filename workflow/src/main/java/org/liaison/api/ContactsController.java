package org.liaison.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.common.InvalidInputException;
import org.liaison.officers.OfficerQuery;
import org.liaison.officers.Portfolio;
import org.springframework.web.bind.annotation.RequestParam;
import org.liaison.officers.ContactService;
import org.liaison.officers.Embassy;
import org.liaison.officers.EmbassyPriority;
import org.liaison.officers.NewEmbassy;
import org.liaison.officers.NewOfficer;
import org.liaison.officers.NewPriority;
import org.liaison.officers.Officer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The coalition's embassies, their stated priorities, and its officers. */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ContactsController {

  private final ContactService contacts;

  /** A page of the coalition's embassies by country and city; {@code country} filters. */
  @GetMapping("/api/embassies")
  Paging.Page<Embassy> embassies(@RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size, @RequestParam(required = false) String country) {
    if (country != null && !country.matches("[A-Z]{2}")) {
      throw InvalidInputException.of("country", "Give the country as an ISO 3166 code such as KE or GT");
    }
    return Paging.of(contacts.findEmbassies(country, Paging.offset(page, size), size), page, size);
  }

  @PostMapping("/api/embassies")
  ResponseEntity<Embassy> addEmbassy(@RequestBody NewEmbassy input) {
    Embassy created = contacts.addEmbassy(input);
    return ResponseEntity.created(URI.create("/api/embassies/" + created.id())).body(created);
  }

  @GetMapping("/api/embassies/{id}")
  Embassy embassy(@PathVariable UUID id) {
    return contacts.embassy(id);
  }

  @GetMapping("/api/embassies/{id}/priorities")
  Paging.Page<EmbassyPriority> priorities(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
    Paging.offset(page, size);
    return Paging.of(contacts.priorities(id), page, size);
  }

  @PostMapping("/api/embassies/{id}/priorities")
  ResponseEntity<EmbassyPriority> addPriority(@PathVariable UUID id, @RequestBody NewPriority input) {
    EmbassyPriority created = contacts.addPriority(id, input);
    return ResponseEntity.created(URI.create("/api/embassies/" + id + "/priorities")).body(created);
  }

  /**
   * A page of the coalition's current officers and experts by name: {@code q} finds words of the name,
   * title or e-mail; {@code embassyId} and {@code portfolio} filter.
   */
  @GetMapping("/api/officers")
  Paging.Page<Officer> officers(@RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size, @RequestParam(required = false) String q,
      @RequestParam(required = false) UUID embassyId, @RequestParam(required = false) Portfolio portfolio) {
    int offset = Paging.offset(page, size);
    return Paging.of(contacts.findOfficers(new OfficerQuery(q, embassyId, false, portfolio, false, null, false),
        offset, size), page, size);
  }

  @GetMapping("/api/officers/{id}")
  Officer officer(@PathVariable UUID id) {
    return contacts.officer(id);
  }

  @PostMapping("/api/officers")
  ResponseEntity<Officer> addOfficer(@RequestBody NewOfficer input) {
    Officer created = contacts.addOfficer(input);
    return ResponseEntity.created(URI.create("/api/officers/" + created.id())).body(created);
  }
}
