package org.liaison.cases;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.liaison.officers.Embassy;
import org.liaison.officers.EmbassyPriority;
import org.liaison.officers.Officer;
import org.liaison.officers.Portfolio;

/**
 * What routing and alignment decided for a case: portfolios and urgency from the route-case
 * decision, and the priorities and officers the owner chose, with the embassies those officers work at.
 */
public record CaseRouting(Set<Portfolio> portfolios, Urgency urgency, List<EmbassyPriority> priorities,
    List<Officer> officers, Map<UUID, Embassy> embassies) {

  public CaseRouting {
    embassies = Map.copyOf(embassies);
  }

  /** The embassy the officer works at; empty for a Washington expert. */
  public Optional<Embassy> embassyOf(Officer officer) {
    return officer.inWashington() ? Optional.empty() : Optional.ofNullable(embassies.get(officer.embassyId()));
  }

  /** The embassies of the chosen officers, each once, in the order the officers are listed. */
  public List<Embassy> officersEmbassies() {
    return officers.stream().map(this::embassyOf).flatMap(Optional::stream).distinct().toList();
  }
}
