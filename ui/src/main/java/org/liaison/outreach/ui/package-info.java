/** The outreach forms: drafting the three parts, reviewing them, and recording the sending. */
package org.liaison.outreach.ui;
