/**
 * The yearly input to the State Department's Human Rights Report: one calendar per coalition and
 * country (an {@code hrr-input} lifecycle that loops once a year), its cycles with the member
 * organisations' submissions, the compiled text and its submission to the embassy's human-rights
 * officer. {@code internal/} holds the store, the mail and the engine delegates.
 */
package org.liaison.hrr;
