/**
 * Process steps: the simple user tasks of every lifecycle that are completed with a note and, where
 * the model branches, a yes/no decision. Each lifecycle declares its model's steps in a
 * {@link org.liaison.steps.StepCatalog} (its record lifecycle); a feature may record what a step means
 * for its records through a {@link org.liaison.steps.StepRecorder}; every completed step is kept in a
 * journal per record.
 */
package org.liaison.steps;
