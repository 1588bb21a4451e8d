package org.liaison.cases;

import java.util.List;
import java.util.Set;
import org.liaison.officers.EmbassyPriority;
import org.liaison.officers.Officer;
import org.liaison.officers.Portfolio;

/**
 * What routing and alignment decided for a case: portfolios and urgency from the route-case
 * decision, and the priorities and officers the owner chose.
 */
public record CaseRouting(Set<Portfolio> portfolios, Urgency urgency, List<EmbassyPriority> priorities,
    List<Officer> officers) {}
