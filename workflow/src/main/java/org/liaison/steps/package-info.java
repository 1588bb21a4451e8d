/**
 * Process steps: the simple user tasks of every lifecycle that are completed with a note and, where
 * the model branches, a yes/no decision. Features declare their steps as {@link org.liaison.steps.StepDefinition}
 * beans and may record what a step means for their records through a {@link org.liaison.steps.StepRecorder};
 * every completed step is kept in a journal per record.
 */
package org.liaison.steps;
