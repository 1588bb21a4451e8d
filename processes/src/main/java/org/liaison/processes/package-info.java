/**
 * The executable lifecycles of Liaison: BPMN models under {@code bpmn/} and one constants class per
 * model, so Java code never repeats the model's ids, message names or variable names as literals.
 */
package org.liaison.processes;
