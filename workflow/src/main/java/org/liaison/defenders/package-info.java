/**
 * At-risk human-rights defenders: the record a security focal point or coordinator reports, whose
 * identity only security focal points read, and the {@code defender-emergency} lifecycle that assesses,
 * protects and monitors. The identity never leaves this feature's table: not into process variables,
 * logs, mail or task names. {@code internal/} holds the store, the embassy notice and the engine beans.
 */
package org.liaison.defenders;
