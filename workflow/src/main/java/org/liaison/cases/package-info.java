/**
 * Cases: the human-rights issues a coalition raises with embassies, their references, status and
 * timeline, and the triage step of the {@code raise-issue} lifecycle that runs each one.
 * {@code internal/} holds the entities, repositories and the engine listener that keeps the status in step.
 */
package org.liaison.cases;
