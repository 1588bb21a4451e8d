package org.liaison.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;
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
class ContactsController {

  private final ContactService contacts;

  ContactsController(ContactService contacts) {
    this.contacts = contacts;
  }

  @GetMapping("/api/embassies")
  List<Embassy> embassies() {
    return contacts.embassies();
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
  List<EmbassyPriority> priorities(@PathVariable UUID id) {
    return contacts.priorities(id);
  }

  @PostMapping("/api/embassies/{id}/priorities")
  ResponseEntity<EmbassyPriority> addPriority(@PathVariable UUID id, @RequestBody NewPriority input) {
    EmbassyPriority created = contacts.addPriority(id, input);
    return ResponseEntity.created(URI.create("/api/embassies/" + id + "/priorities")).body(created);
  }

  @GetMapping("/api/officers")
  List<Officer> officers() {
    return contacts.officers();
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
