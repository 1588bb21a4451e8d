/**
 * A coalition's settings: follow-up interval, follow-ups before escalating to Washington, contact
 * cadence, defender assessment SLA and monitoring interval, how early to ask officers to attend a
 * hearing, and the Human Rights Report submission window and reminder. Durations are ISO 8601,
 * checked when saved, because BPMN timers read them as they are.
 */
package org.liaison.settings;
