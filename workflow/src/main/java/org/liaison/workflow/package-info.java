/**
 * The only door to the Camunda engine for user work: starting instances, the task inbox, claiming
 * and completing tasks, always with the engine's tenant check applied for the current actor.
 * {@code internal/} configures the engine (tenant id provider, hardening).
 */
package org.liaison.workflow;
