/**
 * The coalition's contacts: U.S. embassies, the objectives each embassy has stated (with their
 * source, so outreach can align with them), and the officers and Washington subject-matter experts
 * with their portfolio, contact cadence and last contact.
 */
package org.liaison.officers;
