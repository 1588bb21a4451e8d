/**
 * The application shell: the main layout with navigation and the coalition switcher, shared UI
 * helpers (field errors, notifications, labels). Feature screens live in {@code org.liaison.<feature>.ui}.
 */
package org.liaison.ui;
