package org.liaison.cases;

import java.util.List;
import org.liaison.officers.Embassy;
import org.liaison.officers.EmbassyPriority;
import org.liaison.officers.Officer;

/**
 * What a case can be aligned with: the coalition's embassies (and consulates) in the case's country,
 * their stated priorities, and their current officers plus the Washington experts. No embassies: the
 * coalition has recorded none in that country yet.
 */
public record AlignmentChoices(String country, List<Embassy> embassies, List<EmbassyPriority> priorities,
    List<Officer> officers) {}
