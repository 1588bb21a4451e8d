/**
 * The Reports screen: the coordinators' figures of the current coalition, each as bars with its numbers
 * in a table, a caption saying what is counted, and a CSV download.
 */
package org.liaison.reports.ui;
