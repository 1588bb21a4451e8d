/** The Human Rights Report screens: calendars per country with their cycles, one cycle's page, and the compile form. */
package org.liaison.hrr.ui;
