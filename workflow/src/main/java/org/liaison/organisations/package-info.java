/**
 * Member organisations: the NGOs, unions and firms that make up a coalition, with the address that
 * receives the coalition's calls for input. Other features (the Human Rights Report calendar) read
 * them through {@link org.liaison.organisations.MemberOrganisationService}.
 */
package org.liaison.organisations;
