/**
 * A coalition's settings: follow-up interval, follow-ups before escalating to Washington, contact
 * cadence, defender assessment SLA and monitoring interval, how early to ask officers to attend a
 * hearing, the Human Rights Report submission window and reminder, and how long after it appears each
 * kind of task is due. Durations are ISO 8601, checked when saved, because BPMN timers read them as
 * they are.
 */
package org.liaison.settings;
