/** The coalition settings screen: timer durations and thresholds, changed by coordinators. */
package org.liaison.settings.ui;
