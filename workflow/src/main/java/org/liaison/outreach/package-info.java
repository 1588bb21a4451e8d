/**
 * Outreach: the three-part message the seed asks for (what is important about the issue, why it
 * matters to the United States, what the embassy can do), its review with a rework loop, and the
 * record of its sending. {@code internal/} holds the entity and repository.
 */
package org.liaison.outreach;
