/**
 * The inbox screens: the list of waiting tasks with claim and hand-back, and the task page that
 * shows the form each task is completed with. Features contribute forms through {@link org.liaison.inbox.ui.TaskFormFactory}.
 */
package org.liaison.inbox.ui;
